"""A carried sentence of a wikitext source, written with its internal links and bold/italic.

A sentence is read and decided on as plain text; a wikitext source's sentence also carries
its links and bold/italic as ``Markup`` over that text (``mergekit.load.inline``). Where the
draft writes the sentence as the source gave it, it writes them back, as an editor merging
by hand keeps them: ``[[Peloton Interactive|Peloton]]``, ``''[[Las Vegas]]''``. Nothing of
the source's markup is copied: the link's target and the words are re-emitted, every piece
escaped (``escape_link``, ``escape_anchor``, ``escape_inline``), so a target or a label is
data and never markup ("bar]]{{evil}}" in a label stays text).

Left unlinked, its label kept:

- a link to the destination or to the source itself (the source becomes a redirect to the
  destination): a link to the page the reader is on (MOS:SELFLINK, MOS:CIRCULAR); and a
  link to a part of the source page (``[[#Aftermath]]``), whose anchor the merge moves;
- a target no page title can have (brackets, braces, "|", "<", ">", a control character);
- a link inside another link (no valid wikitext), and a bold or italic inside the same
  formatting or sharing an end with formatting around it (``'''''`` reads two ways).

Marks that cross instead of nesting keep the outer one. Where the draft changes the text
(dates restyled to the destination's style), ``shifted`` keeps only the marks whose words
are unchanged, and ``moved`` (the one helper for both) puts a citation's place after the same
words; a sentence a finding rewrote is written as plain text (``mergekit.draft.section``).

The source's citations that stand inside a sentence are written back after the same words
(``written``'s ``inserts``): each stretch of words around one is escaped apart
(``escape_inline``), so no input text makes markup with a citation or across it; one whose
place falls inside a link goes right after the link, never into its label.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from difflib import Match, SequenceMatcher

from mergekit.draft.dates import date_spans
from mergekit.draft.escape import escape_anchor, escape_inline, escape_link, escape_wikitext
from mergekit.draft.titles import title_key, title_text
from mergekit.model import Markup

__all__ = ["moved", "shifted", "written"]

_QUOTES = {"italic": "''", "bold": "'''"}
# characters no page title has (and a link's target cannot carry them): WP:TITLESPECIALCHARACTERS
_NO_TITLE = re.compile(r"[<>\[\]{}|\x00-\x1f\x7f]")

_Node = tuple[Markup, list["_Node"]]


def _fits(mark: Markup, around: list[Markup]) -> bool:
    if mark.kind == "link":
        return not any(a.kind == "link" for a in around)
    if mark.kind not in _QUOTES:
        return False
    return not any(a.kind == mark.kind or (a.kind in _QUOTES and (a.start == mark.start or a.end == mark.end))
                   for a in around)


def _tree(markup: Iterable[Markup], length: int) -> list[_Node]:
    """The marks as a tree of nested marks, outermost first; a mark that crosses one already
    placed, or that does not fit where it stands (``_fits``), is left out."""
    roots: list[_Node] = []
    path: list[_Node] = []
    for mark in sorted(markup, key=lambda m: (m.start, -m.end)):  # stable: outermost first at one range
        if not 0 <= mark.start < mark.end <= length:
            continue
        while path and path[-1][0].end <= mark.start:
            path.pop()
        if path and mark.end > path[-1][0].end:
            continue  # crosses its enclosing mark
        if not _fits(mark, [m for m, _ in path]):
            continue
        node: _Node = (mark, [])
        (path[-1][1] if path else roots).append(node)
        path.append(node)
    return roots


def _target(target: str, own: set[str]) -> str | None:
    """A link's target as written in the draft, or None where the link is left unlinked: the
    title as MediaWiki reads it (``title_text``: "AT&amp;T" is "AT&T", "Peloton%20Interactive"
    the destination "Peloton Interactive", a bidi mark no part of it)."""
    page, hashed, fragment = target.partition("#")
    page = title_text(page)
    if not page or title_key(page) in own or _NO_TITLE.search(target) or "~~~" in target:
        return None
    return escape_link(page) + (f"#{escape_anchor(fragment.strip())}" if hashed and fragment.strip() else "")


# A token: (text, ``also`` to escape in it, start, end, role) for words, or (markup, None,
# start, end, role) for what the writer adds; start and end: the stretch of the sentence's text
# it stands for (both where it stands for markup of its own); role: "words", "open" and
# "close" (formatting or a link around words), "link" (a whole ``[[Title]]``).
_Token = tuple[str, str | None, int, int, str]


def _tokens(text: str, nodes: list[_Node], start: int, end: int, own: set[str], also: str) -> list[_Token]:
    out: list[_Token] = []
    at = start
    for mark, inner in nodes:
        out.append((text[at:mark.start], also, at, mark.start, "words"))
        at = mark.end
        label = text[mark.start:mark.end]
        a, b = mark.start, mark.end
        if mark.kind in _QUOTES:
            quote = _QUOTES[mark.kind]
            out += [(quote, None, a, a, "open"), *_tokens(text, inner, a, b, own, also), (quote, None, b, b, "close")]
            continue
        target = _target(mark.target, own)
        if target is None:
            out += _tokens(text, inner, a, b, own, also)
        elif not inner and label == target and not target.startswith(":"):
            # "[[Las Vegas]]": a title that needs no escaping, shown as written (not one that opens
            # with a colon: MediaWiki shows "[[://]]" as "//", the text's own colon lost)
            out.append((f"[[{target}]]", None, a, b, "link"))
        else:
            out += [(f"[[{target}|", None, a, a, "open link"), *_tokens(text, inner, a, b, own, "[]"),
                    ("]]", None, b, b, "close link")]
    out.append((text[at:end], also, at, end, "words"))
    return out


def _inserted(tokens: list[_Token], inserts: list[tuple[int, str]]) -> list[_Token]:
    """``tokens`` with each of ``inserts`` (offset in the text, markup of the writer's own: a
    citation) put where its offset falls, words split around it. Never inside a link (its label
    would show the citation as a part of the link's words): one whose place is in a link goes
    right after it. One at the end of bold or italic goes after it, one at its start before it."""
    pending = sorted(inserts, key=lambda insert: insert[0])  # stable: the order given at one offset
    out: list[_Token] = []
    links = 0  # links open where the next token is written

    def due(before: int, *, at_start: bool) -> list[_Token]:
        taken: list[_Token] = []
        while pending and links == 0 and (pending[0][0] < before or (at_start and pending[0][0] == before)):
            at, markup = pending.pop(0)
            taken.append((markup, None, at, at, "cite"))
        return taken

    for token in tokens:
        words, also, start, end, role = token
        out += due(start, at_start=not role.startswith("close"))
        if role == "words" and links == 0:
            while pending and start < pending[0][0] < end:
                cut = pending[0][0]
                out.append((words[:cut - start], also, start, cut, "words"))
                words, start = words[cut - start:], cut
                out += due(cut, at_start=True)
        out.append((words, also, start, end, role))
        links += role == "open link"
        links -= role == "close link"
    return out + [(markup, None, at, at, "cite") for at, markup in pending]


def written(text: str, markup: tuple[Markup, ...], *, own: Iterable[str],
            inserts: tuple[tuple[int, str], ...] = ()) -> str:
    """``text`` as wikitext prose: escaped, with the links and bold/italic of ``markup`` (over
    ``text``) written around their words; links to the pages ``own`` names (the destination,
    the source) left unlinked. Without markup it is ``escape_wikitext(text)``, as ever.
    ``inserts``: (offset in ``text``, markup of the writer's own: a citation) to write inside
    the text (``_inserted``), each stretch of words around them escaped apart, so that no input
    text on either side of one makes markup with the other (``escape_inline``)."""
    if not markup and not inserts:
        return escape_wikitext(text)
    pages = {key for key in map(title_key, own) if key}
    tokens: list[tuple[str, str | None]] = []
    found = _tokens(text, _tree(markup, len(text)), 0, len(text), pages, "")
    for words, also, *_ in _inserted(found, list(inserts)) if inserts else found:
        if tokens and also is not None and tokens[-1][1] == also:
            tokens[-1] = (tokens[-1][0] + words, also)  # an unlinked link's words run on: escaped as one ("~" "~~")
        else:
            tokens.append((words, also))
    pieces: list[tuple[str, bool]] = []  # (wikitext, is a run of quotes the writer adds)
    for words, also in tokens:
        if also is None:
            pieces.append((words, words in _QUOTES.values()))
        elif words:
            pieces.append((escape_inline(words, also=also, line_start=not pieces), False))
    out: list[str] = []
    for n, (piece, quotes) in enumerate(pieces):
        if quotes and out and out[-1].endswith("'"):
            # an apostrophe, or quotes of our own, right before ours would make a longer run
            out[-1] = out[-1][:-1] + "&#39;" if not pieces[n - 1][1] else out[-1] + "<nowiki/>"
        if not quotes and n and pieces[n - 1][1] and piece.startswith("'"):
            piece = "&#39;" + piece[1:]
        out.append(piece)
    return "".join(out)


def shifted(markup: tuple[Markup, ...], before: str, after: str) -> tuple[Markup, ...]:
    """``markup`` over ``before`` moved onto ``after`` (the same sentence, some words changed):
    each mark whose words ``after`` keeps unchanged, at their new place; the rest dropped."""
    if before == after or not markup:
        return markup if before == after else ()
    spans = moved(before, after, [(mark.start, mark.end) for mark in markup])
    return tuple(Markup(span[0], span[1], mark.kind, mark.target) for mark, span in zip(markup, spans, strict=True)
                 if span is not None)


def moved(before: str, after: str, spans: list[tuple[int, int]]) -> list[tuple[int, int] | None]:
    """Each of ``spans`` of ``before`` where it stands in ``after`` (the same sentence, some
    words changed: its dates restyled), through the two texts' matching blocks
    (``SequenceMatcher``). A stretch of words (start < end) moves where ``after`` keeps it
    unchanged, in one block; else None. A place between two characters (start == end: where a
    citation stands) always has one: inside or at the edge of unchanged words, after the
    words before it where those are unchanged (else before the words after it); where neither
    is, after the last unchanged words before it; and a place that falls inside a date of
    ``after`` goes to the date's end (a citation is never written into a date)."""
    if before == after:
        return list(spans)
    blocks = [b for b in SequenceMatcher(None, before, after, autojunk=False).get_matching_blocks() if b.size]
    dates = date_spans(after)
    out: list[tuple[int, int] | None] = []
    for start, end in spans:
        if start < end:
            block = next((b for b in blocks if b.a <= start and end <= b.a + b.size), None)
            out.append(None if block is None else (start + block.b - block.a, end + block.b - block.a))
            continue
        at = _place(start, blocks, len(after))
        at = next((b for a, b in dates if a < at < b), at)
        out.append((at, at))
    return out


def _place(at: int, blocks: list[Match], length: int) -> int:
    """Where the place ``at`` (between two characters) of the old text stands in the new (``moved``)."""
    if at <= 0:
        return 0
    for b in blocks:  # the character before it kept: after it
        if b.a < at <= b.a + b.size:
            return at + b.b - b.a
    for b in blocks:  # the character after it kept: before it
        if b.a == at:
            return b.b
    before = [b for b in blocks if b.a + b.size <= at]
    return before[-1].b + before[-1].size if before else (blocks[0].b if blocks else length)

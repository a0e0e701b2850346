"""A wikitext source's internal links and bold/italic, placed on its sentences' plain text.

The wikitext reader (``mergekit.load.wikitext``) rebuilds prose as plain text, which is what
every decision reads and compares. While it reads, it wraps the text of each internal link
(``[[Target|label]]``, ``[[Target]]``) and of each bold or italic run in a pair of
private-use characters (``Spans.wrap``): an opening one that numbers the span, and a closing
one. ``unwrap`` takes them out again, before anything else reads the prose, and gives each
span's place in the plain text, so the plain text is the same as without them.

Once the sentences are made (markers out, spaces collapsed, list items and debris taken
out), ``place`` finds each sentence in its section's prose, normalised the way sentences
are (``tidy_spacing``), in reading order, and gives it the spans that lie wholly inside it
as ``Markup`` over its own text. A span that crosses a sentence's end, or a sentence not
found as written (a repair the reader made: template debris cleared), gets none: that
sentence is written as plain text, as before. Nothing here changes a sentence's text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from mergekit.model import Markup, MarkupKind, Sentence

__all__ = ["Spans", "unwrap", "place", "PRIVATE"]

_BASE = 0xF0000  # plane 15, private use: the opening character of span n is chr(_BASE + n)
_LIMIT = 0xFFFD  # spans numbered per article (a real article has a few hundred links)
_CLOSE = "\ue004"
# Every character this module writes; the reader removes them from the input's own text.
PRIVATE = re.compile("[\ue004\U000F0000-\U000FFFFD]")
_MARKER = re.compile("\ue000\\d+\ue001")  # the reader's footnote and tag markers
_PUNCTUATION = frozenset(",.;:!?")  # no space before them once a sentence is tidied


class Spans:
    """The spans of one article, numbered in the order they close (an inner one first)."""

    def __init__(self) -> None:
        self.kinds: list[tuple[MarkupKind, str]] = []  # (kind, link target)

    def wrap(self, kind: MarkupKind, target: str, text: str) -> str:
        """``text`` wrapped as span ``kind`` ("link", "italic", "bold"); as it is when it
        has no words or the article has too many spans."""
        if not text.strip() or len(self.kinds) >= _LIMIT:
            return text
        self.kinds.append((kind, target))
        return f"{chr(_BASE + len(self.kinds) - 1)}{text}{_CLOSE}"


def unwrap(prose: str, spans: Spans) -> tuple[str, list[tuple[int, int, int]]]:
    """``prose`` without the span characters, and (start, end, number) of each span in it."""
    out: list[str] = []
    length = 0
    found: list[tuple[int, int, int]] = []
    opened: list[tuple[int, int]] = []
    last = 0
    for match in PRIVATE.finditer(prose):
        piece = prose[last:match.start()]
        out.append(piece)
        length += len(piece)
        last = match.end()
        char = match.group(0)
        if char == _CLOSE:
            if opened:
                number, start = opened.pop()
                found.append((start, length, number))
        elif (number := ord(char) - _BASE) < len(spans.kinds):
            opened.append((number, length))
    out.append(prose[last:])
    return "".join(out), found


def _normalised(prose: str) -> tuple[str, list[int]]:
    """``prose`` as its sentences are spaced (markers out, white space one space, none before
    punctuation), and the offset in ``prose`` of each of its characters."""
    chars: list[str] = []
    where: list[int] = []
    skip = {i for m in _MARKER.finditer(prose) for i in range(m.start(), m.end())}
    for i, char in enumerate(prose):
        if i in skip:
            continue
        if char.isspace():
            if chars and chars[-1] != " ":
                chars.append(" ")
                where.append(i)
            continue
        if char in _PUNCTUATION and chars and chars[-1] == " ":
            chars.pop()
            where.pop()
        chars.append(char)
        where.append(i)
    return "".join(chars), where


def place(sentences: list[Sentence], prose: str, found: list[tuple[int, int, int]], spans: Spans) -> list[Sentence]:
    """``sentences`` (one section's, in reading order) with the spans of ``prose`` (their
    section's prose, as ``unwrap`` gives it) that lie inside each, as its ``markup``."""
    if not found:
        return sentences
    text, where = _normalised(prose)
    # each span in normalised offsets: [first character at or after its start, first at or after its end)
    mapped = sorted((bisect.bisect_left(where, a), bisect.bisect_left(where, b), n) for a, b, n in found)
    starts = [a for a, _, _ in mapped]
    out: list[Sentence] = []
    cursor = 0
    for sentence in sentences:
        at = text.find(sentence.text, cursor)
        if at < 0:
            out.append(sentence)
            continue
        end = at + len(sentence.text)
        cursor = end
        marks = []
        for a, b, n in mapped[bisect.bisect_left(starts, at):bisect.bisect_left(starts, end)]:
            if b > end:  # it crosses the sentence's end
                continue
            label = sentence.text[a - at:b - at]
            a, b = a + len(label) - len(label.lstrip()), b - len(label) + len(label.rstrip())
            if a < b:
                kind, target = spans.kinds[n]
                # outermost first: a span is numbered after the spans inside it (its text is read first)
                marks.append((a - at, -(b - at), -n, Markup(a - at, b - at, kind, target)))
        out.append(replace(sentence, markup=tuple(m for *_, m in sorted(marks))) if marks else sentence)
    return out

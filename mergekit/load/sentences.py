"""Sentence splitting that keeps footnote markers with their sentence.

Prose is split by Wikimedia's ``sentencex`` (rule-based, linear on prose, about 500x
faster than pysbd and as good on news prose: measured in benchmarks/README.md), with
four repairs of its known slips:

- a closing quotation mark it leaves at the start of the next sentence goes back to the
  sentence it closes (``...competitors.`` / ``" The firm``);
- an opening quotation mark it leaves at the end of a sentence goes to the sentence it
  opens (``Narula says. "`` / ``A single server``);
- a boundary right after "Ms.", after a bare list number ("2.") or after a compound title
  of hyphen-joined abbreviations ("Det.-Sgt. Jane Roe", "Lt.-Col.") is dropped;
- a sentence that ends inside brackets ("... mission.) A masterful ...") ends there;
- a measurement in a one-letter unit ends its sentence where a capitalised word follows
  ("... a beam of 50 m. She was ...", "... 3 h. Police ..."): sentencex reads a single
  letter and a full stop as an initial ("John F. Kennedy"), which never follows a number.
  Longer units ("5 km. She") it already ends; "No. 3", "St. Louis", "U.S. Navy" have no
  number before the full stop and are left as they are.

Work is linear in the text however it is marked up: sentencex slows down quadratically on
some runs that are not prose (a megabyte of ``''`` or ``<!--`` takes minutes), so a text
longer than ``WINDOW`` characters is handed to it a window at a time. Only the sentence
ends it finds before the last ``MARGIN`` characters of a window are kept, and the next window
starts at the last of them, so its cuts of real prose are the ones it makes on the whole
text; where no sentence ends after a window's first fifth (no prose runs that long without
a full stop), the window is cut at its last space (or at its end, where it has none). Each
window so moves the start on by at least a fifth of its length.

A piece without a letter or a digit is no sentence (a run of markup left over, such as
``''''`` or ``<!--<!--``) and is dropped, unless footnote markers fall in it.

Footnote markers are taken out first, the clean text is split, and each marker goes back
to the sentence its position falls in (a marker right after a full stop closes that
sentence), with its place in that sentence's text (``split_placed``: a citation placed after
a clause supports that clause, WP:INTEGRITY, and the draft writes it there). Each sentence is given with its white space collapsed and no space before punctuation
(``tidy_spacing``: a copy's "Strictly Come Dancing . [2]" is "Strictly Come Dancing.").
Markers are ``[n]`` in rendered text; the wikitext loader writes its refs and
inline templates as the same kind of marker, so both share this code.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

import sentencex

__all__ = ["MARKER", "split_sentences", "split_cited", "split_placed", "tidy_spacing", "ends_sentence", "open_end", "OPEN_END"]

MARKER = re.compile(r"\[(\d+)\]")
_QUOTES = "\"\u201c\u201d"
# a sentence's end: ".", "!", "?" or "…", then any closing quotation marks or brackets
_ENDS = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*$")
_CLOSES = re.compile(r"[.!?][\"\u201d\u2019')]?$")
_PAREN_END = re.compile(r"[.!?]\)(?=\s+[\"\u201c(]?[A-Z])")
_UNIT_END = re.compile(r"(?<=\d)\s?[mgtshlL]\.(?=\s+[\"\u201c(]?[A-Z])")
# "Ms.", a bare list number ("2."), and a compound title of hyphen-joined abbreviations
# ("Det.-Sgt.", "Lt.-Col."), which sentencex reads as a sentence end though it knows each part
_NO_END = re.compile(r"(?:^|\s)Ms\.\s*$|^\s*\d{1,2}\.\s*$|(?:^|\s)(?:[A-Z][a-z]{1,4}\.-)+[A-Z][a-z]{1,4}\.\s*$")
_WORDY = re.compile(r"[^\W_]")  # a letter or a digit: a piece without one is no sentence
WINDOW = 5_000  # characters handed to sentencex at once (a paragraph of prose is shorter)
MARGIN = 200  # sentence ends this close to a window's end wait for the next window


def _segment(text: str) -> list[int]:
    """The end offset of each sentence sentencex finds in ``text``, one window at a time."""
    cuts: list[int] = []
    start = 0
    while start < len(text):
        window = text[start:start + WINDOW]
        ends, end = [], 0
        for piece in sentencex.segment("en", window):
            end += len(piece)
            ends.append(end)
        if end != len(window):  # sentencex always cuts without changing the text; be safe if not
            ends = [len(window)]
        if start + len(window) == len(text):
            cuts += (start + e for e in ends)
            break
        kept = [e for e in ends if e <= len(window) - MARGIN]
        if not kept or kept[-1] < WINDOW // 5:  # no prose runs this long without a full stop
            space = window.rfind(" ", WINDOW // 5)
            kept.append(space + 1 if space > 0 else len(window))
        cuts += (start + e for e in kept)
        start += kept[-1]
    return cuts


def _spans(text: str, breaks: Sequence[int] = ()) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text`` as sentencex cuts it, repaired, and also
    cut at each of the sorted ``breaks`` positions that falls inside a sentence."""
    cuts = sorted(set(_segment(text)).union(p for p in breaks if 0 < p < len(text)).union(
        m.end() for pattern in (_PAREN_END, _UNIT_END) for m in pattern.finditer(text)))
    spans = [[a, b] for a, b in pairwise([0] + cuts)]
    for a, b in pairwise(spans):
        head = text[b[0]:b[1]]
        if head[:1] in _QUOTES and (len(head) == 1 or head[1].isspace()):
            a[1] = b[0] = b[0] + 1  # a closing mark: back to the sentence it closes
        tail = text[a[0]:a[1]].rstrip()
        if len(tail) >= 2 and tail[-1] in _QUOTES and tail[-2].isspace():
            a[1] = b[0] = a[0] + len(tail) - 1  # an opening mark: on to the sentence it opens
    merged: list[list[int]] = []
    forced = set(breaks)
    for span in spans:
        if merged and merged[-1][1] not in forced and _NO_END.search(text[merged[-1][0]:merged[-1][1]]):
            merged[-1][1] = span[1]
        else:
            merged.append(span)
    return [(a, b) for a, b in merged]


def split_sentences(paragraph: str) -> list[str]:
    """The sentences of one paragraph of clean prose (no markers)."""
    return list(_split(" ".join(paragraph.split())))


@lru_cache(maxsize=1 << 14)
def _split(paragraph: str) -> tuple[str, ...]:
    """``split_sentences`` of a paragraph with its white space folded, remembered by text:
    many news files of a merge carry the same paragraphs (agency copy, syndication)."""
    if not paragraph:
        return ()
    pieces = (paragraph[a:b].strip() for a, b in _spans(paragraph))
    return tuple(piece for piece in pieces if _WORDY.search(piece))


def tidy_spacing(text: str) -> str:
    """``text`` with its white space collapsed and no space before a comma, full stop,
    semicolon, colon, "!" or "?" ("Strictly Come Dancing ." -> "Strictly Come Dancing."):
    how every sentence ``split_cited`` gives is spaced, and so how a reader of the source
    (``mergekit.audit``, "sentence-origin") must space the source to find it there."""
    return re.sub(r"\s+([,.;:!?])", r"\1", " ".join(text.split()))


def split_cited(paragraph: str) -> list[tuple[str, list[str]]]:
    """``[(sentence without markers, [marker keys]), ...]`` for one paragraph.

    A marker right after a full stop (or ``!``/``?``, or one of them and a closing quotation
    mark or bracket; a space between them does not count) ends its sentence even where the
    splitter would read an abbreviation ("... the U.S. firm Acme Corp.[2] Engineers said ..."):
    references go after the sentence they cite.
    """
    return [(text, [key for key, _ in keys]) for text, keys in split_placed(paragraph)]


def split_placed(paragraph: str) -> list[tuple[str, list[tuple[str, int]]]]:
    """``split_cited``, each marker key with where it stood in its sentence's text: the
    offset, in the sentence as given (spaced by ``tidy_spacing``), of the character after
    the words it follows ("A did X[1] and B did Y." gives ("1", 7)); the sentence's length
    for a marker after its last word, and for one with no word after it or none before it
    in its sentence ("... Y[2]." cites the whole clause, as "... Y.[2]" does; a paragraph
    may open with a marker): only a marker between words stands inside its sentence."""
    paragraph = " ".join(paragraph.split())
    clean_parts, positions, last = [], [], 0
    length = blank = 0  # clean characters so far; of them, the white space at the end
    for match in MARKER.finditer(paragraph):
        piece = paragraph[last:match.start()]
        clean_parts.append(piece)
        length += len(piece)
        blank = blank + len(piece) if not piece.strip() else len(piece) - len(piece.rstrip())
        # A marker cites the text before it, a space between them or not ("2023. [7] On ...").
        positions.append((length - blank, match.group(1)))
        last = match.end()
    clean_parts.append(paragraph[last:])
    clean = "".join(clean_parts)
    breaks = sorted({p for p, _ in positions if _CLOSES.search(clean, max(0, p - 3), p)})
    sentences = [(a + len(clean[a:b]) - len(clean[a:b].lstrip()), a + len(clean[a:b].rstrip()))
                 for a, b in _spans(clean, breaks) if clean[a:b].strip()]
    out: list[tuple[str, list[tuple[str, int]]]] = [(clean[a:b], []) for a, b in sentences]
    ends = [b for _, b in sentences]
    for position, key in positions:
        index = min(bisect.bisect_left(ends, position), len(sentences) - 1)
        if index >= 0 and out:
            a, b = sentences[index]
            # the words before it, spaced as the sentence is: a prefix ending in no white space
            # tidies to a prefix of the tidied sentence (``tidy_spacing`` changes only spaces)
            head = clean[a:max(a, min(position, b))]
            out[index][1].append((key, len(tidy_spacing(head)) if position < b else -1))
    # each text holds a character that is not white space (``sentences``), so it tidies to one
    tidied = [(tidy_spacing(text), keys) for text, keys in out if keys or _WORDY.search(text)]
    return [(text, [(key, at if 0 < at < len(text) and _WORDY.search(text, at) and _WORDY.search(text[:at])
                     else len(text)) for key, at in keys]) for text, keys in tidied]

# the rule an ``open_end`` piece is recorded under in ``Article.removed`` ("rule: piece")
OPEN_END = {"cut": "cut off mid-sentence", "lead-in": "lead-in without what it introduces"}


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends a sentence: ".", "!", "?" or "…", then any closing quotation
    marks or brackets ("... grabbed her buttocks." yes; "Immediatel", "... the fees was:" no)."""
    return bool(_ENDS.search(text.rstrip()))


def open_end(text: str) -> str | None:
    """How the last piece of a paragraph, ``text``, fails to end it, or None when it ends a
    sentence: "cut" where it breaks off mid-sentence ("Immediatel"), "lead-in" where a colon
    introduces what does not follow ("... the cause of the increase was:"). A loader calls it
    only on a piece that nothing follows in its paragraph or list (``mergekit.load.wikitext``,
    ``mergekit.load.rendered``): such a piece is no prose to carry, and is reported."""
    if ends_sentence(text):
        return None
    return "lead-in" if text.rstrip().endswith(":") else "cut"

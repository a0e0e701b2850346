"""Sentence splitting that keeps footnote markers with their sentence.

pysbd splits prose well but stumbles on footnote markers: it leaves "2019.[1] It cost"
unsplit and makes a trailing "[8]" a sentence of its own. So markers are taken out first,
the clean text is split, and each marker goes back to the sentence its position falls in
(a marker right after a full stop closes that sentence). Markers are ``[n]`` in rendered
text; the wikitext loader writes its refs and inline templates as the same kind of marker,
so both share this code.
"""

from __future__ import annotations

import functools
import re

import pysbd

__all__ = ["MARKER", "split_sentences", "split_cited"]

MARKER = re.compile(r"\[(\d+)\]")


@functools.cache
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False)


def split_sentences(paragraph: str) -> list[str]:
    """The sentences of one paragraph of clean prose (no markers)."""
    paragraph = " ".join(paragraph.split())
    if not paragraph:
        return []
    return [piece.strip() for piece in _segmenter().segment(paragraph) if piece.strip()]


def _tidy(text: str) -> str:
    return re.sub(r"\s+([,.;:!?])", r"\1", " ".join(text.split()))


def split_cited(paragraph: str) -> list[tuple[str, list[str]]]:
    """``[(sentence without markers, [marker keys]), ...]`` for one paragraph."""
    paragraph = " ".join(paragraph.split())
    clean_parts, positions, last = [], [], 0
    length = 0
    for match in MARKER.finditer(paragraph):
        piece = paragraph[last:match.start()]
        clean_parts.append(piece)
        length += len(piece)
        positions.append((length, match.group(1)))
        last = match.end()
    clean_parts.append(paragraph[last:])
    clean = "".join(clean_parts)
    sentences: list[tuple[int, int, str]] = []
    cursor = 0
    for sentence in split_sentences(clean):
        start = clean.find(sentence, cursor)
        if start < 0:  # pysbd changed the text; fall back to a running offset
            start = cursor
        end = start + len(sentence)
        sentences.append((start, end, sentence))
        cursor = end
    out: list[tuple[str, list[str]]] = [(s, []) for _, _, s in sentences]
    for position, key in positions:
        index = next((i for i, (start, end, _) in enumerate(sentences) if position <= end), len(sentences) - 1)
        if index >= 0 and out:
            out[index][1].append(key)
    return [(_tidy(text), keys) for text, keys in out if _tidy(text)]

"""Sentence splitting that keeps footnote markers with their sentence.

pysbd splits well but treats a trailing ``[8]`` after the last full stop as a sentence of
its own (and can start the next sentence with it); markers are re-attached to the sentence
they close. Markers are ``[n]`` in rendered text; the wikitext loader writes its refs and
inline templates as the same kind of marker, so both share this code.
"""

from __future__ import annotations

import functools
import re

import pysbd

__all__ = ["MARKER", "MARKERS", "split_sentences", "split_markers"]

MARKER = re.compile(r"\[(\d+)\]")
MARKERS = re.compile(r"^(?:\s*\[\d+\])+")


@functools.cache
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False)


def split_sentences(paragraph: str) -> list[str]:
    """The sentences of one paragraph, markers attached to the sentence they follow."""
    paragraph = " ".join(paragraph.split())
    if not paragraph:
        return []
    out: list[str] = []
    for piece in _segmenter().segment(paragraph):
        piece = piece.strip()
        lead = MARKERS.match(piece)
        if lead and out:
            out[-1] += lead.group(0).replace(" ", "")
            piece = piece[lead.end():].strip()
        if piece:
            out.append(piece)
    return out


def split_markers(sentence: str) -> tuple[str, list[str]]:
    """``("text without markers", ["1", "2"])``, spacing around removed markers tidied."""
    keys = MARKER.findall(sentence)
    text = MARKER.sub("", sentence)
    text = re.sub(r"\s+([,.;:!?])", r"\1", " ".join(text.split()))
    return text, keys

"""Retrieve the passages most similar to a claim.

Blocking through an inverted index of content words keeps the candidate set small, so
cost grows with the text rather than with claims x passages; rapidfuzz scores only the
candidates. The interface (``PassageIndex.best``) is what callers rely on: a better scorer
can replace the internals.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

__all__ = ["Passage", "Match", "PassageIndex", "content_words"]

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_STOP = frozenset(
    """a an and are as at be been but by for from had has have he her his in into is it its
    of on or that the their them they this to was were which who will with not no also after
    before than then there these those said says would could should about over more most""".split()
)


def content_words(text: str) -> list[str]:
    """Lower-cased words of ``text`` without stop words (numbers are kept)."""
    return [w for w in (m.group(0).lower() for m in _WORD.finditer(text)) if w not in _STOP]


@dataclass(frozen=True)
class Passage:
    """One retrievable unit: a sentence (or short window) of one source document."""

    source: str
    index: int
    text: str


@dataclass(frozen=True)
class Match:
    """A passage and its similarity to the claim, in [0, 1]."""

    passage: Passage
    score: float


class PassageIndex:
    """An inverted index over passages; ``best`` returns the top matches for a claim."""

    def __init__(self, passages: Sequence[Passage]) -> None:
        self.passages = tuple(passages)
        self._postings: dict[str, list[int]] = defaultdict(list)
        for i, passage in enumerate(self.passages):
            for word in set(content_words(passage.text)):
                self._postings[word].append(i)

    def candidates(self, claim: str, *, sources: Collection[str] | None = None) -> list[int]:
        """Indices of passages sharing at least one content word with ``claim``."""
        hits: set[int] = set()
        for word in set(content_words(claim)):
            hits.update(self._postings.get(word, ()))
        if sources is not None:
            hits = {i for i in hits if self.passages[i].source in sources}
        return sorted(hits)

    def best(
        self, claim: str, *, top_k: int = 3, sources: Collection[str] | None = None
    ) -> list[Match]:
        """The ``top_k`` most similar passages, best first (ties: document order)."""
        scored = [
            Match(self.passages[i], fuzz.token_set_ratio(claim, self.passages[i].text) / 100.0)
            for i in self.candidates(claim, sources=sources)
        ]
        scored.sort(key=lambda m: (-m.score, m.passage.source, m.passage.index))
        return scored[:top_k]

"""One pass over the evidence sentences: where the claim's words occur, and windows.

``scan`` records, for every sentence, which of the claim's content stems it contains,
whether it is negated and which refutation words it uses; ``Scan.best`` then finds the
sentence or window of ``WINDOW`` sentences that covers the most of any word set.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from mergekit.verify.lexicon import NEGATIONS, REFUTATIONS
from mergekit.verify.spans import STOPWORDS, stem, tokens

__all__ = ["WINDOW", "Scan", "content", "read", "scan"]

WINDOW = 3  # sentences per evidence window


def content(words: list[str]) -> list[str]:
    """The stems of the words that carry content (no stopwords, no single letters)."""
    return [stem(w) for w in words if w not in STOPWORDS and not (len(w) == 1 and w.isalpha())]


@dataclass(frozen=True)
class Scan:
    """What one pass over the sentences found (lists are per sentence)."""

    sentences: list[str]
    stems: list[tuple[str, ...]]  # content stems
    hits: list[set[str]]  # claim stems the sentence contains
    negated: list[bool]
    counts: Counter[str]  # content stem -> occurrences in the whole evidence
    refutations: Counter[str]  # refutation stem -> occurrences
    refute_related: int  # refutation words in sentences holding >= 1/4 of the claim's words
    refute_lead: int  # refutation words in the first three sentences
    unions: list[set[str]]  # claim stems per window of WINDOW sentences

    @property
    def n_words(self) -> int:
        """Content words in the evidence."""
        return sum(len(s) for s in self.stems)

    @staticmethod
    def best(
        unions: list[set[str]], wanted: set[str], weight: Mapping[str, float] | None = None
    ) -> tuple[float, int]:
        """Best share of ``wanted`` (optionally weighted) inside one of ``unions``, and where."""
        if not wanted:
            return 1.0, 0
        total = math.fsum(weight[w] for w in wanted) if weight else len(wanted)
        best, where = 0.0, 0
        for i, union in enumerate(unions):
            if union:
                got = union & wanted
                share = (math.fsum(weight[w] for w in got) if weight else len(got)) / total
                if share > best:
                    best, where = share, i
        return best, where

    def window(self, start: int) -> range:
        """Sentence indices of the window starting at ``start``."""
        return range(start, min(start + WINDOW, len(self.sentences)))


@lru_cache(maxsize=65_536)
def read(sentence: str) -> tuple[tuple[str, ...], bool, tuple[str, ...]]:
    """What a sentence holds whatever the claim: its content stems, whether it is negated,
    and its refutation stems. Cached: a source's sentences are read against many claims."""
    words = tokens(sentence)
    stems = tuple(content(words))
    return stems, any(w in NEGATIONS for w in words), tuple(w for w in stems if w in REFUTATIONS)


def scan(sentences: list[str], claim_set: set[str]) -> Scan:
    """Scan ``sentences`` for the stems in ``claim_set`` (see ``Scan``)."""
    stems_list, hits, negated = [], [], []
    counts: Counter[str] = Counter()
    refutations: Counter[str] = Counter()
    related = lead = 0
    quarter = 0.25 * max(len(claim_set), 1)
    for i, sentence in enumerate(sentences):
        stems, is_negated, refs = read(sentence)
        stems_list.append(stems)
        counts.update(stems)
        hit = claim_set.intersection(stems)
        hits.append(hit)
        negated.append(is_negated)
        if refs:
            refutations.update(refs)
            related += len(refs) if len(hit) >= quarter else 0
            lead += len(refs) if i < 3 else 0
    unions = [set().union(*hits[i : i + WINDOW]) for i in range(max(len(hits) - WINDOW + 1, 1))]
    return Scan(sentences, stems_list, hits, negated, counts, refutations, related, lead, unions)

"""One pass over the evidence sentences: where the claim's words occur, and windows.

``scan`` records, for every sentence, which of the claim's content stems it contains,
whether it is negated and which refutation words it uses; ``Scan.best`` then finds the
sentence or window of ``WINDOW`` sentences that covers the most of any word set.

What does not depend on the claim (each sentence's stems, negation and refutation words,
the stem counts, where each stem occurs) is a ``Survey`` of the sentences, made once per
distinct evidence (``survey``): a merge judges each news report against many claims.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache

from mergekit.verify.lexicon import FITTED_REFUTATION_STEMS, NEGATIONS, REFUTATIONS
from mergekit.verify.spans import STOPWORDS, stem, tokens

__all__ = ["WINDOW", "Scan", "Survey", "content", "read", "scan", "survey"]

WINDOW = 3  # sentences per evidence window


def content(words: list[str]) -> list[str]:
    """The stems of the words that carry content (no stopwords, no single letters)."""
    return [stem(w) for w in words if w not in STOPWORDS and not (len(w) == 1 and w.isalpha())]


@dataclass(frozen=True)
class Scan:
    """What one pass over the sentences found (lists are per sentence)."""

    sentences: Sequence[str]
    stems: Sequence[tuple[str, ...]]  # content stems
    hits: list[set[str]]  # claim stems the sentence contains
    negated: Sequence[bool]
    counts: Counter[str]  # content stem -> occurrences in the whole evidence
    refutations: Counter[str]  # refutation stem the model was fitted on -> occurrences
    refuting_words: Counter[str]  # refuting word as written -> occurrences (what a reason may name)
    refute_related: int  # refutation words in sentences holding >= 1/4 of the claim's words
    refute_lead: int  # refutation words in the first three sentences
    unions: list[set[str]]  # claim stems per window of WINDOW sentences

    n_words: int  # content words in the evidence

    @staticmethod
    def best(
        unions: Sequence[AbstractSet[str]], wanted: AbstractSet[str], weight: Mapping[str, float] | None = None
    ) -> tuple[float, int]:
        """Best share of ``wanted`` (optionally weighted) inside one of ``unions``, and where."""
        if not wanted:
            return 1.0, 0
        if not weight:  # counting: the first of the most words found is the best share
            found = [len(union & wanted) for union in unions]
            most = max(found, default=0)
            return (most / len(wanted), found.index(most)) if most else (0.0, 0)
        total = math.fsum(weight[w] for w in wanted)
        best, where = 0.0, 0
        for i, union in enumerate(unions):
            if union:
                got = union & wanted
                share = math.fsum(weight[w] for w in got) / total
                if share > best:
                    best, where = share, i
        return best, where

    def window(self, start: int) -> range:
        """Sentence indices of the window starting at ``start``."""
        return range(start, min(start + WINDOW, len(self.sentences)))


@lru_cache(maxsize=65_536)
def read(sentence: str) -> tuple[tuple[str, ...], bool, tuple[str, ...], tuple[str, ...]]:
    """What a sentence holds whatever the claim: its content stems, whether it is negated,
    its refutation stems the model was fitted on (``lexicon.FITTED_REFUTATION_STEMS``) and
    its refuting words as written (``lexicon.REFUTATIONS``: "doctored", never "doctor").
    Cached: a source's sentences are read against many claims."""
    words = tokens(sentence)
    stems = tuple(content(words))
    return (stems, any(w in NEGATIONS for w in words), tuple(w for w in stems if w in FITTED_REFUTATION_STEMS),
            tuple(w for w in words if w in REFUTATIONS))


@dataclass(frozen=True)
class Survey:
    """What the sentences hold whatever the claim (shared by every ``Scan`` of them: read only)."""

    sentences: tuple[str, ...]
    stems: tuple[tuple[str, ...], ...]  # content stems per sentence
    negated: tuple[bool, ...]
    counts: Counter[str]  # content stem -> occurrences in the whole evidence
    refutations: Counter[str]  # refutation stem the model was fitted on -> occurrences
    refuting_words: Counter[str]  # refuting word as written -> occurrences
    refuting: tuple[tuple[int, int], ...]  # (sentence index, refutation words) where there are some
    refute_lead: int  # refutation words in the first three sentences
    where: dict[str, tuple[int, ...]]  # content stem -> the sentences holding it, in order
    n_words: int  # content words in the evidence


def survey(sentences: Sequence[str]) -> Survey:
    """The claim-free reading of ``sentences`` (``features`` remembers it per evidence)."""
    stems_list, negated, refuting = [], [], []
    counts: Counter[str] = Counter()
    refutations: Counter[str] = Counter()
    refuting_words: Counter[str] = Counter()
    where: dict[str, list[int]] = {}
    lead = 0
    for i, sentence in enumerate(sentences):
        stems, is_negated, refs, words = read(sentence)
        refuting_words.update(words)
        stems_list.append(stems)
        counts.update(stems)
        for w in dict.fromkeys(stems):
            where.setdefault(w, []).append(i)
        negated.append(is_negated)
        if refs:
            refutations.update(refs)
            refuting.append((i, len(refs)))
            lead += len(refs) if i < 3 else 0
    return Survey(tuple(sentences), tuple(stems_list), tuple(negated), counts, refutations, refuting_words,
                  tuple(refuting), lead,
                  {w: tuple(at) for w, at in where.items()}, sum(len(s) for s in stems_list))


def scan(seen: Survey, claim_set: AbstractSet[str]) -> Scan:
    """Scan surveyed sentences for the stems in ``claim_set`` (see ``Scan``): only the
    claim's own stems are looked up."""
    hits: list[set[str]] = [set() for _ in seen.sentences]
    for w in claim_set:
        for i in seen.where.get(w, ()):
            hits[i].add(w)
    quarter = 0.25 * max(len(claim_set), 1)
    related = sum(n for i, n in seen.refuting if len(hits[i]) >= quarter)
    unions = [set().union(*hits[i : i + WINDOW]) for i in range(max(len(hits) - WINDOW + 1, 1))]
    return Scan(seen.sentences, seen.stems, hits, seen.negated, seen.counts, seen.refutations, seen.refuting_words, related,
                seen.refute_lead, unions, seen.n_words)

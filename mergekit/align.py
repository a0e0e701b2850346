"""Retrieve the passages most similar to a claim.

Blocking through an inverted index of content words keeps the candidate set small, so
cost grows with the text rather than with claims x passages:

1. each claim term is looked up rarest first, and the walk stops once ``max_postings``
   posting entries have been visited, so a claim's cost does not grow with the index
   (frequent words carry little idf weight and would only add noise);
2. candidates are ranked by the idf weight of the terms they share with the claim, and
   only the best ``max_candidates`` are scored;
3. the score blends an idf-weighted term overlap (favouring coverage of the claim's
   content words) with rapidfuzz's ``token_set_ratio``, computed in one
   ``rapidfuzz.process.extract`` call over the candidate list.

The interface (``PassageIndex.best``) is what callers rely on: a better scorer can
replace the internals.
"""

from __future__ import annotations

import heapq
import math
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from sys import intern

from rapidfuzz import fuzz, process, utils

__all__ = ["Passage", "Match", "PassageIndex", "STEM_LETTERS", "content_words", "fold_plural", "share_stem"]

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_STOP = frozenset(
    """a an and are as at be been but by for from had has have he her his in into is it its
    of on or that the their them they this to was were which who will with not no also after
    before than then there these those said says would could should about over more most""".split()
)

# Weight of the idf-weighted term overlap in the score; the rest is token_set_ratio.
_OVERLAP_WEIGHT = 0.8
# F-beta over (passage precision, claim coverage): beta > 1 favours covering the claim.
_BETA2 = 4.0
# best_per_source(limit=n) scores the candidates of this many x n sources, the strongest by blocking.
_SOURCE_POOL = 8


def content_words(text: str) -> list[str]:
    """Lower-cased words of ``text`` without stop words (numbers are kept). Remembered by
    text (``_content_words``; a fresh list for each caller): the planner's readers ask it
    of the same sentences again and again (7,330 asks of 2,076 texts at 60x60)."""
    return list(_content_words(text))


@lru_cache(maxsize=1 << 15)
def _content_words(text: str) -> tuple[str, ...]:
    # interned: the remembered texts share their words
    return tuple(intern(w) for w in (m.group(0).lower() for m in _WORD.finditer(text)) if w not in _STOP)


@lru_cache(maxsize=1 << 15)
def _terms(text: str) -> frozenset[str]:
    """Index terms of ``text``: its content words with a plain plural ``-s`` folded
    (remembered by text: a merge indexes and queries many copies of one sentence)."""
    return frozenset(fold_plural(w) for w in content_words(text))


# Two words of at least this many letters that begin alike are taken as one word's forms
# ("evacuated" / "evacuation"), as the planner's readings of the destination compare words.
STEM_LETTERS = 5


def share_stem(word: str, other: str) -> bool:
    """The same word, or two words of ``STEM_LETTERS`` letters or more that begin alike."""
    return word == other or (len(word) >= STEM_LETTERS and len(other) >= STEM_LETTERS
                             and word[:STEM_LETTERS] == other[:STEM_LETTERS])


def fold_plural(word: str) -> str:
    """A lower-case word without a plain plural ``-s``: "volumes" -> "volume"; "press", "bus",
    "analysis" stay."""
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


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
    """An inverted index over passages; ``best`` returns the top matches for a claim.

    ``max_postings`` bounds the posting entries visited per claim (rarest terms first,
    the rarest term always); ``max_candidates`` bounds the passages scored per claim
    (per source in ``best_per_source``, where it is divided by ten, at least 3).
    """

    def __init__(
        self,
        passages: Sequence[Passage],
        *,
        max_postings: int = 1000,
        max_candidates: int = 40,
    ) -> None:
        self.passages = tuple(passages)
        self.max_postings = max_postings
        self.max_candidates = max_candidates
        self._terms = [_terms(p.text) for p in self.passages]
        self._source = [p.source for p in self.passages]
        self._text = [p.text for p in self.passages]
        processed: dict[str, str] = {}  # each distinct text once
        self._processed = [processed[p.text] if p.text in processed
                           else processed.setdefault(p.text, utils.default_process(p.text)) for p in self.passages]
        postings: dict[str, list[int]] = {}
        for i, terms in enumerate(self._terms):
            for term in terms:
                postings.setdefault(term, []).append(i)
        self._postings = postings
        n = len(self.passages)
        self._idf = {t: math.log(1.0 + n / len(ids)) for t, ids in postings.items()}
        self._unseen_idf = math.log(1.0 + n)  # a claim word no passage has
        weights: dict[frozenset[str], float] = {}
        self._weight = [weights[terms] if terms in weights
                        else weights.setdefault(terms, math.fsum(self._idf[t] for t in terms)) for terms in self._terms]
        # Deterministic tie-breaking everywhere: (source, index), then position.
        order = sorted(range(n), key=lambda i: (self.passages[i].source, self.passages[i].index, i))
        self._rank = [0] * n
        for rank, i in enumerate(order):
            self._rank[i] = rank
        # Answers by (method, claim, k, sources): a merge's article often repeats a sentence,
        # and the index does not change once built, so the answer does not either.
        self._best_answers: dict[tuple[object, ...], list[Match]] = {}
        self._per_source_answers: dict[tuple[object, ...], dict[str, Match]] = {}

    def candidates(self, claim: str, *, sources: Collection[str] | None = None) -> list[int]:
        """Indices of passages reached by blocking: they share a visited term with ``claim``."""
        return sorted(self._shared_weights(_terms(claim), sources))

    def best(
        self, claim: str, *, top_k: int = 3, sources: Collection[str] | None = None
    ) -> list[Match]:
        """The ``top_k`` most similar passages, best first (ties: source, then index)."""
        key = ("best", claim, top_k, None if sources is None else frozenset(sources))
        if key not in self._best_answers:
            self._best_answers[key] = self._best(claim, top_k, sources)
        return list(self._best_answers[key])

    def _best(self, claim: str, top_k: int, sources: Collection[str] | None) -> list[Match]:
        terms = _terms(claim)
        shared = self._shared_weights(terms, sources)
        top = self._strongest(shared, shared, self.max_candidates)
        ranked = self._ranked(claim, terms, top)[:top_k]
        return [Match(self.passages[i], score) for score, i in ranked]

    def best_per_source(
        self, claim: str, *, sources: Collection[str] | None = None, limit: int | None = None
    ) -> dict[str, Match]:
        """The best match in each source that shares a term with ``claim``, by source name.

        With ``limit``, only the ``limit`` best sources: the candidates of the ``8 x limit``
        sources whose passages share the most idf weight with the claim are scored (blocking,
        as ``max_candidates`` does for passages), so the cost stops growing with the number
        of sources; the answer is the ``limit`` best of them, ties by source name.
        """
        key = ("per_source", claim, limit, None if sources is None else frozenset(sources))
        if key not in self._per_source_answers:
            self._per_source_answers[key] = self._best_per_source(claim, sources, limit)
        return dict(self._per_source_answers[key])

    def _best_per_source(self, claim: str, sources: Collection[str] | None, limit: int | None) -> dict[str, Match]:
        terms = _terms(claim)
        shared = self._shared_weights(terms, sources)
        source_of = self._source
        by_source: dict[str, list[int]] = {}
        strongest: dict[str, float] = {}  # each source's most shared weight
        for i, weight in shared.items():
            source = source_of[i]
            ids = by_source.get(source)
            if ids is None:
                by_source[source] = [i]
                strongest[source] = weight
            else:
                ids.append(i)
                if weight > strongest[source]:
                    strongest[source] = weight
        if limit is not None and len(by_source) > _SOURCE_POOL * limit:
            # the pool's sources in sorted order without sorting them all (source names are
            # unique, so the keys tie nowhere and nsmallest is the head of the sorted list)
            pool = heapq.nsmallest(_SOURCE_POOL * limit, [(-weight, source) for source, weight in strongest.items()])
            by_source = {source: by_source[source] for _, source in pool}
        per_source = max(3, self.max_candidates // 10)
        top = [i for ids in by_source.values() for i in self._strongest(shared, ids, per_source)]
        # Each source's best (score, then rank): what the first of it in ``_ranked`` order is.
        firsts: dict[str, tuple[float, int, int]] = {}
        rank = self._rank
        for negative, i in zip(self._scores(claim, terms, top), top, strict=True):
            key = (negative, rank[i], i)
            source = source_of[i]
            if source not in firsts or key < firsts[source]:
                firsts[source] = key
        best = {source: Match(self.passages[i], -negative) for source, (negative, _, i) in firsts.items()}
        if limit is not None:
            best = dict(sorted(best.items(), key=lambda kv: (-kv[1].score, kv[0]))[:limit])
        return dict(sorted(best.items()))

    def in_source(self, claim: str, source: str) -> list[Match]:
        """The passages of ``source`` that share a visited term with ``claim``, scored, best
        first (ties by index): of one source the ``max_candidates`` that share the most idf
        weight with it (blocking, as ``best`` does), not the few ``best_per_source`` keeps.
        Every passage of a long source, scored and read for each claim, cost a merge the
        product of its claims and the source's length (rv8: 0.4 s a claim on a source of
        20,000 sentences); the tuning cases' findings and quotes are the same either way."""
        return self.in_sources(claim, (source,)).get(source, [])

    def in_sources(self, claim: str, sources: Collection[str]) -> dict[str, list[Match]]:
        """``in_source`` for each of ``sources``, the claim's postings read once for all of
        them (a sentence that several sources say in part asks of each: read per source, its
        postings were walked once a source)."""
        terms = _terms(claim)
        shared = self._shared_weights(terms, sources)
        by_source: dict[str, list[int]] = {}
        for i in shared:
            by_source.setdefault(self.passages[i].source, []).append(i)
        return {source: [Match(self.passages[i], score) for score, i in
                         self._ranked(claim, terms, self._strongest(shared, ids, self.max_candidates))]
                for source, ids in by_source.items()}

    def _shared_weights(
        self, terms: Iterable[str], sources: Collection[str] | None
    ) -> dict[int, float]:
        """Passage index -> idf weight of the visited claim terms it contains."""
        known = sorted((len(self._postings[t]), t) for t in terms if t in self._postings)
        shared: dict[int, float] = {}
        visited = 0
        for df, term in known:
            if visited and visited + df > self.max_postings:
                break  # the rest are more frequent still: little weight, many postings
            visited += df
            weight = self._idf[term]
            get = shared.get
            for i in self._postings[term]:
                shared[i] = get(i, 0.0) + weight
        if sources is not None:
            wanted = set(sources)
            source_of = self._source
            shared = {i: w for i, w in shared.items() if source_of[i] in wanted}
        return shared

    def _strongest(self, shared: dict[int, float], ids: Collection[int], k: int) -> list[int]:
        """The ``k`` of ``ids`` with the most shared weight (ties: source, then index)."""
        if len(ids) <= k:
            return list(ids)
        # The k-th weight by a C-level selection, then one cheap pass: far faster than a
        # keyed heap over every candidate, and exact, ties included.
        floor = heapq.nlargest(k, [shared[i] for i in ids])[-1]
        above = [i for i in ids if shared[i] > floor]
        tied = sorted((i for i in ids if shared[i] == floor), key=self._rank.__getitem__)
        return above + tied[: k - len(above)]

    def _ranked(
        self, claim: str, terms: frozenset[str], ids: Sequence[int]
    ) -> list[tuple[float, int]]:
        """(score, passage index) for ``ids`` against ``claim``, best first, ties by rank."""
        scored = sorted((negative, self._rank[i], i) for negative, i in zip(self._scores(claim, terms, ids), ids, strict=True))
        return [(-negative, i) for negative, _, i in scored]

    def _scores(self, claim: str, terms: frozenset[str], ids: Sequence[int]) -> list[float]:
        """Each of ``ids``'s score against ``claim``, negated (so that ascending is best first).

        Passages with the same text (copies of one report) are scored once: they score alike."""
        if not ids:
            return []
        claim_weight = math.fsum(self._idf.get(t, self._unseen_idf) for t in terms)
        slot: dict[str, int] = {}  # passage text -> its position among the distinct texts
        distinct: list[int] = []  # one passage of each distinct text
        slots = []
        texts = self._text
        for i in ids:
            text = texts[i]
            position = slot.get(text)
            if position is None:
                position = slot[text] = len(distinct)
                distinct.append(i)
            slots.append(position)
        ratio = _ratios(utils.default_process(claim), [self._processed[i] for i in distinct])
        scores = []
        idf = self._idf.__getitem__
        for position, i in enumerate(distinct):
            common = math.fsum(map(idf, terms & self._terms[i]))
            overlap = _f_beta(common / self._weight[i], common / claim_weight)
            score = _OVERLAP_WEIGHT * overlap + (1.0 - _OVERLAP_WEIGHT) * ratio[position]
            scores.append(-min(1.0, max(0.0, score)))
        return [scores[s] for s in slots]


# (processed claim, processed passage) -> token_set_ratio / 100: a merge scores one claim
# against one text in several indexes and passes (the planner's news index, the figure
# alignment's index of every statement) and against many copies of one report; bounded
_RATIOS: dict[tuple[str, str], float] = {}
_RATIOS_SIZE = 1 << 18


def _ratios(query: str, choices: Sequence[str]) -> list[float]:
    """rapidfuzz's ``token_set_ratio`` of ``query`` and each of ``choices`` (both processed),
    divided by 100, each pair scored once (``_RATIOS``): the rest in one ``process.extract``."""
    memo = _RATIOS
    known = [memo.get((query, choice)) for choice in choices]
    ratio = [0.0 if r is None else r for r in known]  # a choice extract does not return scores nothing
    missing = [k for k, r in enumerate(known) if r is None]
    if missing:
        if len(memo) > _RATIOS_SIZE:
            memo.clear()
        for _, value, position in process.extract(query, [choices[k] for k in missing], scorer=fuzz.token_set_ratio,
                                                  processor=None, limit=None):
            ratio[missing[position]] = value / 100.0
        for k in missing:
            memo[query, choices[k]] = ratio[k]
    return ratio


def _f_beta(precision: float, recall: float) -> float:
    """Weighted harmonic mean of ``precision`` and ``recall`` (recall counts ``_BETA2`` x)."""
    if precision <= 0.0 or recall <= 0.0:
        return 0.0
    return (1.0 + _BETA2) * precision * recall / (_BETA2 * precision + recall)

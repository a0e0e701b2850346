"""A quotation the article gives to one speaker while a source gives it to another.

A quotation is looked for in every source sentence (rapidfuzz ``partial_ratio`` of its
normalised words of at least ``min_score``). So that the cost follows the matches rather
than quotations x sentences, source sentences are indexed by their character trigrams and
only sentences that can reach ``min_score`` are scored: an exact bound (``_TrigramIndex``),
so the result is the same as scoring every pair. An article with only a few quotations
(``_SCORED_ALONE``) has each scored against every sentence instead: building the index
would cost more. Sentences that normalise to the same text
(news copies of one report) are indexed and scored once, and each sentence's speakers are
read once (``memo``).
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from .attribution import QUOTE_RE, Attribution, same_speaker
from .memo import attributions
from .statements import Statement, speaker_at, speakers_in_context

__all__ = ["Misattribution", "find_misattributions"]

_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}


@dataclass(frozen=True)
class Misattribution:
    """The article's speaker for a quotation differs from its source's speaker."""

    key: str  # the article statement's key
    quote: str  # the quoted words
    article_speaker: str  # who the article gives it to
    source_speaker: str  # who the source gives it to
    source: str
    source_quote: str  # the source sentence
    score: float = 100.0  # rapidfuzz partial ratio of the quotation in the source sentence


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'")
    return re.sub(r"\s+", " ", re.sub(r"[^\w' ]+", " ", text.lower())).strip()


def _source_speaker(st: Statement, context: str | None, pos: int) -> str | None:
    found = attributions(st.text)
    speaker = speaker_at(found, pos, fallback=context)
    return None if speaker is None or speaker.lower() in _PRONOUNS else speaker


def find_misattributions(article: Sequence[Statement], sources: Sequence[Statement], *,
                         min_score: float = 90.0, min_words: int = 5) -> tuple[Misattribution, ...]:
    """Quotations in ``article`` whose speaker differs from the speaker in ``sources``.

    A quotation matches a source sentence when its normalised words occur there with a
    rapidfuzz partial ratio of at least ``min_score``; speakers are compared loosely
    (``same_speaker``), so only a real change of speaker is reported.
    """
    context = speakers_in_context(sources)
    # Each distinct normalised sentence once: its positions among ``sources``, in order.
    norm_of: dict[str, str] = {}
    positions: dict[str, list[int]] = {}
    for position, s in enumerate(sources):
        if s.text not in norm_of:
            norm_of[s.text] = _norm(s.text)
        positions.setdefault(norm_of[s.text], []).append(position)
    distinct = list(positions)
    find: Callable[[str, float], list[tuple[int, float]]] | None = None
    matched: dict[str, list[tuple[int, float]]] = {}  # needle -> (source position, score)
    speakers: dict[tuple[int, str], str | None] = {}  # (source position, first word) -> its speaker
    same: dict[tuple[str, str], bool] = {}  # (article speaker, source speaker) -> same_speaker: a few speakers, many pairs
    out: list[Misattribution] = []
    seen: set[tuple[str, str, str]] = set()
    for st in article:
        for att in attributions(st.text):
            quote = _quoted(att, min_words)
            if quote is None:
                continue
            needle = _norm(quote)
            if needle not in matched:
                find = find or _finder(distinct, _needles(article, min_words))
                matched[needle] = sorted((position, score) for i, score in find(needle, min_score)
                                         for position in positions[distinct[i]])
            first = needle.split()[0]
            for position, score in matched[needle]:
                src = sources[position]
                if (position, first) not in speakers:  # the same quotation in many sentences: read once
                    speakers[position, first] = _source_speaker(src, context[position], _raw_position(src.text, first))
                speaker = speakers[position, first]
                if speaker is None:
                    continue
                if (att.speaker, speaker) not in same:
                    same[att.speaker, speaker] = same_speaker(att.speaker, speaker)
                if same[att.speaker, speaker]:
                    continue
                if (st.key, needle, src.source) in seen:
                    continue
                seen.add((st.key, needle, src.source))
                out.append(Misattribution(st.key, quote, att.speaker, speaker, src.source, src.text, score))
    return tuple(out)


def _quoted(att: Attribution, min_words: int) -> str | None:
    """The quotation of an article's attribution when it is one to look for: enough words,
    given to a named speaker."""
    if not att.quote or att.speaker.lower() in _PRONOUNS or len(att.quote.split()) < min_words:
        return None
    return att.quote


def _needles(article: Sequence[Statement], min_words: int) -> int:
    """How many distinct quotations of the article are looked for."""
    return len({_norm(quote) for st in article for att in attributions(st.text) if (quote := _quoted(att, min_words))})


# Up to this many quotations, each is scored against every sentence: building the trigram
# index costs about as much as scoring every sentence for seven (speed only: both find
# exactly the sentences that reach the score).
_SCORED_ALONE = 4


def _finder(sentences: Sequence[str], needles: int) -> Callable[[str, float], list[tuple[int, float]]]:
    """How ``find_misattributions`` finds a needle's sentences: by scoring every one for a
    few needles, else through a ``_TrigramIndex``."""
    if needles <= _SCORED_ALONE:
        return lambda needle, min_score: _score_every(sentences, needle, min_score)
    return _TrigramIndex(sentences).matches


def _score_every(sentences: Sequence[str], needle: str, min_score: float) -> list[tuple[int, float]]:
    """(position, partial ratio) of every sentence at least 0.8 x the needle's length scoring
    at least ``min_score``, in order: what ``_TrigramIndex.matches`` finds."""
    shortest = len(needle) * 0.8
    return [(i, score) for i, text in enumerate(sentences)
            if len(text) >= shortest and (score := fuzz.partial_ratio(needle, text)) >= min_score]


def _trigrams(text: str) -> list[str]:
    return [text[i:i + 3] for i in range(len(text) - 2)]


class _TrigramIndex:
    """Normalised sentences by character trigram, to find those a needle can match.

    The bound (the q-gram lemma): ``partial_ratio(p, t) >= c`` compares the shorter string
    ``p`` (length ``s``) with windows of the longer at most ``s`` long, so some window is
    within ``d = floor(s * (1 - c/100) * 2)`` insertions and deletions of ``p``. Each edit
    breaks at most 3 of ``p``'s ``s - 2`` trigram positions, so at least ``s - 2 - 3d``
    positions of ``p`` hold a trigram of the longer string. A sentence with fewer is never
    scored; every other is, with rapidfuzz, so the matches are exactly those of scoring
    every pair. Sentences at least as long as the needle are found through the postings of
    the needle's rarest trigrams (any sentence with enough must hold one of them); shorter
    ones (down to 0.8 x the needle, as before) are checked by their trigram sets.
    """

    def __init__(self, sentences: Sequence[str]) -> None:
        self.sentences = sentences
        self.grams = [frozenset(_trigrams(text)) for text in sentences]
        # For a sentence as the shorter string: its trigram positions minus distinct trigrams.
        self.repeats = [max(len(text) - 2, 0) - len(grams) for text, grams in zip(sentences, self.grams, strict=True)]
        postings: dict[str, list[int]] = {}
        for i, grams in enumerate(self.grams):
            for gram in grams:
                postings.setdefault(gram, []).append(i)
        self.postings = postings
        self.by_length = sorted(range(len(sentences)), key=lambda i: len(sentences[i]))
        self.lengths = [len(sentences[i]) for i in self.by_length]

    def matches(self, needle: str, min_score: float) -> list[tuple[int, float]]:
        """(sentence position, partial ratio) of every sentence scoring at least ``min_score``, in order."""
        m = len(needle)
        counts = Counter(_trigrams(needle))
        candidates = set(self._long_candidates(needle, counts, min_score))
        low, high = bisect_left(self.lengths, m * 0.8), bisect_left(self.lengths, m)
        grams = frozenset(counts)
        for i in self.by_length[low:high]:  # shorter than the needle: the sentence is the pattern
            h = len(self.sentences[i])
            if len(self.grams[i] & grams) >= h - 2 - 3 * _edits(h, min_score) - self.repeats[i]:
                candidates.add(i)
        out = []
        for i in sorted(candidates):
            score = fuzz.partial_ratio(needle, self.sentences[i])
            if score >= min_score:
                out.append((i, score))
        return out

    def _long_candidates(self, needle: str, counts: Counter[str], min_score: float) -> list[int]:
        """Sentences at least as long as ``needle`` with enough of its trigram positions."""
        m = len(needle)
        need = m - 2 - 3 * _edits(m, min_score)
        if need <= 0:
            return [i for i in self.by_length[bisect_left(self.lengths, m):]]
        # Any sentence holding none of the rarest grams covering more than (positions - need)
        # positions has fewer than ``need`` positions left.
        rare = sorted(counts, key=lambda g: (len(self.postings.get(g, ())), g))
        spare, reached = m - 2 - need, set[int]()
        for gram in rare:
            reached.update(self.postings.get(gram, ()))
            spare -= counts[gram]
            if spare < 0:
                break
        return [i for i in reached if len(self.sentences[i]) >= m
                and sum(counts[g] for g in self.grams[i] & counts.keys()) >= need]


def _edits(length: int, min_score: float) -> int:
    """The most insertions and deletions a ``length``-character pattern can differ from a
    window of at most its length while its ratio stays at ``min_score`` or above."""
    return math.floor(2 * length * (1 - min_score / 100) + 1e-9)


def _raw_position(text: str, first_word: str) -> int:
    """Where the quotation starts in the raw source sentence (inside its quotation marks)."""
    for m in QUOTE_RE.finditer(text):
        if first_word in _norm(m.group(1)):
            return m.start(1)
    idx = text.lower().find(first_word)
    return max(idx, 0)

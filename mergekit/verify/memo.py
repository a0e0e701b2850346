"""The verifier's per-sentence readings, remembered by content.

``features.extract`` reads the numbers of every evidence sentence once per claim it judges,
and a large merge judges each news report against many sentences (3,295 judgements at 1,000
article sentences against 250 news files read 69,654 sentences for their numbers). The
reading is a pure function of the sentence, so it is kept in a bounded least-recently-used
cache keyed by the text: the same answers as ``spans.numbers``, each a fresh set.
"""

from __future__ import annotations

from functools import lru_cache

from mergekit.verify.spans import numbers as _numbers

__all__ = ["numbers"]


@lru_cache(maxsize=1 << 16)
def _remembered(text: str, parts: bool) -> frozenset[str]:
    return frozenset(_numbers(text, parts=parts))


def numbers(text: str, *, parts: bool = False) -> set[str]:
    """``spans.numbers``, remembered (a new set on every call: callers may change it)."""
    return set(_remembered(text, parts))

"""The planner's answers about one sentence, remembered by content.

A large merge's article repeats sentences (the 1,000-sentence benchmark article holds 372
distinct texts), and what the destination says of a sentence (``already.told``) is a pure
function of the sentence, the destination's candidate windows and its frame, returning a
frozen ``Told``. So it is kept in a bounded least-recently-used cache keyed by those texts:
the same answers as ``already.told``, asked once per distinct question.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from mergekit.plan.already import Told
from mergekit.plan.already import told as _told

__all__ = ["told"]


@lru_cache(maxsize=4096)
def _remembered(sentence: str, candidates: tuple[tuple[str, ...], ...], frame: str) -> Told:
    return _told(sentence, candidates, frame)


def told(sentence: str, candidates: Sequence[Sequence[str]], frame: str) -> Told:
    """``already.told``, remembered."""
    return _remembered(sentence, tuple(tuple(window) for window in candidates), frame)

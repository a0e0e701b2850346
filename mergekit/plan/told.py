"""What a news sentence says otherwise of a sentence, beyond figures: the readings' one answer.

The readings of ``plan.unkept``, ``plan.last_time``, ``plan.opposite_place``,
``plan.opposite_side``, ``plan.renamed``, ``plan.all_most``, ``plan.utc_time``, ``plan.time_of_day``,
``plan.other_code`` and ``plan.other_agent`` each pair a sentence with a news sentence that says its event went
otherwise, and answer with a ``Told``: the two texts' words for the point they differ on, and
the news sentence quoted, which ``plan.conflicts`` makes a contradicted finding of.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["Told", "once_per_source"]


@dataclass(frozen=True)
class Told:
    """A sentence's words, and a news sentence's other words for the same thing."""

    key: str  # the sentence's key (an article's "s05", a destination's "t03")
    source: str  # the news text's label
    mine: str  # the sentence's words: "2015", "in 1996", "inside the High Court", "Renzo Smith"
    theirs: str  # the news's words: "supposed to be wrap up in late 2015", "Lorenzo Smith"
    quote: str  # the news sentence (for a missed plan, with the next one when it says what happened)


def once_per_source(found: Iterable[Told]) -> list[Told]:
    """``found`` for one sentence (for ``plan.renamed``, one named person), in order, keeping the
    first of each news text only: the readings answer once per sentence and news text."""
    told: set[str] = set()
    out: list[Told] = []
    for t in found:
        if t.source not in told:
            told.add(t.source)
            out.append(t)
    return out

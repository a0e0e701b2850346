"""The clause of a text that holds a span, between the boundaries its reader names.

Each reader says what ends a clause for its question (a pattern: commas and semicolons,
dashes, brackets, quotes, "and"/"but"...), so the boundaries are the caller's. The clause
of ``span`` starts where the last boundary that ends before ``span`` ends (the text's
start when there is none) and ends where the first boundary from the end of ``span``
starts (the text's end when there is none).
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["STATEMENT_BREAK", "clause_start", "clause_around"]

# where a statement's clause starts: punctuation, a contrast or concession ("denied that
# anyone died but confirmed 3 were hurt"), or a new sentence; so far a denial reaches
# (``clusters``) and a wish, hope or condition does (``scope.unasserted``)
STATEMENT_BREAK = re.compile(r"[,;:]|\b(?:but|while|whereas|although)\b|[.!?](?=\s)", re.I)


@lru_cache(maxsize=1 << 15)  # remembered: a figure's clause is asked by several readers
def clause_start(text: str, pos: int, boundary: re.Pattern[str]) -> int:
    """Where the clause of ``text`` that holds ``pos`` starts: the end of the last
    ``boundary`` in ``text[:pos]``, else 0."""
    end = 0
    for m in boundary.finditer(text, 0, pos):  # in order, none overlapping: the last ends last
        end = m.end()
    return end


def clause_around(text: str, span: tuple[int, int], boundary: re.Pattern[str]) -> str:
    """The clause of ``text`` that holds ``span``, between ``boundary`` matches."""
    end = boundary.search(text, span[1])
    return text[clause_start(text, span[0], boundary): end.start() if end else len(text)]

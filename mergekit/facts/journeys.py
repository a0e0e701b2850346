"""Where a journey was going, read from its sentence: "travelling from Zwolle to Coevorden".

A journey frame is a verb of motion in its -ing form, "bound" or "headed", followed within
a few words by "from <Name> to <Name>" ("The train was traveling at full speed from Zwolle
to Emmen"). Two frames with the same origin and another end disagree on where the journey
went; a frame whose end the other sentence names anywhere ("from Zwolle to Emmen via
Coevorden") does not. Months and days are no places ("from September to November").
Nothing here knows a place: the names are read as written, capitalised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mergekit import months

__all__ = ["Journey", "journeys", "other_end"]

_NAME = r"[A-Z][\w'’-]+"
_JOURNEY = re.compile(rf"\b(?:[a-z]{{3,}}ing|bound|headed)\s+(?:[a-z]+\s+){{0,3}}?from\s+(?P<origin>{_NAME})"
                      rf"\s+to\s+(?P<end>{_NAME})")
_CALENDAR = re.compile(rf"^(?:{months.ANY}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$", re.I)


@dataclass(frozen=True)
class Journey:
    """A journey's origin and end as written, and the span of its frame."""

    origin: str
    end: str
    span: tuple[int, int]


def journeys(text: str) -> list[Journey]:
    """The journey frames of ``text`` (module docstring)."""
    return [Journey(m.group("origin"), m.group("end"), m.span()) for m in _JOURNEY.finditer(text)
            if not _CALENDAR.match(m.group("origin")) and not _CALENDAR.match(m.group("end"))]


def other_end(claim: str, evidence: str) -> tuple[Journey, Journey] | None:
    """A journey of ``claim`` and one of ``evidence`` from the same origin to another end,
    when ``evidence`` does not name the claim's end and ``claim`` not the evidence's."""
    for mine in journeys(claim):
        for theirs in journeys(evidence):
            if (mine.origin == theirs.origin and mine.end != theirs.end
                    and not re.search(rf"\b{re.escape(mine.end)}\b", evidence)
                    and not re.search(rf"\b{re.escape(theirs.end)}\b", claim)):
                return mine, theirs
    return None

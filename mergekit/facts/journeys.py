"""Where a journey was going, read from its sentence: "travelling from Zwolle to Coevorden".

A journey frame is a verb of motion in its -ing form, "bound" or "headed", followed within
a few words by "from <Name> to <Name>" ("The train was traveling at full speed from Zwolle
to Emmen"). Two frames with the same origin and another end disagree on where the journey
went; a frame whose end the other sentence names anywhere ("from Zwolle to Emmen via
Coevorden") does not. Months and days are no places ("from September to November"). A
common noun may follow the origin ("travelling westbound from Jalandhar station to
Amritsar").

A sentence tells a journey's route (``tells_route``) when it gives the same origin and end
in a frame, in either order ("The train was en route to Amritsar from Jalandhar"), or as a
route joined by a hyphen or a dash ("the Jalandhar-Amritsar DMU"): it says that part of a
sentence whatever its other words (``verify.features``). Nothing here knows a place: the
names are read as written, capitalised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mergekit import months

__all__ = ["Journey", "journeys", "other_end", "tells_route"]

_NAME = r"[A-Z][\w'’-]+"
_JOURNEY = re.compile(rf"\b(?:[a-z]{{3,}}ing|bound|headed)\s+(?:[a-z]+\s+){{0,3}}?from\s+(?P<origin>{_NAME})"
                      rf"(?:\s+[a-z]+)?\s+to\s+(?P<end>{_NAME})")
# the same frame with its end first ("en route to Amritsar from Jalandhar"), and a route
# joined by a hyphen or a dash ("the Jalandhar-Amritsar DMU", "the Amritsar–Howrah Mail")
_TO_FROM = re.compile(rf"\b(?:[a-z]{{3,}}ing|bound|headed|en\s+route)\s+to\s+(?P<end>{_NAME})\s+from\s+(?P<origin>{_NAME})")
_JOINED = re.compile(r"\b(?P<origin>[A-Z][a-z]+)[-\u2013](?P<end>[A-Z][a-z]+)\b")
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


def _routes(text: str) -> frozenset[tuple[str, str]]:
    """Every (origin, end) ``text`` gives: its journeys, its frames with the end first, and
    its routes joined by a hyphen or a dash."""
    found = {(j.origin, j.end) for j in journeys(text)}
    found |= {(m.group("origin"), m.group("end")) for pattern in (_TO_FROM, _JOINED) for m in pattern.finditer(text)}
    return frozenset(found)


def tells_route(claim: str, sentence: str) -> bool:
    """Whether ``sentence`` gives the origin and the end of a journey of ``claim``
    (module docstring)."""
    mine = {(j.origin, j.end) for j in journeys(claim)}
    return bool(mine) and bool(mine & _routes(sentence))

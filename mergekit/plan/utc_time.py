"""One local time given two times in UTC: "19:30 local time (23:30 UTC)" against "7:30 pm (2230 GMT)".

A time of day written with its conversion to UTC or GMT in brackets right after it ("began
about 19:30 local time (23:30 UTC)", "broke out around 7:30 pm (2230 GMT)", "At 08:50 CET
(07:50 UTC)") says two things: when the event happened where it happened, and how far that
place's clock is from UTC on that day. Two texts giving the same local time to the minute
(``facts.times``, with its half of the day known) in the same zone (both "local" or
unnamed, or the same name: "CET") but UTC times 30 minutes or more apart disagree on the
conversion, whichever event each dates: one place has one offset on one day, so one of them
is wrong. A conversion is read only where the text writes it in brackets right after the
local time; the UTC time may be written with or without a colon ("2230 GMT"). A news text
that itself gives the article's UTC time for that local time too is not counted against it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from mergekit.facts.memo import extract_times  # each sentence read once
from mergekit.facts.statements import Statement
from mergekit.plan.told import Told, once_per_source

__all__ = ["Converted", "conversions", "other_utc"]

# the bracketed conversion right after a local time (and its zone, if any): "(23:30 UTC)",
# "(2230 GMT)", "(22:30 UTC September 2)"
_CONVERSION = re.compile(r"(?:\s+(?P<zone>local\s+time|[A-Z]{2,5}))?\s*\(\s*(?P<hour>[01]?\d|2[0-3]):?(?P<minute>[0-5]\d)"
                         r"\s*(?:hrs?\s*)?(?P<utc>UTC|GMT)\b[^()]{0,30}\)")
_APART = 30  # minutes: two conversions this far apart or more disagree


@dataclass(frozen=True)
class Converted:
    """A local time and the UTC time a text converts it to, as written."""

    zone: str  # "local" (unnamed, or "local time") or the zone's name: "CET"
    local: int  # minutes after midnight
    utc: int
    written: str  # "19:30 local time (23:30 UTC)"


def conversions(text: str) -> tuple[Converted, ...]:
    """Every local time of ``text`` written with its conversion to UTC (module docstring)."""
    if "UTC" not in text and "GMT" not in text:
        return ()
    out = []
    for t in extract_times(text):
        if t.zone in ("utc", "gmt") or not t.half_known:
            continue
        m = _CONVERSION.match(text, t.span[1])
        if m is None:
            continue
        zone = m.group("zone")
        out.append(Converted("local" if zone is None or zone.lower().startswith("local") else zone, t.minutes,
                             int(m.group("hour")) * 60 + int(m.group("minute")), text[t.span[0]:m.end()]))
    return tuple(out)


def _apart(a: int, b: int) -> bool:
    gap = abs(a - b) % 1440
    return min(gap, 1440 - gap) >= _APART


def other_utc(mine: Sequence[Statement], news: Sequence[Statement]) -> list[Told]:
    """Every sentence of ``mine`` whose local time a news sentence converts to another UTC
    time (module docstring): one per sentence and news text, in ``mine``'s order."""
    theirs = [(st, c) for st in news for c in conversions(st.text)]
    if not theirs:
        return []
    given: dict[str, set[tuple[str, int, int]]] = {}
    for st, c in theirs:
        given.setdefault(st.source, set()).add((c.zone, c.local, c.utc))
    out: list[Told] = []
    for st in mine:
        for c in conversions(st.text):
            out += once_per_source(
                Told(st.key, other.source, c.written, their.written, other.text) for other, their in theirs
                if their.zone == c.zone and their.local == c.local and _apart(their.utc, c.utc)
                and (c.zone, c.local, c.utc) not in given[other.source])
    return out

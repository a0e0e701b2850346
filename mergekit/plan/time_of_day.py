"""One event given two times of day: "happened at 16:15 local time" against "occurred at around 15:15 local time".

A sentence that says when its event took place ("The explosion happened at 16:15 local time")
and a news sentence that says the same event took place at another time of day ("The
explosion occurred at around 15:15 local time") disagree when the two times
(``facts.times``: a time to the minute is exact, one to the hour or after "about",
"around", ... is +/-30 minutes) cannot be the same moment: their intervals do not meet.
"around 16:00" or "about 4 pm" against "16:15" agree; "around 15:15" against "16:15" does
not. Both times must give their half of the day and name the same zone ("local time" and
"local time", "CET" and "CET"): a time in another zone is a conversion (``plan.utc_time``),
and a time naming none may be in the reader's zone.

The event is the one an occurrence verb tells ("happened", "occurred", "took place",
"struck", "broke out", "erupted", "exploded") written before the time, and its name is the
head of the noun phrase before that verb: in the verb's clause, after its first "the" or "a"
if it has one, up to a preposition, the last content word ("A large fire", "The landslide in
the Hapakant area", "Reports said the explosion", "The MV Wakashio oil spill"): the two
sentences name the same word. A time no such verb governs ("heavy rains triggered
the collapse at 06:30", "firefighters were called at 19:30") dates something else and is
not read. A time that names no zone ("occurred at 8:07 a.m.") is compared with one that
does ("happened at 8:08 a.m. local time") only when no change of zone, by whole quarter
hours, can make the two one moment (``times.another_zone_may_meet``): "around 15:15"
may be "16:15 local time" told in another zone, "8:07" is no zone's "8:08". When both sentences give a day ("on 3 March 2021") and no day of one is a day of
the other, they tell of two occurrences, not one told otherwise. A news text that also gives the
sentence's time for the event is not counted against it. A time that does not give its half of the day ("11:00") is compared
on the 12-hour clock.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from mergekit.facts.memo import extract_dates, extract_times  # each sentence read once
from mergekit.facts.statements import Statement
from mergekit.facts.times import another_zone_may_meet
from mergekit.plan.told import Told, once_per_source

__all__ = ["Timed", "event_times", "other_time"]

_OCCURRED = re.compile(r"\b(?:happened|occurred|took\s+place|struck|broke\s+out|erupted|exploded)\b", re.IGNORECASE)
_CLAUSE = re.compile(r"[,;:()“”\"]|\.(?:\s|$)")
_NAMED = re.compile(r"\b(?:the|an?)\s+", re.IGNORECASE)  # the subject's determiner: "said the explosion"
_PREPOSITION = re.compile(r"\b(?:in|at|of|on|near|from|to|for|with|by|outside|inside|during|after|before)\b",
                          re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]+")
_CALENDAR = re.compile(r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)", re.IGNORECASE)


@dataclass(frozen=True)
class Timed:
    """A time of day an occurrence verb gives its event, as written."""

    event: str  # the stem of the event's name: "explos"
    zone: str  # "local time", "cet"
    low: int  # minutes after midnight, with the time's tolerance
    high: int
    half_known: bool  # "16:15", "4 pm"; not "11:00", which may be either half of the day
    written: str  # "around 15:15 local time"


def _event(before: str) -> str:
    """The stem of the event's name in the last clause of ``before``: the last content word of
    the noun phrase after its first determiner, up to a preposition (module docstring)."""
    from mergekit.verify.spans import STOPWORDS, stem

    clause = _CLAUSE.split(before)[-1]
    named = _NAMED.search(clause)
    phrase = _PREPOSITION.split(clause[named.end() if named else 0:])[0]
    words = [w for w in _WORD.findall(phrase) if w.lower() not in STOPWORDS and len(w) > 2 and not _CALENDAR.match(w)]
    return stem(words[-1].lower()) if words else ""


def event_times(text: str, *, zoneless: bool = False) -> tuple[Timed, ...]:
    """Every time of day of ``text`` an occurrence verb gives a named event (module
    docstring); with ``zoneless`` also those that name no zone (``zone`` "")."""
    out = []
    for t in extract_times(text):
        if not t.zone and not zoneless:
            continue
        verbs = [m for m in _OCCURRED.finditer(text, 0, t.span[0])]
        if not verbs:
            continue
        event = _event(text[:verbs[-1].start()])
        if not event:
            continue
        start = t.span[0]
        approx = re.search(r"\b(?:about|around|approximately|roughly|some|circa)\s+$", text[:start], re.IGNORECASE)
        zone = re.match(r"\s*\(?" + r"\s+".join(map(re.escape, t.zone.split())), text[t.span[1]:], re.IGNORECASE)
        written = text[approx.start() if approx else start:t.span[1] + (zone.end() if zone else 0)].replace("(", "")
        out.append(Timed(event, t.zone, t.low, t.high, t.half_known, written))
    return tuple(out)


def _days(st: Statement) -> frozenset[dt.date]:
    return frozenset(d.low for d in extract_dates(st.text, published=st.published)
                     if d.precision == "day" and d.low is not None and d.low == d.high)


def _zones_compared(a: Timed, b: Timed) -> bool:
    """Whether two times of one event are compared: both in one named zone, or one naming
    none when no change of zone can make them meet (``times.another_zone_may_meet``) or
    they meet as written."""
    if a.zone and b.zone:
        return a.zone == b.zone
    if not a.zone and not b.zone:
        return False  # either may be in its reader's zone
    return _meet(a, b) or not another_zone_may_meet((a.low, a.high), (b.low, b.high))


def _meet(a: Timed, b: Timed) -> bool:
    """Whether two times may be one moment: on the 12-hour clock when one does not say its half."""
    shifts = (0,) if a.half_known and b.half_known else (-720, 0, 720)
    return any(a.low <= b.high + k and b.low + k <= a.high for k in shifts)


def other_time(mine: Sequence[Statement], news: Sequence[Statement]) -> list[Told]:
    """Every sentence of ``mine`` whose event a news sentence gives another time of day
    (module docstring): one per sentence and news text, in ``mine``'s order."""
    theirs = [(st, t, _days(st)) for st in news if (times := event_times(st.text, zoneless=True)) for t in times]
    if not theirs:
        return []
    out: list[Told] = []
    for st in mine:
        timed = event_times(st.text, zoneless=True)
        days = _days(st) if timed else frozenset()
        for t in timed:
            same = [(other, their) for other, their, other_days in theirs if their.event == t.event
                    and _zones_compared(t, their) and not (days and other_days and not days & other_days)]
            agreeing = {other.source for other, their in same if _meet(their, t)}
            out += once_per_source(Told(st.key, other.source, t.written, their.written, other.text)
                                   for other, their in same if not _meet(their, t) and other.source not in agreeing)
    return out

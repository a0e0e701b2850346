"""Times of day as figures: "departed at 10:05 a.m." against "departed ... at 10:04 am".

``extract_times(text)`` reads every time of day a sentence gives as a point: the forms with
minutes are read by ``verify.spans.times_of_day`` ("06:30", "6.30 am", "1:03 p.m."), an hour
with its half of the day here ("10 a.m.", "1 pm"). Each is an interval of minutes after
midnight: a time written to the minute is exact; one written to the hour ("10 a.m."), or
after "about", "around", "approximately", "roughly", "some", is +/-30 minutes.

A time without its half of the day ("1:04", written on a 12-hour clock) says so
(``half_known``): the clusters then compare it and its cluster on the 12-hour clock, so
"1:04" agrees with "1:04 p.m." and disagrees with "1:03 p.m.".

A bound is no point: a time after "before", "after", "by", "until", "since", "from",
"between", "to", "and", "past" ("just before 2:40 a.m.", "between 3:20 and 3:45",
"after 4 p.m.") gives nothing.

A time zone written right after the time ("local time", "GMT", "UTC", "ET", "EDT", "CET",
...) is kept (``zone``, lower-case; "" when none): times are compared only within one zone,
or when neither names one.

One day holds many times of one kind of event ("police sent an alert at 1:04 p.m." and
"sent a photo at 2:39 p.m."), so a time's event is the verb with what it acts on
(``event_things``): the words between the verb and the time ("sent a campuswide alert
at"), else the words after a verb that follows the time ("At 2:39 p.m., police sent a
photo of ..."), else the words before the verb ("an Alert Carolina message sent out at
1:03 p.m."); at most three content words, within the clause, as stems. An event class's
verbs are one event's ("sent" and "dispatched" are the class ``dispatch``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["TimeFact", "extract_times", "event_things", "APPROX_MINUTES", "another_zone_may_meet"]

APPROX_MINUTES = 30  # "around 10 a.m.", "10 a.m.": +/- half an hour

# the seconds after a time to the minute, and its half of the day after them: "8:07:52 a.m."
_SECONDS = re.compile(r":[0-5]\d(?:\s?([ap])\.?m\b\.?)?", re.IGNORECASE)
# an hour with its half of the day and no minutes: "10 a.m.", "1pm", "11 P.M."
_HOUR = re.compile(r"(?<![\w.:])(\d{1,2})\s?([ap])\.?m\b\.?", re.IGNORECASE)
_APPROX = re.compile(r"\b(?:about|around|approximately|approx\.?|roughly|some|circa|c\.)\s*$", re.IGNORECASE)
_BOUND = re.compile(r"\b(?:before|after|by|until|till|since|from|between|to|and|past|or|-|–)\s*$", re.IGNORECASE)
_ZONE = re.compile(r"\s*\(?(local\s+time|(?:GMT|UTC)(?:\s?[+-]\s?\d{1,2})?|[ECMP][SD]?T|[A-Z]{2,3}[SD]T|BST|CET|CEST|"
                   r"IST|JST|KST|AEST|AEDT|HKT|SGT|WIB|EAT|WAT|SAST|MSK)\b\)?")


# time zones differ from one another by whole quarter hours (UTC+5:45, UTC-9:30, UTC+1),
# over a span of 26 hours (UTC-12 to UTC+14)
_ZONE_SHIFTS = tuple(k for k in range(-26 * 60, 26 * 60 + 1, 15) if k)


def another_zone_may_meet(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Whether two times of day (each ``(low, high)`` in minutes), one of which names no
    zone, may be one moment told in two zones: some change of zone, by whole quarter
    hours, makes them meet. "3:07 a.m." may be "8:07 a.m. local time" told elsewhere;
    "8:07 a.m." can be no zone's "8:08 a.m." (a time to the minute against another a
    minute apart), and neither can be the other's moment however its zone is read."""
    return any(a[0] + k <= b[1] and b[0] <= a[1] + k for k in _ZONE_SHIFTS)


@dataclass(frozen=True)
class TimeFact:
    """A time of day as written: minutes after midnight (``low``..``high`` with its
    tolerance), whether its half of the day is known, its zone and its span."""

    text: str
    minutes: int
    low: int
    high: int
    half_known: bool
    zone: str
    span: tuple[int, int]


def _read(text: str) -> list[tuple[tuple[int, int], int, int, bool, bool]]:
    from mergekit.verify.spans import times_of_day

    found = [(span, hour, minute, half, False) for span, hour, minute, half in times_of_day(text)]
    taken = [span for span, *_ in found]
    for m in _HOUR.finditer(text):
        hour = int(m.group(1))
        if not 1 <= hour <= 12 or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        found.append((m.span(), hour % 12 + (12 if m.group(2).lower() == "p" else 0), 0, True, True))
    return sorted(found)


def extract_times(text: str) -> tuple[TimeFact, ...]:
    """Every time of day ``text`` gives as a point (see the module docstring)."""
    if ":" not in text and "." not in text and "m" not in text.lower():
        return ()
    out = []
    for (start, end), hour, minute, half, to_hour in _read(text):
        before = text[max(0, start - 20):start]
        if _BOUND.search(before):
            continue
        approx = to_hour or bool(_APPROX.search(before))
        seconds = None if to_hour else _SECONDS.match(text, end)
        if seconds:  # "8:07:52 a.m.": within the minute it rounds to, either way; its half after the seconds
            end = seconds.end()
            if seconds.group(1):
                half, hour = True, hour % 12 + (12 if seconds.group(1).lower() == "p" else 0)
        minutes = hour * 60 + minute
        tol = APPROX_MINUTES if approx else 0
        low, high = minutes - tol, minutes + tol + (1 if seconds else 0)
        zone = _ZONE.match(text, end)
        written = text[start:end].strip()
        if re.search(r"\d\s?[ap]m\.$", written, re.IGNORECASE):
            written = written[:-1]  # "10:04 am." ends its sentence
        out.append(TimeFact(written, minutes, low, high, half,
                            re.sub(r"\s+", " ", zone.group(1)).lower() if zone else "", (start, end)))
    return tuple(out)


# what ends the words of an event's thing: a clause break
_BREAK = re.compile(r"[,;:()“”\"]|\.(?:\s|$)|\b(?:and|but|or|that|which|who|while|when|after|before|because|then)\b",
                    re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]+")
_CALENDAR = re.compile(r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)", re.IGNORECASE)
_THINGS = 3


def _content(piece: str, verb: str, *, last: bool = False) -> list[str]:
    """The content words of ``piece`` (stems): no stop words, month or day names, a.m./p.m.
    or the verb; the first three, or with ``last`` the last three."""
    from mergekit.verify.spans import STOPWORDS, stem

    found = [stem(w.lower()) for w in _WORD.findall(piece)
             if w.lower() not in STOPWORDS and w.lower() != verb and not _CALENDAR.match(w) and len(w) > 2]
    return found[-_THINGS:] if last else found[:_THINGS]


def event_things(text: str, span: tuple[int, int], verb: str) -> frozenset[str]:
    """What the event ``verb`` of the time at ``span`` acts on (see the module docstring);
    empty when the verb is not found or takes nothing. ``verb`` may be an event class of the
    data file ("dispatch"), found as any verb of it the text writes ("police sent an alert")."""
    from .grammar import event_of, words

    verb = verb.lower()
    at = [m for m in _WORD.finditer(text) if m.group(0).lower() == verb]
    if not at and verb in words()["event_classes"]:
        at = [m for m in _WORD.finditer(text) if event_of(m.group(0)) == verb]
    before = [m for m in at if m.end() <= span[0]]
    if before:
        m = before[-1]
        between = text[m.end():span[0]]
        if not _BREAK.search(between):
            things = _content(between, verb)
            if things:
                return frozenset(things)
            head = text[:m.start()]
            return frozenset(_content(re.split(_BREAK, head)[-1] if _BREAK.search(head) else head, verb, last=True))
    after = [m for m in at if m.start() >= span[1]]
    if after:
        tail = text[after[0].end():]
        stop = _BREAK.search(tail)
        return frozenset(_content(tail[:stop.start()] if stop else tail, verb))
    return frozenset()

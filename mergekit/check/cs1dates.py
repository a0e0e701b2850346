"""Citation dates as CS1 reads them: which style a value is written in, and the latest day
it can mean (for "in the future"). Anything else CS1 would flag as a date error.

Accepted: ``n.d.``; ``2023`` (``2023a``); ``2019–2023``; ``Summer 2023``; ``June 2023``;
``May–June 2023``; ``20 June 2023`` and ``20–21 June 2023`` (dmy); ``June 20, 2023`` and
``June 20–21, 2023`` (mdy); ``2023-06-20`` (iso). Month names may be abbreviated
(``Jun``, ``Sept``); ``c.`` before a year is allowed.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from mergekit import months

__all__ = ["CiteDate", "parse_cite_date"]

_MONTHS = months.NUMBER
_M = "(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_DASH = r"\s*[\u2013\-]\s*"

_PATTERNS = [
    ("iso", re.compile(r"(\d{4})-(\d{2})-(\d{2})")),
    ("dmy", re.compile(rf"(\d{{1,2}})(?:{_DASH}\d{{1,2}})? {_M} (\d{{4}})", re.I)),
    ("mdy", re.compile(rf"{_M} (\d{{1,2}})(?:{_DASH}\d{{1,2}})?, (\d{{4}})", re.I)),
    ("month", re.compile(rf"(?:{_M}{_DASH})?{_M} (\d{{4}})", re.I)),
    ("year", re.compile(rf"(?:c\. ?|{_SEASON} )?(\d{{4}})[a-z]?(?:{_DASH}(\d{{4}}))?", re.I)),
]


@dataclass(frozen=True)
class CiteDate:
    style: str  # iso | dmy | mdy | month | year | nd
    latest: dt.date | None  # the last day the value can mean


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_cite_date(value: str) -> CiteDate | None:
    """The style and latest day of ``value``, or None when CS1 would not accept it."""
    text = " ".join(value.split())
    if text.lower() in ("n.d.", "nd"):
        return CiteDate("nd", None)
    for style, pattern in _PATTERNS:
        m = pattern.fullmatch(text)
        if not m:
            continue
        g = m.groups()
        if style == "iso":
            day = _day(int(g[0]), int(g[1]), int(g[2]))
        elif style == "dmy":
            day = _day(int(g[2]), _MONTHS[g[1].lower()], int(g[0]))
        elif style == "mdy":
            day = _day(int(g[2]), _MONTHS[g[0].lower()], int(g[1]))
        elif style == "month":
            year, month = int(g[2]), _MONTHS[g[1].lower()]
            day = _day(year, month, calendar.monthrange(year, month)[1])
        else:
            day = _day(int(g[1] or g[0]), 12, 31)
        if day is None:
            return None
        return CiteDate(style, day)
    return None

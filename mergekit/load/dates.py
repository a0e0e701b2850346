"""Absolute dates as written in references and news ("June 20, 2023", "2023-06-20")."""

from __future__ import annotations

import datetime as dt
import re

from dateutil import parser as dateutil_parser

from mergekit import months

__all__ = ["MONTHS", "parse_date", "find_date", "written_dates"]

MONTHS = months.FULL  # a regex alternation of the English month names
# Dates with a year: "June 21, 2023", "21 June 2023", "2023-06-21".
_DATE = re.compile(
    rf"\b(?:(?:{MONTHS})\.? \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)? (?:{MONTHS}),? \d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}})\b"
)


def parse_date(text: str) -> str | None:
    """ISO date of a full date string ("June 20, 2023", "1 July 2023"), else None."""
    text = text.strip().rstrip(".")
    if not _DATE.fullmatch(text):
        return None
    try:
        return dateutil_parser.parse(text).date().isoformat()
    except (ValueError, OverflowError):
        return None


def find_date(text: str) -> str | None:
    """ISO form of the first full date written in ``text``, or None."""
    match = _DATE.search(text)
    return parse_date(match.group(0)) if match else None


# A date as a page's byline or dateline may write it: a month's name or abbreviation ("Aug.
# 23, 2012", "23 Aug 2012"), or digits in any order ("23/08/2012", "2012.08.23").
_WORDS_DATE = re.compile(
    rf"\b(?:(?P<m1>{months.ANY})\.? (?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)? (?P<m2>{months.ANY})\.?,? (?P<y2>\d{{4}}))\b"
)
_DIGITS_DATE = re.compile(r"\b(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})\b")


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def written_dates(text: str) -> set[str]:
    """ISO forms of every day written out in ``text`` with its year, month and day (a
    numeric date in every order it can be read: "03/04/2012" is 3 April and 4 March)."""
    days = set()
    for m in _WORDS_DATE.finditer(text):
        month = months.NUMBER.get((m.group("m1") or m.group("m2")).lower())
        year, day = int(m.group("y1") or m.group("y2")), int(m.group("d1") or m.group("d2"))
        days.add(_day(year, month, day) if month else None)
    for m in _DIGITS_DATE.finditer(text):
        a, b, c = (int(g) for g in m.groups())
        if len(m.group(1)) == 4:
            days |= {_day(a, b, c), _day(a, c, b)}
        elif len(m.group(3)) == 4:
            days |= {_day(c, b, a), _day(c, a, b)}
    days.discard(None)
    return days  # type: ignore[return-value]

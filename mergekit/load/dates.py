"""Absolute dates as written in references and news ("June 20, 2023", "2023-06-20")."""

from __future__ import annotations

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


def written_dates(text: str) -> set[str]:
    """ISO forms of every full date (day, month and year) written in ``text``."""
    return {iso for match in _DATE.finditer(text) if (iso := parse_date(match.group(0)))}

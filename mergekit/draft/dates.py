"""Dates as the destination article writes them ({{Use dmy dates}} / {{Use mdy dates}})."""

from __future__ import annotations

import datetime as dt
import re

from mergekit.draft.escape import escape_param
from mergekit.load.dates import MONTHS

__all__ = ["date_style", "format_date", "month_year", "restyle_dates"]

_ORD = r"(st|nd|rd|th)?"
# "June 20th, 2023" / "June 20, 2023" / "June 21st" (mdy) and "20th June 2023" / "21 June" (dmy).
_MDY = re.compile(rf"\b({MONTHS}) (\d{{1,2}}){_ORD}(?:, (\d{{4}}))?\b(?!,? ?\d)")
_DMY = re.compile(rf"\b(\d{{1,2}}){_ORD} ({MONTHS})(?:,? (\d{{4}}))?\b")


def _is_date(match: re.Match[str], year: int, ordinal: int) -> bool:
    """A year or an ordinal makes it a date; a bare "March 3" only before punctuation or the end
    ("in March 3 people died" is no date)."""
    after = match.string[match.end():match.end() + 1]
    return bool(match.group(year) or match.group(ordinal)) or after in ("", ".", ",", ";", ":", ")")


def date_style(wikitext: str) -> str:
    """``dmy``, ``mdy`` or ``iso`` (no declared style)."""
    match = re.search(r"\{\{\s*use\s+(dmy|mdy)\s+dates", wikitext, re.IGNORECASE)
    return match.group(1).lower() if match else "iso"


def format_date(iso: str, style: str) -> str:
    """``iso`` in the article's style; a value that is not ISO is returned as written,
    escaped as a template parameter (it comes from an input: it is data)."""
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return escape_param(iso)
    if style == "dmy":
        return f"{day.day} {day:%B %Y}"
    if style == "mdy":
        return f"{day:%B} {day.day}, {day.year}"
    return day.isoformat()


def month_year(iso: str) -> str:
    """``2023-08-15`` as ``August 2023`` (maintenance templates' ``date=``)."""
    return f"{dt.date.fromisoformat(iso):%B %Y}"


def restyle_dates(text: str, style: str) -> str:
    """Full dates in prose in the article's style (MOS:DATEFORMAT): "June 20th, 2023" ->
    "20 June 2023" under dmy; "20th June 2023" -> "June 20, 2023" under mdy; else unchanged."""
    if style == "dmy":
        return _MDY.sub(lambda m: (f"{int(m.group(2))} {m.group(1)}" + (f" {m.group(4)}" if m.group(4) else ""))
                        if _is_date(m, 4, 3) else m.group(0), text)
    if style == "mdy":
        return _DMY.sub(lambda m: (f"{m.group(3)} {int(m.group(1))}" + (f", {m.group(4)}" if m.group(4) else ""))
                        if _is_date(m, 4, 2) else m.group(0), text)
    return text

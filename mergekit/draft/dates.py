"""Dates as the destination article writes them ({{Use dmy dates}} / {{Use mdy dates}})."""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["date_style", "format_date", "month_year"]


def date_style(wikitext: str) -> str:
    """``dmy``, ``mdy`` or ``iso`` (no declared style)."""
    match = re.search(r"\{\{\s*use\s+(dmy|mdy)\s+dates", wikitext, re.IGNORECASE)
    return match.group(1).lower() if match else "iso"


def format_date(iso: str, style: str) -> str:
    """``iso`` in the article's style; a value that is not ISO is returned as written."""
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    if style == "dmy":
        return f"{day.day} {day:%B %Y}"
    if style == "mdy":
        return f"{day:%B} {day.day}, {day.year}"
    return day.isoformat()


def month_year(iso: str) -> str:
    """``2023-08-15`` as ``August 2023`` (maintenance templates' ``date=``)."""
    return f"{dt.date.fromisoformat(iso):%B %Y}"

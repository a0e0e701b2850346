"""An ISO date string ("2023-06-20") as the inputs and the model carry it, read as a day:
the one reader for a published date, a reference's date or a news item's date. Anything
else (None, "", "June 2023", "2023-02-30") is no day."""

from __future__ import annotations

import datetime as dt

__all__ = ["iso_day"]


def iso_day(value: str | None) -> dt.date | None:
    """``value`` as a day, or None when it is empty or not an ISO date."""
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None

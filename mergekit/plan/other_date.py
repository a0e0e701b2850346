"""A passage that gives another date for the event a sentence dates: no part of its support.

"Oil began to leak from the ship on 6 August" is not said in part by "However, on the 7th of
August, the very worst happened as the ship began leaking oil from cracks in its side"
(wakashio-oil-spill: b.txt), whatever words they share: the passage dates the same event
otherwise. This is no contradiction (``facts.clusters`` decides those, with the event a date
belongs to); it only keeps such a passage from being offered as saying part of the sentence
(``planner._other_value``), as ``aligned.gives_other_value`` does for a figure.

A passage gives another date when

* the sentence's clause around one of its dates (up to a comma, a semicolon, a colon, a
  bracket or a dash) and the passage, which names one date only, share two word stems or
  more besides the dates' own words and the months' names ("began", "leak", "oil", "ship");
* the two dates are of one precision and differ: two days (by month and day when either
  names no year: "6 August" against "the 7th of August"), two months of named years, or
  two years ("founded in 2007" against "founded in 2009"). A date read against a
  publication date ("on Monday", "last week") is not compared, nor is a decade.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from mergekit import months
from mergekit.align import content_words
from mergekit.facts.clauses import clause_around
from mergekit.facts.dates import DateFact
from mergekit.facts.dates import extract_dates as read_dates  # a date alone: no sentence for the memo
from mergekit.facts.grammar import stem
from mergekit.facts.memo import extract_dates
from mergekit.facts.scope import about_another_event

__all__ = ["gives_other_date"]

_CLAUSE_BREAK = re.compile(r"[,;:()\u201c\u201d\"]|\s[\u2013\u2014-]\s")
# a day of an unnamed year is placed in one year to read its month and day
_ANCHOR = dt.date(2000, 12, 31)


def _when(d: DateFact) -> tuple[str, object] | None:
    """A date as what it names: ("day", date or (month, day)), ("month", (year, month)) or ("year", year)."""
    if d.relative:
        return None
    if d.precision == "day":
        if d.low is not None and d.year_written:
            return "day", d.low
        anchored = [a.low for a in read_dates(d.text, published=_ANCHOR) if a.low is not None and not a.relative]
        return ("day", (anchored[0].month, anchored[0].day)) if len(anchored) == 1 else None
    if d.precision == "month" and d.low is not None and d.year_written:
        return "month", (d.low.year, d.low.month)
    if d.precision == "year" and d.low is not None and d.low.year == (d.high.year if d.high else None):
        return "year", d.low.year
    return None


def _stems(text: str) -> frozenset[str]:
    return frozenset(stem(w.lower()) for w in content_words(text)
                     if not any(c.isdigit() for c in w) and w.lower() not in months.NUMBER)


@lru_cache(maxsize=1 << 15)
def _dated(text: str, whole: bool) -> tuple[tuple[tuple[str, object], frozenset[str]], ...]:
    """Each date of ``text`` with the stems of its clause (of the whole sentence: ``whole``)."""
    out = []
    for d in extract_dates(text):
        when = _when(d)
        if when is not None:
            out.append((when, _stems(text if whole else clause_around(text, d.span, _CLAUSE_BREAK))))
    return tuple(out)


def _same(a: tuple[str, object], b: tuple[str, object]) -> bool:
    """Whether two dates of one precision can name the same time (a day without a year by month and day)."""
    if isinstance(a[1], dt.date) and isinstance(b[1], tuple):
        return (a[1].month, a[1].day) == b[1]
    if isinstance(a[1], tuple) and isinstance(b[1], dt.date):
        return a[1] == (b[1].month, b[1].day)
    return a[1] == b[1]


@lru_cache(maxsize=1 << 15)
def gives_other_date(claim: str, text: str) -> bool:
    """Whether ``text`` gives another date for the event a date of ``claim`` dates (module docstring)."""
    mine = _dated(claim, False)
    if not mine or about_another_event(text):
        return False
    theirs = _dated(text, True)
    if len(theirs) != 1:
        return False
    (when, words), = theirs
    return any(w[0] == when[0] and not _same(w, when) and len(stems & words) >= 2 for w, stems in mine)

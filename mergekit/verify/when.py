"""A claim's date is said by the quote cited for it, as precisely as the claim says it.

"Construction began in early 2013" is not said by "Construction began in 2013", nor "broke
apart in mid-August" by "the Mauritian prime minister only declared the situation a national
emergency on 7 August": the heads count the shared year as a found number
(``num_frac_win``) and weigh the rest as words, and the part of the year or month the claim
adds, the one word that dates the event, goes unheard. A citation is written for the whole
sentence, date included, so the quote must give each date of the claim (``facts.dates``)
with a date inside it: "in 2010" is said by "since December 2010", "early 2013" (January to
April) is not said by "in 2013", "mid-August" (the 11th to the 20th) not by "7 August" nor
by "August". A claim's year alone is said by the year's digits anywhere in the quote ("the
2013 budget"), as the heads already read it.

The planner has already taken out of the claim every date the news item gives without its
year ("on Monday", "4 December": ``verify.dates``), so what is left is a date the item must
write. Dates without a year (in claim or quote) are read against one fixed reference day,
the same for both, and compared by month and day: "on 25 July" is said by "The disaster
began on 25 July", "on April 9, 2011" by "on April 9th" (the year is a number, and the
heads already demand every number of the claim in the passage: ``num_frac_win``).
"""

from __future__ import annotations

import datetime as dt
import re

from mergekit.facts.dates import DateFact
from mergekit.facts.memo import extract_dates

__all__ = ["unsaid_dates"]

_REFERENCE = dt.date(2001, 1, 1)  # any fixed day: yearless dates of claim and quote read alike
# a figure that can be a year ("1485", "2013"), as the quote writes it anywhere: only held
# against the years of a date the claim writes with its year
_YEAR = re.compile(r"(?<!\d)(\d{3,4})(?!\d)")
_PART = re.compile(r"^(early|mid|late)[\s-]", re.IGNORECASE)
_THIRDS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}  # days of a month's part


def _interval(d: DateFact) -> tuple[dt.date, dt.date]:
    """The days ``d`` means; a part of a month ("mid-August") its third of the month."""
    assert d.low is not None and d.high is not None
    part = _PART.match(d.text)
    if part and d.precision == "month":
        first, last = _THIRDS[part.group(1).lower()]
        return d.low.replace(day=first), d.high.replace(day=min(last, d.high.day))
    return d.low, d.high


def _inside(said: DateFact, claimed: DateFact) -> bool:
    """Whether the quote's date ``said`` lies within the claim's date ``claimed`` (by month and
    day when either writes no year)."""
    if not said.resolved:
        return False
    (lo, hi), (slo, shi) = _interval(claimed), _interval(said)
    if claimed.year_written and said.year_written:
        return lo <= slo and shi <= hi
    if lo.year != hi.year or slo.year != shi.year:
        return False
    return (lo.month, lo.day) <= (slo.month, slo.day) and (shi.month, shi.day) <= (hi.month, hi.day)


def unsaid_dates(claim: str, quote: str) -> tuple[str, ...]:
    """The dates of ``claim`` (as written) the quote gives no date within; () when it gives each."""
    claimed = [d for d in extract_dates(claim, published=_REFERENCE) if d.resolved]
    if not claimed:
        return ()
    said = extract_dates(quote, published=_REFERENCE)
    years = {int(y) for y in _YEAR.findall(quote)}
    missing = []
    for d in claimed:
        assert d.low is not None and d.high is not None
        if d.precision in ("year", "decade") and d.year_written and any(
                d.low.year <= y <= d.high.year for y in years):
            continue
        if not any(_inside(s, d) for s in said):
            missing.append(d.text)
    return tuple(missing)

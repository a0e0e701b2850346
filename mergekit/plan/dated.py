"""A plan for a date already past is an outdated statement (MOS:DATED).

"The eastbound span is scheduled for completion in 2017." tells a plan as still to come;
carried into a merge run years later it states as current what is by now history. A source
sentence is outdated when its plan words, in the present or future tense
(``mergekit.verify.plans.planned``: "is scheduled for", "is expected to", "is due to",
"will", "plans to"), are followed in their clause by a date (``mergekit.facts.dates``: a
year, a season or month and year, or a day) that ends before the run date. Such a sentence is
kept as written and tagged ``{{Update after|YYYY|MM|DD}}`` with the parameters the date gives;
the editor is asked to say what happened, or to reword with "As of".

Not outdated: a plan told in the past tense ("was scheduled for 2017 but opened in 2018"),
a date written before the plan words ("In 2015 the ministry said it will ..."), a date that
has not ended by the run date, a relative or unresolved one ("next year"), and a date before
``facts.dates.MODERN`` (1800): "he will die on 22 August 1485" is history told in the future,
not a plan a later run finds overdue.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

__all__ = ["DatedPlan", "dated_plan", "TAG", "tag_markup", "as_said"]

TAG = "update after"  # the tag's name in ``SentencePlan.tags``: "update after|2017|06"
_PRECISE = {"year": 1, "season": 1, "month": 2, "day": 3}  # how many of year, month, day the date gives
_PARAMS = re.compile(r"\d{4}(?:\|\d{2}){0,2}")
_LEADING = re.compile(r"^(?:in|by|until|through|during|back\s+in)\s+")  # "in 2017" is said as "2017"


@dataclass(frozen=True)
class DatedPlan:
    """A plan for a past date: the date as written and the template's parameters."""

    written: str  # "2017", "June 2017"
    params: tuple[int, ...]  # (2017,), (2017, 6)

    @property
    def tag(self) -> str:
        """The tag as ``SentencePlan.tags`` holds it: "update after|2017|06"."""
        return "|".join([TAG, f"{self.params[0]:04d}", *(f"{p:02d}" for p in self.params[1:])])


def dated_plan(text: str, run_date: str) -> DatedPlan | None:
    """The plan ``text`` tells as still to come for a date ended before ``run_date`` (ISO), else None."""
    # Imported here, by the planner's only call: the draft imports this module for
    # ``tag_markup`` alone, and ``mergekit.verify`` loads the whole verifier and facts
    # readers (a third of a warm run's imports; ``tests/test_cache.py``).
    from mergekit.facts.dates import MODERN, extract_dates
    from mergekit.verify.plans import planned

    span = planned(text)
    if span is None:
        return None
    run = dt.date.fromisoformat(run_date)
    for date in extract_dates(text):
        if not span[0] <= date.span[0] < span[1]:
            continue
        if date.relative or date.high is None or date.low is None or date.precision not in _PRECISE:
            return None  # the plan's own date is not one a reader can hold against the run date
        if date.high >= run or date.low.year < MODERN:
            return None
        whole: tuple[int, ...] = (date.high.year, date.high.month, date.high.day)
        if date.precision == "season":  # "late 2017": the year it ends in
            whole = (date.high.year,)
        return DatedPlan(as_said(date.text), whole[:_PRECISE[date.precision]])
    return None


def as_said(date: str) -> str:
    """A plan's date as a reader says it: "in 2017" and "through 2015" are "2017" and "2015"."""
    return _LEADING.sub("", date)


def tag_markup(tag: str) -> str | None:
    """The wikitext of an update-after tag ("{{Update after|2017|06}}"), else None for another
    tag; its parameters are digits only, or it is not written at all (data never becomes markup)."""
    name, _, params = tag.partition("|")
    if name != TAG:
        return None
    return f"{{{{Update after|{params}}}}}" if _PARAMS.fullmatch(params) else ""

"""A word of a plan names no event a date can be the date of (``facts/topics.py``,
``plan_words``): "expected" made one claim of every schedule the inputs tell, so that the
demolition of Edmonton's old Walterdale Bridge (CTV: "That work is expected to wrap up in
2018.") and the works on the Nipigon River Bridge (Northern Ontario Business: "... with work
expected to wrap up in 2017.") were two dates of one "expected" event, in conflict."""

from __future__ import annotations

import datetime as dt

import pytest

from mergekit.facts import Statement, build_clusters
from mergekit.facts.dates import extract_dates
from mergekit.facts.topics import date_topic

CTV = "That work is expected to wrap up in 2018."  # walterdale-bridge, ctv-contractor-fines.txt
NOB = "Construction on the bridge began in 2013 with work expected to wrap up in 2017."  # nipigon-river-bridge


def _topics(text: str) -> list[str | None]:
    return [t.id if (t := date_topic(d.span, text)) else None for d in extract_dates(text)]


@pytest.mark.parametrize(("text", "expected"), [
    (CTV, [None]),
    (NOB, [None, None]),
    # las-vegas-athletics-stadium (Review-Journal)
    ("The stadium, designed with a capacity of 30,000 seated fans and room for an additional 3,000 "
     "standing, is expected to be ready for the team\u2019s debut season in 2028.", [None]),
    # walterdale-bridge (Global News): "scheduled" is no event, nor "supposed"; what was done to
    # the schedule is ("pushed back ... to mid-2017")
    ("The $155-million bridge was then scheduled to open in late 2016, but it was pushed back again to "
     "mid-2017 because of weather-sensitive work.", [None, "date-push"]),
    ("Construction of the bridge started in 2013 and was supposed to be complete by fall 2015.",
     [None, None]),
    # an event noun after the plan words is still the date's event (nipigon-river-bridge)
    ("The eastbound span is scheduled for completion in 2017.", ["date-complet-eastbound"]),
])
def test_a_plan_word_names_no_event(text, expected):
    assert _topics(text) == expected


def test_two_schedules_of_different_works_are_no_conflict():
    statements = [Statement(source="ctv", role="news", text=CTV, key="ctv#001"),
                  Statement(source="nob", role="news", text=NOB, key="nob#001", published=dt.date(2015, 11, 20))]
    assert not [c.id for c in build_clusters(statements) if c.conflict]


def test_a_schedule_still_meets_what_happened_to_the_same_event():
    # a plan's event named by its noun is compared with the event's date (plan against outcome)
    statements = [Statement(source="a", role="article", text="The eastbound span is scheduled for completion in 2017.",
                            key="s01"),
                  Statement(source="n", role="news", text="The eastbound span was completed in June 2018.",
                            key="n#001", published=dt.date(2018, 7, 1))]
    assert [c.id for c in build_clusters(statements) if c.conflict] == ["date-complet-eastbound"]

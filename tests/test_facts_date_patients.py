"""Two dates of one verb done to different things are two events (``topics.date_patient``).

A held-out case's talk post (contra-26) set an article's "The ... plant was expanded in 1985"
against a report's "... later expanded the recall in early August 2024": one verb, one date
topic (``date-expand``), two things expanded. The sentences here are of the same form. A date
whose verb names no patient may be of either event and stays compared (the control), and two
dates of the same patient still conflict.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mergekit.facts import Statement, build_clusters
from mergekit.facts.dates import extract_dates
from mergekit.facts.topics import date_patient

PLANT = "The Smithfield plant was expanded in 1985, adding over 100 workers to the plant's workforce of 140."
RECALL = ("The company initially recalled 207,000 pounds of deli meats but later expanded the recall in early "
          "August 2024 to include an additional seven million pounds of products.")


def _patients(text: str) -> list[str]:
    return [date_patient(d.span, text) for d in extract_dates(text)]


@pytest.mark.parametrize(("text", "expected"), [
    (PLANT, ["plant"]),  # the subject of a passive
    (RECALL, ["recal"]),  # the object's head (a stem)
    ("The company expanded its recall on July 30.", ["recal"]),  # a possessive before the head
    ("The plant has since been expanded in 1990.", ["plant"]),  # auxiliaries before "been"
    ("It was expanded in 1985.", [""]),  # a pronoun names nothing
    ("The company expanded in 1985.", [""]),  # no object
    ("The expansion in 1985 added workers.", [""]),  # an event noun
    ("The bridge was opened to traffic on 29 November 2015.", ["bridg"]),
    ("The plant, which employs 140, was expanded in 1985.", [""]),  # the subject is not next to its verb
])
def test_the_patient_of_a_dated_verb(text, expected):
    assert _patients(text) == expected


def _conflicts(article: str, news: str) -> list[str]:
    statements = [Statement(source="article", role="article", text=article, key="s01"),
                  Statement(source="report", role="news", text=news, key="r#001", published=dt.date(2024, 8, 20))]
    return [c.id for c in build_clusters(statements) if c.conflict]


def test_one_verb_done_to_two_things_is_two_events():
    assert _conflicts(PLANT, RECALL) == []


def test_a_date_whose_verb_names_no_patient_is_still_compared():
    assert _conflicts("The company expanded in 1985, adding over 100 workers.", RECALL) == ["date-expand"]


def test_two_dates_of_the_same_patient_still_conflict():
    assert _conflicts("The recall was expanded in June 2024.", RECALL) == ["date-expand"]

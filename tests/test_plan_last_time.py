"""An occurrence the article dates after the one a news text calls the last of its kind
(``plan.last_time``). On the real tuning case marapi-eruption-2023 the source's "At least one
person was killed in an eruption in 1996." went unflagged while BenarNews (4 December 2023)
says "Before Sunday, its last deadly eruption occurred in 1979"."""

from __future__ import annotations

import datetime as dt

import pytest
from realcases import case_plan

from mergekit.draft.reasons import describe
from mergekit.facts import Statement
from mergekit.plan.last_time import after_the_last

CASE = "marapi-eruption-2023"
CLAIM = "At least one person was killed in an eruption in 1996."
BENAR = ("Before Sunday, its last deadly eruption occurred in 1979, killing at least 60 people and displacing "
         "thousands more.")
REPORTED = dt.date(2023, 12, 4)


def _found(claim: str, news: str, published: dt.date | None = REPORTED) -> list[tuple[str, str]]:
    article = [Statement(source="a", role="article", text=claim, key="s01")]
    told = [Statement(source="n", role="news", text=news, key="n#001", published=published)]
    return [(t.mine, t.theirs) for t in after_the_last(article, told)]


@pytest.mark.parametrize(("claim", "news", "expected"), [
    (CLAIM, BENAR, [("in 1996", "its last deadly eruption occurred in 1979")]),
    # no word of death: any eruption after the last one is denied
    ("An eruption in 2020 covered the town in ash.", "Its last eruption was in 2018, the agency said.",
     [("in 2020", "Its last eruption was in 2018")]),
    # the last one and those before it are not denied, nor the one the report tells of (its year)
    ("At least 60 people were killed in an eruption in 1979.", BENAR, []),
    ("At least 60 people were killed in an eruption in 1930.", BENAR, []),
    ("Twenty-three climbers were killed in an eruption on 3 December 2023.", BENAR, []),
    # "deadly": an eruption the sentence tells of no death in is not denied
    ("An eruption in 1996 forced the evacuation of nearby villages.", BENAR, []),
    # another volcano's eruption: a name the news sentence does not give
    ("At least 16 people were killed in an eruption of Sinabung in 1996.", BENAR, []),
    # another event, no event noun, or another bound of "last"
    ("At least one person was killed in a landslide in 1996.", BENAR, []),
    (CLAIM, "Before Sunday, its last visit occurred in 1979.", []),
    (CLAIM, "Its last deadly eruption before 2000 occurred in 1979.", []),
])
def test_an_occurrence_after_the_last(claim, news, expected):
    assert _found(claim, news) == expected


def test_an_undated_report_denies_nothing():
    # the last occurrence is the last before the report: without its date, no years are denied
    assert _found(CLAIM, BENAR, published=None) == []


def _plan():
    return case_plan(CASE)


def test_marapi_1996_eruption_is_contradicted():
    plan = _plan()
    found = [f for f in plan.findings if f.kind == "contradicted" and f.sentence == CLAIM]
    assert [(f.rule, [e.source for e in f.evidence]) for f in found] == [("after_last", ["benarnews-climbers-perish.txt"])]
    assert describe(found[0], plan) == (
        "the sentence dates an occurrence in 1996, but BenarNews, 4 December 2023 calls an earlier one the last "
        "before its report (\u201cits last deadly eruption occurred in 1979\u201d).")

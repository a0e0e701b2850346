"""One person named two ways (``plan.renamed``). On the real tuning case
richmond-graduation-shooting the destination has "his father, 36-year-old Renzo Smith"; the
police (NBC12) name "36-year-old Lorenzo Smith" among the two who died."""

from __future__ import annotations

import pytest
from realcases import case_plan

from mergekit.draft.reasons import describe
from mergekit.facts import Statement
from mergekit.plan.renamed import renamed

CASE = "richmond-graduation-shooting"
TARGET = ("A graduate, 18-year-old Shawn Jackson, and his father, 36-year-old Renzo Smith, were killed, and five "
          "others were injured.")
NBC = "Edwards also confirmed the two victims who died are 18-year-old Shawn Jackson and 36-year-old Lorenzo Smith."


def _found(mine: str, *news: str) -> list[tuple[str, str]]:
    told = [Statement(source="n", role="news", text=t, key=f"n#{i:03d}") for i, t in enumerate(news, start=1)]
    return [(r.mine, r.theirs) for r in renamed([Statement(source="t", role="target", text=mine, key="t01")],
                                                        told)]


@pytest.mark.parametrize(("mine", "news", "expected"), [
    (TARGET, (NBC,), [("Renzo Smith", "Lorenzo Smith")]),
    # another age: another person of the surname (the 9-year-old injured was a relative)
    (TARGET, ("Police said 9-year-old Lorenzo Smith was injured and taken to hospital.",), []),
    # another event: a name with an age in a sentence of no shared event class
    (TARGET, ("36-year-old Lorenzo Smith told reporters he was at the ceremony.",), []),
    # a text that names both tells of two people
    (TARGET, (NBC, "Renzo Smith, a cousin, was not hurt."), []),
    # a middle initial added: the first words are the same
    (TARGET, ("The two victims who died are 18-year-old Shawn Jackson and 36-year-old Renzo L. Smith.",), []),
])
def test_one_person_named_two_ways(mine, news, expected):
    assert _found(mine, *news) == expected


def _plan():
    return case_plan(CASE)


def test_richmond_destination_name_is_contradicted():
    plan = _plan()
    found = [f for f in plan.findings if f.rule == "renamed"]
    assert [(f.kind, f.article, f.sentence, [e.source for e in f.evidence]) for f in found] == [
        ("contradicted", "target", TARGET, ["nbc12-whsv.txt"])]
    assert describe(found[0], plan) == ("the article names \u201cRenzo Smith\u201d, but NBC12, June 7, 2023 gives the "
                                        "same surname and age to \u201cLorenzo Smith\u201d: check the name.")

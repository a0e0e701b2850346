""""All of them were X" against a news text's "most were X" (``plan.all_most``). On the real
tuning case madeira-bus-crash the source's "Of the 29 dead, all of them were German." went
unflagged while Reuters quotes the Portuguese president: "some of the victims were from Madeira
but most were German"."""

from __future__ import annotations

import pytest
from realcases import case_plan

from mergekit.draft.reasons import describe
from mergekit.facts import Statement
from mergekit.plan.all_most import not_all

CASE = "madeira-bus-crash"
CLAIM = "Of the 29 dead, all of them were German."
REUTERS = ("Portuguese President Marcelo Rebelo de Sousa told SIC TV that some of the victims were from Madeira "
           "but most were German.")


def _found(claim: str, news: str) -> list[tuple[str, str]]:
    told = [Statement(source="n", role="news", text=news, key="n#001")]
    return [(a.mine, a.theirs) for a in not_all([Statement(source="a", role="article", text=claim, key="s01")], told)]


@pytest.mark.parametrize(("claim", "news", "expected"), [
    (CLAIM, REUTERS, [("all of them were German", "most were German")]),
    # another word: "most were tourists" says nothing of their nationality
    (CLAIM, "Some of the victims were from Madeira but most were tourists.", []),
    # another event: most passengers, not the dead
    (CLAIM, "The bus carried 56 people and most of the passengers were German.", []),
    # "some" does not say others were not
    (CLAIM, "Officials said some of the victims were German.", []),
    # a sentence that says both
    (CLAIM, "Most of the victims were German; by evening officials said all of them were German.", []),
])
def test_all_against_most(claim, news, expected):
    assert _found(claim, news) == expected


def _plan():
    return case_plan(CASE)


def test_madeira_all_german_is_contradicted():
    plan = _plan()
    found = [f for f in plan.findings if f.kind == "contradicted" and f.sentence == CLAIM]
    assert [(f.rule, [e.source for e in f.evidence]) for f in found] == [
        ("not_all", ["euronews-reuters-at-least-28.txt"])]
    assert describe(found[0], plan).startswith("the sentence says \u201call of them were German\u201d, but ")
    assert describe(found[0], plan).endswith(" says \u201cmost were German\u201d.")

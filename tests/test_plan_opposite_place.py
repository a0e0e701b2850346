"""Where an event happened, told with opposite words of place (``plan.opposite_place``). On the
real tuning case imran-khan-arrest-2023 the source has Khan "arrested from inside the High Court
in Islamabad"; Firstpost has him "arrested by Rangers on Tuesday from outside the Islamabad High
Court (IHC)"."""

from __future__ import annotations

import pytest
from realcases import case_plan

from mergekit.draft.reasons import describe
from mergekit.facts import Statement
from mergekit.plan.opposite_place import opposite_places

CASE = "imran-khan-arrest-2023"
CLAIM = ("On 9 May 2023, former Pakistani Prime Minister and politician Imran Khan was arrested from inside the "
         "High Court in Islamabad by National Accountability Bureau (NAB) on the charges of corruption in "
         "connection with the Al-Qadir Trust, which he owns alongside his wife, Bushra Bibi.")
FIRSTPOST = ("Imran Khan, former prime minister of Pakistan, was arrested by Rangers on Tuesday from outside the "
             "Islamabad High Court (IHC).")


def _found(claim: str, news: str) -> list[tuple[str, str]]:
    article = [Statement(source="a", role="article", text=claim, key="s01")]
    told = [Statement(source="n", role="news", text=news, key="n#001")]
    return [(p.mine, p.theirs) for p in opposite_places(article, told)]


@pytest.mark.parametrize(("claim", "news", "expected"), [
    (CLAIM, FIRSTPOST, [("inside the High Court", "outside the Islamabad High Court")]),
    # another event at the place: supporters gathered outside, not the arrest
    (CLAIM, "Supporters of Imran Khan gathered outside the Islamabad High Court on Tuesday.", []),
    # another place: outside a police station is not outside the court
    (CLAIM, "Imran Khan was arrested by Rangers on Tuesday from outside the Islamabad police station.", []),
    # no name shared: "He was arrested" (Business Today) may be anyone the text tells of
    (CLAIM, "He was arrested from outside the Islamabad High Court (IHC).", []),
    # a news sentence that uses the article's word too tells of both sides
    (CLAIM, "Imran Khan was arrested from outside the Islamabad High Court after Rangers went inside the court.", []),
    # a direction inside a name is no place word ("South Korea")
    ("Imran Khan was arrested after a trip to North Korea.",
     "Imran Khan was arrested after a trip to South Korea.", []),
    # a shared day is no shared subject
    ("On Tuesday, the protesters were arrested inside the court.",
     "On Tuesday, Imran Khan was arrested from outside the Islamabad High Court.", []),
])
def test_opposite_places_of_one_event(claim, news, expected):
    assert _found(claim, news) == expected


def _plan():
    return case_plan(CASE)


def test_imran_khan_arrest_place_is_contradicted():
    plan = _plan()
    found = [f for f in plan.findings if f.kind == "contradicted" and f.sentence == CLAIM]
    assert [(f.rule, [e.source for e in f.evidence]) for f in found] == [
        ("opposite_place", ["firstpost-arrested-outside-ihc.txt"])]
    assert describe(found[0], plan) == ("the sentence says \u201cinside the High Court\u201d, but Firstpost, 9 May "
                                        "2023 says \u201coutside the Islamabad High Court\u201d.")

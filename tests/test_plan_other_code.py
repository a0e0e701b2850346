"""One thing given two codes a digit apart (``plan.other_code``). On the real tuning case
salisbury-rail-crash-2021 the source says "The SWR train failed to stop at signal SY31, 240
yards (220 m) from Salisbury Tunnel Junction, which was displaying a red aspect."; Rail: "The
1720 SWR service heading west from Waterloo to Honiton passed signal SY21, which was at
danger, 220 metres before the junction." The gold has it as contradicted by Rail."""

from __future__ import annotations

from pathlib import Path

import pytest
from told import told_pairs

from mergekit.draft.reasons import describe
from mergekit.facts import Statement
from mergekit.load.inputs import load_folder
from mergekit.plan import plan_merge
from mergekit.plan.other_code import other_codes

CASE = Path(__file__).parent / "cases" / "real" / "salisbury-rail-crash-2021" / "input"
CLAIM = ("The SWR train failed to stop at signal SY31, 240 yards (220 m) from Salisbury Tunnel Junction, "
         "which was displaying a red aspect.")
RAIL = ("The 1720 SWR service heading west from Waterloo to Honiton passed signal SY21, which was at danger, "
        "220 metres before the junction.")


def _found(claim: str, *news: str) -> list[tuple[str, str]]:
    return told_pairs(other_codes, claim, *news)


@pytest.mark.parametrize(("claim", "news", "expected"), [
    (CLAIM, (RAIL,), [("signal SY31", "signal SY21")]),
    # the same code: no conflict
    (CLAIM, (RAIL.replace("SY21", "SY31"),), []),
    # two digits apart, or another length: another thing more likely than a slip
    (CLAIM, (RAIL.replace("SY21", "SY25"),), []),
    (CLAIM, (RAIL.replace("SY21", "SY310"),), []),
    # other letters, or another noun before the code
    (CLAIM, (RAIL.replace("SY21", "SX31"),), []),
    (CLAIM, (RAIL.replace("signal SY21", "platform SY21"),), []),
    # a text that writes both codes tells of two signals
    (CLAIM, (RAIL, "The train had passed signal SY31 at caution."), []),
    # not the same moment: one shared word besides the noun ("SWR")
    (CLAIM, ("SWR engineers later replaced signal SY21.",), []),
])
def test_other_codes(claim, news, expected):
    assert _found(claim, *news) == expected


def test_an_article_writing_both_codes_is_not_contradicted():
    article = [Statement(source="a", role="article", text=CLAIM, key="s01"),
               Statement(source="a", role="article", text="Signal SY21 protects the other line.", key="s02")]
    told = [Statement(source="n", role="news", text=RAIL, key="n#001")]
    assert other_codes(article, told) == []


def test_the_salisbury_signal_is_contradicted():
    plan = plan_merge(load_folder(CASE))
    (finding,) = [f for f in plan.findings if f.sentence == CLAIM and f.kind == "contradicted"]
    assert finding.rule == "other_code"
    assert [e.source for e in finding.evidence] == ["rail-slippery-rails.txt"]
    assert describe(finding, plan) == ("the sentence gives \u201csignal SY31\u201d, but Rail, 10 November 2021 gives "
                                       "\u201csignal SY21\u201d: one digit apart; check which is right.")

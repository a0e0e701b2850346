"""A sentence a news text contradicts is sent to a source that says part of it only when
that source's passage gives the figure in dispute as the sentence does (``plan.disputed``).

On real tuning cases (tests/cases/real/*, split "tune"): no needs_citation finding ("a news
text says part of it, cite it") is written beside a contradicted one whose passage does
not give the disputed figure, since the part a source says is then beside the point, and
its passage may give another value for the very fact (busy-bee-goma-crash: AeroTime's
"introduced the Do 228NG in 2007" offered for "Busy Bee Congo, was founded in 2007",
which ATC News dates 2009; marapi-eruption-2023: "23 out of 75 climbers were found dead"
offered for "Twenty-four hikers were found dead"), nor whose passage gives the sentence's
figure for another claim (salisbury-rail-crash-2021: "Fourteen passengers suffered minor
injuries" for "Fourteen people ... were taken to hospital"). The uncited sentence is still
tagged {{citation needed}}.

Nor is a passage that dates the sentence's event otherwise offered as saying part of it
(``plan.other_date``), contradiction found or not.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from mergekit.load.inputs import load_folder
from mergekit.plan import MergePlan, plan_merge
from mergekit.plan.other_date import gives_other_date

REAL = Path(__file__).parent / "cases" / "real"


@cache
def _plan(case: str) -> MergePlan:
    return plan_merge(load_folder(REAL / case / "input"))


@pytest.mark.parametrize(("case", "start"), [
    ("busy-bee-goma-crash", "The airline operating the plane, Busy Bee Congo, was founded in 2007"),
    ("busy-bee-goma-crash", "On 24 November 2019, a Dornier 228-201 twin turboprop aircraft"),
    ("marapi-eruption-2023", "Twenty-four hikers were found dead near the crater"),
    ("hushpuppi-sentencing", "Detectives seized more than 150 million dirhams"),
    # Rail's "Fourteen passengers suffered minor injuries" gives the number, not the claim
    # in dispute (people taken to hospital, 13 to Sky News)
    ("salisbury-rail-crash-2021", "Fourteen people, including one of the train drivers, were taken to hospital"),
])
def test_a_contradicted_sentence_names_no_source_to_cite(case, start):
    plan = _plan(case)
    kinds = [f.kind for f in plan.findings if f.sentence.startswith(start)]
    assert "contradicted" in kinds
    assert "needs_citation" not in kinds
    (sentence,) = [s for s in plan.sentences if s.original.startswith(start)]
    assert "citation needed" in sentence.tags and not sentence.cited


@pytest.mark.parametrize(("case", "start", "quote"), [
    ("dalfsen-train-crash", "One person was killed and six were injured", "injured six others"),
    ("sinar-bangun-ferry", "The ferry was reportedly carrying more than four times", "It had a 43-passenger capacity"),
])
def test_a_source_giving_the_disputed_figure_is_still_named(case, start, quote):
    """NL Times's "six others" injured beside the eight of its earlier report; AFP's 43 beside
    the Daily Beast's 60: the editor is shown the text that says what the sentence says."""
    plan = _plan(case)
    (finding,) = [f for f in plan.findings if f.sentence.startswith(start) and f.kind == "needs_citation"]
    assert quote in finding.said[0].what
    assert any(f.kind == "contradicted" for f in plan.findings if f.sentence.startswith(start))


def test_a_passage_dating_the_event_otherwise_is_no_part_support():
    """wakashio-oil-spill: b.txt's "on the 7th of August ... the ship began leaking oil" is not
    offered as saying part of "Oil began to leak from the ship on 6 August" (``plan.other_date``);
    the gold has it as the contradicting text."""
    plan = _plan("wakashio-oil-spill")
    (finding,) = [f for f in plan.findings if f.sentence.startswith("Oil began to leak from the ship on 6 August")]
    assert "b.txt" not in finding.sources
    assert all(e.source != "b.txt" or e.stance != "supports" for e in finding.evidence)


@pytest.mark.parametrize(("claim", "news", "other"), [
    (WAKASHIO := "Oil began to leak from the ship on 6 August, by which time Mauritius authorities were trying "
                 "to control the spill and minimize its effects.",
     "However, on the 7th of August, the very worst happened as the ship began leaking oil from cracks in its side.",
     True),
    (WAKASHIO, "However, on the 6th of August, the very worst happened as the ship began leaking oil.", False),
    # another event dated 7 August, sharing one word: the emergency was declared then
    (WAKASHIO, "The crew was evacuated as the hull began to crack in heavy seas but the Mauritian prime minister, "
               "Pravind Jugnauth, only declared the situation a national emergency on 7 August.", False),
    # two dates in the passage: which one dates the leak is not read
    (WAKASHIO, "The tank was breached [on 6 July 2020] and oil has escaped, the owners said on 7 August.", False),
])
def test_gives_other_date(claim, news, other):
    assert gives_other_date(claim, news) is other

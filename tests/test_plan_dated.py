"""A plan told as still to come for a date before the run date is outdated (``plan.dated``,
MOS:DATED). On the real tuning case nipigon-river-bridge the source's "The eastbound span is
scheduled for completion in 2017." (cited to UPI, January 2016) was carried with no word,
in a merge dated years later whose destination says the bridge opened to four lanes in 2018."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest
from hostile import foreign_markup, hostile_text
from hypothesis import given, settings

from mergekit.load.inputs import load_folder
from mergekit.outputs import render_outputs
from mergekit.plan import plan_merge
from mergekit.plan.dated import DatedPlan, dated_plan, tag_markup
from mergekit.plan.decisions import apply_decisions
from mergekit.review.model import Decision, sentence_digest

CASE = Path(__file__).parent / "cases" / "real" / "nipigon-river-bridge" / "input"
SPAN = "The eastbound span is scheduled for completion in 2017."


@cache
def _outputs() -> dict[str, str]:
    inputs = load_folder(CASE)  # merge.toml dates the run 2026-11-30
    return render_outputs(plan_merge(inputs), inputs)


@pytest.mark.parametrize(("sentence", "run_date", "expected"), [
    (SPAN, "2026-11-30", DatedPlan("2017", (2017,))),
    (SPAN, "2017-06-01", None),  # the plan's year has not ended
    (SPAN, "2018-01-01", DatedPlan("2017", (2017,))),
    ("The bridge is expected to reopen in June 2017.", "2023-08-15", DatedPlan("June 2017", (2017, 6))),
    ("Demolition of the old span is due to finish by 5 March 2019.", "2023-08-15", DatedPlan("5 March 2019", (2019, 3, 5))),
    ("The ministry plans to open both spans in late 2017.", "2023-08-15", DatedPlan("late 2017", (2017,))),
    ("Both spans will carry traffic in 2018.", "2023-08-15", DatedPlan("2018", (2018,))),
    # walterdale-bridge (tuning case, run 2026-11-30): "through 2015" is read as a year
    ("Construction began in early 2013, and will continue through 2015.", "2026-11-30", DatedPlan("2015", (2015,))),
    # walterdale-bridge: a span of years with a spaced hyphen is read, and ends with its second year
    ("The old bridge is scheduled to be removed 2015 - 2016.", "2026-11-30", DatedPlan("2015 - 2016", (2016,))),
    ("The old bridge is scheduled to be removed 2015 - 2016.", "2016-06-01", None),
    # told as past, or the date is not the plan's, or not yet past, or not a date at all
    ("The eastbound span was scheduled for completion in 2017 but opened in 2018.", "2023-08-15", None),
    ("The eastbound span was supposed to be finished in 2017.", "2023-08-15", None),
    ("In 2015 the ministry said it will build a second span.", "2023-08-15", None),
    ("The eastbound span is scheduled for completion in 2030.", "2023-08-15", None),
    ("The eastbound span will be finished next year.", "2023-08-15", None),
    ("The eastbound span is scheduled for completion in the 2010s.", "2023-08-15", None),
    ("The future westbound bridge opened on 29 November 2015.", "2023-08-15", None),
    ("The eastbound span is expected to open soon, but demolition ended in 2016.", "2023-08-15", None),
    # a date before 1800 is read (``facts.dates``) but is history told in the future, never a plan overdue
    ("Richard will be crowned on 6 July 1483 and is expected to die in August 1485.", "2026-11-30", None),
    ("The priory is scheduled to be dissolved in 1538.", "2026-11-30", None),
    ("The canal is scheduled to open in 1805.", "2026-11-30", DatedPlan("1805", (1805,))),
])
def test_a_plan_for_a_past_date_is_outdated(sentence, run_date, expected):
    assert dated_plan(sentence, run_date) == expected


def test_the_nipigon_span_is_tagged_and_flagged_and_kept_as_written():
    outputs = _outputs()
    article = outputs["Nipigon.wikitext"]
    # cited to the report that names the eastbound span ("Work on the eastbound lanes is
    # ongoing ... work expected to wrap up in 2017"), not UPI's "An identical bridge ... is
    # scheduled to be completed in 2017", which names no side (``verify.opposites.unsaid_sides``)
    assert SPAN + '<ref name="northern-ontario-business">' in article
    assert "</ref>{{Update after|2017}}" in article
    assert article.count("{{Update after") == 1  # only the one sentence that states a plan as current
    finding, = (f for f in json.loads(outputs["flags.json"])["findings"] if f["kind"] == "outdated")
    assert (finding["sentence"], finding["rule"], finding["article"]) == (SPAN, "dated_plan", "source")
    assert [s["what"] for s in finding["said"]] == ["2017", "2026-11-30"]
    assert (f"* \u201c{SPAN}\u201d \u2014 '''outdated''': states a plan for 2017 as still to come; the merge is "
            "dated 2026: say what happened, with a source, or reword with \u201cAs of\u201d.") in outputs["talk.wikitext"]


def test_the_update_after_tag_is_written_only_from_digits():
    assert tag_markup("update after|2017|06") == "{{Update after|2017|06}}"
    assert tag_markup("citation needed") is None
    assert tag_markup("update after|2017}}[[Category:EVIL]]") == ""


@settings(max_examples=150, deadline=None)
@given(hostile_text)
def test_a_hostile_date_or_plan_string_never_becomes_markup(junk):
    for sentence in (f"The span is scheduled for completion in {junk} 2017.", f"It will {junk} open in June 2017.",
                     f"{junk} is due to open in 2017{junk}"):
        found = dated_plan(sentence, "2023-08-15")
        if found is not None:
            markup = tag_markup(found.tag)
            assert markup is not None and markup.startswith("{{Update after|") and not foreign_markup(markup)
            assert all(isinstance(p, int) for p in found.params)


def test_dismissing_the_outdated_finding_takes_its_tag_off_and_only_it():
    plan = plan_merge(load_folder(CASE))
    finding = next(f for f in plan.findings if f.kind == "outdated")
    tags = next(sp.tags for sp in plan.sentences if sp.original == SPAN)
    assert tags == ("update after|2017",)
    decided = apply_decisions(plan, {finding.id: Decision(finding.id, "dismiss", sentence_digest(SPAN), "2026-11-30T12:00:00Z")})
    assert next(sp.tags for sp in decided.plan.sentences if sp.original == SPAN) == ()
    assert [sp.tags for sp in decided.plan.sentences if sp.original != SPAN] == \
        [sp.tags for sp in plan.sentences if sp.original != SPAN]

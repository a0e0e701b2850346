"""A contradiction's reason lists each source's figures once (``mergekit.draft.reasons``)."""

from __future__ import annotations

from pathlib import Path

from mergekit.draft.reasons import describe
from mergekit.load.inputs import load_folder
from mergekit.plan.planner import plan_merge

REAL = Path(__file__).resolve().parent / "cases" / "real"


def test_a_figure_a_report_gives_in_its_headline_and_again_with_its_speaker_is_named_once():
    # sohag-train-collision: "East Coast Daily gives “At least 32” and “at least 32” (according
    # to Egypt’s Health Ministry)": its headline and its first sentence.
    plan = plan_merge(load_folder(REAL / "sohag-train-collision" / "input"))
    reasons = [describe(f, plan) for f in plan.findings
               if f.sentence.startswith("Eighteen people were killed") and f.kind.value == "contradicted"]
    killed = next(r for r in reasons if r.startswith("people killed"))
    assert "East Coast Daily, 26 March 2021 gives \u201cat least 32\u201d (according to Egypt\u2019s Health Ministry);" in killed
    assert "\u201cAt least 32\u201d and" not in killed
    assert "Pledge Times, 26 March 2021 gives \u201c32\u201d (according to the Ministry of Health and Population)" in killed
    # never a count of the dead: "64 people dead or injured", "116 victims suffer from bone
    # fractures", "the 20 victims were mistakenly reported dead"
    assert "\u201c64\u201d" not in killed and "\u201c116\u201d" not in killed and "\u201c20\u201d" not in killed

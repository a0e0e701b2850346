"""What a demanding reader found in the drafts of the tuning cases optus-data-breach,
norilsk-oil-spill, hushpuppi-sentencing and rogers-outage-2022, each as the general rule it
breaks, on the real text (each failed before its fix)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from mergekit.load.inputs import load_folder
from mergekit.outputs import render_outputs
from mergekit.plan import plan_merge

REAL = Path(__file__).parent / "cases" / "real"


@cache
def _talk(case: str) -> str:
    inputs = load_folder(REAL / case / "input")
    return render_outputs(plan_merge(inputs), inputs, flags=False)["talk.wikitext"]


def test_the_talk_posts_counts_add_up_to_the_sources_sentences():
    # norilsk-oil-spill: "7 of its 10 sentences are carried over; 1 already appears here."
    # left the editor to guess where the other two went (both conflict with the destination's
    # tonnage and are under "Not carried over").
    opening = _talk("norilsk-oil-spill").splitlines()[1]
    assert "7 of its 10 sentences are carried over; 1 already appears here and 2 are left out." in opening


def test_carried_says_the_left_out_ones_only_when_there_are_some():
    from mergekit.draft.talk import _carried

    assert _carried(8, 8, 0) == "All 8 of its sentences are carried over."
    assert _carried(6, 11, 5) == "6 of its 11 sentences are carried over; 5 already appear here."
    assert _carried(8, 10, 0) == "8 of its 10 sentences are carried over; 2 are left out."
    assert _carried(9, 10, 0) == "9 of its 10 sentences are carried over; 1 is left out."
    assert _carried(0, 4, 1) == "None of its 4 sentences is carried over; 1 already appears here."


def test_a_section_whose_prose_names_the_source_is_its_home():
    # hushpuppi-sentencing: "Cybercrime in Nigeria" tells Hushpuppi's arrest and sentence
    # under "Notable cases" ("... Ramon Abbas, known as Hushpuppi, ..."), yet the post
    # proposed a new section "Hushpuppi" with no word of the one the article has.
    talk = _talk("hushpuppi-sentencing")
    assert ("This article already has a section on this subject, \u201cNotable cases\u201d "
            "(its text names \u201cHushpuppi\u201d).") in talk


def test_naming_is_the_whole_title_never_a_part_of_a_word():
    from mergekit.plan.home import _naming

    pattern = _naming("Hushpuppi (rapper)")
    assert pattern is not None
    assert pattern.search("Ramon Abbas, known as Hushpuppi, was arrested")
    assert not pattern.search("the Hushpuppis of this world")
    assert _naming("") is None

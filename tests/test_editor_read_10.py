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

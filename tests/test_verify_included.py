"""A citation the draft adds for a sentence with an "including" list rests on a passage whose
one sentence says the items of what the sentence says (``mergekit.verify.included``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mergekit.load.inputs import load_folder
from mergekit.outputs import render_outputs
from mergekit.plan import plan_merge
from mergekit.plan.planner import _evidence_text
from mergekit.verify import judge
from mergekit.verify.included import unsaid_included

REAL = Path(__file__).parent / "cases" / "real"
INJURED = "Another 27 more were injured, including the Portuguese driver and guide."


def test_items_named_in_another_sentence_of_the_quote_are_unsaid() -> None:
    # madeira-bus-crash: the Maravi Post's passage gives "Another 27 were injured" in one
    # sentence and "the driver lost control" in the next; no guide, no injured driver.
    item = next(i for i in load_folder(REAL / "madeira-bus-crash" / "input").news
                if i.label == "maravipost-at-least-29-killed.txt")
    j = judge(INJURED, _evidence_text(item))
    assert j.citable  # the heads and the other word checks call it citable
    assert unsaid_included(INJURED, j.quote) == ("driver", "guide")


@pytest.mark.parametrize("claim, quote", [
    (INJURED, "Another 27 were injured, among them the bus driver and a tour guide."),
    # the item's head is the first run of content words ("doctor" of "the doctor on duty");
    # the list ends where the claim goes on ("were critically injured")
    ("Seven people, including the doctor on duty, were critically injured.",
     "Seven people are in a critical condition, including the doctor on call."),
    # a list of names is ``lists``'s to read
    ("Acts including Jay-Z and Halsey played.", "The festival opened."),
    # no list
    ("The bus was carrying 56 people.", "It carried tourists."),
])
def test_items_said_together_with_their_clause_are_said(claim: str, quote: str) -> None:
    assert unsaid_included(claim, quote) == ()


def test_the_injured_driver_and_guide_are_not_cited_to_the_maravi_post() -> None:
    inputs = load_folder(REAL / "madeira-bus-crash" / "input")
    talk = render_outputs(plan_merge(inputs), inputs, flags=False)["talk.wikitext"]
    added = talk.split("=== Citations added ===")[1].split("\n===")[0] if "=== Citations added ===" in talk else ""
    assert INJURED not in added

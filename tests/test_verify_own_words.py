"""A citation the draft adds rests on a passage that says the sentence, not only its topic
(``mergekit.verify.own_words``, ``quoted_names``): on the real sentence pairs of the
real-merge corpus's tuning cases that the draft cited before these rules though the quote
shown to the editor does not say them, and on the citations it still adds."""

from __future__ import annotations

from pathlib import Path

import pytest

from mergekit.load.inputs import load_folder
from mergekit.outputs import render_outputs
from mergekit.plan import plan_merge
from mergekit.plan.planner import _evidence_text
from mergekit.verify import judge
from mergekit.verify.own_words import unsaid_own_words
from mergekit.verify.quoted_names import unsaid_names

REAL = Path(__file__).parent / "cases" / "real"

WATER = "First responders fighting the fire were hindered by a lack of water."
FAMILY = ("Alex Murdaugh is a member of the Murdaugh family, a family of attorneys prominent in the Lowcountry "
          "region of South Carolina.")
AHIDJO = ("Following the event, the quarter-final match scheduled to take place at Olembe Stadium the following "
          "week was relocated to Ahmadou Ahidjo Stadium.")
STRIP = ("The New Las Vegas Stadium is a fixed roof ballpark to be built on the site of the now-closed Tropicana "
         "Las Vegas on the Las Vegas Strip in Paradise, Nevada.")


def _news(path: str) -> tuple[str, ...]:
    """The news text as the planner reads it: its headline, then its sentences."""
    case, _, name = path.partition("/input/")
    item = next(item for item in load_folder(REAL / case / "input").news if item.label == name)
    return _evidence_text(item)


@pytest.mark.parametrize("claim, news, missing", [
    # a window on the museum ("closed to the public at the time of the fire", "lacked funds",
    # "the first fossils"): the text's hydrants are in another passage
    (WATER, "national-museum-brazil-fire/input/taipeitimes-flames-consume-museum.txt",
     ("fight", "hinder", "respond", "water")),
    # "a once-prominent attorney", "South Carolina's Lowcountry": no family; "Alex" opens a name
    (FAMILY, "murdaugh-trial/input/aol-sentenced-life-in-prison.txt", ("famili", "member", "region")),
])
def test_a_quote_that_says_only_the_topic_is_not_cited(claim: str, news: str, missing: tuple[str, ...]) -> None:
    evidence = _news(news)
    j = judge(claim, evidence)
    assert j.citable  # the heads and the word checks call it citable
    assert unsaid_own_words(claim, j.quote, evidence) == missing


@pytest.mark.parametrize("claim, news, missing", [
    (AHIDJO, "yaounde-stadium-crush/input/thesun-quarter-final-moved.txt", ("ahmadou", "ahidjo")),
    (STRIP, "las-vegas-athletics-stadium/input/hindustantimes-tropicana-implosion.txt", ("strip",)),
])
def test_a_quote_that_lacks_a_name_of_the_sentence_is_not_cited(claim: str, news: str,
                                                                 missing: tuple[str, ...]) -> None:
    j = judge(claim, _news(news))
    assert j.citable
    assert unsaid_names(claim, j.quote) == missing


@pytest.mark.parametrize("claim, news", [
    # every own word in the quote
    ("He was the first miner to be rescued.", "copiapo-mining-accident/input/blog-cnn-first-miner-reaches-surface.txt"),
    # the quote gives its figure ("at 10:41 a.m."): that is what makes it this sentence
    ("At 10:41 in the morning, a man with a gun went inside the building and took hostages.",
     "colleyville-synagogue-hostage/input/washingtonpost-11-hours-of-terror.txt"),
    ("It was necessitated after the death of incumbent mayor Chokwe Lumumba.",
     "jackson-mayoral-2014/input/clarionledger-headed-for-runoff.txt"),
    # "Mauritian" said as "Mauritius"; "Two weeks" as "Almost two weeks"
    ("Two weeks after the incident, the Mauritian government declared it a national emergency.",
     "wakashio-oil-spill/input/b.txt"),
])
def test_a_quote_that_says_the_sentence_is_still_cited(claim: str, news: str) -> None:
    evidence = _news(news)
    j = judge(claim, evidence)
    assert j.citable
    assert unsaid_own_words(claim, j.quote, evidence) == ()
    assert unsaid_names(claim, j.quote) == ()


def test_words_of_no_claim_are_never_missing() -> None:
    assert unsaid_own_words("It was a UNESCO World Heritage Site.", "Shuri Castle.", ["Shuri Castle."]) == ()
    # month and weekday names are dates, the first word's capital is the sentence's
    assert unsaid_names("On Thursday, 3 March, Police said it.", "police said so") == ()


def test_the_lack_of_water_is_a_lead_not_a_citation() -> None:
    # national-museum-brazil-fire: the draft cited the Taipei Times for the sentence, and the
    # talk post's "Citations added" quoted its window on the museum's opening hours.
    inputs = load_folder(REAL / "national-museum-brazil-fire" / "input")
    files = render_outputs(plan_merge(inputs), inputs, flags=False)
    talk = files["talk.wikitext"]
    # not cited: the section cites nothing, so it carries one {{Unreferenced section}} (not a cn each)
    assert WATER in talk and f"{WATER}<ref" not in talk
    assert "{{Unreferenced section|date=December 2018}}" in talk
    assert ("* \u201cFirst responders fighting the fire were hindered by a lack of water.\u201d \u2014 '''needs a "
            "citation (a source may say it)''': no citation; Taipei Times, 4 September 2018 may say it, or part of "
            "it") in talk
    assert ("** Taipei Times, 4 September 2018: \u201cFirefighters got off to a slow start fighting the blaze "
            "because the two fire hydrants closest to the museum were not functioning, Robadey said.\u201d") in talk
    assert "=== Citations added ===" not in talk or WATER[:60] not in talk.split("=== Citations added ===")[1]

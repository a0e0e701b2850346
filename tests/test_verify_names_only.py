"""A citation the draft adds rests on a passage that holds one of the sentence's own words
as a word of its own, not only inside one of its names (``own_words.own_words_in_names_only``)."""

from __future__ import annotations

import pytest
from realcases import judged_by, sentence_and_finding

from mergekit.plan.model import FindingKind
from mergekit.verify.own_words import own_words_in_names_only, unsaid_own_words

CASE = "colleyville-synagogue-hostage"
ENDED = "It ended when the FBI hostage team went into the synagogue."


def test_the_hostage_rescue_team_named_is_not_the_team_going_in() -> None:
    # The Washington Post's passage names the FBI's Hostage Rescue Team and says it
    # scrambled; nothing of the siege ending or of the team going in (gold: The Texan says it)
    j, evidence = judged_by(CASE, "washingtonpost-11-hours-of-terror.txt", ENDED)
    assert j.citable and not unsaid_own_words(ENDED, j.quote, evidence)  # the other checks pass it
    assert own_words_in_names_only(ENDED, j.quote)


def test_the_sentence_is_left_to_the_editor_with_the_text_that_says_it() -> None:
    sentence, finding = sentence_and_finding(CASE, ENDED)
    assert "washingtonpost-11-hours-of-terror.txt" not in sentence.supporting
    assert finding.kind is FindingKind.NEEDS_CITATION
    assert finding.sources[0] == "thetexan-rabbi-congregants-emerge.txt"
    assert "ended when law enforcement breached the building" in finding.said[0].what


@pytest.mark.parametrize("claim, quote", [
    # an own word said as a word of its own
    ("The synagogue is called Congregation Beth Israel.",
     "The hostage situation unfolded during Shabbat morning services at Congregation Beth Israel, "
     "a Reform synagogue in Colleyville, a suburb north of Fort Worth."),
    # a sentence's capitalised first word is a word, not a name ("Police" of "Police said")
    ("The police arrested him.", "Police arrested the man on Sunday."),
    # a figure of the claim said
    ("The FBI hostage team put 60 people on the ground.",
     "The FBI’s Hostage Rescue Team scrambled and put more than 60 people on the ground."),
    # the claim's own words written capitalised are a name of its own: a title
    ("Wu-Tang: Rise of the Deceiver", "Wu-Tang: Rise of the Deceiver is a video game."),
    # no own words: nothing to say of the names
    ("It was a UNESCO World Heritage Site.", "Shuri Castle, a UNESCO World Heritage Site, burned."),
])
def test_own_words_said_as_words_or_none_to_say(claim: str, quote: str) -> None:
    assert not own_words_in_names_only(claim, quote)


@pytest.mark.parametrize("claim, quote", [
    # a headline in title case or capitals says the claim's words: its capitals are no names
    ("The hostage standoff at the synagogue ended peacefully.", "Synagogue Hostage Standoff Ends Peacefully"),
    ("The strike ended after workers ratified the contract.", "BOEING WORKERS RATIFY CONTRACT, ENDING STRIKE"),
    ("The bridge was closed to traffic.", "Bridge Closed to Traffic After Crash. Police said it would reopen."),
])
def test_a_headline_in_title_case_says_its_words(claim: str, quote: str) -> None:
    assert not own_words_in_names_only(claim, quote)

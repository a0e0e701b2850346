"""A citation the draft adds for a sentence that names its speaker rests on a passage that
names that speaker too (``mergekit.verify.speakers``)."""

from __future__ import annotations

import pytest
from realcases import judged_by, sentence_and_finding

from mergekit.plan.model import FindingKind
from mergekit.verify.speakers import unnamed_speaker

CASE = "sikazwe-mali-tunisia-whistle"
FORENSIC = ("A forensic report stated that Sikazwe suffered heat stroke, which contributed to his "
            "mishandling of the match.")


def test_a_passage_in_another_speakers_words_does_not_name_the_forensic_report() -> None:
    # Chicago Today quotes the head of the Egyptian referees' committee ("he suffered heat
    # stroke and dehydration"); no text speaks of a forensic report (gold: partial).
    j, evidence = judged_by(CASE, "chicagotoday-heat-stroke.txt", FORENSIC)
    assert j.citable  # the heads and the verifier's word checks would cite it
    # "forensic" is nowhere in the text; "report" only far from the quote ("according to a
    # medical report that came out later")
    assert unnamed_speaker(FORENSIC, j.quote, evidence) == ("forensic", "report")


def test_the_forensic_report_sentence_is_not_cited_but_its_lead_is_shown() -> None:
    sentence, finding = sentence_and_finding(CASE, FORENSIC)
    assert "chicagotoday-heat-stroke.txt" not in sentence.supporting
    # not silently dropped: the finding on the sentence (its own marker has no list entry)
    # names the news text and quotes its passage
    assert finding.kind is FindingKind.UNRESOLVED_REFERENCE
    assert "chicagotoday-heat-stroke.txt" in finding.sources
    assert any("heat stroke" in said.what for said in finding.said)


@pytest.mark.parametrize("claim, quote", [
    # the speaker named in the passage, in another form ("Brazil's president Michel Temer")
    ('Brazilian President Michel Temer said that the loss due to the fire was "incalculable."',
     "Brazil’s president Michel Temer called the loss of the historical and cultural heritage “incalculable”."),
    ('According to Sotheby\'s, it is "the first artwork in history to have been created live during an auction."',
     "The original artwork, Girl with Balloon, mysteriously shredded itself moments after it was hammered down "
     "at £860,000 at Sotheby's auction in London last October. The piece was later renamed Love is in the Bin "
     "and became the first artwork in history to have been created live during an auction."),
    # the press is what every news text is (shuri-castle-fire)
    ('According to news sources, "Six castle buildings occupying some 4,200 square meters in total were [destroyed]."',
     "Six castle buildings occupying some 4,200 square meters in total were gutted."),
    # an opening phrase the attribution reader takes for the speaker names nobody
    # (richmond-graduation-shooting: "Later in the evening, police announced")
    ("Later in the evening, police announced that two of those who had been wounded by gunfire had died.",
     "In a later news briefing, Edwards said that two of the shooting victims had died."),
    # no speaker
    ("The fire was put out around 1:30 p.m.", "The fire was extinguished at around 1:30 p.m."),
])
def test_a_speaker_the_passage_names_or_no_speaker_is_said(claim: str, quote: str) -> None:
    assert unnamed_speaker(claim, quote, (quote,)) == ()


def test_the_speaker_may_be_named_in_the_sentence_beside_the_quote() -> None:
    # a report names its speaker once, then quotes on
    evidence = ("The Minister of Health Nelu Tataru visited the hospital on Sunday.",
                "He stated that eight ICU beds were completely burned.")
    claim = "The Minister of Health stated that eight ICU beds were completely burned."
    assert unnamed_speaker(claim, evidence[1], evidence) == ()
    # a named speaker is asked for the last word of its name
    assert unnamed_speaker(claim, evidence[1], evidence[1:]) == ("health",)


def test_a_named_speaker_is_asked_for_its_name_not_its_role_words() -> None:
    # the seed (Camp Ashraf 3): Middle East Monitor's headline and lead name the MEK and
    # say one member was killed; "representatives" is the sentence's description of them
    claim = "Mujahedeen-e-Khalq representatives claim 1 person was killed in the raid."
    quote = ("Albania police raid exiled Iran opposition camp, 1 member killed. Police in Albania have raided a "
             "camp belonging to the exiled Iranian opposition group, Mujahedeen-e-Khalq (MEK), leaving one member "
             "killed and dozens injured.")
    assert unnamed_speaker(claim, quote, (quote,)) == ()


def test_only_the_sentences_beside_the_quote_are_read_not_those_between_two_copies_of_it():
    # the quoted sentence stands twice in the text; the mayor is named between the two
    # copies, beside neither: no passage the citation rests on names the mayor
    evidence = ("It burned for hours.", "Crews came from three towns.", "Roads were closed.",
                "The mayor opened a new school in the spring.", "Trains ran late.", "It burned for hours.")
    claim = "It burned for hours, the mayor said."
    assert unnamed_speaker(claim, evidence[0], evidence) == ("mayor",)
    # beside a copy, the speaker is read
    assert unnamed_speaker(claim, evidence[0], evidence[:3] + ("The mayor spoke.",) + evidence[5:]) == ()


def test_a_named_speaker_is_asked_for_its_last_name_only() -> None:
    # a text introduces a speaker once in full, then calls them by their last name
    claim = "Brazilian President Michel Temer said that the loss was incalculable."
    assert unnamed_speaker(claim, "Temer said the loss was incalculable.", ("Temer said the loss was incalculable.",)) == ()
    # a passage that does not name them at all still withholds the citation
    assert unnamed_speaker(claim, "The loss was incalculable.", ("The loss was incalculable.",)) == ("temer",)
    # a sentence's opening article is no name: the forensic report is asked for in full
    assert unnamed_speaker("A forensic report stated that he suffered heat stroke.", "He suffered heat stroke.",
                           ("He suffered heat stroke.",)) == ("forensic", "report")


def test_the_news_texts_own_outlet_names_a_speaker_that_is_that_outlet() -> None:
    claim = "Reuters reported that the plant had closed."
    quote = "The plant closed on Monday, the company said."
    assert unnamed_speaker(claim, quote, (quote,)) == ("reuters",)
    assert unnamed_speaker(claim, quote, (quote,), outlet="Reuters") == ()
    assert unnamed_speaker("The New York Times reported that the plant had closed.", quote, (quote,),
                           outlet="The New York Times") == ()
    # another outlet, or a speaker that only shares a word with the outlet, is not named by it
    assert unnamed_speaker(claim, quote, (quote,), outlet="BBC News") == ("reuters",)
    assert unnamed_speaker("The President of India said that the plant had closed.", quote, (quote,),
                           outlet="The Times of India") == ("india",)

"""What a sentence the destination already tells has that the destination lacks
(``plan.already``: ``Told.lacks``), and how the finding and the talk post say it; and a
sentence told in part by a window that gives its dates (day, month or year) and half its
words, carried with what it adds.

A sentence is told when the destination's passage holds three quarters of its words; the
other quarter may be wording ("won" for "elected") or a detail ("fraudulent"). The finding
names those words as written, so the editor can tell whether leaving the sentence out
loses anything. Words in another form of the same word ("live" / "living", "ended" /
"ending") are no such words. The sentences are the real-merge corpus's tuning cases' own
(split "tune"; the held-out cases are never used here).
"""

from __future__ import annotations

import json

import pytest

from mergekit.flags import flags_document
from mergekit.load.inputs import load_folder
from mergekit.plan.already import told
from tests.realcases import REAL, case_outputs, case_plan


def _already(case: str) -> dict[str, tuple[str, bool, tuple[str, ...], tuple[str, ...]]]:
    """Sentence -> (rule, carried, what it adds, what the destination lacks) of its already_in_target finding."""
    return {f.sentence: (f.rule, f.carried, tuple(s.what for s in f.said), f.lacks)
            for f in case_plan(case).findings if f.kind == "already_in_target"}


@pytest.mark.parametrize("case, sentence, expected", [
    # the destination: "... organized the Fyre Festival, a luxury music festival on the Bahamian
    # island of Great Exuma": told, and left out, but "fraudulent" is not in it
    ("fyre-festival", "Fyre Festival was a fraudulent luxury music festival organized by businessman Billy "
     "McFarland and rapper Ja Rule.", ("already_said", False, (), ("fraudulent",))),
    # "a mostly rural constituency ... including the towns of Tiverton and Honiton": not that they
    # are its major settlements (a run of missing words is one phrase, as written)
    ("tiverton-honiton-by-election", "Tiverton and Honiton lies in Devon and the constituency is primarily rural, "
     "with major settlements being the towns of Tiverton and Honiton.",
     ("already_said", False, (), ("major settlements",))),
    # "The current MP is Richard Foord ..., elected at a by-election": "won" is wording
    ("tiverton-honiton-by-election", "The by-election was won by Richard Foord of the Liberal Democrats.",
     ("already_said", False, (), ("won",))),
    # "The workers approved a new five-year contract ..., ending the strike": "ended" is "ending"
    # in another form; "voted" is not in it
    ("kelloggs-strike-2021", "The strike ended after union workers voted to approve a new five-year labor contract.",
     ("already_said", False, (), ("voted",))),
    # carried for the names it adds; the words it lacks are said too
    ("kelloggs-strike-2021", "The strike affected all of Kellogg's cereal-producing plants in the United States, "
     "consisting of plants in Battle Creek, Michigan; Omaha, Nebraska; Lancaster, Pennsylvania; and Memphis, Tennessee.",
     ("partly_said", True, ("Omaha", "Lancaster", "Memphis"), ("affected", "cereal-producing", "consisting"))),
    # a name it adds is said once, as what it adds, not again as a word the destination lacks
    ("tiverton-honiton-by-election", "A by-election for the United Kingdom parliamentary constituency of Tiverton "
     "and Honiton was held on 23 June 2022.", ("partly_said", True, ("United Kingdom",), ())),
    # every word told ("29 German tourists died"): nothing lacking
    ("madeira-bus-crash", "29 people were killed in the crash.", ("already_said", False, (), ())),
])
def test_a_told_sentence_names_the_words_the_destination_lacks(case, sentence, expected):
    assert _already(case)[sentence] == expected


def test_a_word_in_another_form_is_not_named_as_lacking():
    # marapi-eruption-2023: the case's sentence against its destination's ("live" / "living")
    frame = ("Mount Marapi. The Marapi, or Mount Marapi, is a complex volcano in West Sumatra, Indonesia, and is the "
             "most active volcano in Sumatra.")
    window = ("Nevertheless, there are about 1,400 people living on its slopes in the villages of Rubai and Gobah "
              "Cumantiang, about 5 to 6 kilometers from the summit.")
    reading = told("About 1,400 people live on its slopes in the Rubai and Gobah Cumantiang villages, about 5\u20136 "
                   "km from the summit.", [[window]], frame)
    assert reading.said and reading.lacks == ()


# insulate-britain-protests (a tuning case added to the corpus after this rule was read): the
# destination's lead, which is also its frame
EXTINCTION_REBELLION = ("Extinction Rebellion (abbreviated as XR) is a UK-founded global environmental movement, with "
                        "the stated aim of using nonviolent civil disobedience to compel government action to avoid "
                        "tipping points in the climate system, biodiversity loss, and the risk of social and ecological "
                        "collapse.")


def test_a_word_in_another_form_does_not_tell_a_sentence():
    # "They" are Insulate Britain, not Extinction Rebellion: "use" found as "using" would make
    # three of the four words told, and the sentence would be left out
    reading = told("They use civil disobedience as a tactic.", [[EXTINCTION_REBELLION]],
                   f"Extinction Rebellion. {EXTINCTION_REBELLION}")
    assert not reading.told


def test_the_talk_post_names_what_the_destination_lacks():
    talk = case_outputs("kelloggs-strike-2021")["talk.wikitext"]
    assert ("already says this, except \u201cOmaha\u201d, \u201cLancaster\u201d and \u201cMemphis\u201d (its passage "
            "also lacks the words \u201caffected\u201d, \u201ccereal-producing\u201d and \u201cconsisting\u201d); the sentence "
            "is carried over") in talk
    assert ("already says this, but its passage lacks the word \u201cvoted\u201d; not copied again: check whether the "
            "merged article should have it.") in talk


def test_flags_json_lists_the_words_the_destination_lacks():
    plan = case_plan("fyre-festival")
    document = json.loads(json.dumps(flags_document(plan, load_folder(REAL / "fyre-festival" / "input"))))
    [finding] = [f for f in document["findings"] if f["kind"] == "already_in_target"]
    assert finding["lacks"] == ["fraudulent"] and finding["carried"] is False
    others = [f for f in document["findings"] if f["kind"] != "already_in_target"]
    assert others and all("lacks" not in f for f in others)


@pytest.mark.parametrize("case, sentence, adds", [
    # "In 2016 Cattelan created America, a fully functioning toilet made of 18-karat gold, ...":
    # the year and two of its three words ("Italian artist Maurizio Cattelan" is the frame's)
    ("cattelan-gold-toilet-theft", "America was a sculpture created in 2016 by the Italian artist Maurizio Cattelan.",
     ("sculpture",)),
    # "The site was placed on UNESCO's List of World Heritage in Danger in 2012 after concerns
    # about modern developments."
    ("liverpool-world-heritage-delisting", "In 2012, the site was added to the List of World Heritage in Danger due "
     "to the proposed Liverpool Waters project.", ("added", "due", "Liverpool Waters project")),
    # "In September 2022, Optus suffered a cyberattack ..." (the frame: "an Australian
    # telecommunications company")
    ("optus-data-breach", "The 2022 Optus data breach occurred in September 2022 to Australian telecommunications "
     "company Optus.", ("data breach",)),
])
def test_a_window_that_gives_the_sentences_year_or_month_and_half_its_words_tells_it_in_part(case, sentence, adds):
    assert _already(case)[sentence] == ("partly_said", True, adds, ())


def test_a_window_dated_less_precisely_or_otherwise_needs_three_quarters():
    # madeira-bus-crash: "In April 2019, 29 German tourists died ... in Caniço" gives the month,
    # not the day of "On 17 April 2019"; walterdale-bridge: "Around 1912 construction began"
    # is another year than "in early 2013"
    frame = "Caniço. Caniço is a civil parish in the municipality of Santa Cruz on the island of Madeira, Portugal."
    window = ("In April 2019, 29 German tourists died when their bus tumbled down a slope and crashed into a house in "
              "Caniço.")
    assert not told("On 17 April 2019, a tour bus crashed in Caniço, in the archipelago of Madeira, Portugal.",
                    [[window]], frame).told
    assert "Construction began in early 2013, and will continue through 2015." not in _already("walterdale-bridge")

"""The passage a needs_citation finding shows for a source: the sentence of it that says
the most of the sentence, not the one retrieval ranks first (``plan.planner._most_said``),
on real passages of the tuning cases."""

from __future__ import annotations

from mergekit.align import Passage, PassageIndex
from mergekit.plan.planner import _most_said


def _shown(claim: str, sentences: list[str]) -> str:
    index = PassageIndex([Passage("news.txt", i, s) for i, s in enumerate(sentences)])
    closest = index.best_per_source(claim)["news.txt"]
    return _most_said(claim, index.in_source(claim, "news.txt"), closest).passage.text


def test_the_sentence_that_says_it_wins_over_a_dated_one():
    """hushpuppi-sentencing: retrieval ranks the raid's date first ("June 10, 2020" for "June
    2020"); the sentence about his boasting on social media says the sentence's point."""
    claim = ("Before his arrest by the Dubai Police in June 2020 and subsequent extradition to the United "
             "States, Abbas was renowned for posting pictures and videos of his lavish spending on cars, "
             "watches, designer clothes, bags from expensive brands such as Gucci, Fendi and Louis Vuitton, "
             "and of boarding helicopters with celebrities, footballers and Nigerian politicians or on charter jets.")
    raid = "The Dubai police said the raid, carried out on June 10, 2020, was dubbed: Fox Hunt 2."
    boast = ("\"The Nigerian Instagram celebrity, who was arrested on multiple fraud charges for crimes committed "
             "in different parts of the world, boasted about his wealth and expensive possession on social media, "
             "claiming he is a successful businessman.")
    assert _shown(claim, [raid, boast]) == boast


def test_one_light_word_more_does_not_win():
    """wakashio-oil-spill: "By this time ..." shares one word ("time") with the sentence; the
    closest sentence says it with names (Panamanian-registered, Japanese-owned) and is kept."""
    claim = ("At the time of her grounding, Wakashio was sailing under a Panamanian flag of convenience "
             "while under Japanese ownership.")
    owned = ("The disaster began on 25 July, when the MV Wakashio, a Panamanian-registered, Japanese-owned bulk "
             "carrier with about 4,000 tonnes of fuel oil and 200 tonnes of diesel onboard, ran aground on a coral "
             "reef off Pointe d’Esny.")
    leaked = "By this time, 1,000 tonnes of fuel were estimated to have leaked from the vessel, polluting reefs, wetlands and beaches."
    assert _shown(claim, [owned, leaked]) == owned

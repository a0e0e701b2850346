"""How soon or how fast a claim says a thing happened is said by the quote cited for it
(``mergekit.verify.pace``), on real news texts of the real-merge corpus's tuning cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from mergekit.verify import judge
from mergekit.verify.pace import unsaid_pace

REAL = Path(__file__).resolve().parent / "cases" / "real"

ASIANEWS = "sinar-bangun-ferry/input/asianews.txt"  # "About 400 personnel have been deployed in the search."
# "financial partner Dentsu Aegis stated it had 'decided to cancel the festival,' a message
# Woodstock 50 organizers immediately disputed"
WOODSTOCK = "woodstock-50/input/poughkeepsie-woodstock-belongs-to-the-people.txt"
DENTSU = "Financial partner Dentsu Aegis stated it had decided to cancel the festival, which organizers {} disputed."


def _news(path: str) -> list[str]:
    return [(REAL / path).read_text(encoding="utf-8")]


@pytest.mark.parametrize("claim, news", [
    # the article's sentence, cited to AsiaNews before (the draft's one citation of it)
    ("After the sinking, authorities immediately deployed search and rescue personnel to the area.", ASIANEWS),
    ("About 400 personnel were immediately deployed in the search.", ASIANEWS),
    (DENTSU.format("gradually"), WOODSTOCK),  # another pace than the report's
])
def test_a_pace_the_quote_does_not_say_is_not_cited(claim, news):
    judgement = judge(claim, _news(news))
    assert judgement.label == "supported"  # what the fitted heads say; the rule overrules it
    assert not judgement.citable


@pytest.mark.parametrize("claim, news", [
    ("About 400 personnel were deployed in the search.", ASIANEWS),
    (DENTSU.format("immediately"), WOODSTOCK),
    (DENTSU.format("quickly"), WOODSTOCK),  # a word of the same group
    # under a negation the adverb says "later", which the report tells by its dates
    ("Wakashio ran aground on a coral reef on 25 July, but did not immediately begin leaking oil.",
     "wakashio-oil-spill/input/c.txt"),
])
def test_the_same_sources_are_cited_where_they_say_the_pace(claim, news):
    assert judge(claim, _news(news)).citable


@pytest.mark.parametrize("claim, quote, missing", [
    ("Police immediately sealed off the area.", "Police sealed off the area.", ("immediately",)),
    ("Police immediately sealed off the area.", "Police were quick to seal off the area.", ()),
    ("Police immediately sealed off the area.", "The immediate response was to seal off the area.", ()),
    ("The river rose suddenly.", "The river rose slowly over two days.", ("suddenly",)),
    ("Police did not immediately seal off the area.", "Police sealed off the area on Tuesday.", ()),
    ("Police sealed off the area.", "Police immediately sealed off the area.", ()),  # more in the quote is fine
])
def test_the_claims_adverbs_of_pace(claim, quote, missing):
    assert unsaid_pace(claim, quote) == missing

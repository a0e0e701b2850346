"""What a quote must hold word for word before it is cited (mergekit.verify.exact), on
real sentences of the real-merge corpus's tuning cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from mergekit.verify import judge
from mergekit.verify.exact import holds_specifics, missing_predicate, missing_specifics

REAL = Path(__file__).resolve().parent / "cases" / "real"

# tests/cases/real/colston-four-trial: the article's quotation against indy100's.
REES = 'The Mayor of Bristol, Marvin Rees, said those comments showed an "absolute lack of understanding".'
REES_QUOTE = ("In complete contrast to Patel's words, the Labour mayor of Bristol, Marvin Rees claimed that the Tory "
              "minister showed 'a lack of understanding' when she spoke out against the protestors toppling the statue.")
# tests/cases/real/national-museum-brazil-fire: the article's one quoted word against AFP's and the Wikinews copy's.
TEMER = 'Brazilian President Michel Temer said that the loss due to the fire was "incalculable."'
TEMER_AFP = ("Brazilian officials on Monday blamed years of government cutbacks for an inferno that gutted the treasured "
             "National Museum, described by President Michel Temer as a \u201ctragic\u201d loss of knowledge and heritage.")
TEMER_WIKINEWS = ("Reaction to the cultural loss was swift, as the museum held over 20 million items \u2014 Brazil\u2019s "
                  "president Michel Temer called the loss of the historical and cultural heritage \u201cincalculable\u201d.")
# tests/cases/real/busy-bee-goma-crash: a count in words the report does not give.
OPERATORS = "It had been owned by three previous operators."
ATC = ("A nearly 36 year old Dornier 228, owned and operated by Busy Bee Congo, yesterday crashed while taking off "
       "from the airport in Goma / Eastern Congo.")


@pytest.mark.parametrize("claim, quote, missing", [
    (REES, REES_QUOTE, ("absolute lack of understanding",)),
    (OPERATORS, ATC, ("3", "previous")),  # and the short claim's "previous" (``missing_predicate``)
    # the same count in digits, and a dozen as twelve
    ("There were fifteen passengers on board the train.", "There were 15 passengers on board the train.", ()),
    ("One person was killed and a dozen were hurt.", "one killed and 12 hurt", ()),
    # an editor's insertion and an ellipsis cut the quotation; each stretch is found
    ('According to news sources, "Six castle buildings occupying some 4,200 square meters in total were [destroyed]."',
     "Six castle buildings occupying some 4,200 square meters in total were gutted.", ()),
    ('She said "the bridge will open ... by the end of the year".',
     "The bridge will open to traffic, she said, by the end of the year.", ()),
    # two quoted words are a name or a title, not a quotation to check
    ('The coin, known as the "Big Maple", was stolen.', "The Big Maple Leaf coin was stolen.", ()),
    # a speaker's own word, quoted, is a quotation to check (tests/cases/real/national-museum-brazil-fire:
    # AFP quotes Temer's "tragic", the Wikinews copy his "incalculable")
    (TEMER, TEMER_AFP, ("incalculable",)),
    (TEMER, TEMER_WIKINEWS, ()),
    # a word for every one (tests/cases/real/madeira-bus-crash: the Maravi Post's first sentence)
    ("Of the 29 dead, all of them were German.",
     "At least 29 people have died after a bus carrying German tourists plunged off a road and overturned on the "
     "Portuguese island of Madeira.", ("all",)),
    ("Of the 29 dead, all of them were German.", "Authorities confirmed all 29 people killed were German.", ()),
    # vague counts and "one" are not demanded
    ("Dozens of people and one officer were hurt.", "People were hurt in the clashes.", ()),
])
def test_specifics_the_quote_must_hold(claim, quote, missing):
    assert missing_specifics(claim, quote) == missing
    assert holds_specifics(claim, quote) == (not missing)


def test_a_misquotation_is_not_cited():
    assert not judge(REES, [REES_QUOTE]).citable
    assert not judge(TEMER, [TEMER_AFP]).citable
    assert not judge(OPERATORS, [ATC]).citable


# tests/cases/real/strawberry-needle-contamination: the best passage of the report shares
# "believed" and "case" with the sentence and says nothing of hoaxes.
HOAXES = "Some cases are believed to be hoaxes."
STRAWBERRIES = REAL / "strawberry-needle-contamination" / "input" / "nhltradereport-cut-strawberries.txt"


@pytest.mark.parametrize("claim, quote, missing", [
    (HOAXES, "New South Wales Police have confirmed the first case of strawberries contaminated with needles bought "
     "from a Sydney supermarket. It is now believed the contamination may affect six brands of strawberries.",
     ("hoaxes",)),
    (HOAXES, "Police said they believe a number of the cases were a hoax.", ()),  # the same word in another form
    # tests/cases/real/wakashio-oil-spill and walterdale-bridge: the predicate's noun is not in the report
    ("The ship was sailing without cargo.", "Forbes said satellite evidence showed the ship had been sailing in a "
     "straight line for 1,200 miles, on a direct collision course with the island.", ("cargo",)),
    ("The bridge is currently scheduled for replacement.", "The contractor's current schedule is that the bridge will "
     "be open to traffic this September.", ("replacement",)),
    # a light verb is no claim of its own (tests/cases/real/shuri-castle-fire)
    ("The fire was put out around 1:30 p.m.", "The fire was extinguished at around 1:30 p.m. after destroying seven "
     "wooden buildings.", ()),
    # a longer claim is left to the heads' coverage, a claim with no auxiliary or copula is not read
    ("They also recommended that consumers cut up other brands before eating.",
     "Australia warns consumers to cut strawberries after needles found inside.", ()),
    ("Smith died in Blackville, New Brunswick, on 24 January 1957.", "Marion lived in Blackville.", ()),
    # names and counts are not demanded here (the heads and the checks above read them)
    ("Koca and three other men were arrested.", "Koca and three others were arrested.", ()),
    # paraphrase is not recognised: a known cost (a supported citation withheld)
    ("One person was killed and a dozen were hurt.", "one dead and 12 injured", ("killed", "hurt")),
])
def test_a_short_claims_predicate_is_in_the_quote(claim, quote, missing):
    assert missing_predicate(claim, quote) == missing


def test_a_report_that_does_not_say_hoaxes_is_not_cited_for_them():
    report = STRAWBERRIES.read_text(encoding="utf-8")
    judgement = judge(HOAXES, [report])
    assert judgement.support == "supported" and "now believed" in judgement.quote  # the heads alone would cite it
    assert not judgement.citable

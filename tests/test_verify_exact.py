"""What a quote must hold word for word before it is cited (mergekit.verify.exact), on
real sentences of the real-merge corpus's tuning cases."""

from __future__ import annotations

import pytest

from mergekit.verify import judge
from mergekit.verify.exact import holds_specifics, missing_specifics

# tests/cases/real/colston-four-trial: the article's quotation against indy100's.
REES = 'The Mayor of Bristol, Marvin Rees, said those comments showed an "absolute lack of understanding".'
REES_QUOTE = ("In complete contrast to Patel's words, the Labour mayor of Bristol, Marvin Rees claimed that the Tory "
              "minister showed 'a lack of understanding' when she spoke out against the protestors toppling the statue.")
# tests/cases/real/busy-bee-goma-crash: a count in words the report does not give.
OPERATORS = "It had been owned by three previous operators."
ATC = ("A nearly 36 year old Dornier 228, owned and operated by Busy Bee Congo, yesterday crashed while taking off "
       "from the airport in Goma / Eastern Congo.")


@pytest.mark.parametrize("claim, quote, missing", [
    (REES, REES_QUOTE, ("absolute lack of understanding",)),
    (OPERATORS, ATC, ("3",)),
    # the same count in digits, and a dozen as twelve
    ("There were fifteen passengers on board the train.", "The train carried 15 passengers.", ()),
    ("One person was killed and a dozen were hurt.", "one dead and 12 injured", ()),
    # an editor's insertion and an ellipsis cut the quotation; each stretch is found
    ('According to news sources, "Six castle buildings occupying some 4,200 square meters in total were [destroyed]."',
     "Six castle buildings occupying some 4,200 square meters in total were gutted.", ()),
    ('She said "the bridge will open ... by the end of the year".',
     "The bridge will open to traffic, she said, by the end of the year.", ()),
    # two quoted words are a name or a title, not a quotation to check
    ('The coin, known as the "Big Maple", was stolen.', "The Big Maple Leaf coin was stolen.", ()),
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
    assert not judge(OPERATORS, [ATC]).citable

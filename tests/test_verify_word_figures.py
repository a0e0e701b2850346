"""A figure written in words is a figure of the claim for "a sentence says part of it"
(``verify.features._figures``, ``_word_figures``), on sentences of the real tuning cases:
with two of the words beside it, a news sentence that gives it in words or digits says
that part; "one", a number joined to the word after it ("three-year") and a number in a
name ("Fyre Festival 2.0") give none."""

from __future__ import annotations

import pytest

from mergekit.verify.features import extract


@pytest.mark.parametrize("claim, sentence, says", [
    # sinar-bangun-ferry: "four times" with "times" and "passengers"
    ("The crews' decision to load the ferry to four times its capacity, combined with improper loading of "
     "passengers and cargo, caused the ferry to be severely unstable.",
     "Boat that sank in Lake Toba had four times the number of passengers allowed.", True),
    # the same figure in digits
    ("The crews' decision to load the ferry to four times its capacity, combined with improper loading of "
     "passengers and cargo, caused the ferry to be severely unstable.",
     "The boat had 4 times the number of passengers allowed.", True),
    # "four" itself is no word beside the figure: "four times" alone is not enough
    ("The crews' decision to load the ferry to four times its capacity, combined with improper loading of "
     "passengers and cargo, caused the ferry to be severely unstable.",
     "Rescuers searched the lake four times.", False),
    # rogers-outage-2022: "a three-year span" is a measure, not a count of three
    ("Splitting their physical and wireless lines for $261 million, and giving out $150 million in customer "
     "credits became part of a $10 billion plan for Rogers over a three-year span involving increased management.",
     "Canada's wireless network is dominated by three companies: Rogers, Telus and Bell.", False),
    # fyre-festival: the 2 of "Fyre Festival 2.0" is part of a name
    ("Two documentaries about the events of the festival were released in 2019: Hulu's Fyre Fraud, and "
     "Netflix's Fyre: The Greatest Party That Never Happened.",
     "We're about to get Fyre Festival 2.0, so it's a good time to reflect on the concert that never was.", False),
    # yaounde-stadium-crush: "seven", another figure of the claim, is a word beside 38
    ("38 others were injured, with seven in critical condition.",
     "A stampede claimed eight lives and left 38 people injured, seven of them seriously, on Monday 24 January.",
     True),
])
def test_a_figure_in_words_with_two_words_beside_it_says_part(claim, sentence, says):
    assert bool(extract(claim, [sentence]).part_quote) is says

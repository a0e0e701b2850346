"""A figure with its unit of mass, length or area, and whether a news sentence gives it
(``verify.measures``), on sentences of the real tuning cases."""

from __future__ import annotations

import pytest

from mergekit.verify.features import extract
from mergekit.verify.measures import gives_measure, measures

TOILET = "The only bidder, Ripley's Believe It or Not!, won the 101kg toilet."
SOTHEBYS = ("The sculpture, weighing over 101.2 kilograms (223 pounds) of gold, has a starting price of approximately "
            "$10 million, reflecting its intrinsic material value.")


@pytest.mark.parametrize("text, expected", [
    (TOILET, {(101.0, "kg", 0)}),
    (SOTHEBYS, {(101.2, "kg", 1)}),  # pounds: a currency as often as a weight
    ("a 300-metre fence 50 m from the dock", {(300.0, "m", 0), (50.0, "m", 0)}),
    ("some 1,250 hectares", {(1250.0, "ha", 0)}),
    ("£200m and 5m people", set()),  # a glued "m" is as often millions
])
def test_measures_read_a_figure_with_its_unit(text, expected):
    assert measures(text) == expected


@pytest.mark.parametrize("sentence, gives", [
    (SOTHEBYS, True),  # 101.2 kilograms rounds to 101kg
    ("The toilet weighs 101.6 kg.", False),  # rounds to 102
    ("The toilet is 101 cm tall.", False),  # another unit
])
def test_a_sentence_gives_a_measure_in_the_same_unit_at_the_claims_precision(sentence, gives):
    assert gives_measure(measures(TOILET), sentence) is gives


def test_a_measure_given_says_part_with_no_other_word_shared():
    # cattelan-gold-toilet-theft: the Independent's sentence shares no other word with it
    assert extract(TOILET, [SOTHEBYS]).part_quote == SOTHEBYS

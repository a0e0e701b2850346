"""A count of an event class, and whether a news sentence gives it (``verify.counts``), on
sentences of the real tuning cases."""

from __future__ import annotations

import pytest

from mergekit.verify.counts import counts, gives_count
from mergekit.verify.features import extract

DIED = "At least 42 people died."
CONFIRMED = "As of 6 November, 42 people have been confirmed dead."
# lagos-ikoyi-high-rise-collapse, premiumtimes-toll-42.txt
TOLL = ("Mr Sanwo-Olu, while giving an update on the search and rescue operation at the scene, said four more "
        "bodies have been recovered making the total death toll 42.")


@pytest.mark.parametrize("text, expected", [
    (DIED, {("dead", "", 42.0)}),
    (CONFIRMED, {("dead", "", 42.0)}),
    (TOLL, {("dead", "", 42.0)}),  # the four bodies recovered: no event class
    ("Three children were killed.", {("dead", "children", 3.0)}),
    # busy-bee-goma-crash: none is no count to give (an earlier crash's)
    ("There were no reported fatalities on that occasion.", set()),
])
def test_counts_read_a_figure_of_an_event_class(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("claim, sentence, gives", [
    (DIED, TOLL, True),
    (CONFIRMED, TOLL, True),
    ("At least 40 people died.", TOLL, False),  # another figure
    ("Three children were killed.", "The death toll rose to three.", False),  # the toll says no children
    ("42 people were injured.", TOLL, False),  # another class
])
def test_a_sentence_gives_a_count_of_the_same_class_noun_and_figure(claim, sentence, gives):
    assert gives_count(counts(claim), sentence) is gives


@pytest.mark.parametrize("claim", [DIED, CONFIRMED])
def test_a_count_given_says_part_with_no_other_word_shared(claim):
    assert extract(claim, [TOLL]).part_quote == TOLL
    assert extract("On 9 January 1994, the aircraft landed safely with no fatalities.",
                   ["There were no reported fatalities on that occasion."]).part_quote == ""


# A sentence of another event gives no count of the claim's (the filters ``plan.aligned`` reads)
MOSCOW = "At least 42 people died when the warehouse burned down in Moscow."


@pytest.mark.parametrize("sentence, gives", [
    ("A fire at a market in Lagos in 2015 killed 42 people.", False),  # a year the claim does not name
    ("Another fire killed 42 people.", False),  # another event
    ("It was the deadliest fire since a blaze that killed 42 people.", False),  # a reference point
    ("The fire killed 42 people.", True),
])
def test_a_count_of_another_event_is_not_given(sentence, gives):
    assert gives_count(counts(MOSCOW), sentence) is gives
    assert (extract(MOSCOW, [sentence]).part_quote == sentence) is gives


def test_a_year_the_claim_names_keeps_the_count():
    claim = "In 2015, at least 42 people died when the warehouse burned down."
    assert extract(claim, ["A fire in 2015 killed 42 people."]).part_quote == "A fire in 2015 killed 42 people."

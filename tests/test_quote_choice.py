"""Which passage a finding shows: the one that says most of the sentence, its figures and
days too (``plan.planner._said``, ``verify.features.said_specifics``), on real text of the
tiverton-honiton-by-election tuning case."""

from __future__ import annotations

from mergekit.plan.planner import _said
from mergekit.verify.features import said_specifics, said_words

CLAIM = "A by-election for the United Kingdom parliamentary constituency of Tiverton and Honiton was held on 23 June 2022."
# NationalWorld gives the day without the year; the i gives only the weekday.
NATIONALWORLD = ("The Tiverton and Honiton by-election will take place on 23 June, the anniversary of the Brexit "
                 "referendum vote in 2016.")
I_PAPER = ("The Tiverton and Honiton by-election will be held on Thursday, the same day as another by-election in "
           "Wakefield, West Yorkshire.")


def test_a_day_without_its_year_is_the_claims_day() -> None:
    assert said_specifics(CLAIM, NATIONALWORLD) == 2  # the day (23 June) and the figure 23
    assert said_specifics(CLAIM, I_PAPER) == 0


def test_a_day_either_way_round_and_figures_with_separators() -> None:
    assert said_specifics("It opened on June 23rd, 2022.", "It opened on 23 June.") == 2
    assert said_specifics("A majority of 24,239 votes.", "His 24239 majority.") == 1
    assert said_specifics("It opened on 23 June.", "It opened on 24 June.") == 0


def test_the_passage_that_gives_the_date_says_more() -> None:
    # by content words alone the i says more ("held"), and its passage was shown
    assert said_words(CLAIM, I_PAPER) > said_words(CLAIM, NATIONALWORLD)
    assert _said(CLAIM, NATIONALWORLD) > _said(CLAIM, I_PAPER)


def test_a_bare_year_is_no_specific() -> None:
    # tiverton: the Midweek Herald's "24,000 majority gained by former MP Neil Parish in 2019"
    # gives nothing of the Liberal Democrats' "third gain from the Conservatives since 2019"
    assert said_specifics("It was the Liberal Democrats' third gain from the Conservatives since 2019.",
                          "That leaves the Liberal Democrats with a majority of 6,144, having overturned a 24,000 "
                          "majority gained by former MP Neil Parish in 2019.") == 0


def test_a_figure_in_the_thousands_written_with_its_separator_is_no_year():
    # lead-3: "1,000" was read as 1000 and then dropped as a year, so "about 1,000 flights"
    # shared no figure with "Some 1,000 flights were cancelled".
    from mergekit.verify.features import said_specifics

    claim = "About 1,000 flights were cancelled in 2018."
    assert said_specifics(claim, "Some 1,000 flights were cancelled over three days in 2018.") == 1
    assert said_specifics("The vote was held in 2019.", "Since 2019 the vote has been held.") == 0
    assert said_specifics("It was their third gain since 2019, after June.", "a majority gained in 2019") == 0

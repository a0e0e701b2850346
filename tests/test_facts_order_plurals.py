"""A vague plural gives a floor and a far ceiling against another text (contra-31, rv16).

"hundreds of flights" is at least 200, and is said of 1,000 and more; "thousands of
passengers" of 140,000 (gatwick-drone-incident's article against ITV and the Guardian).
So compared with another text's figure (claim clusters and the aligned check) such a
figure gives its floor and reaches two orders past its own ceiling (``numbers.VAGUE_REACH``):
it conflicts with a figure below its floor or past that reach ("dozens" against 50,000), and
two vague plurals conflict as read when a whole order lies between them ("dozens" against
"thousands"; adjacent orders agree, rv17). "a few",
"several", "a handful" keep their ceilings. Sentences written for these tests.
"""

from __future__ import annotations

from mergekit.align import Match, Passage
from mergekit.facts import Statement, build_clusters
from mergekit.facts.numbers import parse_numeral, vague_plural
from mergekit.plan.aligned import figure_conflicts


def _conflicts(article: str, news: str) -> list[str]:
    sts = [Statement("article", "article", article, key="s1"), Statement("wire.txt", "news", news, key="n1")]
    return [c.id for c in build_clusters(sts) if c.conflict]


def _aligned(claim: str, news: str) -> list[str]:
    return [c.noun for c in figure_conflicts(claim, [Match(Passage("wire.txt", 0, news), 1.0)])]


def test_vague_plurals_are_read():
    assert vague_plural("hundreds") and vague_plural("tens of thousands") and vague_plural("hundreds of thousands")
    assert not vague_plural("several") and not vague_plural("a few") and not vague_plural("300")
    assert parse_numeral("hundreds").high == 999.0  # the reading itself keeps its interval


def test_hundreds_meets_more_than_a_thousand():
    assert not _conflicts("Hundreds of trains were cancelled across the region on Monday.",
                          "More than 1,500 trains were cancelled across the region on Monday.")


def test_thousands_meets_a_figure_of_a_larger_order():
    assert not _conflicts("Thousands of people were evacuated from the valley.",
                          "About 85,000 people were evacuated from the valley.")


def test_dozens_meets_more_than_a_hundred():
    assert not _conflicts("Dozens of protesters were arrested outside the court.",
                          "Police arrested more than 120 protesters outside the court.")


def test_the_floor_still_conflicts():
    assert _conflicts("Hundreds of trains were cancelled across the region on Monday.",
                      "Some 40 trains were cancelled across the region on Monday.")
    assert _conflicts("Dozens of protesters were arrested outside the court.",
                      "Police arrested six protesters outside the court.")


def test_aligned_hundreds_meets_a_larger_figure_and_not_a_smaller():
    claim = "Hundreds of flights were cancelled at the airport."
    assert _aligned(claim, "More than 1,000 flights were cancelled at the airport.") == []
    assert _aligned(claim, "Some 40 flights were cancelled at the airport.") == ["flight"]


# rv16: a vague plural's reach is two orders past its own ceiling (``numbers.VAGUE_REACH``), not unbounded
_KILLED = "people were killed in the earthquake."


def test_dozens_against_fifty_thousand_conflicts():
    assert _conflicts("Dozens of " + _KILLED, "At least 50,000 " + _KILLED) == ["dead"]
    assert _aligned("Dozens of " + _KILLED, "At least 50,000 " + _KILLED) == ["people"]


def test_two_vague_plurals_of_different_orders_conflict():
    assert _conflicts("Dozens of " + _KILLED, "Thousands of " + _KILLED) == ["dead"]
    assert _conflicts("Hundreds of " + _KILLED, "Tens of thousands of " + _KILLED) == ["dead"]
    assert _aligned("Dozens of " + _KILLED, "Thousands of " + _KILLED) == ["people"]


# rv17: adjacent orders agree between themselves, as each agrees with a figure of the other's size
_PROTESTED = "people protested in the capital on Saturday."
_INJURED = "people were injured in the blast."


def test_vague_plurals_of_different_orders_disagree():
    """rv17 made adjacent orders agree ("each agrees with a figure of the other's size"); rv18:
    "hundreds" against "thousands" killed is the clash an editor needs to see, and the
    tolerance of a vague word against a figure is no reading of the word. Both checks."""
    assert not _conflicts("Thousands of " + _PROTESTED, "About 20,000 " + _PROTESTED)  # against a figure
    assert not _conflicts("Dozens of " + _INJURED, "More than 200 " + _INJURED)  # against a figure
    for a, b in (("Thousands of " + _PROTESTED, "Tens of thousands of " + _PROTESTED),
                 ("Dozens of " + _INJURED, "Hundreds of " + _INJURED),
                 ("Hundreds of " + _KILLED, "Thousands of " + _KILLED),
                 ("Dozens of " + _KILLED, "Thousands of " + _KILLED)):
        assert _conflicts(a, b) and _aligned(a, b), (a, b)


def test_two_vague_plurals_of_one_order_agree():
    assert not _conflicts("Dozens of " + _KILLED, "Scores of " + _KILLED)
    assert not _aligned("Tens of " + _KILLED, "Dozens of " + _KILLED)


def test_thousands_reaches_two_orders_past_its_ceiling():
    assert not _conflicts("Thousands of passengers were left stranded at the airport.",
                          "About 140,000 passengers were left stranded at the airport.")
    assert _conflicts("Thousands of passengers were left stranded at the airport.",
                      "About 1,400,000 passengers were left stranded at the airport.")

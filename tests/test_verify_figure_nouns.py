"""What a shared figure counts on each side (``verify.figure_nouns``)."""

from __future__ import annotations

import pytest

from mergekit.verify.figure_nouns import counted_nouns, person_noun, same_things


@pytest.mark.parametrize("noun, person", [
    ("fans", True), ("villagers", True), ("people", True), ("others", True), ("victims", True),
    ("passengers", True), ("residents", True), ("workers", True), ("tourists", True), ("civilians", True),
    ("children", True), ("deaths", True),
    ("games", False), ("days", False), ("flights", False), ("minutes", False), ("meters", False),
    ("hours", False), ("engines", False), ("polls", False),
])
def test_a_noun_of_persons(noun, person):
    assert person_noun(noun) is person


@pytest.mark.parametrize("claim, sentence, figure, same", [
    ("Five fans faced criminal charges.", "Anthony Johnson got five games.", "5", False),
    ("the sudden deaths of 14 Orang Asli villagers", "where 14 people died", "14", True),
    ("Lochte and three other US swimmers were robbed", "Lochte and the three others were held at gunpoint", "3", True),
    ("The ferry had two engines.", "the two new engines were installed", "2", True),
    ("Ten people were killed in the fire.", "The strike lasted 10 days.", "10", False),
    ("limiting the number of terms to two", "according to two exit polls", "2", True),  # a bare figure: nothing to compare
    ("sentenced to twelve years' imprisonment", "sentenced to 12 years in federal prison", "12", True),
    # a noun among the other's noun phrase (the seed merge's Camp Ashraf sentence)
    ("police seized 150 computers from 17 buildings", "police also seized 150 computer devices", "150", True),
    ("It costs $10m.", "Ten players were fined.", "10", True),  # an amount is no count
    # rv16: a toll's bodies and lives count persons
    ("The landslide killed 14 people.", "Rescuers recovered 14 bodies from the site.", "14", True),
    ("The war cost 300 lives.", "300 people died in the war.", "300", True),
    ("Rescuers recovered 14 bodies.", "The search lasted 14 days.", "14", False),
])
def test_a_figure_counts_the_same_things(claim, sentence, figure, same):
    assert same_things(claim, sentence, figure) is same


def test_the_counted_noun_of_a_genitive_of_measure():
    assert counted_nouns("sentenced to twelve years' imprisonment", "12") == ("year",)
    assert counted_nouns("a 43-passenger capacity", "43") == (None,)

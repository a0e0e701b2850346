"""The named lists of a sentence, and how many of their items a news sentence gives
(``verify.lists``), on sentences of the real tuning cases."""

from __future__ import annotations

import pytest

from mergekit.verify.features import plain_stems
from mergekit.verify.lists import gives_items, named_lists

LINEUP = ("Artists initially announced for the Woodstock 50 lineup included the Killers, Imagine Dragons, Halsey, "
          "Miley Cyrus, Robert Plant, the Raconteurs, Cage the Elephant and Janelle Monáe.")
CANDIDATES = ("Other candidates in the race included former mayor Harvey Johnson, Jr., city council members Melvin "
              "Priester and Margaret Barrett-Simon, and state senator John Horhn.")


def test_a_list_of_names_is_read_item_by_item_with_the_lead_in_left_out():
    [items] = named_lists(LINEUP)
    assert [sorted(item.name) for item in items] == [
        ["killer"], ["dragon", "imagin"], ["halsey"], ["cyrus", "miley"], ["plant", "robert"], ["raconteur"],
        ["cage", "eleph"], ["janell", "mona"]]
    assert not any(item.role for item in items)


def test_an_item_keeps_the_role_written_before_its_name():
    [items] = named_lists(CANDIDATES)
    assert [sorted(item.role) for item in items if item.role] == [
        ["former", "mayor"], ["citi", "council", "member"], ["senat", "state"]]


@pytest.mark.parametrize("claim", [
    # two names and a place: "who is from Pakistan" is a clause, no item
    "Some news agencies said the man was the brother of Aafia Siddiqui, who is from Pakistan, and he wanted her "
    "to be let out of prison.",
    # two bodies joined by "and": a list needs three items
    "The Federal Bureau of Investigation and Texas Department of Public Safety arrived a short time later.",
])
def test_no_list_where_the_sentence_names_fewer_than_three_items(claim):
    assert named_lists(claim) == ()


@pytest.mark.parametrize("claim, sentence, gives", [
    # four of the eight acts, in another order and among others
    (LINEUP, "Lang and his team booked more than 80 acts, including Jay-Z, Miley Cyrus, the Killers, Santana, "
             "Imagine Dragons, Chance the Rapper, Halsey and Dead and Company", True),
    # two of them are what any text on the festival may name
    (LINEUP, "More than 80 musical acts are scheduled to appear, headlined by such names and groups as Jay-Z, "
             "Miley Cyrus, The Killers, Dead & Company and others.", False),
    # three of the candidates by their roles
    (CANDIDATES, "The two candidates had the most votes of the field of 13 candidates that including a former "
                 "mayor, a state senator and two additional members of the Jackson City Council.", True),
    # one role word alone ("mayor", "council") gives no item
    (CANDIDATES, "Jackson voters turned out in large numbers Tuesday to select the city's next mayor, culling a "
                 "crowded field of 13 candidates down to two.", False),
])
def test_a_sentence_says_part_of_a_list_when_it_gives_three_of_its_items(claim, sentence, gives):
    assert gives_items(named_lists(claim), plain_stems(sentence)) is gives

"""``verify.befallen``: whom a sentence's event befell, read from its grammar, and a passage
that tells the event of another withheld as a citation (review rv14)."""

from __future__ import annotations

import pytest

from mergekit.verify import judge
from mergekit.verify.befallen import befallen, befallen_at, other_befallen

FIREFIGHTER = "Separately, a retired firefighter died on Wednesday in Tirana."
MINISTER = "In Tirana, the health minister resigned on Wednesday over a hospital scandal."


def _heads(sentence: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    return [(b.event, b.head, b.name) for b in befallen(sentence)]


@pytest.mark.parametrize(("sentence", "read"), [
    # the subject of a verb with no object: the head before a preposition, after a possessive
    ("The mayor of Tirana died on 2 April 2025.", [("dead", "mayor", ())]),
    ("Tirana's mayor died on 2 April 2025.", [("dead", "mayor", ())]),
    ("The mayor's deputy died on 2 April 2025.", [("dead", "deputy", ())]),
    (MINISTER, [("resign", "minister", ())]),  # after a fronted phrase's comma
    ("On Wednesday the minister resigned.", [("resign", "minister", ())]),
    # "retired" after a determiner is an adjective, not a verb
    (FIREFIGHTER, [("dead", "firefighter", ())]),
    # the passive subject; the active object
    ("Two traders were arrested on 2 April 2025.", [("arrest", "traders", ())]),
    ("Police in Korçë arrested two bakers on Wednesday.", [("arrest", "bakers", ())]),
    ("Separately, a gunman killed a retired firefighter.", [("dead", "firefighter", ())]),
    # a name; a name opening the sentence alone is not told from a noun
    ("Mayor Erion Veliaj died on Wednesday.", [("dead", None, ("Mayor", "Erion", "Veliaj"))]),
    ("Veliaj died on Wednesday.", [("dead", None, ())]),
    # a participle after its noun modifies it; the clause's own verb is read
    ("110 schools located near the river were subsequently closed.", [("close", "schools", ())]),
    ("A shredder hidden in the frame suddenly began to whir.", []),
    # unread: several, a part, people in general, a general noun, an event, a time
    ("Koca and three other men were arrested.", [("arrest", None, ())]),
    ("23 out of 75 climbers were found dead.", [("find", None, ())]),
    ("Five people died in the fire.", [("dead", None, ())]),
    ("A man has been sentenced to life in prison.", [("sentenc", None, ())]),
    ("Nigeria lifted its blocking of Twitter.", [("lift", None, ())]),
    ("The firefighter died Wednesday.", [("dead", "firefighter", ())]),
    ("The attempt was not eligible to be ratified.", []),
])
def test_whom_the_event_befell(sentence, read):
    assert _heads(sentence) == read


@pytest.mark.parametrize(("claim", "quote"), [
    ("The mayor of Tirana died on 2 April 2025.", FIREFIGHTER),
    ("The mayor of Tirana resigned on 2 April 2025.", MINISTER),
    ("A retired teacher died on 2 April 2025 in Tirana.", FIREFIGHTER),
    ("The mayor of Tirana was killed.", "Separately, a gunman killed a retired firefighter on Wednesday."),
    ("Two traders were arrested.", "Police in Korçë arrested two bakers on Wednesday."),
    ("Erion Veliaj died on 2 April 2025.", "Separately, Arben Hoxha died on Wednesday."),
])
def test_another_is_told(claim, quote):
    assert other_befallen(claim, quote, [quote])


@pytest.mark.parametrize(("claim", "quote"), [
    ("The mayor of Tirana died on 2 April 2025.", "Separately, Tirana's mayor died on Wednesday."),
    ("Tirana's mayor died on 2 April 2025.", "Separately, the mayor of Tirana died on Wednesday."),
    ("Erion Veliaj died on 2 April 2025.", "Separately, Veliaj died on Wednesday."),  # a surname
    ("Erion Veliaj died.", "The mayor died on Wednesday."),  # a name and a noun: maybe one person
    ("The mayor died.", "Mayor Erion Veliaj died on Wednesday."),
    ("The mayor died.", "The mayor and a retired firefighter died on Wednesday."),  # both
    ("The mayor died.", "A retired firefighter died on Wednesday, the mayor's office said."),  # the mayor named
    ("The assailant was sentenced.", "A man has been sentenced to life in prison."),  # a general noun
    ("The mayor died.", "The death of a retired firefighter was announced."),  # an event told by a noun
    ("The mayor died.", "A retired firefighter was injured on Wednesday."),  # another event
    ("All four vehicles were derailed.", "A passenger train derailed on Tuesday."),  # several and their whole
])
def test_the_same_or_not_comparable(claim, quote):
    assert other_befallen(claim, quote, [quote]) == ""


def test_a_phrase_bringing_in_no_one_new_may_name_what_the_text_named_before():
    claim = "The damaged painting was later renamed Love Is in the Bin."
    quote = "The print was later renamed Love is in the Bin."
    assert other_befallen(claim, quote, ["Banksy's painting shredded itself at auction.", quote]) == ""
    assert other_befallen(claim, quote, ["Banksy's print shredded itself at auction.", quote])
    # whatever the quote's determiner, the claim's one named anywhere in the text may be it (rv16)
    assert other_befallen("The mayor died.", FIREFIGHTER, ["The mayor visited the bazaar.", FIREFIGHTER]) == ""


def test_the_judgement_is_not_citable_and_its_label_the_heads():
    j = judge("The mayor of Tirana died.", [FIREFIGHTER])
    assert (j.label, j.support, j.citable) == ("supported", "supported", False)
    assert "not cited: the passage tells it of another (died: mayor, not firefighter)" in j.reason
    same = judge("The mayor of Tirana died.", ["Separately, the mayor of Tirana died on Wednesday."])
    assert (same.label, same.citable) == ("supported", True)


# review rv16: the same one in other words; never accused (the label is the heads'), and the
# claim's word anywhere in the text clears it
SYNONYMS = [
    ("Forty demonstrators were arrested outside parliament on Monday.",
     "Forty protesters were arrested outside parliament on Monday, police said."),
    ("Three soldiers were killed in the ambush near Kidal.",
     "Three troops were killed in the ambush near Kidal on Tuesday, the army said."),
    ("The aircraft crashed shortly after takeoff from Pokhara.",
     "A plane crashed shortly after takeoff from Pokhara on Sunday."),
]
ELSEWHERE = {"demonstrators": "The demonstrators had gathered since dawn.",
             "soldiers": "The soldiers were on patrol.", "aircraft": "The aircraft was an ATR 72."}


@pytest.mark.parametrize(("claim", "quote"), SYNONYMS)
def test_a_synonym_is_never_accused(claim, quote):
    j = judge(claim, [quote])
    assert j.label == "supported" and j.support == "supported"


@pytest.mark.parametrize(("claim", "quote"), SYNONYMS)
def test_a_synonym_whose_text_uses_the_claims_word_elsewhere_is_citable(claim, quote):
    evidence = [quote, next(v for k, v in ELSEWHERE.items() if k in claim)]
    assert other_befallen(claim, quote, evidence) == ""
    assert judge(claim, evidence).citable


def test_a_name_opening_with_a_letter_of_any_script_is_one_name():
    assert _heads("In Ankara, Ömer Çelik was arrested by police.") == [("arrest", None, ("Ömer", "Çelik"))]
    j = judge("In Ankara, Ömer Çelik was arrested by police.",
              ["Ömer Çelik, 34, runs a bakery in Ankara. On Wednesday the suspect was arrested by police in Ankara."])
    assert j.label == "supported" and "tells it of another" not in j.reason


@pytest.mark.parametrize(("claim", "quote"), [
    ("The deputy mayor of Tirana resigned.", "The mayor of Tirana resigned on Wednesday."),
    ("The mayor of Tirana resigned.", "The deputy mayor of Tirana resigned on Wednesday."),
    ("The former mayor of Tirana resigned.", "The mayor of Tirana resigned on Wednesday."),
    ("Jane Smith was arrested in Ankara.", "John Smith was arrested on Wednesday in Ankara."),
    ("Ahmed Koca was arrested in Ankara.", "Mehmet Koca was arrested on Wednesday in Ankara."),
])
def test_a_role_or_another_given_name_is_another_and_never_cited(claim, quote):
    assert other_befallen(claim, quote, [quote])
    assert not judge(claim, [quote]).citable


@pytest.mark.parametrize(("claim", "quote"), [
    ("The deputy mayor of Tirana resigned.", "The deputy mayor of Tirana resigned on Wednesday."),
    ("Jane Smith was arrested in Ankara.", "Smith was arrested on Wednesday in Ankara."),
    ("Mayor Erion Veliaj was arrested.", "Erion Veliaj was arrested on Wednesday."),
    ("President Erdogan was arrested.", "Recep Tayyip Erdogan was arrested on Wednesday."),  # a title, no given name
])
def test_the_same_role_or_name(claim, quote):
    assert other_befallen(claim, quote, [quote]) == ""


@pytest.mark.parametrize(("text", "day", "event", "whom"), [
    # the subject of a passive, the object of an active verb, after a fronted day
    ("On Wednesday two traders were arrested in Durrës.", "Wednesday", "date-arrest", "trader"),
    ("On Wednesday police arrested two traders in Durrës.", "Wednesday", "date-arrest", "trader"),
    # a place or a possessor is not whom: the head of the noun phrase is
    ("The mayor of Tirana died on 2 April 2025.", "2 April 2025", "date-dead", "mayor"),
    ("Smith's wife died on 21 May 2018.", "21 May 2018", "date-dead", "wife"),
    # an event noun's possessor, its "of", or the subject of the verb it follows
    ("The workers' strike began on Monday.", "Monday", "date-strike", "worker"),
    ("The death of Smith on Monday shocked the town.", "Monday", "date-dead", "smith"),
    ("Greensill Capital filed for insolvency on Monday.", "Monday", "date-insolv", "capit"),
    # a pronoun names no one
    ("It filed for insolvency protection on 8 March 2021.", "8 March 2021", "date-file", ""),
    ("The ferry had been travelling when it capsized Thursday afternoon.", "Thursday afternoon", "date-capsiz", ""),
])
def test_whom_the_event_befell_is_the_head_of_its_noun_phrase(text, day, event, whom):
    start = text.index(day)
    assert befallen_at(text, (start, start + len(day)), event) == whom

"""``verify.befallen``: whom a sentence's event befell, read from its grammar, and a passage
that tells the event of another withheld as a citation (review rv14)."""

from __future__ import annotations

import pytest

from mergekit.verify import judge
from mergekit.verify.befallen import befallen, other_befallen

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
    # a phrase that brings in someone new is another, whatever the text named before
    assert other_befallen("The mayor died.", FIREFIGHTER, ["The mayor visited the bazaar.", FIREFIGHTER])


def test_the_judgement_is_not_supported_and_not_citable():
    j = judge("The mayor of Tirana died.", [FIREFIGHTER])
    assert (j.label, j.support, j.citable) == ("not_supported", "not_supported", False)
    assert "the passage tells it of another (died: mayor, not firefighter)" in j.reason
    same = judge("The mayor of Tirana died.", ["Separately, the mayor of Tirana died on Wednesday."])
    assert (same.label, same.citable) == ("supported", True)

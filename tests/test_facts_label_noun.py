"""A count of dead or injured that is not of people is labelled by its own noun.

Read at the end of session 17 on a held-out case (zanesville-animal-escape, declared read in
the README): the talk post said "people killed: the sentence gives “48”" for "48 animals
were subsequently killed by law enforcement" — a label the sentence does not give.
"""

import pytest

from mergekit.facts.quantities import extract_quantities
from mergekit.facts.topics import quantity_topic


def _label(text: str) -> str:
    (q,) = extract_quantities(text)
    topic = quantity_topic(q, text)
    assert topic is not None
    return topic.label


@pytest.mark.parametrize(("text", "label"), [
    ("48 animals were subsequently killed by law enforcement.", "animals killed"),
    ("The fire destroyed wooden stalls in the old bazaar and injured 3 traders.", "traders injured"),
    ("Three people were killed by the storm.", "people killed"),  # people stay people
    ("Five officers were injured in the clashes.", "people injured"),
    ("15 residents were hurt.", "people injured"),
])
def test_the_label_names_what_the_sentence_counts(text: str, label: str) -> None:
    assert _label(text) == label

"""The counts of a claim that name an event class, and whether a news sentence gives one of
them: the same figure counting the same event, whichever of the class's words each writes.
"At least 42 people died" and "making the total death toll 42" count the dead (the facts
layer's event class ``dead``: "died", "dead", "death toll", "killed", "fatalities"), as do
"42 people have been confirmed dead"; the heads see "died" and "death" as two words, and a
figure with one word beside it is what any text on the event may count of something else
(``features.FIGURE_WORDS``). A count of an event class is a claim of its own: the figure
with its class says that part (``features._says_part``), never the whole sentence.

Only the data file's event classes (``facts_words.toml``, ``[events]``) are read: a verb
outside them ("recovered", "arrested") is the heads' and the figure's words' to match. The
counted noun must be the same (none, or "people", on both sides of a toll), so "three
children were killed" is not given by "the death toll rose to three". The figure is the
same value; "at least", "about" and the like are not compared (a bound or an estimate is
the claim's to word, the figure the source's to give). A count of none or of one ("with no
fatalities", "one person died") is not read: any other incident a report recalls has one
("There were no reported fatalities on that occasion", of an earlier crash), as "one" and
"zero" are too often no count to demand (``exact``).
"""

from __future__ import annotations

from functools import lru_cache

from mergekit.facts.grammar import words

# not the memo (``facts.memo``): its misses are the facts layer's statements; ``counts`` keeps its own
from mergekit.facts.quantities import extract_quantities
from mergekit.facts.topics import quantity_topic

__all__ = ["Count", "counts", "gives_count"]

Count = tuple[str, str, float]  # the event class, the counted noun's stem ("" for people), the figure


@lru_cache(maxsize=1 << 14)
def counts(text: str) -> frozenset[Count]:
    """The counts of more than one that ``text`` gives of an event class of the data file."""
    classes = words()["event_classes"]
    out = set()
    for q in extract_quantities(text):
        topic = quantity_topic(q, text)
        if q.value > 1 and topic is not None and topic.id in classes:
            out.add((topic.id, topic.counted, q.value))
    return frozenset(out)


def gives_count(claimed: frozenset[Count], sentence: str) -> bool:
    """Whether ``sentence`` gives one of the ``claimed`` counts: the same class, counted noun and figure."""
    return bool(claimed & counts(sentence))

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

A sentence gives none of its counts for the claim's event when it is about another event
(``scope.about_another_event``: "another fire killed 42"), when the figure is a reference
point ("the deadliest since a fire in 2015 that killed 42 people", ``scope.reference_point``),
or when it names a year and none the claim names ("A fire at a market in Lagos in 2015
killed 42 people" for "At least 42 people died when the warehouse burned down"): the
filters ``plan.aligned._read_counts`` applies. They are read with the facts layer's own
readers, not its memo.
"""

from __future__ import annotations

from functools import lru_cache

from mergekit.facts.dates import extract_dates
from mergekit.facts.grammar import words

# not the memo (``facts.memo``): its misses are the facts layer's statements; ``counts`` keeps its own
from mergekit.facts.quantities import extract_quantities
from mergekit.facts.scope import about_another_event, reference_point, years_named
from mergekit.facts.topics import quantity_topic

__all__ = ["Count", "counts", "gives_count", "years"]

Count = tuple[str, str, float]  # the event class, the counted noun's stem ("" for people), the figure


@lru_cache(maxsize=1 << 14)
def counts(text: str) -> frozenset[Count]:
    """The counts of more than one that ``text`` gives of an event class of the data file."""
    return _read(text, own=False)


def _read(text: str, *, own: bool) -> frozenset[Count]:
    """``counts`` of ``text``; ``own``: not those that are a reference point."""
    classes = words()["event_classes"]
    out = set()
    for q in extract_quantities(text):
        topic = quantity_topic(q, text)
        if (q.value > 1 and topic is not None and topic.id in classes
                and not (own and reference_point(text, q.span))):
            out.add((topic.id, topic.counted, q.value))
    return frozenset(out)


@lru_cache(maxsize=1 << 14)
def years(text: str) -> frozenset[int]:
    """The years ``text`` names (``scope.years_named``, read without the memo)."""
    return years_named(text, extract_dates(text))


@lru_cache(maxsize=1 << 14)
def _own_counts(sentence: str) -> frozenset[Count]:
    """``counts`` of ``sentence`` that are of its own event: none about another event, no reference point."""
    if not counts(sentence) or about_another_event(sentence):
        return frozenset()
    return _read(sentence, own=True)


def gives_count(claimed: frozenset[Count], sentence: str, claim_years: frozenset[int] = frozenset()) -> bool:
    """Whether ``sentence`` gives one of the ``claimed`` counts: the same class, counted noun and
    figure, of the same event (module docstring); ``claim_years``: the years the claim names."""
    if not claimed & counts(sentence):
        return False
    named = years(sentence)
    if named and not named & claim_years:
        return False
    return bool(claimed & _own_counts(sentence))

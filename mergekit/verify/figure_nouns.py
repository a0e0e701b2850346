"""Whether a figure the claim and a news sentence share counts the same things in both.

``features._says_part`` reads a sentence that gives one of the claim's figures, beside two of
the words around it, as saying that part of the claim. A figure alone is no part of it when it
counts another thing: "Five fans also faced criminal charges" is not said, even in part, by
"Pacers guard Anthony Johnson got five games" (fans, games); "38 minutes and 13 seconds later"
not by "about 13 minutes after" (seconds, minutes). What a figure counts is read by the facts
layer (``facts.quantities``: the quantity's noun; ``facts.topics.what_counts``: the head of the
counted noun phrase, through partitives and appositions). The two can be the same things when:

* either side's figure counts no noun (a bare figure, "limiting the number of terms to two",
  "a 43-passenger capacity"), or the figure is not read as a count there at all (an amount of
  money, a time of day): nothing to compare;
* the nouns are one noun, in either number ("engine" / "engines"), or one side's noun is a word
  of the other's noun phrase ("150 computers" / "150 computer devices");
* both are nouns of persons: "14 people" for "14 villagers", "the three others" for "three
  other US swimmers", "14 deaths" for "14 villagers" (a toll counts persons). A noun of
  persons (``person_noun``) is one of the facts data's nouns of a whole count or of sufferers
  (``whole``, ``sufferers``: people, persons, individuals, others, victims, casualties, deaths,
  injuries, ...), a noun on the short list ``_PERSONS`` below (residents, passengers, fans,
  a toll's bodies and lives,
  students, children, ...), or an agent noun by its suffix: -er, -or, -ist, -ian, -ant, -ent
  (villagers, workers, players, miners, protesters, survivors, tourists, civilians, migrants,
  residents) that is no noun of time or measure ("hours", "meters", "centimetres": never).

Never a noun of persons against one of a thing or unit: "fans" / "games", "passengers" /
"flights", "people" / "days". Two nouns of things that differ ("seconds" / "minutes",
"polls" / "terms") are other things too. The suffix test is wide on purpose ("containers" or
"computers" read as persons): a wrong "person" only keeps the part as said, which is what the
rule did before.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mergekit.align import fold_plural
from mergekit.facts.grammar import noun_after, words
from mergekit.facts.quantities import Quantity, extract_quantities
from mergekit.facts.topics import what_counts
from mergekit.verify.spans import numbers

__all__ = ["counted_nouns", "person_noun", "same_things"]

# Nouns of persons the suffix test misses (singular; a plain plural -s is folded off)
_PERSONS = frozenset("""
    fan resident passenger student child children man men woman women member staff police
    personnel crew guest patient pilgrim athlete citizen refugee hostage captive prisoner
    inmate suspect defendant teen teenager youth adult infant baby toddler boy girl pupil
    villager spectator supporter delegate candidate voter employee official nurse doctor
    soldier troop officer survivor civilian migrant tourist climber swimmer runner player
    contestant people person individual family families worker miner protester rescuer
    firefighter journalist student colleague relative friend couple
    body bodies life lives fatality fatalities""".split())
# Agent-noun suffixes (after a plain plural -s is folded off)
_AGENT = ("er", "or", "ist", "ian", "ant", "ent")
# Nouns with those endings that name units or things, never persons
_NOT_PERSONS = frozenset("""
    meter metre kilometer kilometre centimeter centimetre millimeter millimetre liter litre
    quarter number hour center centre order letter paper chapter layer floor door corner
    river water tower border percent cent per cent event moment segment statement
    """.split())


def person_noun(noun: str) -> bool:
    """Whether ``noun`` (lower case, either number) names persons (module docstring)."""
    w = words()
    low = noun.lower()
    one = fold_plural(low)
    if low in w["whole"] or low in w["sufferers"] or low in w["plural"] and low in _PERSONS:
        return True
    if one in _NOT_PERSONS or low in w["time"] or one in w["time"]:
        return False
    return one in _PERSONS or low in _PERSONS or one.endswith(_AGENT) and len(one) > 4


def _forms(noun: str) -> frozenset[str]:
    """``noun`` in lower case with and without a plural -s or -es."""
    low = noun.lower()
    return frozenset({low, fold_plural(low), low[:-2] if low.endswith("es") else low})


def _same_noun(a: str, b: str) -> bool:
    return bool(_forms(a) & _forms(b))


_WORDS = re.compile(r"[A-Za-z]+")
# a noun in the genitive right after the figure: a measure of it ("twelve years' imprisonment")
_GENITIVE = re.compile(r"[\s-]*([A-Za-z]+)(?:s'|s’|'s|’s)(?![\w])")


def _noun(q: Quantity, text: str) -> str | None:
    """What ``q`` counts in ``text``: a genitive of measure right after it ("twelve years'
    imprisonment": years, as "12 years in federal prison"), else the counted head
    (``what_counts``), else the quantity's noun."""
    genitive = _GENITIVE.match(text, q.span[1])
    if genitive:
        return genitive.group(1).lower()
    found = what_counts(q, text)
    head = found[0].noun if found is not None else None
    return head or q.noun


@lru_cache(maxsize=1 << 15)
def counted_nouns(text: str, figure: str) -> tuple[str | None, ...]:
    """The noun each count of ``figure`` (as ``spans.numbers`` writes it) in ``text`` counts,
    None for a count of no noun; empty where no count of it is read (an amount, a time)."""
    return tuple(head for head, _ in _counts(text, figure))


@lru_cache(maxsize=1 << 15)
def _counts(text: str, figure: str) -> tuple[tuple[str | None, frozenset[str]], ...]:
    """Each count of ``figure`` in ``text``: its counted noun, and the words of its noun
    phrase ("150 computer devices": "devices", with "computer" and "devices")."""
    out: list[tuple[str | None, frozenset[str]]] = []
    for q in extract_quantities(text):
        if q.unit is not None:
            continue
        if figure in numbers(q.text, parts=True) or _value(figure) == q.value:
            end = noun_after(text, q.span[1])[1]
            phrase = frozenset(m.lower() for m in _WORDS.findall(text[q.span[1]:end]))
            out.append((_noun(q, text), phrase))
    return tuple(out)


def _value(figure: str) -> float | None:
    try:
        return float(figure)
    except ValueError:
        return None


def _compatible(a: tuple[str | None, frozenset[str]], b: tuple[str | None, frozenset[str]]) -> bool:
    """Two counts (``_counts``) of the same things: a bare figure on either side, one noun,
    one's noun among the other's noun phrase ("150 computers", "150 computer devices"), or
    nouns of persons both."""
    (one, one_phrase), (other, other_phrase) = a, b
    if one is None or other is None:
        return True
    if _same_noun(one, other) or any(_same_noun(one, w) for w in other_phrase) \
            or any(_same_noun(other, w) for w in one_phrase):
        return True
    return person_noun(one) and person_noun(other)


def same_things(claim: str, sentence: str, figure: str) -> bool:
    """Whether ``figure`` can count the same things in ``claim`` and ``sentence`` (module
    docstring): true where either side reads no count of it, or some count of it on one side
    is compatible with some count of it on the other."""
    mine, theirs = _counts(claim, figure), _counts(sentence, figure)
    if not mine or not theirs:
        return True
    return any(_compatible(a, b) for a in mine for b in theirs)

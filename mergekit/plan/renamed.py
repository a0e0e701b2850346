"""One person named two ways: "36-year-old Renzo Smith" against "36-year-old Lorenzo Smith".

A name given with an age (``facts.ages``: "36-year-old Renzo Smith", "Renzo Smith, 36,") is a
person another text can name otherwise: the police's "the two victims who died are 18-year-old
Shawn Jackson and 36-year-old Lorenzo Smith" names the father the destination calls "36-year-old
Renzo Smith". A sentence is contradicted by a news sentence when

* each gives a name with an age, the two names have the same last word (the surname) and the
  same age, and their other words differ ("Renzo" and "Lorenzo");
* both tell of one event: each has a word of one event class of the facts layer's data file
  (``events``: "killed" and "died" are both ``dead``);
* neither text gives the other's name anywhere (a text naming both "Lorenzo Smith" and "Renzo
  Smith" tells of two people: twins, a father and a son of one surname).

The first words of the two names must differ: "Lorenzo J. Smith" and "Lorenzo Smith" are one
name with a middle initial added. Only the names with ages are read, each sentence's once, and
the sentences are paired by surname and age.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

from mergekit.facts.ages import Age, ages
from mergekit.facts.grammar import event_of, words
from mergekit.facts.statements import Statement
from mergekit.plan.told import Told, once_per_source

__all__ = ["event_classes", "renamed"]

_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1 << 14)  # remembered: a merge holds many copies of one news sentence
def event_classes(text: str) -> frozenset[str]:
    """The event classes the words of ``text`` name ("killed" -> "dead")."""
    classes = words()["event_classes"]
    return frozenset(e for w in re.findall(r"[A-Za-z]+", text) if (e := event_of(w)) is not None and e in classes)


def _named(statements: Sequence[Statement]) -> list[tuple[Statement, Age, frozenset[str]]]:
    # an age is written in digits: a sentence without one is not read
    return [(st, age, event_classes(st.text)) for st in statements if _DIGIT.search(st.text) for age in _ages(st.text)]


@lru_cache(maxsize=1 << 14)  # remembered: a merge holds many copies of one news sentence
def _ages(text: str) -> tuple[Age, ...]:
    return ages(text)


def renamed(mine: Sequence[Statement], news: Sequence[Statement]) -> list[Told]:
    """Every person of ``mine`` (the article's or the destination's sentences) that a news
    sentence names otherwise, with the same surname and age, for the same event: one per
    sentence and news text, in ``mine``'s order."""
    theirs = _named(news)
    if not theirs:
        return []
    texts: dict[str, list[str]] = defaultdict(list)
    for st in (*mine, *news):
        texts[st.source].append(st.text)
    whole = {source: " ".join(parts) for source, parts in texts.items()}
    by_surname: dict[tuple[str, int], list[tuple[Statement, Age, frozenset[str]]]] = defaultdict(list)
    for st, age, events in theirs:
        by_surname[(age.name.split()[-1], age.value)].append((st, age, events))
    out: list[Told] = []
    for st, age, events in _named(mine):
        out += once_per_source(
            Told(st.key, other.source, age.name, their_age.name, other.text)
            for other, their_age, their_events in by_surname.get((age.name.split()[-1], age.value), ())
            if events & their_events and age.name.split()[0] != their_age.name.split()[0]
            and age.name not in whole[other.source] and their_age.name not in whole[st.source])
    return out

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

A name written with a role (``facts.roles``) is the other way round (``renamed_in_role``): "Museum
Deputy Director Luiz Fernando Dias Daniel" against the AP's "Luiz Fernando Dias Duarte, the
museum's deputy director" is one person whose last name one text has wrong. A sentence is
contradicted by a news sentence when

* the two names end the same way but for their last word: at least two full words the same
  (no initials), then two last words that differ (folded, so accents do not count); a name's
  words are proper nouns, so none of them is a word some text of the merge writes in lower
  case (a title's "Deputy Director", "Prime Minister" is no part of the name, and "United
  States Army" and "United States Navy" are no one name);
* each is written with its role and the roles share a word (a title before the name, the
  words before it or an appositive after it): a father and a son can share their given names
  and a family name, not a role besides;
* neither text gives the other's name anywhere (as above).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

from mergekit.accents import fold
from mergekit.facts.ages import Age, ages
from mergekit.facts.grammar import event_of, words
from mergekit.facts.roles import Named, named_roles, title_role
from mergekit.facts.statements import Statement
from mergekit.plan.told import Told, once_per_source

__all__ = ["event_classes", "renamed", "renamed_in_role"]

_DIGIT = re.compile(r"\d")
_LOWER = re.compile(r"\b[a-z]{3,}\b")


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
    whole = _whole_texts((*mine, *news))
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


_MIN_SHARED = 2  # full words the two names share before their last word


def _whole_texts(statements: Sequence[Statement]) -> dict[str, str]:
    texts: dict[str, list[str]] = defaultdict(list)
    for st in statements:
        texts[st.source].append(st.text)
    return {source: " ".join(parts) for source, parts in texts.items()}


def _folded(word: str) -> str:
    return fold(word).lower()


def _one_name_apart(a: Named, b: Named, lower: frozenset[str]) -> tuple[str, str] | None:
    """The two names, when ``a`` and ``b`` end in one person's name with another last word
    and share a role word (module docstring); else None."""
    for k in range(min(len(a.words), len(b.words)), _MIN_SHARED, -1):
        mine, theirs = a.words[-k:], b.words[-k:]
        shared = [_folded(w) for w in mine[:-1]]
        if shared != [_folded(w) for w in theirs[:-1]] or lower & set(shared):
            continue  # not one name, or a title's words ("Prime Minister"): the name is shorter
        last = (_folded(mine[-1]), _folded(theirs[-1]))
        if (last[0] == last[1] or not all(w.isalpha() and len(w) > 2 for w in last) or lower & set(last)
                or any(len(w) < 3 or not w.isalpha() for w in mine[:-1])):
            return None
        if not title_role(a, k) & title_role(b, k):
            return None
        return " ".join(mine), " ".join(theirs)
    return None


def renamed_in_role(mine: Sequence[Statement], news: Sequence[Statement]) -> list[Told]:
    """Every person of ``mine`` written with a role that a news sentence names with the same
    role and given names but another last word (module docstring): one per sentence and news
    text, in ``mine``'s order."""
    theirs = [(st, named) for st in news for named in named_roles(st.text)]
    if not theirs:
        return []
    whole = _whole_texts((*mine, *news))
    # each distinct text read once (a merge holds many copies of one news sentence)
    lower = frozenset().union(*(_LOWER.findall(fold(text)) for text in dict.fromkeys(st.text for st in (*mine, *news))))
    # Two names one apart share their folded words before the last, at least two
    # (``_MIN_SHARED``): only a news name with this word second to last can pair with one, so
    # the news names are looked up by it (in their order) instead of each tried against each.
    by_word: dict[str, list[tuple[Statement, Named]]] = defaultdict(list)
    for other, their in theirs:
        if len(their.words) > _MIN_SHARED:
            by_word[_folded(their.words[-2])].append((other, their))
    out: list[Told] = []
    for st in mine:
        for named in named_roles(st.text):
            if len(named.words) <= _MIN_SHARED:
                continue
            pairs = ((other, _one_name_apart(named, their, lower))
                     for other, their in by_word.get(_folded(named.words[-2]), ()))
            out += once_per_source(
                Told(st.key, other.source, names[0], names[1], other.text) for other, names in pairs
                if names is not None and names[0] not in whole[other.source] and names[1] not in whole[st.source])
    return out

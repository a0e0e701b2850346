"""Where an event happened, told with opposite words of place: "inside" against "outside".

"Imran Khan was arrested from inside the High Court in Islamabad" and "Imran Khan ... was arrested
by Rangers on Tuesday from outside the Islamabad High Court (IHC)" cannot both hold: one arrest,
one place, on opposite sides of it. An article sentence is contradicted by a news sentence when

* each sets one word of a pair of opposite places (``OPPOSITE_PLACES``: inside/outside,
  north/south, east/west, upstream/downstream; in lower case: "South Korea" is a name) before a place whose head is the same word (the
  last word of the run after it, "the" and "of" aside, up to a function word or a stop: "the
  High Court in Islamabad" and "the Islamabad High Court (IHC)" are both "Court"), and the news
  sentence does not use the article's word anywhere;
* the event is the same: the nearest verb form before the place word in each ("arrested") has
  one stem;
* the subject is the same: the two sentences share a name (a capitalised word after the first
  word, outside the place, not a day or a month), so that another person arrested outside the court says nothing of
  the one arrested inside it.

Each sentence's places are read once (remembered by text), and the news sentences' are indexed
by word, head and verb, so that an article place looks up only the places opposite it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from mergekit.facts.grammar import is_verb_form, stem, words
from mergekit.facts.statements import Statement
from mergekit.plan.told import Told, once_per_source

__all__ = ["OPPOSITE_PLACES", "opposite_places"]

OPPOSITE_PLACES = {"inside": "outside", "outside": "inside", "north": "south", "south": "north",
                   "east": "west", "west": "east", "upstream": "downstream", "downstream": "upstream"}
_PLACE = re.compile(r"\b(" + "|".join(OPPOSITE_PLACES) + r")\b")  # lower case: "South Korea" is a name
_WORD = re.compile(r"[A-Za-z][\w'’-]*|[^\w\s]")
_NAME = re.compile(r"(?<=\s)[A-Z][a-z][\w'’-]*")
# names of days and months: a date two reports share is no subject
_CALENDAR = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
                       r"August|September|October|November|December")


@dataclass(frozen=True)
class _Place:
    word: str  # lower case: "inside"
    head: str  # the place's head, lower case: "court"
    verb: str  # the event verb's stem: "arrest"
    names: frozenset[str]  # the sentence's names outside the place
    phrase: str  # "inside the High Court"


@lru_cache(maxsize=1 << 14)  # remembered: a merge holds many copies of one news sentence
def _places(text: str) -> tuple[_Place, ...]:
    out = []
    for m in _PLACE.finditer(text):
        run: list[str] = []
        end = m.end()
        for w in _WORD.finditer(text, m.end()):
            low = w.group(0).lower()
            if not run and low in ("of", "the", "a", "an"):
                end = w.end()
                continue
            if not w.group(0)[0].isalpha() or low in words()["function"] or low in words()["auxiliary"]:
                break
            run.append(w.group(0))
            end = w.end()
        before = re.findall(r"[A-Za-z]+", text[:m.start()])
        verb = next((w for w in reversed(before) if is_verb_form(w.lower())), None)
        if not run or verb is None:
            continue
        names = frozenset(n.group(0) for n in _NAME.finditer(text)
                          if not m.start() <= n.start() < end and not _CALENDAR.fullmatch(n.group(0)))
        out.append(_Place(m.group(1).lower(), run[-1].lower(), stem(verb.lower()), names, text[m.start():end]))
    return tuple(out)


def opposite_places(article: Sequence[Statement], news: Sequence[Statement]) -> list[Told]:
    """Every article sentence's place that a news sentence gives the opposite word to, for the
    same event and subject: one per sentence and news text, in article then news order."""
    # the news sentences' places by (word, head, verb): each article place looks up its opposite
    told: dict[tuple[str, str, str], list[tuple[Statement, _Place]]] = defaultdict(list)
    for st in news:
        for p in _places(st.text):
            told[(p.word, p.head, p.verb)].append((st, p))
    if not told:
        return []
    out: list[Told] = []
    for st in article:
        out += once_per_source(
            Told(st.key, other.source, mine.phrase, theirs.phrase, other.text)
            for mine in _places(st.text)
            for other, theirs in told.get((OPPOSITE_PLACES[mine.word], mine.head, mine.verb), ())
            # not another subject, nor a sentence that gives both sides
            if theirs.names & mine.names and mine.word not in _PLACE.findall(other.text))
    return out

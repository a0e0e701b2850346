"""An occurrence the article dates after the one a news text calls the last of its kind.

"Before Sunday, its last deadly eruption occurred in 1979, killing at least 60 people" (BenarNews,
4 December 2023) says there was no deadly eruption between 1979 and the eruption it reports;
"At least one person was killed in an eruption in 1996." says there was one. Neither date is
another's value (they date two eruptions), so the claim clusters never set them against each
other; this reads the denial the word "last" makes. An article sentence is contradicted by a
news sentence when

* the news sentence calls an occurrence the last of its kind ("its last deadly eruption", "the
  most recent fatal crash": a possessive or "the", then "last", "most recent" or "latest", an
  optional word of death, "deadly", "fatal" or "lethal", and an event noun of the facts layer's
  data file, ``event_nouns``) and dates it in the same clause, in words that set no other bound
  ("the last eruption before 1990 was in 1979" does not read: "before", "until", "prior to"
  and "since" between the noun and the date are skipped);
* the news text has a publication date: the last occurrence is the last before its report, and
  the event it reports is in its own year, so only the years between are denied;
* the article sentence dates an occurrence of that event (``facts.topics.date_topic``: "in an
  eruption in 1996" is ``date-erupt``, as "eruption" names ``erupt``) wholly after the last
  one and before the report's year, and, where the news says "deadly", tells of a death in it
  (a word of the ``dead`` class: "killed", "died");
* every name the article sentence gives (a capitalised word after its first) is in the news
  sentence, so that another volcano's eruption ("an eruption of Sinabung in 2014 killed 16") is not
  read as the news's subject's.

Only sentences that hold "last", "most recent" or "latest" before an event noun are read on the
news side, and only the article's dated sentences are paired with those few.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from mergekit.facts.grammar import event_of, words
from mergekit.facts.memo import date_topic, extract_dates  # each sentence read once
from mergekit.facts.statements import Statement
from mergekit.plan.told import Told, once_per_source

__all__ = ["after_the_last"]

_LAST = re.compile(r"\b(?:its|the|their|his|her)\s+(?:last|most\s+recent|latest)\s+"
                   r"(?:(?P<deadly>deadly|fatal|lethal)\s+)?(?P<noun>[a-z]+)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:!?()]|\.(?:\s|$)")
_OTHER_BOUND = re.compile(r"\b(?:before|until|prior\s+to|since|after)\b", re.IGNORECASE)
_NAME = re.compile(r"(?<=\s)[A-Z][\w'’-]*")


@dataclass(frozen=True)
class _Last:
    statement: Statement
    event: str  # "erupt"
    deadly: bool
    after: dt.date  # the last occurrence's end
    before: dt.date  # the start of the report's year
    words: str


def _lasts(news: Sequence[Statement]) -> list[_Last]:
    out = []
    for st in news:
        if st.published is None or "last" not in st.text.lower() and "latest" not in st.text.lower() \
                and "most recent" not in st.text.lower():
            continue
        for m in _LAST.finditer(st.text):
            noun = m.group("noun").lower()
            if noun not in words()["event_nouns"]:
                continue
            end = _CLAUSE_END.search(st.text, m.end())
            stop = end.start() if end else len(st.text)
            date = next((d for d in extract_dates(st.text) if m.end() <= d.span[0] < stop), None)
            if date is None or date.relative or date.high is None or _OTHER_BOUND.search(st.text, m.end(), date.span[0]):
                continue
            event = event_of(noun)
            if event:
                out.append(_Last(st, event, bool(m.group("deadly")), date.high, dt.date(st.published.year, 1, 1),
                                 st.text[m.start():date.span[1]]))
    return out


def _tells_a_death(text: str) -> bool:
    return any(event_of(w) == "dead" for w in re.findall(r"[A-Za-z]+", text))


def after_the_last(article: Sequence[Statement], news: Sequence[Statement]) -> list[Told]:
    """Every article sentence's occurrence dated after the one a news text calls the last of its
    kind and before that text's year: one per sentence and news text, in article then news order;
    the article's date as written ("in 1996"), the news's words from the possessive to the date
    ("its last deadly eruption occurred in 1979")."""
    lasts = _lasts(news)
    if not lasts:
        return []
    out: list[Told] = []
    for st in article:
        out += once_per_source(_after(st, lasts))
    return out


def _after(st: Statement, lasts: Sequence[_Last]) -> Iterator[Told]:
    """Each of ``st``'s dates that falls after one of ``lasts`` of its event (any news text)."""
    for d in extract_dates(st.text):
        if d.relative or d.low is None or d.high is None:
            continue
        topic = date_topic(d.span, st.text)
        for last in lasts:
            if topic is None or topic.id != f"date-{last.event}" or not last.after < d.low or not d.high < last.before:
                continue
            if last.deadly and not _tells_a_death(st.text):
                continue
            if any(name.group(0) not in last.statement.text for name in _NAME.finditer(st.text)):
                continue
            yield Told(st.key, last.statement.source, d.text, last.words, last.statement.text)

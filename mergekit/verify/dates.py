"""A claim's dates that a source gives, taken out before the claim is compared word for word.

News reports date events relative to their publication ("on Monday", "yesterday",
"earlier this month"); an article written later gives the same date in full ("In late
April 2019", "On October 13, 2010"). Compared word by word, "April" and "2019" are then
missing from the report and count against it, although the report does say when. The
dates of both are read by ``mergekit.facts.dates`` (the report's resolved against its
publication date), and every date of the claim that agrees with a date the report gives
without writing its year ("on Monday", "4 December"; their intervals overlap, both
resolved) is taken out of the claim before the lexical features are computed. A date the
report writes with its year ("since 2011") is left alone: the words match already, and
taking them out would only take found words away. A date the report does not give stays
in the claim and still counts against it; so does every other word.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from mergekit.facts.dates import DateFact, dates_agree
from mergekit.facts.grammar import event_of
from mergekit.facts.grammar import words as grammar_words
from mergekit.facts.memo import date_topic, extract_dates  # each sentence read once
from mergekit.facts.polarity import polarity
from mergekit.isodate import iso_day
from mergekit.months import NAMES
from mergekit.verify.befallen import befallen_at, claimed_befallen_at
from mergekit.verify.features import (
    FIGURE_WORDS,
    clause_span,
    own_words,
    plain_stems,
    words_around,
)
from mergekit.verify.lexicon import REFUTATIONS

__all__ = ["dated_event", "dated_part", "given_dates", "without_given_dates"]

# What every date written without a year holds ("Monday", "yesterday", "tonight", "last
# week", "two days ago", "this summer", "4 December", "late May"): a text with none of it
# is not read (speed only: most news sentences, their figures included, skip the reader).
_YEARLESS_WORDS = ("day", "night", "tomorrow", "ago", "week", "month", "year", "spring", "summer", "autumn",
                   "fall", "winter")
_YEARLESS = re.compile("|".join(_YEARLESS_WORDS) + r"|\b(?:" + "|".join(name[:3] for name in NAMES) + ")",
                       re.IGNORECASE)
# The same test on an ASCII text, lower-cased (where ignoring case is lower-casing): a
# pattern without the case-insensitive flag, which the engine scans for the letters its
# alternatives start with (half the time of 12 substring tests and a pattern of the months).
_YEARLESS_LOW = re.compile("|".join(_YEARLESS_WORDS) + r"|\b(?:" + "|".join(name[:3].lower() for name in NAMES) + ")")


@lru_cache(maxsize=1 << 16)  # remembered: a merge holds many copies of one news sentence
def _yearless(text: str) -> bool:
    """Whether ``text`` holds something of ``_YEARLESS`` (a plain-text check first: faster)."""
    if text.isascii():
        return _YEARLESS_LOW.search(text.lower()) is not None
    return _YEARLESS.search(text) is not None



def given_dates(texts: Iterable[str], published: str | None) -> tuple[DateFact, ...]:
    """The resolved dates ``texts`` give without writing a year (relative ones resolved
    against the ISO date ``published``)."""
    pub = iso_day(published)
    return tuple(d for text in texts if _yearless(text) for d in extract_dates(text, published=pub)
                 if d.resolved and not d.year_written)


def without_given_dates(claim: str, given: Iterable[DateFact], sentences: Sequence[str] = (),
                        published: str | None = None) -> str:
    """``claim`` with each of its resolved dates that agrees with one of ``given`` cut out
    (``claim`` itself when none does). A day the claim writes without its year ("His body was
    recovered on 4 November.", the article's year being its lead's) is cut where one of the
    report's ``sentences`` (published on the ISO date ``published``) tells that very day by a
    relative word and tells the claim's event with it, ``features.FIGURE_WORDS`` of the words
    beside the day ("the lifeless body … was recovered Thursday evening" in a report of
    Thursday 4 November 2021); never where the day is another event's ("The club said on
    Thursday …" for "The ground opened on 4 November"), where the report gives only a longer
    time ("last year"), nor where it writes the day out ("(September 4)"): those words match
    already."""
    given = tuple(given)
    if not given:
        return claim
    cuts = {d.span for d in extract_dates(claim) if d.resolved and any(dates_agree(d, g) for g in given)}
    told = {g: (g.low.month, g.low.day) for g in given if g.precision == "day" and g.low is not None and g.low == g.high}
    days = {day for g, day in told.items() if g.relative} - {day for g, day in told.items() if not g.relative}
    if days and sentences and any(not d.resolved and d.precision == "day" for d in extract_dates(claim)):
        cuts.update(span for span, day in _yearless_days(claim)
                    if day in days and _told_that_day(claim, span, day, sentences, published))
    for start, end in sorted(cuts, reverse=True):
        claim = claim[:start] + " " + claim[end:]
    return " ".join(claim.split()) if cuts else claim


def _told_that_day(claim: str, span: tuple[int, int], day: tuple[int, int], sentences: Sequence[str],
                   published: str | None) -> bool:
    """Whether a sentence of the report gives ``day`` (month, day) by a relative word together
    with ``features.FIGURE_WORDS`` of the claim's words beside ``span`` (its event)."""
    words = words_around(claim, span)
    if len(words) < FIGURE_WORDS:
        return False
    pub = iso_day(published)
    return any(len(words & plain_stems(sentence)) >= FIGURE_WORDS
               and any(d.relative and d.precision == "day" and d.low is not None and (d.low.month, d.low.day) == day
                       for d in extract_dates(sentence, published=pub))
               for sentence in sentences if _yearless(sentence))


_LEAP_YEAR_END = dt.date(2000, 12, 31)  # any day of a month, 29 February too, falls on or before it


def _yearless_days(claim: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """``(span, (month, day))`` of each day ``claim`` writes without its year and with no
    relative word ("4 November", "June 21st"; not "Monday", "the next day")."""
    return [(d.span, (d.low.month, d.low.day)) for d in extract_dates(claim, published=_LEAP_YEAR_END)
            if d.precision == "day" and not d.year_written and not d.relative and d.low is not None]


def dated_part(claim: str, sentences: Sequence[str], published: str | None) -> str:
    """The sentence of a report that says the part of ``claim`` its date tells: it gives one
    of the claim's dates of one day, in any form (resolved against the ISO date
    ``published``: "organisers yesterday (31 July) finally pulled the plug on the troubled
    anniversary festival" in a report of 1 August 2019, for "The festival was reduced from
    three days to one day shortly before it was canceled on July 31, 2019"), with
    ``features.FIGURE_WORDS`` of the words beside that date in the claim
    (``features.words_around``), as a figure is said with its words. A day alone is what
    any text on the event gives; a month or a year tells still less. Of several such
    sentences, the one holding most of those words (the first of equals); "" when none."""
    days = [(d, words) for d in extract_dates(claim) if d.resolved and d.precision == "day"
            for words in [words_around(claim, d.span)] if len(words) >= FIGURE_WORDS]
    if not days:
        return ""
    pub = iso_day(published)
    best, most = "", FIGURE_WORDS - 1
    for sentence in sentences:
        stems = plain_stems(sentence)
        for claimed, words in days:
            n = len(words & stems)
            if n > most and any(d.resolved and d.precision == "day" and dates_agree(claimed, d)
                                for d in extract_dates(sentence, published=pub)):
                best, most = sentence, n
    return best




def _claimed_days(claim: str, published: dt.date | None = None) -> list[tuple[tuple[int, int, int], tuple[int, int]]]:
    """``((year, month, day), span)`` of each day ``claim`` gives that needs no publication
    date to be read; not a relative day ("on Friday": the claim is read without a publication
    date). A day written without its year ("on 21 May", ``_yearless_days``) is given the year
    that puts it nearest the report's ISO date ``published`` (a report of 28 May 2018: 21 May
    2018; of 2 January 2019: 31 December 2018), and is left out where there is none: "The
    strike began on 21 May" is no strike "launched May 21 2015" told in a report of 2018."""
    found = extract_dates(claim)
    days: list[tuple[tuple[int, int, int], tuple[int, int]]] = [
        ((d.low.year, d.low.month, d.low.day), d.span) for d in found
        if d.resolved and d.precision == "day" and d.low is not None and d.low == d.high and d.year_written]
    if published is not None and any(not d.resolved and d.precision == "day" for d in found):
        days += [((year, month, day), span) for span, (month, day) in _yearless_days(claim)
                 if (year := _nearest_year(month, day, published))]
    return days


def _nearest_year(month: int, day: int, published: dt.date) -> int:
    """The year of ``published`` or the one on either side that puts (``month``, ``day``)
    nearest it; 0 where the day is in no year of the three (29 February)."""
    near = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            near.append((abs((dt.date(year, month, day) - published).days), year))
        except ValueError:
            continue
    return min(near)[1] if near else 0


def _denied(text: str, span: tuple[int, int]) -> bool:
    """Whether ``text`` denies or hedges what it says of the day at ``span``: the clause that
    holds it (``features.clause_span``) is negated or withholds a confirmation
    (``facts.polarity``: "Gatwick has not reopened since Friday"; not "With no response by
    the government, the strike began on 21 May", another clause), or a refuting word
    (``lexicon.REFUTATIONS``) comes before its end ("Officials denied, however, that the
    strike began on May 21") or in the speech tag that closes the sentence after it: a last
    clause of no more than ``_TAG_WORDS`` words ending in a reporting verb ("The strike began
    on May 21, officials falsely claimed."; not "..., after workers rejected the offer")."""
    start, end = clause_span(text, span)
    if polarity(text[start:end]).negated or any(w.lower() in REFUTATIONS for w in _WORD.findall(text[:end])):
        return True
    last = text.rfind(",")
    tag = _WORD.findall(text[last + 1:]) if last >= end - 1 else []
    return (0 < len(tag) <= _TAG_WORDS and tag[-1].lower() in grammar_words()["reporting"]
            and any(w.lower() in REFUTATIONS for w in tag))


_WORD = re.compile(r"[\w'’-]+")
_TAG_WORDS = 5  # "officials falsely claimed", "a police spokesman wrongly said at first"

def dated_event(claim: str, sentences: Sequence[str], published: str | None) -> str:
    """The sentence of a report that dates one of ``claim``'s events to the same day: a day of
    the claim (its year, where written, the same; where not, the year nearest the report's,
    ``_claimed_days``) that the sentence gives in any form, resolved against the ISO date
    ``published`` ("May 21", "on Friday"), as the date of the same event
    (``facts.topics.date_topic``, the reading by which the facts layer compares two texts'
    dates of one event): "The strike, launched May 21, had resulted in major traffic
    disruptions" for "With no response by the government, the strike began on 21 May" (both
    the strike's date). Where the claim ties no event to its day that way (a long phrase
    between: "reopened with limited capacity at around 06:00 on"), the event is one of the
    words beside the day (``features.words_around``) that the sentence dates to it. Not a
    reporting, light or hedging word (``features.own_words``): "said on Friday" tells nothing
    of what was said. Where ``dated_part`` needs ``features.FIGURE_WORDS`` of the words beside
    the day, the event is one word, but the sentence must date it to that day, not only hold
    it: a day alone is what any text on the event gives, and an event word anywhere beside it
    may be another event's. An event word is no more than that: the sentence's event must
    befall whom or what the claim's befalls, the head noun of the one as of the other
    (``befallen.claimed_befallen_at``, ``befallen.befallen_at``: "Separately, a retired firefighter died on Wednesday in
    Tirana" says nothing of "The mayor of Tirana died on 2 April 2025", nor "Police in Durrës
    arrested a man" of "Two traders from Durrës were arrested"; a word shared elsewhere, a
    place or a possessor, is not enough), and neither text may deny or hedge it
    (``_denied``: "Officials denied the strike began on May 21"). The first of such
    sentences; "" when none."""
    pub = iso_day(published)
    wanted: dict[tuple[int, int, int], list[tuple[tuple[int, int], set[str]]]] = {}
    for day, span in _claimed_days(claim, pub):
        if _denied(claim, span):
            continue
        topic = date_topic(span, claim)
        events = {topic.id} if topic else {f"date-{e}" for w in words_around(claim, span) if (e := event_of(w))}
        events = {e for e in events if own_words(e[5:].replace("-", " "))}
        if events:
            wanted.setdefault(day, []).append((span, events))
    if not wanted:
        return ""
    for sentence in sentences:
        for d in extract_dates(sentence, published=pub):
            if not d.resolved or d.precision != "day" or d.low is None or d.low != d.high:
                continue
            claimed = wanted.get((d.low.year, d.low.month, d.low.day), [])
            topic = date_topic(d.span, sentence) if claimed else None
            if topic is None or _denied(sentence, d.span):
                continue
            for span, events in claimed:
                subject = claimed_befallen_at(claim, span, topic.id) if topic.id in events else ""
                if subject is None or (subject and subject == befallen_at(sentence, d.span, topic.id)):
                    return sentence
    return ""

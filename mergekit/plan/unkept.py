"""A plan the article tells as still to come, which a news text says was not kept.

"Construction began in early 2013, and will continue through 2015." states a schedule; "Construction
began in early 2013 and was supposed to be wrap up in late 2015. More than two years late, the
opening took place in two stages in September 2017." tells the same schedule as missed. The
sentence is then not merely outdated (``plan.dated``: a plan for a date already past, whose
outcome nobody has given): a source says what it states did not happen, and the editor is
shown that source. The article sentence is contradicted by the news sentence when

* the article sentence tells a plan as still to come (``verify.plans.planned``: "is scheduled
  for", "is expected to", "will", "plans to") with a date in the plan's clause, read as an
  interval of days (``facts.dates``; a relative or unresolved date is none);
* the news sentence tells a plan as not kept, with a date in what was planned that overlaps
  the article's date ("late 2015" and "through 2015"): in the unmistakable words of
  ``verify.plans.unkept_plans`` ("was supposed to", "was meant to", "was originally scheduled
  to"), or as a plan told as past ("was then scheduled to open in late 2016", "a planned
  opening in 2015") with a word that it slipped after its date, in the sentence or the next
  one of its text ("but it was pushed back again to mid-2017"; "However, the shipments of
  steel beams ... delayed the project for one year"). "was scheduled to" alone tells kept
  plans as often as missed ones, and a plan told as present ("is now expected in 2017 after
  delays") is the schedule as it stands, so neither is read as missed;
* both tell of one subject: a word of the news sentence before its plan words is a word of
  the article sentence before its own ("Construction began ... and was supposed to" and
  "Construction began ..., and will"), dates and function words aside, and neither has the
  opposite of a word of the other (``verify.opposites``: "the old bridge", "the new bridge"),
  so that another thing's missed schedule ("The museum was supposed to open in 2015") says
  nothing of the sentence's.

An article's plan told in the past tense ("was scheduled for 2015 but opened in 2017") is no plan
still to come; a news text that states a later date without saying the first was missed ("is now
expected in 2017") is a later plan, which may be an update of the same schedule or of another
milestone, and is not read as a contradiction here. Each sentence is searched once for its
plan words; only the few article sentences that state a dated plan are paired, with the few
news sentences that tell a dated plan as missed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from mergekit.facts.dates import DateFact
from mergekit.facts.memo import extract_dates  # each sentence read once
from mergekit.facts.statements import Statement
from mergekit.plan.dated import as_said
from mergekit.plan.told import Told, once_per_source
from mergekit.verify.opposites import opposite_words
from mergekit.verify.plans import plan_words, unkept_plans
from mergekit.verify.spans import STOPWORDS, stem, tokens

__all__ = ["unkept_plans_against"]


def _words(text: str, dates: Sequence[DateFact]) -> frozenset[str]:
    """The stems of ``text``'s content words, its dates (as the spans ``dates`` give,
    relative to ``text``) and figures aside."""
    for d in sorted(dates, key=lambda d: -d.span[0]):
        text = text[:d.span[0]] + " " + text[d.span[1]:]
    return frozenset(stem(w) for w in tokens(text) if w not in STOPWORDS and not w[:1].isdigit() and len(w) > 2)


def _dated(text: str, start: int, end: int) -> tuple[DateFact, ...]:
    """The resolved, absolute dates of ``text`` that start within ``[start, end)``."""
    return tuple(d for d in extract_dates(text) if start <= d.span[0] < end
                 and not d.relative and d.low is not None and d.high is not None)


def _overlap(a: DateFact, b: DateFact) -> bool:
    assert a.low and a.high and b.low and b.high
    return a.low <= b.high and b.low <= a.high


@dataclass(frozen=True)
class _Missed:
    """A news sentence's plan told as missed: its words, dates, subject and the quote."""

    statement: Statement
    words: str
    dates: tuple[DateFact, ...]
    subject: frozenset[str]
    quote: str
    before: str  # the sentence before its plan words ("The $155-million bridge")


# A plan told as past: "was then scheduled to open in late 2016", "had been expected to", "a
# planned opening in 2015" (its date in its clause); a plan told as present ("is now expected
# in 2017 after delays") is the schedule as it stands, perhaps after a slip, never the missed one.
_PAST_PLAN = re.compile(r"\b(?:(?:was|were|had\s+been)\s+(?:then\s+|originally\s+|initially\s+|first\s+)?"
                        r"(?:scheduled|expected|slated|due|set|planned)|(?:a|an|the|its|their)\s+planned)\b", re.I)
_CLAUSE_END = re.compile(r"[,;:!?]|\.(?:\s|$)|\bbut\b", re.I)
# Words that a schedule slipped: "but it was pushed back again", "However, ... delayed the project".
_SLIPPED = re.compile(r"\b(?:delay(?:ed|s)?|pushed\s+back|postponed|put\s+off|behind\s+schedule)\b", re.I)


def _missed(news: Sequence[Statement]) -> list[_Missed]:
    """The news sentences' plans told as missed: in the words of ``verify.plans.unkept_plans``
    ("was supposed to"), or a plan told as past (``_PAST_PLAN``) with a word that it slipped
    (``_SLIPPED``) after its date in the sentence or in the next sentence of its text. The quote
    is the sentence, and the next one where that one says the slip or gives a date."""
    out: list[_Missed] = []
    for i, st in enumerate(news):
        after = news[i + 1] if i + 1 < len(news) and news[i + 1].source == st.source else None
        slipped_after = bool(after and _SLIPPED.search(after.text))
        found = [(start, plan_start, plan_end, False) for start, plan_start, plan_end in unkept_plans(st.text)]
        for m in _PAST_PLAN.finditer(st.text):
            end = _CLAUSE_END.search(st.text, m.end())
            found.append((m.start(), m.end(), end.start() if end else len(st.text), True))
        for start, plan_start, plan_end, told_past in found:
            dates = _dated(st.text, plan_start, plan_end)
            if not dates or (told_past and not (_SLIPPED.search(st.text, dates[-1].span[1]) or slipped_after)):
                continue
            before = st.text[:start]
            # what happened instead is often the next sentence: "More than two years late,
            # the opening took place in two stages in September 2017."
            more = after is not None and (slipped_after or bool(_dated(after.text, 0, len(after.text))))
            out.append(_Missed(st, st.text[start:dates[-1].span[1]].strip(), dates,
                               _words(before, extract_dates(before)), st.text + (" " + after.text if more and after else ""),
                               before))
    return out


def unkept_plans_against(article: Sequence[Statement], news: Sequence[Statement]) -> list[Told]:
    """Every article sentence's plan that a news sentence says was not kept, one per
    sentence and news text (the first such news sentence), in article then news order: the
    article's date as a reader says it ("2015" for "through 2015"), the news's words from its
    plan words to the planned date's end, and the news sentence with the next one where that
    one says the slip or gives a date."""
    plans: list[tuple[Statement, DateFact, frozenset[str], str]] = []
    for st in article:
        found = plan_words(st.text)
        if found is None:
            continue
        dates = _dated(st.text, found[1], found[2])
        if dates:  # the plan's own date: the first in its clause (as ``plan.dated`` reads it)
            before = st.text[:found[0]]
            plans.append((st, dates[0], _words(before, extract_dates(before)), before))
    if not plans:
        return []
    missed = _missed(news)
    out: list[Told] = []
    for st, date, subject, before in plans:
        out += once_per_source(
            Told(st.key, m.statement.source, as_said(date.text), m.words, m.quote) for m in missed
            # not another subject, nor one told apart by an opposite word ("the old bridge", "the new bridge")
            if subject & m.subject and not opposite_words(before, m.before)
            and any(_overlap(date, d) for d in m.dates))
    return out

"""Claim clusters: the same quantity about the same event, across every input.

``build_clusters(statements)`` extracts figures and dates from each sentence, gives each
a topic (``topics.py``), the polarity of its own clause ("denies there has been a victim"
-> 0 dead; "denied that anyone died but confirmed 3 were hurt" keeps the 3) and a speaker
(``attribution.py``), groups them by topic and marks a cluster ``conflict`` when two of
its values cannot both hold under the tolerance of ``quantities.py``/``dates.py``.
Values from different speakers that disagree are still a conflict: ``attributed_to``
lets the draft say who said what.

Within an event's cluster each value counts a group (``counted``: "children", "officers")
or the whole ("" : "people", no noun, "victims"). Two counts of the same group, or two
wholes, disagree when their intervals do not overlap; a group disagrees with the whole
only when it is larger than the whole can be ("12 children killed" against "5 people
killed"); two different groups never disagree ("3 officers" and "20 residents injured").

The disagreeing pairs are found by a sweep over the values sorted by their interval, so
the cost grows with the values and the pairs that disagree, not with all pairs.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

from .attribution import attributions
from .grammar import noun_after, stem, words
from .dates import extract_dates
from .polarity import polarity
from .quantities import Quantity, extract_quantities, interval
from .statements import Statement, speaker_at, speakers_in_context
from .topics import date_topic, quantity_topic

__all__ = ["ClusterValue", "Cluster", "build_clusters", "TOLERANCE"]

TOLERANCE = ("exact figures +/-5 %; 'about N' +/-10 %; 'nearly N' 0.9N-N; 'more than N' N-2N; "
             "'dozens' 24-99; km/mi converted; dates as day intervals")


@dataclass(frozen=True)
class ClusterValue:
    """One input's value for a cluster, with the sentence it came from and its speaker.

    For a date (``kind == "date"``, ``unit == "date"``) value/low/high are proleptic
    ordinals (``datetime.date.fromordinal``); ``display`` shows the date as written.
    """

    value: float
    low: float
    high: float
    unit: str | None  # "km", "mi", "date" or None for a count
    approx: bool
    source: str
    role: str
    key: str
    quote: str  # the whole sentence
    attributed_to: str | None
    display: str = ""  # the value as written: "more than 100", "about 15 mi", "2023-06-20"
    kind: str = "quantity"  # "quantity" | "date"
    negated: bool = False  # the value comes from a denial ("denies there was a victim" -> 0)
    counted: str = ""  # the counted group's folded noun ("child"), "" for the whole count
    years: frozenset[int] = frozenset()  # the years its sentence is about (``_years``); empty: unknown
    context: frozenset[str] = frozenset()  # its sentence's words outside its noun phrase (``_context``)

    def interval(self, *, rtol: float = 0.05) -> tuple[float, float, str]:
        """Comparable interval (canonical unit, tolerance applied) and its dimension."""
        if self.kind == "date":
            return self.low, self.high, "date"
        q = Quantity(self.value, self.low, self.high, None if self.unit in (None, "date") else self.unit,
                     self.approx, None, (0, 0), self.display)
        return interval(q, rtol=rtol)


@dataclass(frozen=True)
class Cluster:
    """Every input's value for one claim, and whether they conflict."""

    id: str  # stable across runs, derived from the topic ("injured", "distance-tirana")
    topic: str  # human label
    values: tuple[ClusterValue, ...]
    conflict: bool
    reason: str  # which values disagree and why (tolerance used)
    pairs: tuple[tuple[int, int], ...] = ()  # indices into ``values`` of the pairs that disagree

    def to_dict(self) -> dict:
        """The ``clusters[]`` entry of flags.json."""
        return {
            "id": self.id, "topic": self.topic, "conflict": self.conflict, "reason": self.reason,
            "values": [{"value": v.value, "low": v.low, "high": v.high, "unit": v.unit,
                        "approx": v.approx, "display": v.display, "source": v.source,
                        "role": v.role, "key": v.key, "quote": v.quote,
                        "attributed_to": v.attributed_to, "negated": v.negated, "kind": v.kind,
                        **({"low_date": dt.date.fromordinal(int(v.low)).isoformat(),
                            "high_date": dt.date.fromordinal(int(v.high)).isoformat()} if v.kind == "date" else {})}
                       for v in self.values],
        }


def _agree(a: ClusterValue, b: ClusterValue, rtol: float) -> bool:
    """Whether two values of one cluster can both hold (the rule of the module docstring);
    the reference for ``_disagreeing``."""
    alo, ahi, adim = a.interval(rtol=rtol)
    blo, bhi, bdim = b.interval(rtol=rtol)
    if adim != bdim:
        return False
    if a.counted == b.counted:
        return alo <= bhi and blo <= ahi
    if a.counted and b.counted:
        return True  # two different groups
    group_lo, whole_hi = (alo, bhi) if a.counted else (blo, ahi)
    return group_lo <= whole_hi


def _disagreeing(values: Sequence[ClusterValue], rtol: float) -> tuple[tuple[int, int], ...]:
    """The pairs ``(i, j)``, ``i < j``, that ``_agree`` rejects, in lexicographic order,
    by sorting and bisecting instead of trying every pair."""
    iv = [v.interval(rtol=rtol) for v in values]
    found: list[tuple[int, int]] = []  # each disagreeing pair is met exactly once below
    dims = {d for _, _, d in iv}
    if len(dims) > 1:  # values of different dimensions never agree (not met in practice)
        found += [(i, j) for i in range(len(values)) for j in range(i + 1, len(values)) if iv[i][2] != iv[j][2]]
    for dim in dims:
        idx = [i for i in range(len(values)) if iv[i][2] == dim]
        by_key: dict[str, list[int]] = {}
        for i in idx:
            by_key.setdefault(values[i].counted, []).append(i)
        for members in by_key.values():  # same group: intervals that do not overlap
            order = sorted(members, key=lambda i: iv[i][0])
            lows = [iv[i][0] for i in order]
            for i in members:
                found += [(i, j) if i < j else (j, i)  # j starts after i ends
                          for j in order[bisect_right(lows, iv[i][1]):]]
        wholes = sorted(by_key.get("", []), key=lambda i: iv[i][1])
        highs = [iv[i][1] for i in wholes]
        for key, members in by_key.items():  # a group larger than the whole
            if key:
                for g in members:
                    found += [(g, w) if g < w else (w, g) for w in wholes[:bisect_left(highs, iv[g][0])]]
    return tuple(sorted(found))


# where a clause starts: punctuation, a contrast or concession ("denied that anyone died
# but confirmed 3 were hurt"), or a new sentence
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:but|while|whereas|although)\b|[.!?](?=\s)", re.I)


def _clause_before(text: str, pos: int) -> str:
    """The text from the start of the clause that holds ``pos`` up to ``pos``, so a
    denial or negation in an earlier clause does not reach a figure at ``pos``."""
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, pos)), default=0)
    return text[start:pos]


def _fmt_interval(v: ClusterValue, rtol: float) -> str:
    lo, hi, dim = v.interval(rtol=rtol)
    if dim == "date":
        a, b = dt.date.fromordinal(int(lo)), dt.date.fromordinal(int(hi))
        return str(a) if a == b else f"{a}..{b}"
    unit = " km" if dim == "length" else ""
    return f"{lo:g}{unit}" if lo == hi else f"{lo:.4g}-{hi:.4g}{unit}"


def _who(v: ClusterValue) -> str:
    return f"{v.source}" + (f", {v.attributed_to}" if v.attributed_to else "")


# a running count, still rising when written: "the toll had risen to five", "three so far"
_RISEN_TO = re.compile(r"\b(?:ris(?:en|ing)|rose|climb(?:ed|ing|s)?|jump(?:ed|s)?|grown|grew|increas(?:ed|ing|es))"
                       r"\s+to\s+(?:at\s+least\s+)?$", re.I)
_SO_FAR = re.compile(r"^[^,;.]{0,40}?\b(?:so\s+far|to\s+date|thus\s+far|as\s+yet)\b", re.I)
# "since 2014" starts a span that reaches the time of writing: it dates no event of the sentence
_SINCE = re.compile(r"\b(?:since|from)\s+(?:\w+\s+){0,2}$", re.I)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# months and weekdays: a shared month does not make two counts about one thing
_CALENDAR = re.compile(r"^(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
                       r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$", re.I)


def _running(text: str, span: tuple[int, int]) -> bool:
    """Whether the figure at ``span`` is a running count ("had risen to five", "three
    bodies so far"): a lower bound of the final count, which may be any larger."""
    return bool(_RISEN_TO.search(text[:span[0]]) or _SO_FAR.match(text[span[1]:]))


def _explicit_years(st: Statement) -> frozenset[int]:
    """The years of the dates a sentence writes with a year ("On 9 January 1994")."""
    return frozenset(y for d in extract_dates(st.text, published=st.published)
                     if d.resolved and _YEAR.search(d.text) and not _SINCE.search(st.text[:d.span[0]])
                     for y in range(d.low.year, d.high.year + 1))


def _years(statements: Sequence[Statement]) -> list[frozenset[int]]:
    """The years each sentence is about: those it writes (not a "since 2014", which reaches
    the time of writing); else, in an article, those of the sentence just before it ("On 8
    September 2005, a plane lost power. The crew ...");
    else, for news, the year it was published and the one before, or with no date the
    year its text names most, or the news as a whole (a report is about recent events
    unless it says otherwise);
    else unknown (empty), and an unknown year never keeps two values apart."""
    explicit = [_explicit_years(st) for st in statements]
    named: dict[str, Counter] = defaultdict(Counter)
    for st, years in zip(statements, explicit):
        named[st.source].update(years)
    all_news = sum((named[st.source] for st in {s.source: s for s in statements if s.role == "news"}.values()),
                   Counter())
    out = []
    for i, (st, years) in enumerate(zip(statements, explicit)):
        if not years and i and st.role != "news" and statements[i - 1].source == st.source:
            years = explicit[i - 1]
        if not years and st.role == "news":
            if st.published:
                years = frozenset({st.published.year - 1, st.published.year})
            else:
                years = _most_named(named[st.source]) or _most_named(all_news)
        out.append(years)
    return out


def _most_named(years: Counter) -> frozenset[int]:
    top = max(years.values(), default=0)
    return frozenset(y for y, n in years.items() if n == top and top)


def _context(text: str, span: tuple[int, int]) -> frozenset[str]:
    """The content words of a sentence outside the noun phrase of the figure at ``span``,
    stemmed: what the sentence says the count is about ("The old market has 12 shops" ->
    {"old", "market", "has"...} minus function words; "364,808 measles cases from 182
    countries" -> the countries, not the measles)."""
    w = words()
    np_end = noun_after(text, span[1])[1]
    skip = w["function"] | w["reporting"] | w["auxiliary"] | w["not_a_name"]
    return frozenset(stem(m.group(0).lower()) for m in re.finditer(r"[^\W\d_][\w’'-]+", text)
                     if not span[0] <= m.start() < np_end and m.group(0).lower() not in skip
                     and not _CALENDAR.match(m.group(0)))


def _same_scope(a: ClusterValue, b: ClusterValue, event_less: bool) -> bool:
    """Whether two values of a cluster can be about the same event at the same scope: two
    counts' sentences are about a common year (when both say), and a count that names no event
    ("364,808 measles cases", "12 shops") shares a content word outside its noun phrase
    with the other (the market, the village, the body it is about)."""
    if a.kind == "date" or b.kind == "date" or a.unit or b.unit:
        return True  # a date is compared across years; a distance does not change with them
    if a.years and b.years and not a.years & b.years:
        return False
    if event_less:
        return bool(a.context & b.context)
    return True


def _values(st: Statement, context_speaker: str | None, years: frozenset[int]) -> list[tuple[str, str, ClusterValue]]:
    found = attributions(st.text)
    out = []
    base = dict(source=st.source, role=st.role, key=st.key, quote=st.text)
    for q in extract_quantities(st.text):
        topic = quantity_topic(q, st.text)
        if topic is None:
            continue
        if _running(st.text, q.span):
            q = replace(q, high=float("inf"))
        negated = False
        if q.value > 0:
            pol = polarity(_clause_before(st.text, q.span[0]) + st.text[q.span[0]:q.span[1]])
            if pol.negated and (q.single or q.value <= 1):
                q, negated = replace(q, value=0.0, low=0.0, high=0.0), True
            elif pol.negated:
                continue  # "denied that 36 were hurt" asserts no figure
        value = ClusterValue(q.value, q.low, q.high, q.unit, q.approx,
                             attributed_to=speaker_at(found, q.span[0], fallback=context_speaker),
                             display=("no " + q.noun if negated and q.noun else q.text), negated=negated,
                             counted=topic.counted, years=years,
                             context=_context(st.text, q.span), **base)
        out.append((topic.id, topic.label, value))
    for d in extract_dates(st.text, published=st.published):
        topic = date_topic(d.span, st.text)
        if topic is None or not d.resolved or d.precision == "decade":
            continue
        value = ClusterValue(float(d.low.toordinal()), float(d.low.toordinal()), float(d.high.toordinal()),
                             "date", d.precision != "day",
                             attributed_to=speaker_at(found, d.span[0], fallback=context_speaker),
                             display=d.text if d.low == d.high and not d.relative else
                             f"{d.text} ({d.low}" + ("" if d.low == d.high else f"..{d.high}") + ")",
                             kind="date", **base)
        out.append((topic.id, topic.label, value))
    return out


def build_clusters(statements: Sequence[Statement], *, rtol: float = 0.05,
                   min_statements: int = 2) -> tuple[Cluster, ...]:
    """Group the figures and dates of ``statements`` into claim clusters.

    A cluster is reported when values come from at least ``min_statements`` sentences;
    it conflicts when some pair of its values cannot both hold (see ``TOLERANCE``).
    """
    groups: dict[str, tuple[str, list[ClusterValue]]] = {}
    context = speakers_in_context(statements)
    for st, speaker, years in zip(statements, context, _years(statements), strict=True):
        for tid, label, value in _values(st, speaker, years):
            groups.setdefault(tid, (label, []))[1].append(value)
    clusters = []
    for tid in sorted(groups):
        label, values = groups[tid]
        if len({(v.source, v.key, v.quote) for v in values}) < min_statements:
            continue
        event_less = tid.startswith("count-")  # a count of a noun, no event governs it
        pairs = tuple((i, j) for i, j in _disagreeing(values, rtol)
                      if _same_scope(values[i], values[j], event_less))
        bad = [(values[i], values[j]) for i, j in pairs]
        if bad:
            a, b = max(bad, key=lambda p: abs(p[0].interval(rtol=rtol)[0] - p[1].interval(rtol=rtol)[0]))
            reason = (f"{len(bad)} of {len(values) * (len(values) - 1) // 2} value pairs disagree; e.g. "
                      f"'{a.display}' ({_who(a)}) = {_fmt_interval(a, rtol)} vs '{b.display}' ({_who(b)}) = "
                      f"{_fmt_interval(b, rtol)}; tolerance: {TOLERANCE}")
        else:
            reason = f"all {len(values)} values overlap; tolerance: {TOLERANCE}"
        clusters.append(Cluster(tid, label, tuple(values), bool(bad), reason, pairs))
    return tuple(clusters)

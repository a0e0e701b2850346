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
A count set over a whole territory or population ("Across India, ... roughly 120 million
children", ``scope.whole_domain``) is not compared with a count an order of magnitude
smaller that names no such extent ("125 children on its rolls"): a set and one member of
it (``_other_extent``).

A predicate one text denies and another affirms of the same subject ("the event did not
breach the rules" against "the event, which breached public health guidelines") is a
cluster too (``polar-<verb>-<subject>``, ``predicates.py``): its values are 0 (denied) and
1 (affirmed), compared only where their objects can be the same thing, and it is reported
only when some text denies what another affirms. A named person's age ("34-year-old
Tailei Qi", "Tailei Qi, 33,": ``ages.py``) is a cluster (``age-<name>``) of exact values,
two of which agree only when a birthday between their reports' dates explains them
(``_birthday_between``).

Only a final figure of the event can contradict another (``scope.py``): a sentence about
another event gives no value, nor does an increment ("a further 21"), a state at the
time of writing ("19 remain missing") or a figure in a clause that states no fact (a wish,
hope, prayer, fear, condition or question: "we pray ... that there has not been a high
death toll"); a running count ("had risen to five") is a lower
bound, and so is a count that a later report exceeds (``_updated``: a news item
published later, or for an event's count the same text and speaker in another sentence,
gives a higher count of it or of a group of it): a report dated earlier giving a lower
count is an update, of a toll or of any tally ("two brands" affected, then "six"); an
article's sentence is dated by the reports it cites (``Statement.as_of``). A
date read against its report's publication date ("on Monday") is compared only with dates
within a week of it (``_same_scope``): further away, it is another occurrence. A date
within an occurrence a text tells of as another of its kind ("another major national
outage ... in April 2021"), in a sentence naming its noun, is that occurrence's
(``_apart``). An event
whose dates name three or more disjoint intervals (an eruption in 1830, 1979, 1996 and
2023) recurs: its dates are different occurrences and never a conflict.

A figure a text says was revised ("altered the number of deaths ... from 32 to at least
19", ``revisions.py``), or calls an earlier one beside a later figure of its own of the same
group ("Earlier it had reported 270 injured", ``_earlier``), is superseded
(``ClusterValue.superseded``): kept apart in ``Cluster.superseded``, it agrees with no
value, updates none and disagrees with none; ``plan.conflicts`` sets it only against an
article or destination figure it equals. Only counts of the dead and the injured are read
so (a noun's count that "grew from 10 in 2010 to 50" changed over time).

A time of day ("departed at 10:05 a.m.", ``times.py``) is a value of the event its date
would date (``time-<event>``, "time (departed)"), in minutes after midnight; a zone written
with it ("GMT", "local time") is part of the cluster, so times are compared only within one
zone or when neither names one, except that a time naming none joins the zone's cluster when
no change of zone can account for the two (``_join_unzoned``: zones differ by whole quarter
hours, so "sent at 8:07 a.m." is no zone's "8:08 a.m. local time"). When one of a cluster's times does not say its half of the
day ("1:04"), all of them are compared on the 12-hour clock (``_twelve_hour``). Two times
are of one event when what it acts on is the same (``times.event_things``: "sent a
campuswide alert" and "an Alert Carolina message sent", not "sent a photo"): they share
a word of it, or both name nothing. The tolerance is ``TIME_TOLERANCE``.

Which values disagree is answered per value (``Disagreement``: the intervals sorted once
per scope class, each answer found by bisection), so a cluster costs its values, not their
pairs, even when most of them disagree; the reason counts the disagreeing pairs without
listing them.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Container, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING, Any

from .clauses import STATEMENT_BREAK, clause_around, clause_start

if TYPE_CHECKING:  # the readers are imported where they read: a cached plan's clusters load without them
    from .dates import DateFact
    from .quantities import Quantity
    from .revisions import Revision
    from .statements import Statement
    from .times import TimeFact
    from .topics import Topic

    # a figure that can join a cluster: topic id, label and label without the verb's destination
    # (``Topic.plain``), quantity, negated, what it counts, context, what superseded it (None:
    # the text's current figure; see ``ClusterValue.superseded``), whether its text calls it an early one
    _Figure = tuple[str, str, str, Quantity, bool, str, frozenset[str], str | None, bool]

__all__ = ["ClusterValue", "Cluster", "Disagreement", "build_clusters", "TOLERANCE", "TIME_TOLERANCE"]

TOLERANCE = ("exact figures to their last written digit, round ones +/-5 %; 'about N' +/-10 %; 'nearly N' 0.9N-N; "
             "'more than N' N-2.1N; 'dozens' 24-99; km/mi converted; dates as day intervals")
TIME_TOLERANCE = "times of day to the minute; 'about N', 'around N' and times to the hour +/-30 min"


@dataclass(frozen=True)
class ClusterValue:
    """One input's value for a cluster, with the sentence it came from and its speaker.

    For a date (``kind == "date"``, ``unit == "date"``) value/low/high are proleptic
    ordinals (``datetime.date.fromordinal``); ``display`` shows the date as written.
    """

    value: float
    low: float
    high: float
    unit: str | None  # "km", "mi", "date", "time" ("time12": half of the day unknown) or None for a count
    approx: bool
    source: str
    role: str
    key: str
    quote: str  # the whole sentence
    attributed_to: str | None
    display: str = ""  # the value as written: "more than 100", "about 15 mi", "2023-06-20"
    kind: str = "quantity"  # "quantity" | "date" | "time" (minutes) | "polarity" (1 affirmed, 0 denied) | "age"
    negated: bool = False  # the value comes from a denial ("denies there was a victim" -> 0)
    counted: str = ""  # the counted group's folded noun ("child"), "" for the whole count
    years: frozenset[int] = frozenset()  # the years its sentence is about (``_years``); empty: unknown
    context: frozenset[str] = frozenset()  # its sentence's words outside its noun phrase (``_context``)
    published: dt.date | None = None  # when its news item was published; an article's: its cited reports' (as_of)
    relative: bool = False  # a date read against the publication date ("on Thursday", "last week")
    domain: bool = False  # a count its clause sets over a whole territory or population ("across India")
    site: bool = False  # a count its clause tells of one site of an organisation ("The campus enrolls ...")
    # a figure its text says was revised ("from 32 to at least 19": ``revisions.py``), or calls an
    # earlier one beside a later one: what superseded it ("at least 19", "" when the sentence
    # gives nothing); None for a text's current figure
    superseded: str | None = None
    early: bool = False  # its text calls it an earlier figure ("an initial toll of 32"): see ``_earlier``
    # a report's count told in the present perfect ("has seen 15 deaths"): a count so far, its
    # high unbounded, that still writes its figure (its low) for ``Disagreement.same``
    so_far: bool = False
    # the event of the verb whose prepositional phrase holds a count of a noun ("won in six
    # games": "win"; ``grammar.governing_verb``), "" when none: the frame it is counted in
    frame: str = ""
    # the proper name that is the subject of its verb ("Chamberlayne Junior College, was founded
    # in 1892"; ``grammar.named_subject``), () when none is read: two values whose subjects are
    # two names (``grammar.other_names``) are two things' figures, never compared
    subject: tuple[str, ...] = ()
    # a vague plural's range as read ("dozens": (24, 99)) when its high was widened to reach past
    # it (``numbers.VAGUE_REACH``), None otherwise: two vague plurals are compared as read, a
    # range as read: two vague plurals disagree where those ranges do not meet (``numbers.vague_plurals_disagree``)
    vague: tuple[float, float] | None = None

    def interval(self, *, rtol: float = 0.05) -> tuple[float, float, str]:
        """Comparable interval (canonical unit, tolerance applied) and its dimension."""
        from mergekit.facts.quantities import Quantity, interval

        if self.kind in ("date", "time", "polarity", "age"):
            return self.low, self.high, self.kind
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
    disagreement: Disagreement | None = field(default=None, repr=False, compare=False)  # which values disagree
    # the figures the texts say were superseded (``ClusterValue.superseded``): no value of the
    # claim, compared only with the figures they were (``plan.conflicts``)
    superseded: tuple[ClusterValue, ...] = ()

    @property
    def pairs(self) -> tuple[tuple[int, int], ...]:
        """Indices into ``values`` of every pair that disagrees (costs the pairs: prefer
        ``disagreement.against``)."""
        return self.disagreement.pairs() if self.disagreement else ()

    def to_dict(self, *, max_values: int | None = None, shown: Container[tuple[str, str]] = ()) -> dict[str, Any]:
        """The ``clusters[]`` entry of flags.json.

        With ``max_values``, a cluster of more values lists only the article's and the
        destination's values and the news values quoted elsewhere in the file (``shown``:
        (source, quote) pairs), and ``"values_omitted"`` counts the rest, so the file grows
        with the article and the findings, not with the news copies of every figure.
        """
        values = self.values
        if max_values is not None and len(values) > max_values:
            values = tuple(v for v in values if v.role != "news" or (v.source, v.quote) in shown)
        out = {
            "id": self.id, "topic": self.topic, "conflict": self.conflict, "reason": self.reason,
            "values": [{"value": v.value, "low": v.low, "high": v.high, "unit": v.unit,
                        "approx": v.approx, "display": v.display, "source": v.source,
                        "role": v.role, "key": v.key, "quote": v.quote,
                        "attributed_to": v.attributed_to, "negated": v.negated, "kind": v.kind,
                        **({"low_date": dt.date.fromordinal(int(v.low)).isoformat(),
                            "high_date": dt.date.fromordinal(int(v.high)).isoformat()} if v.kind == "date" else {})}
                       for v in values],
        }
        if len(values) < len(self.values):
            out["values_omitted"] = len(self.values) - len(values)
        return out


def _rest(counted: str) -> bool:
    """Whether a group is "the rest" besides what its sentence named ("five others were
    injured" after two killed): the same rest of another text can be compared, but not a
    whole, which may or may not count what the rest leaves out ("seven were wounded")."""
    return counted == "other" or counted.startswith("other ")


def _agree(a: ClusterValue, b: ClusterValue, rtol: float) -> bool:
    """Whether two values of one cluster can both hold (the rule of the module docstring);
    the reference for ``_disagreeing``."""
    alo, ahi, adim = a.interval(rtol=rtol)
    blo, bhi, bdim = b.interval(rtol=rtol)
    if adim != bdim:
        return False
    if a.counted == b.counted:
        return alo <= bhi and blo <= ahi
    if a.counted and b.counted or _rest(a.counted) or _rest(b.counted):
        return True  # two different groups; "the rest" is no part of another text's whole
    group_lo, whole_hi = (alo, bhi) if a.counted else (blo, ahi)
    return group_lo <= whole_hi


def _figure(v: ClusterValue) -> bool:
    """A count gives one figure, exact or approximate ("116", "about 25"), not a range or bound;
    a count so far in the present perfect gives its figure as of its report ("has seen 15
    deaths" gives 15)."""
    return v.kind != "quantity" or v.low == v.high or v.so_far


# A count summed from its parts as written: "15 officers and 21 residents" (not "one hundred and five").
_SUMMED = re.compile(r"(?<!hundred )(?<!thousand )\band\b", re.IGNORECASE)


def _summed(v: ClusterValue) -> bool:
    """Whether the value is written as parts that add up ("15 officers and 21 residents"):
    its total can equal another's figure by chance while the groups differ (the police's
    15 officers and 21 residents injured are not the MEK's 36 residents), so such a value
    gives only the figure of a value written in parts too."""
    return v.kind == "quantity" and _in_parts(v.display)


@lru_cache(maxsize=1 << 15)  # remembered: a cluster's pairs ask it of each value's display again and again
def _in_parts(display: str) -> bool:
    return bool(_SUMMED.search(display))


# An order of one scope class (``_Sorted``): (indices in order, the sort keys or None for
# another dimension's values, the lows' running min and max); a run is (order, start, stop).
_Order = tuple[Any, ...]
_Run = tuple[_Order, int, int]
_Scope = frozenset[int] | None


def _scope(v: ClusterValue) -> _Scope:
    """The scope class of ``_same_scope``'s year rule: None for a date or a distance (the
    same scope as anything), else the years its sentence is about (empty: unknown)."""
    return None if v.kind in ("date", "time", "age") or v.unit else v.years


def _scopes_meet(a: frozenset[int] | None, b: frozenset[int] | None) -> bool:
    return a is None or b is None or not a or not b or bool(a & b)


@dataclass(frozen=True, eq=False)
class _Sorted:
    """One scope class's values sorted by interval: the orders ``Disagreement`` bisects.

    ``orders``: name -> (indices in order, the sort keys, the lows' running min and max);
    names: ("low"|"high", dim, group), ("wholes", dim) by high, ("groups", dim) by low.
    ``dims``: dim -> (its indices, min low, max low)."""

    orders: dict[tuple[str, ...], _Order]
    dims: dict[str, tuple[tuple[int, ...], float, float]]

    @classmethod
    def of(cls, idx: Sequence[int], iv: Sequence[tuple[float, float, str]], counted: Sequence[str]) -> _Sorted:
        members: dict[tuple[str, str], list[int]] = {}
        by_dim: dict[str, list[int]] = {}
        for i in idx:
            members.setdefault((iv[i][2], counted[i]), []).append(i)
            by_dim.setdefault(iv[i][2], []).append(i)

        def ordered(ix: list[int], end: int) -> _Order:
            order = sorted(ix, key=lambda i: iv[i][end])
            lows = [iv[i][0] for i in order]
            return (tuple(order), tuple(iv[i][end] for i in order),
                    tuple(accumulate(lows, min)), tuple(accumulate(lows, max)))

        orders: dict[tuple[str, ...], _Order] = {}
        for (dim, group), ix in members.items():
            orders["low", dim, group] = ordered(ix, 0)
            orders["high", dim, group] = ordered(ix, 1)
        for dim, ix in by_dim.items():
            orders["wholes", dim] = ordered(members.get((dim, ""), []), 1)
            orders["groups", dim] = ordered([i for i in ix if counted[i] and not _rest(counted[i])], 0)
        dims = {d: (tuple(ix), min(iv[i][0] for i in ix), max(iv[i][0] for i in ix)) for d, ix in by_dim.items()}
        return cls(orders, dims)

    def runs(self, lo: float, hi: float, dim: str, group: str) -> list[_Run]:
        """(order, start, stop): the runs holding the values that disagree with an interval
        of ``dim`` counting ``group``; each such value of this class is in exactly one."""
        runs: list[_Run] = []
        if (after := self.orders.get(("low", dim, group))) is not None:  # same group, starting after it ends
            runs.append((after, bisect_right(after[1], hi), len(after[0])))
            before = self.orders["high", dim, group]  # same group, ending before it starts
            runs.append((before, 0, bisect_left(before[1], lo)))
        if dim in self.dims:
            if _rest(group):  # the rest: compared only with the same rest
                pass
            elif group:  # a group larger than a whole that ends below it
                wholes = self.orders["wholes", dim]
                runs.append((wholes, 0, bisect_left(wholes[1], lo)))
            else:  # the whole, below a group's smallest value
                groups = self.orders["groups", dim]
                runs.append((groups, bisect_right(groups[1], hi), len(groups[0])))
        runs = [r for r in runs if r[1] < r[2]]
        for d, (ix, low, high) in self.dims.items():  # another dimension never agrees
            if d != dim:
                runs.append(((ix, None, low, high), 0, len(ix)))
        return runs


@dataclass(frozen=True, eq=False)
class Disagreement:
    """Which values of one cluster disagree (``_agree``) within the same scope
    (``_same_scope``), answered per value without listing the pairs.

    The values are split by scope class (their years; dates and distances form a class
    that meets every other) and each class's intervals are sorted once per dimension and
    group (``_Sorted``); the values that disagree with one value are runs of the sorted
    orders of the classes its own meets, found by bisection: of its own group, those
    that start after it ends and those that end before it starts; for a group's value, the
    wholes that end below it; for the whole's, the group values (of any group) that start
    above it; every value of another dimension. So ``count(i)`` costs a few bisections per
    class and ``against(i)`` its answer, and a cluster whose values mostly disagree costs
    its values, not their pairs. An event-less count's rule that two values share a
    context word (``event_less``), the rule that a relative date is compared only with
    dates near it, and that a participle's date only with one of a thing sharing a word, are checked pair by pair on the answer (``pairwise``), so such a
    cluster's count and widest pair cost its disagreeing pairs.
    """

    values: tuple[ClusterValue, ...]
    iv: tuple[tuple[float, float, str], ...]  # each value's comparable interval and dimension
    event_less: bool
    scopes: tuple[_Scope, ...]  # each value's scope class
    # each value's (dimension, group, written in parts) when it gives one figure, else None:
    # what ``same`` asks of both values, read once per value (speed only)
    written: tuple[tuple[str, str, bool] | None, ...]
    # each value's interval as a figure (``same``): its comparable interval, but a count so far's
    # figure alone (``ClusterValue.so_far``: "has seen 15 deaths" gives 15, not 15 or more)
    figures: tuple[tuple[float, float, str], ...]
    classes: dict[_Scope, _Sorted] = field(repr=False)  # scope class -> _Sorted
    # ``_same_scope`` checked pair by pair: event-less, a relative date or a participle's date among them
    pairwise: bool = False
    # each value's interval as read when it is a vague plural (``ClusterValue.vague``), else None:
    # two vague plurals a whole order apart ("dozens" against "thousands") disagree
    orders: tuple[tuple[float, float, str] | None, ...] = ()
    # value -> its answer of ``against``, when checked pair by pair: ``count``, ``_spread`` and
    # the conflicts ask it of the same value (speed only; the answer is a pure function of it)
    _against: dict[int, tuple[int, ...]] = field(default_factory=dict, init=False, repr=False, compare=False)

    @classmethod
    def of(cls, values: Sequence[ClusterValue], rtol: float, *, event_less: bool = False) -> Disagreement:
        values = tuple(values)
        iv = tuple(v.interval(rtol=rtol) for v in values)
        counted = [v.counted for v in values]
        scopes = tuple(_scope(v) for v in values)
        by_scope: dict[_Scope, list[int]] = {}
        for i, s in enumerate(scopes):
            by_scope.setdefault(s, []).append(i)
        written = tuple((dim, v.counted, _summed(v)) if _figure(v) else None
                        for (_, _, dim), v in zip(iv, values, strict=True))
        figures = tuple(replace(v, high=v.low).interval(rtol=rtol) if v.so_far else i
                        for v, i in zip(values, iv, strict=True))
        orders = tuple(replace(v, high=v.vague[1]).interval(rtol=rtol) if v.vague else None for v in values)
        return cls(values, iv, event_less, scopes, written, figures,
                   {s: _Sorted.of(ix, iv, counted) for s, ix in by_scope.items()},
                   pairwise=event_less or sum(o is not None for o in orders) > 1
                   or any(v.relative or v.domain or v.kind in ("polarity", "age", "time")
                          or v.kind == "date" and v.context or v.subject for v in values),
                   orders=orders)

    def _runs(self, i: int) -> list[_Run]:
        lo, hi, dim = self.iv[i]
        own = self.scopes[i]
        return [r for s, sorted_ in self.classes.items() if _scopes_meet(own, s)
                for r in sorted_.runs(lo, hi, dim, self.values[i].counted)]

    def _of_other_order(self, i: int) -> list[int]:
        """The vague plurals of the same dimension and group whose ranges as read do not meet
        value ``i``'s, when it is one (``numbers.vague_plurals_disagree``): "dozens" against
        "hundreds" or "thousands" conflict, "dozens" against "scores" agree (rv18)."""
        from mergekit.facts.numbers import vague_plurals_disagree

        mine = self.orders[i] if self.orders else None
        if mine is None:
            return []
        lo, hi, dim = mine
        return [j for j, o in enumerate(self.orders) if o is not None and j != i and o[2] == dim
                and self.values[j].counted == self.values[i].counted
                and _scopes_meet(self.scopes[i], self.scopes[j])
                and vague_plurals_disagree((lo, hi), (o[0], o[1]))]

    def _keep(self, i: int, j: int) -> bool:
        return _same_scope(self.values[i], self.values[j], self.event_less)

    def against(self, i: int) -> list[int]:
        """The indices of the values that disagree with value ``i``, ascending."""
        if self.pairwise:
            kept = self._against.get(i)
            if kept is None:
                found = sorted({j for order, start, stop in self._runs(i) for j in order[0][start:stop]}
                               | set(self._of_other_order(i)))
                kept = self._against[i] = tuple(j for j in found if self._keep(i, j))
            return list(kept)
        return sorted(j for order, start, stop in self._runs(i) for j in order[0][start:stop])

    def same(self, i: int, j: int) -> bool:
        """Whether value ``j`` gives value ``i``'s figure: the same dimension and group
        (``counted``), intervals that meet at the cluster's tolerance, the same scope, and
        both counts a figure, not a bound, written alike as one figure or as parts that add up
        (``_summed``). Stricter than not disagreeing: another group or
        another year, and a bound ("at least 113", "more than 100", an early or running
        count read as one), is compatible with a figure but gives no one's figure."""
        (ilo, ihi, _), (jlo, jhi, _) = self.figures[i], self.figures[j]
        written = self.written[i]
        return (i != j and written is not None and written == self.written[j]
                and ilo <= jhi and jlo <= ihi and _scopes_meet(self.scopes[i], self.scopes[j])
                and self._keep(i, j))

    def count(self, i: int) -> int:
        """How many values disagree with value ``i``."""
        if self.pairwise:
            return len(self.against(i))
        return sum(stop - start for _, start, stop in self._runs(i))

    def _spread(self, i: int) -> float | None:
        """The largest distance between value ``i``'s low and the low of a value that
        disagrees with it (None when none does)."""
        lo = self.iv[i][0]
        if self.pairwise:
            return max((abs(lo - self.iv[j][0]) for j in self.against(i)), default=None)
        ends = []
        for (_ix, keys, mins, maxs), start, stop in self._runs(i):
            if keys is None:  # another dimension: all of it
                ends += [mins, maxs]
            elif start == 0:  # a prefix: the running extremes
                ends += [mins[stop - 1], maxs[stop - 1]]
            else:  # a suffix of an order by low: its ends
                ends += [keys[start], keys[stop - 1]]
        return max((abs(lo - x) for x in ends), default=None)

    def widest(self) -> tuple[int, int] | None:
        """The pair ``(i, j)``, ``i < j``, whose lows are furthest apart among those that
        disagree, the first in pair order on a tie (None when all values agree)."""
        spreads = [self._spread(i) for i in range(len(self.iv))]
        widest = max((s for s in spreads if s is not None), default=None)
        if widest is None:
            return None
        i = spreads.index(widest)  # its partner at that distance comes after it (see tests)
        lo = self.iv[i][0]
        return i, next(j for j in self.against(i) if j > i and abs(lo - self.iv[j][0]) == widest)

    def pairs(self) -> tuple[tuple[int, int], ...]:
        """Every disagreeing pair ``(i, j)``, ``i < j``, in order (this costs the pairs)."""
        return tuple((i, j) for i in range(len(self.iv)) for j in self.against(i) if i < j)


def _disagreeing(values: Sequence[ClusterValue], rtol: float) -> tuple[tuple[int, int], ...]:
    """The pairs ``(i, j)``, ``i < j``, that ``_agree`` rejects within a scope (``_same_scope``,
    not event-less), in lexicographic order."""
    return Disagreement.of(values, rtol).pairs()


def _clause_before(text: str, pos: int) -> str:
    """The text from the start of the clause that holds ``pos`` up to ``pos``, so a
    denial or negation in an earlier clause does not reach a figure at ``pos``."""
    return text[clause_start(text, pos, STATEMENT_BREAK):pos]


def _fmt_interval(v: ClusterValue, rtol: float) -> str:
    lo, hi, dim = v.interval(rtol=rtol)
    if dim == "date":
        a, b = dt.date.fromordinal(int(lo)), dt.date.fromordinal(int(hi))
        return str(a) if a == b else f"{a}..{b}"
    if dim == "time":
        start, end = (f"{int(m) // 60:02d}:{int(m) % 60:02d}" for m in (lo, hi))
        return start if start == end else f"{start}..{end}"
    unit = " km" if dim == "length" else ""
    return f"{lo:g}{unit}" if lo == hi else f"{lo:.4g}-{hi:.4g}{unit}"


def _widened(read: Sequence[ClusterValue], values: Sequence[ClusterValue], rtol: float, event_less: bool) -> str:
    """What a cluster's reason adds to "all N values overlap" when they overlap only because
    some counts were read as other than written: as counts so far, with no upper bound (an
    earlier report's lower count, a count its report says is not final: ``_not_final``,
    ``_updated``), or as the bound their report gives in another sentence
    (``_bound_elsewhere``), and would disagree as written ("one" dead on 12 October against
    "three" a week later): the counts whose reading makes the difference, each found by
    putting it back as written alone (:meth:`Disagreement.of` then finds a disagreement),
    so that the reason does not say that "one" and "three" overlap, nor names a count whose
    reading changes nothing. Empty when none does. ``read`` and ``values`` are the same
    values, in order: each reading maps one value to one (a list of the same length,
    checked by ``zip(strict=True)``)."""
    changed = [i for i, (old, v) in enumerate(zip(read, values, strict=True)) if (old.low, old.high) != (v.low, v.high)]
    if not changed or Disagreement.of(read, rtol, event_less=event_less).widest() is None:
        return ""  # as written they overlap too
    matters = [i for i in changed
               if Disagreement.of([*values[:i], read[i], *values[i + 1:]], rtol, event_less=event_less).widest()]
    so_far = [values[i] for i in matters if values[i].high == float("inf")]
    bound = [values[i] for i in matters if values[i].high != float("inf")]
    said: list[str] = []
    if so_far:
        said.append(f"{_how_many(so_far, first=not said)} read as {'a count' if len(so_far) == 1 else 'counts'} "
                    f"so far, with no upper bound: {_named(so_far)}")
    if bound:
        their = "its report gives" if len(bound) == 1 else "their reports give"
        said.append(f"{_how_many(bound, first=not said)} read as the bound {their} elsewhere: {_named(bound)}")
    return f" once {', and '.join(said)}" if said else ""


def _how_many(values: Sequence[ClusterValue], *, first: bool) -> str:
    """"1 of them is", "2 of them are" (``first``); else "1", "2"."""
    if not first:
        return str(len(values))
    return f"{len(values)} of them {'is' if len(values) == 1 else 'are'}"


def _named(values: Sequence[ClusterValue]) -> str:
    """The first three values as written, with their sources, and how many more."""
    more = f" and {len(values) - 3} more" if len(values) > 3 else ""
    return ", ".join(f"'{v.display}' ({_who(v)})" for v in values[:3]) + more


def _who(v: ClusterValue) -> str:
    return f"{v.source}" + (f", {v.attributed_to}" if v.attributed_to else "")


# months and weekdays: a shared month does not make two counts about one thing
_CALENDAR = re.compile(r"^(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
                       r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$", re.I)


def _years(statements: Sequence[Statement], dates: Sequence[Sequence[DateFact]]) -> list[frozenset[int]]:
    """The years each sentence is about: those it writes (not a "since 2014", which reaches
    the time of writing, unless "since 2014, when ..." dates what follows); else, in an
    article or destination whose paragraphs are known (``Statement.paragraph``), those of the
    last earlier sentence of its paragraph that writes one ("On 4 December 2021 the dome
    collapsed. ... The eruption left 51 dead"; never from another paragraph), unless it names
    another occurrence (``_another_occurrence``: "a previous eruption", "in the past"); with
    paragraphs unknown, those of the sentence just before it ("On 8 September 2005, a plane
    lost power. The crew ..."); for news, those of a background sentence just before it
    (``_background_years``: "In March 2016, a flyover had collapsed ... 26 people were found
    dead" is about 2016, not the report's event); else, in the source article (about one event), the year it
    names most (a news figure of another year, "a 2015 blaze that killed 64 people", is
    about another event);
    else, for news, the year it was published and the one before, or with no date the
    year its text names most, or the news as a whole (a report is about recent events
    unless it says otherwise);
    else unknown (empty), and an unknown year never keeps two values apart."""
    from mergekit.facts.scope import most_named_years, years_named

    explicit = [years_named(st.text, ds) for st, ds in zip(statements, dates, strict=True)]
    named: dict[str, list[frozenset[int]]] = defaultdict(list)
    for st, years in zip(statements, explicit, strict=True):
        named[st.source].append(years)
    most = {source: most_named_years(ys) for source, ys in named.items()}
    news = {st.source for st in statements if st.role == "news"}
    all_news = most_named_years([ys for source in news for ys in named[source]])
    out = []
    for i, (st, years) in enumerate(zip(statements, explicit, strict=True)):
        if not years and st.paragraph is not None:
            years = _paragraph_years(statements, explicit, i)
        elif not years and i and st.role != "news" and statements[i - 1].source == st.source:
            years = explicit[i - 1]
        elif not years and st.role == "news" and st.published:
            years = _background_years(statements, explicit, dates, i)
        if not years and st.role == "article":  # the article is about the year it names most
            years = most[st.source]
        if not years and st.role == "news":
            if st.published:
                years = frozenset({st.published.year - 1, st.published.year})
            else:
                years = most[st.source] or all_news
        out.append(years)
    return out


# what names another occurrence than the paragraph's dated one: "in the past", "previous"
_ANOTHER_TIME = re.compile(r"\b(?:in\s+the\s+past|previous(?:ly)?|historically|in\s+earlier\s+years)\b", re.I)


def _another_occurrence(text: str) -> bool:
    """Whether a sentence names another occurrence than the one its paragraph dates ("a
    previous eruption killed two", "In the past, floods ..."): it takes no year from it."""
    from mergekit.facts.scope import about_another_event

    return bool(_ANOTHER_TIME.search(text)) or about_another_event(text)


def _paragraph_years(statements: Sequence[Statement], explicit: Sequence[frozenset[int]], i: int) -> frozenset[int]:
    """The years of the last earlier sentence of statement ``i``'s paragraph (same source)
    that writes a year, for a sentence that writes none (``_years``); none for a sentence
    that names another occurrence."""
    st = statements[i]
    if _another_occurrence(st.text):
        return frozenset()
    for j in range(i - 1, -1, -1):
        if statements[j].source != st.source or statements[j].paragraph != st.paragraph:
            break
        if explicit[j]:
            return explicit[j]
    return frozenset()


# "since 2010" in a background sentence: a state reaching the time of writing
_SINCE = re.compile(r"\bsince\b", re.I)
# how many sentences of background an undated news sentence may continue
_BACKGROUND_REACH = 3
# a return to the report's own time: a present, present-perfect or future verb, "now", "today"
_NOW = re.compile(r"\b(?:is|are|am|has|have|remains?|will|says?|now|today|tonight|currently|still|so\s+far|this\s+(?:week|morning|"
                  r"afternoon|evening|year|month))\b", re.I)
# the past perfect of background ("a section of a flyover had collapsed")
_PAST_PERFECT = re.compile(r"\bhad\s+(?:(?:not|never|also|already|earlier)\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ne|ck|un|ft)\b", re.I)


def _background_years(statements: Sequence[Statement], explicit: Sequence[frozenset[int]],
                      dates: Sequence[Sequence[DateFact]], i: int) -> frozenset[int]:
    """For an undated news sentence, the years of the background sentence it continues: the
    nearest earlier sentence of its report (at most ``_BACKGROUND_REACH`` back) that writes a
    year, when that sentence tells of an earlier event than the report's own, in the past
    perfect and dated before the report's year ("In March 2016, a section of a flyover had
    collapsed ... After days of rescue efforts, 26 people were found dead", published 2018;
    not "had been in use since 1894", a state that reaches the time of writing).
    None when the sentence, or one between, returns to the report's own event: in the
    report's time (a present or future verb, "now", "still", a time of day: ``_now``), dated
    ("on Tuesday", "yesterday": any date it writes, with a year or without), or telling
    what the report told before the background ("was stabbed" after "Sherbini was stabbed
    ... She had filed a complaint in 2008": ``_told_before``); and none when the dated
    sentence is itself in the report's time ("was convicted in 2010 and is now serving")."""
    st = statements[i]
    published = st.published
    if published is None or dates[i] or _now(st.text):
        return frozenset()
    for j in range(i - 1, max(i - 1 - _BACKGROUND_REACH, -1), -1):
        prev = statements[j]
        if prev.source != st.source:
            break
        if years := explicit[j]:
            earlier = _background(prev.text, max(years), published) and not _now(prev.text)
            if not earlier or any(_told_before(statements, j, statements[k].text) for k in range(j + 1, i + 1)):
                return frozenset()
            return years
        if dates[j] or _now(prev.text):
            break
    return frozenset()


def _background(text: str, year: int, published: dt.date) -> bool:
    """Whether ``text``, naming ``year``, tells a report's background: an earlier year than
    the report's, in the past perfect, and no state reaching the time of writing ("since")."""
    return year < published.year and bool(_PAST_PERFECT.search(text)) and not _SINCE.search(text)


def _told_before(statements: Sequence[Statement], j: int, text: str) -> bool:
    """Whether ``text`` tells an event (a verb form: "stabbed", "killed") that its report told
    before its background sentence ``j`` and that sentence does not: it is back at the
    report's own event."""
    told = _verbs(text) - _verbs(statements[j].text)
    if not told:
        return False
    for k in range(j - 1, -1, -1):
        if statements[k].source != statements[j].source:
            break
        if told & _verbs(statements[k].text):
            return True
    return False


_LETTERS = re.compile(r"[A-Za-z]+")


def _verbs(text: str) -> frozenset[str]:
    """The stems of the verb forms ``text`` writes ("was stabbed" -> {"stab"})."""
    from mergekit.facts.grammar import is_verb_form, stem

    return frozenset(stem(w.lower()) for w in _LETTERS.findall(text) if is_verb_form(w))


def _now(text: str) -> bool:
    """Whether a sentence is (also) in the report's own time: a present, present-perfect or
    future verb ("is now serving", "will spend"), or a time of day ("was reported on fire at
    2:21 a.m."), which dates the day being reported, not a background year's."""
    from mergekit.facts.memo import extract_times

    return bool(_NOW.search(text)) or bool(extract_times(text))


_CONTEXT_WORD = re.compile(r"[^\W\d_][\w’'-]+")  # a word of a figure's context (``_context``)


@cache
def _context_skipped() -> frozenset[str]:
    """The words no figure's context counts (``_context``): function, reporting and auxiliary
    words and words that are no name, joined once (28 µs a figure when joined at each)."""
    from mergekit.facts.grammar import words

    w = words()
    return frozenset(w["function"] | w["reporting"] | w["auxiliary"] | w["not_a_name"])


def _context(text: str, span: tuple[int, int]) -> frozenset[str]:
    """The content words of a sentence outside the noun phrase of the figure at ``span``,
    stemmed: what the sentence says the count is about ("The old market has 12 shops" ->
    {"old", "market", "has"...} minus function words; "364,808 measles cases from 182
    countries" -> the countries, not the measles)."""
    from mergekit.facts.grammar import noun_after, stem

    np_end = noun_after(text, span[1])[1]
    skip = _context_skipped()
    return frozenset(stem(m.group(0).lower()) for m in _CONTEXT_WORD.finditer(text)
                     if not span[0] <= m.start() < np_end and m.group(0).lower() not in skip
                     and not _CALENDAR.match(m.group(0)))


# "on Tuesday" names a day of the week before its report, "yesterday" the day before:
# another date more than a week away cannot be what the writer meant by it, and is
# another occurrence (a runoff two weeks after the first round, an earlier closure)
_NEAR_DAYS = 7


def _same_scope(a: ClusterValue, b: ClusterValue, event_less: bool) -> bool:
    """Whether two values of a cluster can be about the same event at the same scope: two
    counts' sentences are about a common year (when both say), and a count that names no event
    ("364,808 measles cases", "12 shops") shares a content word outside its noun phrase
    with the other (the market, the village, the body it is about) and is not told in another
    verb's frame (``ClusterValue.frame``: "won in six games" counts a series' games, "suspended
    for 30 games" a suspension's; a value whose frame is not read meets any), and a count over a
    whole territory or population is not compared with a count an order of magnitude
    smaller that names no such extent (``_other_extent``). A date read against
    its report's publication date ("on Thursday", "last month") is about an occurrence
    near that date: one more than ``_NEAR_DAYS`` away from another date is another
    occurrence ("the bridge closed on Thursday" in 2023 against "closed in 2019"). Two dates
    in past participles' phrases, each done to a thing its sentence names by a name
    (``topics.participle_thing``), date one event only when the names share a word other
    than a kind's: "the Kelso bridge, built in 1932" and "the Dunmore Road was built in 1935"
    are two buildings; "The college was founded" names nothing and is compared with any."""
    if a.kind == "polarity" and not _objects_meet(a, b):
        return False  # "did not pay the fine" says nothing of "paid the workers"
    if a.kind == "age":
        return not _birthday_between(a, b)
    if a.kind == "time":  # "sent an alert" and "sent a photo" are two events of one day
        return a.context == b.context or bool(a.context & b.context)
    if a.kind == b.kind == "date" and a.context and b.context and not a.context & b.context:
        return False  # "Chamberlayne Junior College, was founded in 1892" and "Mount Ida School was founded in 1899": two names
    if a.subject and b.subject and _other_names(a.subject, b.subject):
        return False  # "Greensill Capital employed 1,000" and "UMass, which enrolls ...": two names' figures
    if a.kind == "date" and b.kind == "date" and (a.relative or b.relative):
        return max(a.low, b.low) - min(a.high, b.high) <= _NEAR_DAYS
    if a.kind == "date" or b.kind == "date" or a.unit or b.unit:
        return True  # a date is compared across years; a distance does not change with them
    if _other_extent(a, b):
        return False
    if a.years and b.years and not a.years & b.years:
        return False
    if event_less:
        return bool(a.context & b.context) and not (a.frame and b.frame and a.frame != b.frame)
    return True


def _renamings(statements: Sequence[Statement]) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """The pairs of names any of the texts says name one thing (``grammar.renamings``:
    "Meta Platforms, formerly Facebook Inc", "was renamed")."""
    from mergekit.facts.grammar import renamings

    return tuple(pair for st in statements for pair in renamings(st.text))


def _also_named(subject: tuple[str, ...], renamed: Sequence[tuple[tuple[str, ...], tuple[str, ...]]]) -> tuple[str, ...]:
    """A value's subject with the words of every name a text gives it besides ("Facebook Inc"
    is also "Meta Platforms"), so that ``_other_names`` does not keep the two apart. A name is
    the subject's when their words are the same, either way, as sets (case folded)."""
    words = {w.lower() for w in subject}
    extra: list[str] = []
    for a, b in renamed:
        for one, other in ((a, b), (b, a)):
            if {w.lower() for w in one} == words:
                extra += [w for w in other if w not in subject and w not in extra]
    return subject + tuple(extra)


def _other_names(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    from mergekit.facts.grammar import other_names

    return other_names(a, b)


def _frame(tid: str, text: str, start: int) -> str:
    """The frame of a count of a noun no event governs (``ClusterValue.frame``): the event of the
    verb its prepositional phrase belongs to, "" for any other value or when none is read."""
    if not tid.startswith("count-"):
        return ""
    from mergekit.facts.grammar import governing_verb

    return governing_verb(text, start) or ""


# how many times a whole's count must exceed another for the two to count different sets
_EXTENT_RATIO = 10


def _other_extent(a: ClusterValue, b: ClusterValue) -> bool:
    """Whether two counts are of sets of different extent: one set over a whole territory
    or population (``domain``: "Across India, ... roughly 120 million children"), the other
    not ("With 125 children on its rolls, the school ..."), the whole's an order of
    magnitude larger (``_EXTENT_RATIO``): the whole and one member of it, not two tallies
    of one set. At a like size ("120 million" and "100 million children") they may well be
    one set told with and without its extent, and stay compared; but not when the other's
    subject names one site (``site``: "The campus enrolls more than 25,000 students"
    against "UMass, which enrolls more than 74,000 students across its five-university
    system"): a member's count told as one, at whatever size."""
    wide, narrow = (a, b) if a.domain else (b, a)
    return wide.domain and not narrow.domain and (narrow.site or wide.low >= _EXTENT_RATIO * narrow.high)


# a polarity value's context: its object's content stems, and these marks of its form
_WHOLE_CLASS, _BARE = "\x00class", "\x00bare"


def _objects_meet(a: ClusterValue, b: ClusterValue) -> bool:
    """Whether the objects of a denial and an affirmation can be the same thing
    (``predicates.objects_meet``), read from their values' context."""
    from mergekit.facts.predicates import objects_meet

    denial, affirmation = (a, b) if a.negated else (b, a)
    marks = {_WHOLE_CLASS, _BARE}
    return objects_meet(denial.context - marks, _WHOLE_CLASS in denial.context,
                        affirmation.context - marks, _BARE in affirmation.context)


@lru_cache(maxsize=1 << 15)  # remembered: a sentence's copies and each of its statements read alike
def _polar(text: str, denied: frozenset[str] | None = None) -> tuple[tuple[str, str, float, bool, str, frozenset[str], int], ...]:
    """The predicates a sentence asserts or denies (``predicates.py``), none when it is
    about another event: the topic id and label, value (1 affirmed, 0 denied), whether
    denied, the verb group as written, the object's context and the verb's offset. With
    ``denied``, only the affirmations of those verbs (``_denied_verbs``): a cluster no text
    denies is not reported, so the others are not read."""
    from mergekit.facts.predicates import predicates
    from mergekit.facts.scope import about_another_event

    if about_another_event(text):
        return ()
    return tuple((f"polar-{p.verb}-{p.subject}", p.label, 0.0 if p.negated else 1.0, p.negated, p.display,
                  p.objects | ({_WHOLE_CLASS} if p.whole_class else set()) | ({_BARE} if p.bare else set()),
                  p.span[0]) for p in predicates(text, denied))


def _denied_verbs(statements: Sequence[Statement]) -> frozenset[str]:
    """The verbs (stems) some statement denies a predicate of (``predicates.denied_verbs``)."""
    from mergekit.facts.predicates import denied_verbs

    return frozenset().union(*(denied_verbs(st.text) for st in statements))


# reports this many days apart or more are as likely as not to have a birthday between them
_HALF_YEAR = 183


def _birthday_between(a: ClusterValue, b: ClusterValue) -> bool:
    """Whether two ages of one person can differ by the birthdays between their reports'
    dates: the later report gives the higher age by the whole years between them, or one
    more, and they are half a year apart or more (a day or two apart, "33" and "34" are two
    ages, though a birthday may fall between). An undated age is dated by its cluster
    (``_dated_ages``)."""
    if a.published is None or b.published is None:
        return False
    early, late = sorted((a, b), key=lambda v: (v.published, v.value))
    assert early.published is not None and late.published is not None
    days = (late.published - early.published).days
    years = int(days // 365.25)
    return days >= _HALF_YEAR and late.value - early.value in (years, years + 1)


def _dated_ages(values: list[ClusterValue]) -> list[ClusterValue]:
    """A person's ages with the undated ones (the article's, the destination's: the age at
    the event told) dated as the earliest report of that person, the one nearest the event."""
    dated = [v.published for v in values if v.published is not None]
    if not dated:
        return values
    return [v if v.published is not None else replace(v, published=min(dated)) for v in values]


def _values(st: Statement, context_speaker: str | None, years: frozenset[int],
            denied: frozenset[str] | None = None) -> list[tuple[str, str, str, ClusterValue]]:
    """The values a statement gives its clusters, each with its topic's id, label and label
    without its verb's destination (``Topic.plain``): what its text and publication date can
    give (``_read``, remembered), with its source, speaker and years; with ``denied``, its
    affirmed predicates only of those verbs (``_polar``)."""
    from mergekit.facts.ages import ages
    from mergekit.facts.grammar import named_subject
    from mergekit.facts.numbers import VAGUE_REACH, vague_plural
    from mergekit.facts.scope import one_site, ongoing, present_perfect, whole_domain

    read = _read(st.text, st.published)
    polar = _polar(st.text, denied)
    aged = ages(st.text)
    if not any(read) and not polar and not aged:
        return []
    from mergekit.facts.memo import attributions
    from mergekit.facts.statements import speaker_at

    figures, dated, timed = read
    found = attributions(st.text)

    def who(pos: int) -> str | None:
        """The speaker of the value at ``pos``: the attribution around it, else the context's."""
        return speaker_at(found, pos, fallback=context_speaker)

    out = []
    base: dict[str, Any] = dict(source=st.source, role=st.role, key=st.key, quote=st.text,
                                published=st.published or st.as_of)
    for tid, label, plain, q, negated, counted, context, superseded, early in figures:
        so_far = False
        if (st.role == "news" and not negated and q.unit is None and q.value > 0
                and (_casualty(tid, plain) or ongoing(st.text)) and present_perfect(st.text, q.span)):
            so_far = q.low == q.high  # a figure ("has killed two"), not a bound ("at least 113")
            q = replace(q, high=float("inf"))  # "an ongoing outbreak ... that has killed two people": so far
        vague = None
        if q.unit is None and not negated and vague_plural(q.text) and q.high != float("inf"):
            vague = (q.low, q.high)  # "hundreds of flights": at least 200, up to two orders past 999
            q = replace(q, high=q.high * VAGUE_REACH)
        value = ClusterValue(q.value, q.low, q.high, q.unit, q.approx,
                             attributed_to=who(q.span[0]), frame=_frame(tid, st.text, q.span[0]),
                             display=("no " + q.noun if negated and q.noun else q.text), negated=negated,
                             counted=counted, years=years, context=context,
                             domain=whole_domain(st.text, q.span), site=one_site(st.text, q.span), superseded=superseded, early=early,
                             so_far=so_far, subject=named_subject(st.text, q.span[0]), vague=vague, **base)
        out.append((tid, label, plain, value))
    for tid, label, d, thing in dated:
        assert d.low is not None and d.high is not None  # ``_read`` keeps resolved dates only
        value = ClusterValue(float(d.low.toordinal()), float(d.low.toordinal()), float(d.high.toordinal()),
                             "date", d.precision != "day",
                             attributed_to=who(d.span[0]),
                             display=d.text if d.low == d.high and not d.relative else
                             f"{d.text} ({d.low}" + ("" if d.low == d.high else f"..{d.high}") + ")",
                             kind="date", relative=d.relative, context=thing,
                             subject=named_subject(st.text, d.span[0]), **base)
        out.append((tid, label, label, value))
    for tid, label, t, things in timed:
        value = ClusterValue(float(t.minutes), float(t.low), float(t.high), "time" if t.half_known else "time12",
                             t.low != t.high, attributed_to=who(t.span[0]),
                             display=t.text, kind="time", context=things, **base)
        out.append((tid, label, label, value))
    for tid, label, value_, negated, display, objects, at in polar:
        value = ClusterValue(value_, value_, value_, None, False, attributed_to=who(at),
                             display=display, kind="polarity", negated=negated, context=objects, years=years, **base)
        out.append((tid, label, label, value))
    for age in aged:
        value = ClusterValue(float(age.value), float(age.value), float(age.value), None, False,
                             attributed_to=who(age.span[0]),
                             display=age.display, kind="age", years=years, **base)
        out.append((f"age-{age.key}", f"age of {age.name}", f"age of {age.name}", value))
    return out


@lru_cache(maxsize=1 << 15)  # remembered: every copy of a sentence with its date reads alike
def _read(text: str, published: dt.date | None) -> tuple[tuple[_Figure, ...],
                                                          tuple[tuple[str, str, DateFact, frozenset[str]], ...],
                                                          tuple[tuple[str, str, TimeFact, frozenset[str]], ...]]:
    """What a sentence published on ``published`` can give the clusters, from these two
    alone: its figures (``_figures``) and, for each of its dates and times of day that can
    join a cluster, the topic's id and label and the date or time (``_timed``); none when
    it is about another event and names no year to keep it apart ("The previous week, two
    boats sank, killing at least 16"); no date of a report's background, a sentence in the
    past perfect dated before the year it was published ("In March 2016, a flyover had
    collapsed", published 2018: not the date of the report's collapse; not "had been in use
    since 1894", which reaches the time of writing). A date in a past participle's phrase
    comes with the thing the participle is done to (``topics.participle_thing``)."""
    from mergekit.facts.memo import date_topic, extract_dates
    from mergekit.facts.scope import about_another_event, one_of_several, reference_point, years_named
    from mergekit.facts.topics import participle_thing

    dates = extract_dates(text, published=published)
    if about_another_event(text) and not years_named(text, dates):
        return (), (), ()
    dated = []
    for d in dates:
        topic = date_topic(d.span, text)
        if topic is None or d.low is None or d.high is None or d.precision == "decade":
            continue
        if one_of_several(text, topic.id.removeprefix("date-")) or reference_point(text, d.span):
            continue  # "last erupted in January 2023", "its previous eruption", "the first since the 1926 election"
        if published and _background(text, d.high.year, published):
            continue  # a report's background: "In March 2016, a flyover had collapsed" (published 2018)
        dated.append((topic.id, topic.label, d, participle_thing(d.span, text)))
    return _figures(text), tuple(dated), _timed(text)


def _timed(text: str) -> tuple[tuple[str, str, TimeFact, frozenset[str]], ...]:
    """The times of day of a sentence with the topic its event gives them: the date topic
    of the same place ("date-takeoff" -> "time-takeoff", "date (took off)" -> "time (took
    off)"), with the zone written after the time ("time-takeoff@gmt"); a time no event
    word governs gives nothing. Each comes with what its event acts on
    (``times.event_things``)."""
    from mergekit.facts.memo import date_topic, extract_times
    from mergekit.facts.scope import one_of_several, reference_point
    from mergekit.facts.times import event_things

    out = []
    for t in extract_times(text):
        topic = date_topic(_with_date(t.span, text), text)
        if topic is None:
            continue
        event = topic.id.removeprefix("date-")
        if one_of_several(text, event) or reference_point(text, t.span):
            continue
        zone = f"@{t.zone.replace(' ', '-')}" if t.zone else ""
        label = "time" + topic.label.removeprefix("date") + (f" ({t.zone})" if t.zone else "")
        verb = re.match(r"date \(([^\s)]+)", topic.label)
        out.append((f"time-{event}{zone}", label, t, event_things(text, t.span, verb.group(1) if verb else event)))
    return tuple(out)


# a date right before a time, the time's own: "On Monday at 1:04 p.m.", "June 5, at 10 a.m."
_DATE_AT = re.compile(r"\s*,?\s*(?:at\s+)?")


def _with_date(span: tuple[int, int], text: str) -> tuple[int, int]:
    """The span of a time with the date written right before it ("Monday at 1:04 p.m."),
    so that a sentence opening "On Monday at 1:04 p.m., police sent ..." gives the time
    the event its date would have."""
    from mergekit.facts.memo import extract_dates

    for d in extract_dates(text):
        if d.span[1] <= span[0] and _DATE_AT.fullmatch(text, d.span[1], span[0]):
            return d.span[0], span[1]
    return span


def _twelve_hour(values: list[ClusterValue]) -> list[ClusterValue]:
    """A cluster's times on the 12-hour clock when one of them does not say its half of the
    day ("1:04" against "1:03 p.m."); else as they are."""
    if all(v.unit != "time12" for v in values):
        return values
    return [replace(v, value=v.value - (shift := v.value - v.value % 720), low=v.low - shift, high=v.high - shift)
            for v in values]


@lru_cache(maxsize=1 << 15)  # remembered: every copy of a sentence reads its figures alike
def _figures(text: str) -> tuple[_Figure, ...]:
    """The figures of a sentence that can join a cluster, from its text alone: for each, the
    topic's id, label and plain label, the quantity (its high unbounded for a running count,
    "no ..." for a negated one), whether it was negated, what it counts and its context words."""
    from mergekit.facts.memo import extract_quantities  # each sentence read once
    from mergekit.facts.polarity import polarity
    from mergekit.facts.revisions import early, revisions
    from mergekit.facts.scope import increment, presupposed, reference_point, running, snapshot, unasserted
    from mergekit.facts.topics import elapsed, quantity_topic

    revised = {r.old.span: r for r in revisions(text)}
    current = {r.new.span: r for r in revised.values() if r.new}
    out = []
    for q in extract_quantities(text):
        topic = quantity_topic(q, text)
        revision = revised.get(q.span)
        of_event = _revised_topic(q, topic, revision or current[q.span], text) if revision or q.span in current else None
        if of_event is None:
            revision = None  # "grew from 10 employees in 2010 to 50": a change over time, read as before
        else:
            topic = of_event
        if topic is None or (revision is None and increment(text, q.span)) or snapshot(text, q.span) or presupposed(
                text, q.span) or reference_point(text, q.span) or unasserted(text, q.span):
            continue  # "a further 21 rescued", "19 remain missing", "the 11 who died inside", "we pray that
            # no one died": no total to dispute
        if running(text, q.span) or (topic.id.startswith("duration-") and elapsed(q, text)):
            q = replace(q, high=float("inf"))  # "eleven hours into the standoff": it lasted at least that
        negated = False
        if q.value > 0:
            pol = polarity(_clause_before(text, q.span[0]) + text[q.span[0]:q.span[1]])
            if pol.negated and (q.single or q.value <= 1):
                q, negated = replace(q, value=0.0, low=0.0, high=0.0), True
            elif pol.negated:
                continue  # "denied that 36 were hurt" asserts no figure
        superseded = None if revision is None else (revision.new.text if revision.new else "")
        out.append((topic.id, topic.label, topic.plain or topic.label, q, negated, topic.counted,
                    _context(text, q.span), superseded, revision is None and early(text, q.span)))
    return tuple(_breakdown(out, text))


def _revised_topic(q: Quantity, topic: Topic | None, revision: Revision, text: str) -> Topic | None:
    """The claim of figure ``q`` of a revision (``revisions.py``): an event's count only (a
    toll, the injured: "the number of deaths ... from 32 to at least 19"), as the topic
    reader gives either figure (``topic``: ``q``'s own), else, for the superseded figure, as
    the change word's own noun phrase names it (``Revision.event``). None, the figure read as
    before, when a figure of the revision counts something else by its own words ("reduced
    its fleet from 32 to 19 jets", ``revisions.names_other``), for a count of a noun with no
    event ("grew from 10 employees in 2010 to 50": a change over time, not a revision of a
    report), and for the current figure that only the revision's event would name: a figure
    read as the report's current count must be one by its own words or by the figure it
    replaced."""
    from mergekit.facts.grammar import event_label, words
    from mergekit.facts.revisions import names_other
    from mergekit.facts.topics import Topic, quantity_topic

    labels = words()["event_labels"]
    figures = [f for f in (revision.old, revision.new) if f is not None]
    if any(names_other(f, text) for f in figures):
        return None
    other = [quantity_topic(f, text) for f in figures if f.span != q.span]
    for found in (topic, *other):
        if found is not None and found.id in labels:
            return found
    if revision.event is None or q.span != revision.old.span:
        return None
    return Topic(revision.event, event_label(revision.event, None, None))


def _breakdown(figures: list[_Figure], text: str) -> list[_Figure]:
    """``figures`` with the counts of a breakdown told apart: a sentence that gives one
    claim two or more counts, each with its own verb ("48 were killed by law enforcement,
    one was killed by a cat"), splits a whole into parts; none of them is the whole, so
    each becomes a group of its own (compatible with any whole it does not exceed, and
    with no other text's count). Counts of one verb ("rose from 12 to 15") stay as read."""
    from mergekit.facts.memo import attributions
    from mergekit.facts.statements import speaker_at
    from mergekit.facts.topics import what_counts

    groups: dict[tuple[str, str], list[int]] = {}
    for i, (tid, _label, _plain, _q, negated, counted, _context, _superseded, _early) in enumerate(figures):
        if not negated:
            groups.setdefault((tid, counted), []).append(i)
    parts: set[int] = set()
    for ix in groups.values():
        if len(ix) < 2 or len({figures[i][3].value for i in ix}) < 2:
            continue
        verbs = [found[0].verb if (found := what_counts(figures[i][3], text)) else None for i in ix]
        if any(v is None or " " in v for v in verbs) or len(set(verbs)) != 1:
            continue
        found_ = attributions(text)  # read only for a sentence that gives a claim two counts
        if len({speaker_at(found_, figures[i][3].span[0], fallback=None) for i in ix}) > 1:
            continue  # "police said 12 were killed, but hospital officials said 15": a dispute
        verb = re.compile(rf"\b{re.escape(str(verbs[0]))}\b", re.IGNORECASE)
        first = min(figures[i][3].span[0] for i in ix)
        if len(verb.findall(text, first)) >= len(ix):  # a verb for each count: a list of parts
            parts.update(ix)
    return [f if i not in parts else f[:5] + (f"part {i} of {f[0]}",) + f[6:] for i, f in enumerate(figures)]


def _top_two(pairs: list[tuple[float, str]]) -> tuple[tuple[float, str], ...]:
    """The highest (low, key) and the highest of another key: enough to find, for any
    key, the highest low of a value from another sentence."""
    first = max(pairs, default=None)
    second = max((p for p in pairs if first and p[1] != first[1]), default=None)
    return tuple(p for p in (first, second) if p)


@dataclass(frozen=True, eq=False)
class _Later:
    """The highest counts later than a value (``_updated``), indexed once per cluster: per
    source, speaker and group (the group "*" holds every group, for a whole), the highest
    lows of two sentences; per group, the dated news lows by publication date with their
    running maximum from the end."""

    same: dict[tuple[str, str | None, str], tuple[tuple[float, str], ...]]
    dated: dict[str, tuple[list[dt.date], list[float]]]

    @classmethod
    def of(cls, values: Sequence[ClusterValue]) -> _Later:
        same: dict[tuple[str, str | None, str], list[tuple[float, str]]] = defaultdict(list)
        dated: dict[str, list[tuple[dt.date, float]]] = defaultdict(list)
        for w in values:
            if w.kind != "quantity" or w.unit:
                continue
            for group in {w.counted, "*"}:
                same[w.source, w.attributed_to, group].append((w.low, w.key))
                if w.role == "news" and w.published is not None:
                    dated[group].append((w.published, w.low))
        suffix: dict[str, tuple[list[dt.date], list[float]]] = {}
        for group, pairs in dated.items():
            pairs.sort()
            suffix[group] = ([d for d, _ in pairs], list(accumulate(reversed([low for _, low in pairs]), max))[::-1])
        return cls({k: _top_two(v) for k, v in same.items()}, suffix)

    def exceeds(self, v: ClusterValue, *, same_text: bool) -> bool:
        """Whether a later count of what ``v`` counts, or of a group of it when ``v`` counts
        the whole ("12 Orang Asli residents died" after "three deaths"), is higher: a later
        report's, or with ``same_text`` the same news text's in another sentence."""
        group = v.counted or "*"
        if same_text and v.role == "news" and any(
                low > v.high and key != v.key for low, key in self.same.get((v.source, v.attributed_to, group), ())):
            return True
        if v.published is None or group not in self.dated:
            return False
        days, highest = self.dated[group]
        i = bisect_right(days, v.published)
        return i < len(days) and highest[i] > v.high


def _updated(values: list[ClusterValue], *, event_less: bool) -> list[ClusterValue]:
    """An event's count that a later report exceeds was a count still rising: a lower
    bound (high = infinity), like "so far". Later is a news item published after it (both
    dated), or, for news, the same text and speaker giving a higher count in another
    sentence ("causing three deaths" in May, "12 ... died from the disease" since). Any
    tally is read so, not a toll alone: "two brands" affected on 12 September, "six brands"
    on the 15th; a count of a noun no event governs (``event_less``) only across reports of
    different days (one text's two counts of a noun may count two things). An article's
    sentence is dated by the reports it cites (``as_of``): the destination's "two brands"
    citing the report of the 12th is that day's count. A denial or a count of none is never
    an early count."""
    later = _Later.of(values)
    return [replace(v, high=float("inf"))
            if ((v.role == "news" or v.published is not None) and v.kind == "quantity" and not v.unit
                and v.value > 0 and not v.negated
                and v.high != float("inf") and later.exceeds(v, same_text=not event_less)) else v
            for v in values]


def _earlier(values: list[ClusterValue], rtol: float) -> list[ClusterValue]:
    """A news figure its report calls an earlier one ("an initial toll of 32", "Earlier it had
    reported 270 injured": ``revisions.early``) is superseded when the same report gives a
    later figure of the same group that disagrees with it: the report's own account of a
    revision. Alone, it stays as read (a count so far, ``scope.running``, where its words say
    "first reports")."""
    if not any(v.early for v in values):
        return values
    out = []
    for v in values:
        later = next((w for w in values if v.early and v.role == "news" and w.source == v.source
                      and w.superseded is None and not w.early and w.kind == v.kind == "quantity"
                      and w.counted == v.counted and not _agree(v, w, rtol)), None) if v.early else None
        out.append(replace(v, superseded=later.display) if later else v)
    return out


def _split_superseded(values: list[ClusterValue]) -> tuple[list[ClusterValue], tuple[ClusterValue, ...]]:
    """A cluster's values, and apart the figures their texts say were superseded
    (``ClusterValue.superseded``): no text's figure of the claim, so they neither agree with
    nor update nor disagree with any value."""
    return [v for v in values if v.superseded is None], tuple(v for v in values if v.superseded is not None)


# the nouns a toll's bodies go by ("bodies recovered"): counted so far while a toll rises
BODIES = frozenset({"bodies", "body", "corpses", "remains"})


def _event_start(statements: Sequence[Statement], dates: Sequence[Sequence[DateFact]]) -> dt.date | None:
    """The article's event date (``scope.event_start``): of the source article's first
    sentence that writes a date with its year."""
    from mergekit.facts.scope import event_start

    for st, ds in zip(statements, dates, strict=True):
        if st.role == "article" and any(d.year_written for d in ds):
            return event_start(st.text, ds)
    return None


def provisional_reports(statements: Sequence[Statement], *, casualties: bool = False) -> frozenset[str]:
    """The news reports that say their death toll is not final (``scope.provisional_toll``:
    "The death toll is likely to rise as more bodies are feared trapped inside"); with
    ``casualties``, their count of the injured (``scope.provisional_casualties``: "the
    number of casualties is expected to rise")."""
    from mergekit.facts.scope import provisional_casualties, provisional_toll

    says = provisional_casualties if casualties else provisional_toll
    found: set[str] = set()
    read: dict[str, bool] = {}  # each distinct text once: a merge's news copies repeat most sentences
    for st in statements:
        if st.role == "news" and st.source not in found:  # a report found says no more by another sentence
            said = read.get(st.text)
            if said is None:
                said = read[st.text] = says(st.text)
            if said:
                found.add(st.source)
    return frozenset(found)


def counts_casualties(event: str | None, noun: str) -> bool:
    """Whether a count of ``event`` (a topic id or a count's event) whose noun is ``noun``
    counts casualties: the dead, the injured (presumed or not), bodies. The clusters ask it
    of a topic, ``plan.aligned`` of a count."""
    from mergekit.facts.grammar import words

    return event in words()["event_labels"] or noun.lower() in BODIES


def _casualty(tid: str, plain: str) -> bool:
    """``counts_casualties`` of a topic: its id, the first word of its plain label."""
    return counts_casualties(tid, plain.split(" ", 1)[0])


def _not_final(tid: str, plain: str, values: list[ClusterValue], dead: Sequence[ClusterValue],
               provisional: frozenset[str], casualties: frozenset[str]) -> list[ClusterValue]:
    """A cluster's values with the counts that reports call not final as counts so far: of
    the dead and of bodies (``_so_far``), of the injured where the wording covers them
    (``_injured_so_far``)."""
    if tid == "dead" or plain.split(" ", 1)[0] in BODIES:
        return _so_far(values, provisional)
    if tid == "injured" and (provisional or casualties):
        return _injured_so_far(values, dead, provisional, casualties)
    return values


def _injured_so_far(injured: list[ClusterValue], dead: Sequence[ClusterValue], provisional: frozenset[str],
                    covering: frozenset[str]) -> list[ClusterValue]:
    """The counts of the injured that a report's "not final" wording covers are counts so far
    (``_so_far``): those of a report whose forecast names the injured (``covering``: "the
    number of casualties is expected to rise"), and those told in one sentence with the count
    of the dead of a report whose toll is not final (``provisional``), one tally of the hour
    ("At least 156 people were killed and 151 others injured", in a report saying "The death
    toll could rise further"). Any other count of the injured stays as it is."""
    told = {(v.source, v.quote) for v in dead if v.role == "news" and v.source in provisional}
    return [_so_far([v], frozenset({v.source}))[0] if v.source in covering or (v.source, v.quote) in told else v
            for v in injured]


def _so_far(values: list[ClusterValue], provisional: frozenset[str]) -> list[ClusterValue]:
    """The counts of the dead, or of bodies, that a report saying its toll is not final gives
    are counts so far: lower bounds (high = infinity), like "so far" in their own sentence.
    An article sentence is never one: the article tells the toll as it stands. Nor is a
    count of another year than the report's ("The death toll of 113 equals the number in the
    worst such jade mining accident, in November 2015", in a report of 2020): an earlier
    event's toll, final."""
    if not provisional:
        return values
    return [replace(v, high=float("inf")) if (v.role == "news" and v.source in provisional and v.kind == "quantity"
                                              and not v.unit and v.value > 0 and not v.negated
                                              and _of_the_reports_time(v)) else v
            for v in values]


def _of_the_reports_time(v: ClusterValue) -> bool:
    """Whether a news value's sentence is about the time of its report: it names no year, or
    the report's year or the one before (a report undated: no year named)."""
    if not v.years:
        return True
    return v.published is not None and bool({v.published.year, v.published.year - 1} & v.years)


def _bound_elsewhere(values: list[ClusterValue]) -> list[ClusterValue]:
    """A report's exact count that the same report gives as a bound in another sentence is
    that bound ("274 had died" where the report also says "at least 274 miners died"): the
    report itself says the count may be higher. Only news: the article's wording is its own;
    and only where both sentences name the same years, or none: "The death toll of 113
    equals the number in the worst such jade mining accident, in November 2015" is another
    event's count than "has killed at least 113"."""
    from mergekit.facts.scope import years_named

    bounds: dict[tuple[str, float, frozenset[int]], float] = {}
    for v in values:
        if v.role == "news" and v.kind == "quantity" and not v.unit and v.high > v.value and v.low == v.value:
            key = (v.source, v.value, years_named(v.quote))
            bounds[key] = max(bounds.get(key, v.high), v.high)
    if not bounds:
        return values
    out = []
    for v in values:
        exact = v.role == "news" and v.kind == "quantity" and not v.unit and not v.negated and v.low == v.high
        high = bounds.get((v.source, v.value, years_named(v.quote))) if exact else None
        out.append(v if high is None else replace(v, high=high))
    return out


# the dates of one event that are this many disjoint intervals are several occurrences
_RECURRING = 3


def _occurrences(values: Sequence[ClusterValue]) -> int:
    """How many disjoint occurrences the dates of a cluster name at least: the intervals
    sorted by start, a new occurrence wherever one starts after all before it end."""
    count, end = 0, float("-inf")
    for v in sorted(values, key=lambda v: v.low):
        if v.low > end:
            count += 1
            end = v.high
        else:
            end = max(end, v.high)
    return count


# between a noun told as another of its kind and its date: a few words, no clause break
# ("another major national outage a year prior in April 2021")
_NEAR_NOUN = re.compile(r"(?:\s+[\w’'-]+){0,6}?\s*")


# what ends the clause of an article's date: a semicolon, a sentence end, or a contrast
# ("commenced operations ... in 2022, but ceased operations ... on 28 January 2023")
_CONTRAST = re.compile(r";|\.\s|,\s+(?:but|while|whereas|although|though|yet)\b")


def _other_occurrences(statements: Sequence[Statement],
                       dates: Sequence[Sequence[DateFact]]) -> list[tuple[frozenset[str], float, float, bool]]:
    """The occurrences the texts tell of apart, with their dates, as ordinals, and whether
    the article tells of it: each noun of ``scope.other_occurrences`` with the dates just
    after it in its clause (``_NEAR_NOUN``); and each date of an article sentence with the
    nouns its event verbs take (``topics.event_objects``: "On 5 March 2020, this first
    airline named Flybe filed for administration")."""
    from mergekit.facts.scope import other_occurrences
    from mergekit.facts.topics import event_objects

    out: list[tuple[frozenset[str], float, float, bool]] = []
    for st, ds in zip(statements, dates, strict=True):
        spans = [(d.span, float(d.low.toordinal()), float(d.high.toordinal())) for d in ds
                 if d.low is not None and d.high is not None and d.precision != "decade"]
        for noun, end in other_occurrences(st.text) if spans else ():
            out.extend((frozenset({noun}), low, high, False) for span, low, high in spans
                       if span[0] >= end and _NEAR_NOUN.fullmatch(st.text, end, span[0]))
        if st.role == "article":  # the nouns of the date's own clause ("..., but ceased ...")
            out.extend((nouns, low, high, True) for span, low, high in spans
                       if (nouns := event_objects(clause_around(st.text, span, _CONTRAST))))
    return out


def _apart(values: list[ClusterValue],
           others: Sequence[tuple[frozenset[str], float, float, bool]]) -> list[ClusterValue]:
    """A cluster's dates without those of an occurrence a text tells of apart: a date
    within it, in a sentence that names its noun, is that occurrence's, not a date of the
    event the other values date. An occurrence is one a text tells of as another of its
    kind ("This followed another major national outage a year prior in April 2021" keeps
    "In April 2021, Rogers experienced a country-wide outage" apart), dropped only when
    some value of the cluster lies outside it; or one the article itself dates while it
    dates the cluster's event outside it (by its own account two occurrences: "filed for
    administration" on 5 March 2020 and "entered administration on 28 January 2023" keep
    "The carrier entered administration in March 2020" apart). The article's own values
    are never dropped for its own account."""
    from mergekit.facts.grammar import stem

    drop = set()
    for nouns, low, high, own in others:
        if not any((v.role == "article" or not own) and (v.high < low or v.low > high) for v in values):
            continue  # nothing of the cluster is outside it: nothing to keep apart
        for i, v in enumerate(values):
            if (v.low <= high and low <= v.high and not (own and v.role == "article")
                    and nouns & {stem(w.lower()) for w in re.findall(r"[A-Za-z]+", v.quote)}):
                drop.add(i)
    return [v for i, v in enumerate(values) if i not in drop]


def _common_where(wheres: set[str]) -> str:
    """The destination every one of ``wheres`` (" to hospital", " to Salisbury Hospital")
    says: one of them that is a bare preposition and head noun, when all name that head after
    that preposition; else "" (" into custody" says nothing of hospital)."""
    heads = {(w.split()[0].lower(), w.split()[-1].lower()) if w else None for w in wheres}
    bare = sorted(w for w in wheres if len(w.split()) == 2)
    return bare[0] if len(heads) == 1 and None not in heads and bare else ""


def _join_unzoned(groups: dict[str, tuple[str, list[ClusterValue]]]) -> None:
    """A time of day that names no zone joins the cluster of the same event's time in a
    named zone ("sent at 8:07 a.m." and "sent at 8:08 a.m. local time") when no change of
    zone can account for the two being apart: zones differ by whole quarter hours, so
    "8:07" can be no "8:08" of another zone, while "3:07" may be "8:07 local time" told in
    the reader's zone and is left out, as is a time that may be either. A time that meets
    every one of the zone's times as written joins too (it agrees). The zoneless time
    stays in its own cluster as well."""
    from mergekit.facts.times import another_zone_may_meet

    for tid in [t for t in groups if t.startswith("time-") and "@" in t]:
        bare = groups.get(tid.split("@", 1)[0])
        if bare is None:
            continue
        zoned = list(groups[tid][1])
        for v in bare[1]:
            if all(v.low <= w.high and w.low <= v.high or not another_zone_may_meet((v.low, v.high), (w.low, w.high))
                   for w in zoned):
                groups[tid][1].append(v)


def build_clusters(statements: Sequence[Statement], *, rtol: float = 0.05,
                   min_statements: int = 2, title: str = "",
                   headlines: Mapping[str, str] | None = None) -> tuple[Cluster, ...]:
    """Group the figures and dates of ``statements`` into claim clusters.

    A cluster is reported when values come from at least ``min_statements`` sentences;
    it conflicts when some pair of its values cannot both hold (see ``TOLERANCE``). A
    duration of the merge's own event (``merge_event``: ``title`` is the article's,
    ``headlines`` each news text's) joins ``duration-event-<unit>`` whatever noun its text
    names the event by.
    """
    from mergekit.facts.memo import extract_dates  # each sentence read once
    from mergekit.facts.merge_event import event_duration
    from mergekit.facts.scope import dated_before
    from mergekit.facts.statements import speakers_in_context

    groups: dict[str, tuple[str, list[ClusterValue]]] = {}
    wheres: dict[str, set[str]] = {}  # each topic's destinations as its values' texts give them
    plain: dict[str, str] = {}  # each topic's first label without its verb's destination
    context = speakers_in_context(statements)
    dates = [extract_dates(st.text, published=st.published) for st in statements]  # read once (remembered)
    denied = _denied_verbs(statements)
    event = _event_start(statements, dates)
    renamed = _renamings(statements)
    for st, ds, speaker, years in zip(statements, dates, context, _years(statements, dates), strict=True):
        before = st.role == "target" and dated_before(st.text, ds, event)
        for tid, label, bare, value in _values(st, speaker, years, denied):
            if value.subject and renamed:
                value = replace(value, subject=_also_named(value.subject, renamed))
            if before and value.kind == "quantity":
                continue  # "In January 2016, 12 people died in a fire ..." of a fire of August 2016: another
            if tid.startswith("duration-"):
                tid, label = event_duration(st, tid, label, value.display, title, headlines or {})
                bare = label
            groups.setdefault(tid, (label, []))[1].append(value)
            wheres.setdefault(tid, set()).add(label.removeprefix(bare))
            plain.setdefault(tid, bare)
    _join_unzoned(groups)
    others = _other_occurrences(statements, dates)
    provisional = provisional_reports(statements)
    casualties = provisional_reports(statements, casualties=True)
    clusters = []
    for tid in sorted(groups):
        label, values = groups[tid]
        if len(wheres[tid]) > 1:  # "people taken to hospital" only when every value's text says where
            label = plain[tid] + _common_where(wheres[tid])
        if tid.startswith("date-") and others:
            values = _apart(values, others)
        if tid.startswith("age-"):
            values = _dated_ages(values)
        if tid.startswith("time-"):
            values = _twelve_hour(values)
        if len({(v.source, v.key, v.quote) for v in values}) < min_statements:
            continue
        values, superseded = _split_superseded(_earlier(values, rtol))
        if tid.startswith("polar-") and len({v.negated for v in values}) < 2:
            continue  # a predicate every text affirms (or every text denies): nothing to compare
        event_less = tid.startswith("count-")  # a count of a noun, no event governs it
        read = values
        values = _not_final(tid, plain[tid], values, groups.get("dead", ("", []))[1], provisional, casualties)
        values = _updated(_bound_elsewhere(values), event_less=event_less)
        occurrences = _occurrences(values) if tid.startswith("date-") else 1
        if occurrences >= _RECURRING:  # an eruption in 1830, 1979, 1996 and 2023: each text's its own
            clusters.append(Cluster(tid, label, tuple(values), False,
                                    f"the event recurs: {occurrences} dates far apart; tolerance: {TOLERANCE}",
                                    superseded=superseded))
            continue
        tolerance = TIME_TOLERANCE if tid.startswith("time-") else TOLERANCE
        disagreement = Disagreement.of(values, rtol, event_less=event_less)
        widest = disagreement.widest()
        if widest:
            a, b = values[widest[0]], values[widest[1]]
            bad = sum(disagreement.count(i) for i in range(len(values))) // 2
            reason = (f"{bad} of {len(values) * (len(values) - 1) // 2} value pairs disagree; e.g. "
                      f"'{a.display}' ({_who(a)}) = {_fmt_interval(a, rtol)} vs '{b.display}' ({_who(b)}) = "
                      f"{_fmt_interval(b, rtol)}; tolerance: {tolerance}")
        else:
            reason = f"all {len(values)} values overlap{_widened(read, values, rtol, event_less)}; tolerance: {tolerance}"
        clusters.append(Cluster(tid, label, tuple(values), widest is not None, reason, disagreement, superseded))
    return tuple(clusters)

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

Which values disagree is answered per value (``Disagreement``: the intervals sorted once,
each answer found by bisection), so a cluster costs its values, not their pairs, even
when most of them disagree; the reason counts the disagreeing pairs without listing them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Container, Sequence
from bisect import bisect_left, bisect_right
from itertools import accumulate
from dataclasses import dataclass, field, replace

from .attribution import attributions
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
    disagreement: Disagreement | None = field(default=None, repr=False, compare=False)  # which values disagree

    @property
    def pairs(self) -> tuple[tuple[int, int], ...]:
        """Indices into ``values`` of every pair that disagrees (costs the pairs: prefer
        ``disagreement.against``)."""
        return self.disagreement.pairs() if self.disagreement else ()

    def to_dict(self, *, max_values: int | None = None, shown: Container[tuple[str, str]] = ()) -> dict:
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


@dataclass(frozen=True, eq=False)
class Disagreement:
    """Which values of one cluster disagree (the rule of ``_agree``), answered per value
    without listing the pairs. The intervals are sorted once per dimension and group; the
    values that disagree with one value are runs of those orders, found by bisection:
    of its own group, those that start after it ends and those that end before it starts;
    for a group's value, the wholes that end below it; for the whole's, the group values
    (of any group) that start above it; and every value of another dimension.

    ``count(i)`` costs a few bisections and ``against(i)`` its answer, so a cluster whose
    values mostly disagree costs its values, not their pairs.
    """

    iv: tuple[tuple[float, float, str], ...]  # each value's comparable interval and dimension
    counted: tuple[str, ...]  # each value's group ("" for the whole)
    # name -> (indices in order, the sort keys, the lows' running min, the lows' running max);
    # names: ("low"|"high", dim, group), ("wholes", dim) by high, ("groups", dim) by low
    orders: dict = field(repr=False)
    dims: dict = field(repr=False)  # dim -> (its indices ascending, min low, max low)

    @classmethod
    def of(cls, values: Sequence[ClusterValue], rtol: float) -> Disagreement:
        iv = tuple(v.interval(rtol=rtol) for v in values)
        counted = tuple(v.counted for v in values)
        members: dict[tuple[str, str], list[int]] = {}
        by_dim: dict[str, list[int]] = {}
        for i, (_, _, dim) in enumerate(iv):
            members.setdefault((dim, counted[i]), []).append(i)
            by_dim.setdefault(dim, []).append(i)

        def ordered(idx: list[int], end: int) -> tuple:
            order = sorted(idx, key=lambda i: iv[i][end])
            lows = [iv[i][0] for i in order]
            return (tuple(order), tuple(iv[i][end] for i in order),
                    tuple(accumulate(lows, min)), tuple(accumulate(lows, max)))

        orders: dict = {}
        for (dim, group), idx in members.items():
            orders["low", dim, group] = ordered(idx, 0)
            orders["high", dim, group] = ordered(idx, 1)
        for dim, idx in by_dim.items():
            orders["wholes", dim] = ordered(members.get((dim, ""), []), 1)
            orders["groups", dim] = ordered([i for i in idx if counted[i]], 0)
        dims = {d: (tuple(idx), min(iv[i][0] for i in idx), max(iv[i][0] for i in idx)) for d, idx in by_dim.items()}
        return cls(iv, counted, orders, dims)

    def _runs(self, i: int) -> list[tuple[tuple, int, int]]:
        """(order, start, stop): the runs of the sorted orders that hold the values ``i``
        disagrees with; each such value is in exactly one run."""
        lo, hi, dim = self.iv[i]
        group = self.counted[i]
        after = self.orders["low", dim, group]
        before = self.orders["high", dim, group]
        runs = [(after, bisect_right(after[1], hi), len(after[0])), (before, 0, bisect_left(before[1], lo))]
        if group:
            wholes = self.orders["wholes", dim]
            runs.append((wholes, 0, bisect_left(wholes[1], lo)))
        else:
            groups = self.orders["groups", dim]
            runs.append((groups, bisect_right(groups[1], hi), len(groups[0])))
        return [r for r in runs if r[1] < r[2]]

    def count(self, i: int) -> int:
        """How many values disagree with value ``i``."""
        dim = self.iv[i][2]
        return (sum(stop - start for _, start, stop in self._runs(i))
                + sum(len(idx) for d, (idx, _, _) in self.dims.items() if d != dim))

    def against(self, i: int) -> list[int]:
        """The indices of the values that disagree with value ``i``, ascending."""
        dim = self.iv[i][2]
        found = [j for order, start, stop in self._runs(i) for j in order[0][start:stop]]
        found += [j for d, (idx, _, _) in self.dims.items() if d != dim for j in idx]
        return sorted(found)

    def _spread(self, i: int) -> float | None:
        """The largest distance between value ``i``'s low and the low of a value that
        disagrees with it (None when none does)."""
        lo, _, dim = self.iv[i]
        ends = []
        for (_, keys, mins, maxs), start, stop in self._runs(i):
            if start == 0:  # a prefix: the running extremes
                ends += [mins[stop - 1], maxs[stop - 1]]
            else:  # a suffix of an order by low: its ends
                ends += [keys[start], keys[stop - 1]]
        ends += [x for d, (_, low, high) in self.dims.items() if d != dim for x in (low, high)]
        return max(abs(lo - x) for x in ends) if ends else None

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
    """The pairs ``(i, j)``, ``i < j``, that ``_agree`` rejects, in lexicographic order."""
    return Disagreement.of(values, rtol).pairs()


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


def _values(st: Statement, context_speaker: str | None) -> list[tuple[str, str, ClusterValue]]:
    found = attributions(st.text)
    out = []
    base = dict(source=st.source, role=st.role, key=st.key, quote=st.text)
    for q in extract_quantities(st.text):
        topic = quantity_topic(q, st.text)
        if topic is None:
            continue
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
                             counted=topic.counted, **base)
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
    for st, speaker in zip(statements, context, strict=True):
        for tid, label, value in _values(st, speaker):
            groups.setdefault(tid, (label, []))[1].append(value)
    clusters = []
    for tid in sorted(groups):
        label, values = groups[tid]
        if len({(v.source, v.key, v.quote) for v in values}) < min_statements:
            continue
        disagreement = Disagreement.of(values, rtol)
        widest = disagreement.widest()
        if widest:
            a, b = values[widest[0]], values[widest[1]]
            bad = sum(disagreement.count(i) for i in range(len(values))) // 2
            reason = (f"{bad} of {len(values) * (len(values) - 1) // 2} value pairs disagree; e.g. "
                      f"'{a.display}' ({_who(a)}) = {_fmt_interval(a, rtol)} vs '{b.display}' ({_who(b)}) = "
                      f"{_fmt_interval(b, rtol)}; tolerance: {TOLERANCE}")
        else:
            reason = f"all {len(values)} values overlap; tolerance: {TOLERANCE}"
        clusters.append(Cluster(tid, label, tuple(values), widest is not None, reason, disagreement))
    return tuple(clusters)

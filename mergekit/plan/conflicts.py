"""Conflicts between the source article and the other inputs, from claim clusters.

The facts package groups every input's figures into clusters (injured, dead, distance,
...); here a conflicting cluster becomes, for each article sentence whose value it holds,
a conflict with the destination and/or with news (with the quotes as evidence and the
figures as data), plus at most one generated attribution sentence per conflicting cluster
(``notes.py``). A quotation the article gives to another speaker than its source does is
corrected in the draft text, naming the speaker as the source writes it.

Beyond figures, a news sentence can say an article sentence's event went otherwise
(``_told_otherwise``): a plan stated as to come that the news says was missed
(``unkept.py``), an occurrence dated after the one the news calls the last of its kind
(``last_time.py``), a place given the opposite word ("inside"/"outside": ``opposite_place.py``),
a named image put on the other side of a coin ("reverse"/"obverse": ``opposite_side.py``),
a person of the same surname and age, or of the same role and given names, named otherwise
(``renamed.py``, for the destination's sentences too), a local time converted to another time
in UTC (``utc_time.py``), an event's time of day given another, in the same zone (``time_of_day.py``), "all were X" where the news says "most were X" (``all_most.py``) and a
coded thing given a code one digit apart ("signal SY31" against "signal SY21": ``other_code.py``) and an act
given a doer of another kind ("shot by a police officer" against "by a security guard": ``other_agent.py``,
for the destination's sentences too). Each is
a contradicted finding quoting the news sentence.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import accumulate

from mergekit.align import Match, Passage, PassageIndex
from mergekit.facts import Statement, build_clusters, find_misattributions
from mergekit.facts.clusters import Cluster, ClusterValue, Disagreement, provisional_reports
from mergekit.facts.merge_event import headline
from mergekit.facts.misattribution import Misattribution
from mergekit.facts.scope import most_named_years, years_named
from mergekit.isodate import iso_day
from mergekit.load.inputs import MergeInputs
from mergekit.model import Reference
from mergekit.plan.aligned import FigureConflict, figure_conflicts
from mergekit.plan.all_most import not_all
from mergekit.plan.last_time import after_the_last
from mergekit.plan.model import Evidence, Note, PlanSettings, Rule, Said, Stance, sentence_key, target_key
from mergekit.plan.notes import Side, as_written, conflict_sentence, speaker_phrase
from mergekit.plan.opposite_place import opposite_places
from mergekit.plan.opposite_side import opposite_sides
from mergekit.plan.other_agent import other_agents
from mergekit.plan.other_code import other_codes
from mergekit.plan.renamed import renamed, renamed_in_role
from mergekit.plan.time_of_day import other_time
from mergekit.plan.told import Told
from mergekit.plan.unkept import unkept_plans_against
from mergekit.plan.utc_time import other_utc

__all__ = ["Conflict", "Conflicts", "find_conflicts", "statements"]


@dataclass(frozen=True)
class Conflict:
    """One disagreement bearing on one article sentence: the rule, its facts, the quotes."""

    evidence: tuple[Evidence, ...]
    rule: Rule  # FIGURES_DIFFER, ALIGNED_FIGURE, MISATTRIBUTED, or a reading of ``_told_otherwise``
    topic: str = ""
    said: tuple[Said, ...] = ()  # the sentence's own first, then the other inputs'
    attributed: bool = False  # the sentence itself names who gives its figure
    agreeing: tuple[Said, ...] = ()  # news values of the cluster that give the sentence's figure


@dataclass(frozen=True)
class Conflicts:
    """Per article sentence key: conflicts, corrected text and generated attribution sentences."""

    clusters: tuple[Cluster, ...] = ()
    with_target: dict[str, tuple[Conflict, ...]] = field(default_factory=dict)
    with_news: dict[str, tuple[Conflict, ...]] = field(default_factory=dict)
    corrected_text: dict[str, str] = field(default_factory=dict)
    notes: dict[str, tuple[Note, ...]] = field(default_factory=dict)  # generated attribution sentences
    contradicting: dict[str, frozenset[str]] = field(default_factory=dict)  # key -> sources whose aligned figures disagree
    target_with_news: dict[str, tuple[Conflict, ...]] = field(default_factory=dict)  # "tNN" -> the destination vs news



def _dated(references: Sequence[Reference]) -> dict[str, dt.date | None]:
    """Each reference's day by key, read once per article (not once per sentence: a source
    of thousands of references read them all for each of its thousands of sentences)."""
    return {r.key: iso_day(r.date) for r in references}


def _as_of(refs: Sequence[str], dated: dict[str, dt.date | None]) -> dt.date | None:
    """The day an article sentence's figures were current: the latest date of the
    references it cites (``dated``: ``_dated`` of the article's references), when it cites
    some and each gives a date (the editor's cite date)."""
    found = [dated.get(key) for key in refs]
    known = [d for d in found if d is not None]
    return max(known) if known and len(known) == len(found) else None


def statements(inputs: MergeInputs) -> list[Statement]:
    """Every sentence of every input as a ``Statement`` (article keys match the planner's);
    an article's sentence is dated by the references it cites (``Statement.as_of``) and knows
    its paragraph (``Statement.paragraph``: an undated sentence takes its paragraph's year)."""
    source_dated, target_dated = _dated(inputs.source.references), _dated(inputs.target.references)
    out = [
        Statement(source=inputs.source.label, role="article", text=s.text, key=sentence_key(i),
                  as_of=_as_of(s.refs, source_dated), paragraph=paragraph)
        for i, (paragraph, s) in enumerate(inputs.source.paragraphed(), start=1)
    ]
    out += [
        Statement(source=inputs.target.label, role="target", text=s.text, key=target_key(i),
                  as_of=_as_of(s.refs, target_dated), paragraph=paragraph)
        for i, (paragraph, s) in enumerate(inputs.target.paragraphed(), start=1)
    ]
    for item in inputs.news:
        published = iso_day(item.date)
        out += [
            Statement(source=item.label, role="news", text=text, key=f"{item.label}#{i:03d}", published=published)
            for i, text in enumerate(item.sentences, start=1)
        ]
    return out


def _describe(value: ClusterValue) -> str:
    if value.display:
        return value.display
    amount = f"{value.value:g}" + (f" {value.unit}" if value.unit else "")
    return ("about " if value.approx else "") + amount


def _said(value: ClusterValue) -> Said:
    """The figure as written and its speaker as the quote names it ("the MEK")."""
    return Said(value.source, _describe(value), value.attributed_to and as_written(value.attributed_to, value.quote))


def _said_once(values: Sequence[ClusterValue]) -> Callable[[int], Said]:
    """``_said`` of each of ``values`` by index, read once per value: a cluster's conflicts
    quote the same values again and again."""
    saids: dict[int, Said] = {}

    def said(j: int) -> Said:
        if j not in saids:
            saids[j] = _said(values[j])
        return saids[j]

    return said


def _side(value: ClusterValue, outlet: str | None) -> Side:
    return Side(figure=value.display or "", zero=value.value == 0 and value.unit is None,
                quote=value.quote, speaker=value.attributed_to, outlet=outlet)


def _mine_side(inputs: MergeInputs, value: ClusterValue,
               sentence_refs: dict[str, tuple[str, ...]]) -> tuple[Side, str | None]:
    """The article's figure: given to the speaker its sentence names; without one, to a
    cited news item whose own text gives the same figure as written (else to nobody); with
    the label of that news item, or None."""
    side = _side(value, None)
    if value.attributed_to or not value.display:
        return side, None
    for key in sentence_refs.get(value.key, ()):
        item = next((n for n in inputs.news if n.label == inputs.cited.get(key)), None)
        quote = next((t for t in (item.sentences if item else ()) if value.display.lower() in t.lower()), None)
        if item and item.work and quote:
            return Side(value.display, False, quote, None, item.work), item.label
    return side, None


def _note(inputs: MergeInputs, works: dict[str, str], cluster: Cluster, mine: ClusterValue,
          others: Sequence[ClusterValue],
          sentence_refs: dict[str, tuple[str, ...]]) -> Note | None:
    """The one generated sentence for a conflict: the first other figure it can name cleanly.
    None against a figure of the very source (or outlet) the sentence's own figure is given to
    ("Work n reported five, while Work n reported 19"): one report giving two figures is no
    dispute between sources to tell the reader, only a finding for the editor."""
    if mine.kind != "quantity":
        return None
    own, own_label = _mine_side(inputs, mine, sentence_refs)
    for other in others:
        outlet = works.get(other.source)
        if other.source == own_label or (own.outlet is not None and outlet == own.outlet):
            continue
        text = conflict_sentence(cluster.topic, own, _side(other, outlet))
        if text:
            return Note(text, (other.source,), cluster.topic)
    return None


@dataclass(frozen=True)
class _Alike:
    """The values of a cluster written alike (one ``Disagreement.written``), sorted by the
    low of their interval, with the running maximum of their highs: the values whose
    intervals meet another's are found by bisection and a short walk back (``meeting``),
    not by comparing it with every value written alike."""

    order: tuple[int, ...]  # value indices, by low
    lows: tuple[float, ...]
    highs: tuple[float, ...]
    reach: tuple[float, ...]  # reach[k]: the highest high among order[: k + 1]

    @classmethod
    def of(cls, indices: Sequence[int], iv: Sequence[tuple[float, float, str]]) -> _Alike:
        order = sorted(indices, key=lambda j: iv[j][0])
        highs = tuple(iv[j][1] for j in order)
        return cls(tuple(order), tuple(iv[j][0] for j in order), highs, tuple(accumulate(highs, max)))

    def meeting(self, low: float, high: float) -> list[int]:
        """The indices of the values whose intervals meet [``low``, ``high``], ascending."""
        found = []
        k = bisect_right(self.lows, high) - 1  # the last that starts no later than ``high`` ends
        while k >= 0 and self.reach[k] >= low:  # none at or before k ends at or after ``low``: stop
            if self.highs[k] >= low:
                found.append(self.order[k])
            k -= 1
        return sorted(found)


def _same(disagreement: Disagreement, index: int, alike: dict[tuple[str, str, bool], _Alike]) -> list[int]:
    """The values of a cluster that give value ``index``'s figure by the cluster's own
    tolerance (``Disagreement.same``), in cluster order: read once for ``_agreeing`` and
    ``_giving``. Only values written alike whose intervals meet its own can (``alike``:
    ``_written_alike``)."""
    written = disagreement.written[index]
    if written is None or written not in alike:
        return []
    low, high, _ = disagreement.figures[index]
    return [j for j in alike[written].meeting(low, high) if disagreement.same(index, j)]


def _written_alike(disagreement: Disagreement) -> dict[tuple[str, str, bool], _Alike]:
    """A cluster's values by how each is written (``Disagreement.written``), sorted by
    interval: ``Disagreement.same`` holds only between values written alike whose
    intervals meet, so each value is compared with those, not with the whole cluster."""
    alike: dict[tuple[str, str, bool], list[int]] = defaultdict(list)
    for j, written in enumerate(disagreement.written):
        if written is not None:
            alike[written].append(j)
    return {written: _Alike.of(indices, disagreement.figures) for written, indices in alike.items()}


def _agreeing(disagreement: Disagreement, same: Sequence[int], said: Callable[[int], Said]) -> tuple[Said, ...]:
    """The news values among ``same`` (``_same``), each figure and speaker once, in cluster
    order (``said``: value index -> its ``_said``, read once per value)."""
    return tuple(dict.fromkeys(said(j) for j in same if disagreement.values[j].role == "news"))


def _giving(disagreement: Disagreement, same: Sequence[int]) -> frozenset[tuple[str, str | None]]:
    """The inputs, with the speaker they give it to, that give a value's own figure (``same``:
    the values ``_same`` found for it). Another value the same input gives to the same speaker is no
    evidence against it on this claim: one text giving both tells two scopes (two
    occurrences, two times) that the reader did not separate ("no casualties" this year,
    "51 dead" last year), and a text does not contradict itself. Given to another speaker
    ("the Mujahedin claim a victim", "the Ministry denies") it reports a dispute, and is
    kept. A bound or an early count gives no figure, so a text that revised its count ("10
    dead ... the toll had risen to 12") still contradicts a sentence giving 10."""
    return frozenset((v.source, v.attributed_to) for v in (disagreement.values[j] for j in same))


def _told_as_claims(cluster: Cluster) -> dict[int, frozenset[str]]:
    """For each value of the cluster, the article sentences that give its figure as some
    party's claim: an article value with a speaker ("the Associated Press reported 2,411
    dead", "The government of Saudi Arabia officially reported ... 769 deaths") of the same
    group whose interval it meets and does not disagree with ("at least 1,264" with 2,411).
    Such a figure is no news against the article's other sentences: the article already
    tells it, and whose it is, beside them (a dispute it reports, not one it misses)."""
    # Every article sentence counts, also one the draft will not carry (left out as already in
    # the destination, or dropped by a review decision): which ones it carries is not known
    # here (the planner decides it from these conflicts, and decisions apply to the finished
    # plan). A dropped teller leaves the dispute told nowhere in the draft; on the 70 tuning
    # cases this holds back no finding at all (fix-rv7), so it is left as it is.
    disagreement = cluster.disagreement
    assert disagreement is not None
    values, iv = cluster.values, disagreement.iv
    tellers = [a for a, value in enumerate(values) if value.role == "article" and value.attributed_to]
    if not tellers:
        return {}
    # the same group's figure, or a bound it meets: not "36 other camp residents injured" for
    # "over 100" injured (a part, which does not disagree either); each teller asks only the
    # values of its group and dimension whose intervals meet its own (``_Alike``), not every value
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for j, other in enumerate(values):
        if other.role != "article":
            groups[other.counted, iv[j][2]].append(j)
    alike = {group: _Alike.of(ix, iv) for group, ix in groups.items()}
    told: dict[int, set[str]] = defaultdict(set)
    for a in tellers:
        alo, ahi, dim = iv[a]
        group = alike.get((values[a].counted, dim))
        if group is None:
            continue
        against = set(disagreement.against(a))
        for j in group.meeting(alo, ahi):
            if j not in against:
                told[j].add(values[a].key)
    return {j: frozenset(keys) for j, keys in told.items()}


_Buckets = dict[str, list[Conflict]]


def _against_roles(role: str, present: set[str], with_target: _Buckets, with_news: _Buckets,
                   target_with_news: _Buckets) -> tuple[tuple[str, _Buckets], ...]:
    """The roles a value of ``role`` is compared with, each with the bucket its conflicts go
    to: an article's with the destination's and the news', the destination's with the news';
    only those of ``present``, the roles the cluster holds a value of. A role it holds none
    of can give no conflict, and is not asked (a source of thousands of sentences giving one
    topic's figure read every other value's role for each)."""
    pairs: tuple[tuple[str, _Buckets], ...] = ()
    if role == "article":
        pairs = (("target", with_target), ("news", with_news))
    elif role == "target":
        pairs = (("news", target_with_news),)
    return tuple(pair for pair in pairs if pair[0] in present)


def find_conflicts(inputs: MergeInputs, settings: PlanSettings = PlanSettings()) -> Conflicts:
    """Clusters over all inputs, and what their conflicts mean for each article sentence."""
    every = statements(inputs)
    clusters = build_clusters(every, title=inputs.source.title or "",
                              headlines={n.label: headline(n.title, n.url) for n in inputs.news})
    works = {item.label: item.work for item in inputs.news if item.work}
    sentence_refs = {sentence_key(i): s.refs for i, (_, s) in enumerate(inputs.source.sentences(), start=1)}
    with_target: dict[str, list[Conflict]] = defaultdict(list)
    with_news: dict[str, list[Conflict]] = defaultdict(list)
    target_with_news: dict[str, list[Conflict]] = defaultdict(list)  # the destination's own sentences
    notes: dict[str, list[Note]] = defaultdict(list)
    noted: set[str] = set()  # clusters with a generated sentence: at most one per conflict
    for cluster in clusters:
        if not cluster.conflict or cluster.disagreement is None:
            continue
        # One Evidence and one Said per value, shared by every conflict that quotes it.
        quoted: dict[int, tuple[Evidence, Said]] = {}
        said = _said_once(cluster.values)
        alike = _written_alike(cluster.disagreement)
        told = _told_as_claims(cluster)
        roles = [v.role for v in cluster.values]
        present = set(roles)
        for index, mine in enumerate(cluster.values):
            against_roles = _against_roles(mine.role, present, with_target, with_news, target_with_news)
            if not against_roles:
                continue
            against = cluster.disagreement.against(index)
            same = _same(cluster.disagreement, index, alike)
            agreeing = _agreeing(cluster.disagreement, same, said)
            told_both = _giving(cluster.disagreement, same)
            for role, bucket in against_roles:
                indices = [j for j in against if roles[j] == role
                           and (cluster.values[j].source, cluster.values[j].attributed_to) not in told_both
                           and not told.get(j, frozenset()) - {mine.key}]
                if not indices:
                    continue
                for j in indices:
                    if j not in quoted:
                        v = cluster.values[j]
                        quoted[j] = (Evidence(v.source, v.quote, 1.0, Stance.CONTRADICTS), said(j))
                others = [cluster.values[j] for j in indices]
                evidence = (Evidence(mine.source, mine.quote, 1.0, Stance.NEUTRAL),) + tuple(quoted[j][0] for j in indices)
                bucket[mine.key].append(Conflict(
                    evidence, Rule.FIGURES_DIFFER, cluster.topic, (said(index),) + tuple(quoted[j][1] for j in indices),
                    attributed=bool(mine.attributed_to and speaker_phrase(mine.attributed_to, mine.quote)),
                    agreeing=agreeing,
                ))
                if role == "news" and cluster.id not in noted:
                    note = _note(inputs, works, cluster, mine, others, sentence_refs)
                    if note:
                        noted.add(cluster.id)
                        notes[mine.key].append(note)
    cites = {key: frozenset(filter(None, (inputs.cited.get(ref) for ref in refs))) for key, refs in sentence_refs.items()}
    for cluster in clusters:
        _revised(cluster, with_news, target_with_news, cites)
    contradicting = _aligned(inputs, every, with_target, with_news, per_source=settings.passages_per_source,
                             max_sources=settings.max_sources)
    corrected: dict[str, str] = {}
    article = [s for s in every if s.role == "article"]
    news = [s for s in every if s.role == "news"]
    text_of = {s.key: s.text for s in article}
    # One conflict per quotation and speaker, however many sources give it to that speaker:
    # the first names the speaker, every one is evidence.
    misattributed: dict[tuple[str, str, str, str], list[tuple[Misattribution, str]]] = {}
    for m in find_misattributions(article, news):
        named = as_written(m.source_speaker, m.source_quote)
        fixed = text_of[m.key].replace(m.article_speaker, named, 1)
        corrected[m.key] = fixed[:1].upper() + fixed[1:]
        misattributed.setdefault((m.key, m.quote, m.article_speaker, m.source_speaker), []).append((m, named))
    for (key, quote, article_speaker, _), found in misattributed.items():
        first, named = found[0]
        with_news[key].append(Conflict(
            tuple(Evidence(m.source, m.source_quote, 1.0, Stance.CONTRADICTS) for m, _ in found), Rule.MISATTRIBUTED,
            said=(Said(inputs.source.label, quote, article_speaker), Said(first.source, quote, named)),
        ))
    _told_otherwise(inputs.source.label, article, news, with_news)
    target = [s for s in every if s.role == "target"]
    _told(inputs.target.label, Rule.RENAMED, renamed(target, news), target_with_news)
    _told(inputs.target.label, Rule.RENAMED_IN_ROLE, renamed_in_role(target, news), target_with_news)
    _told(inputs.target.label, Rule.OTHER_AGENT, other_agents(target, news), target_with_news)
    return Conflicts(
        clusters=tuple(clusters),
        with_target={k: tuple(v) for k, v in with_target.items()},
        with_news={k: tuple(v) for k, v in with_news.items()},
        corrected_text=corrected,
        notes={k: tuple(v) for k, v in notes.items()},
        contradicting={k: frozenset(v) for k, v in contradicting.items()},
        target_with_news={k: tuple(v) for k, v in target_with_news.items()},
    )


def _gives(mine: ClusterValue, other: ClusterValue) -> bool:
    """Whether ``other`` gives ``mine``'s figure: a count of the same group, or of the whole
    where either is the whole or "the rest" ("165 others" injured, "the number of injured"
    revised from 165), of a year both may be about, whose intervals meet."""
    groups = {mine.counted, other.counted}
    if len(groups) > 1 and not groups <= {"", "other"} | {g for g in groups if g.startswith("other ")}:
        return False
    if mine.years and other.years and not mine.years & other.years:
        return False
    alo, ahi, adim = mine.interval()
    blo, bhi, bdim = other.interval()
    return adim == bdim and alo <= bhi and blo <= ahi


def _after(mine: ClusterValue, revision: ClusterValue) -> bool:
    """Whether ``mine`` is dated after the report of ``revision`` (an article or destination
    sentence by the reports it cites, ``Statement.as_of``): its figure may be a later one
    still, which the revision cannot have known."""
    return mine.published is not None and revision.published is not None and mine.published > revision.published


def _tells_the_revision(mine: ClusterValue, revision: ClusterValue, claim: str) -> bool:
    """Whether ``mine``'s own sentence gives, beside its figure, one that agrees with the
    figure ``revision``'s report now holds ("State media reported 32 dead, before the health
    minister revised the figure to 19" against "from 32 to at least 19"): a sentence telling
    the revision itself, not one still holding the old figure. Only a figure of no claim of
    its own or of the same claim (``claim``: the cluster's id) whose own noun names nothing
    else ("within 20 minutes"), and not ``mine``'s figure."""
    from mergekit.facts.memo import extract_quantities
    from mergekit.facts.quantities import interval
    from mergekit.facts.revisions import names_other
    from mergekit.facts.topics import quantity_topic

    new = [q for q in extract_quantities(revision.superseded or "") if not q.unit]
    if not new:
        return False
    nlo, nhi, ndim = interval(new[0])
    mlo, mhi, mdim = mine.interval()
    for q in extract_quantities(mine.quote):
        if q.unit:
            continue
        lo, hi, dim = interval(q)
        if dim != ndim or hi < nlo or nhi < lo or (dim == mdim and lo <= mhi and mlo <= hi):
            continue  # not the new figure, or the sentence's own old one
        if names_other(q, mine.quote):
            continue  # "within 20 minutes", "the worst in 25 years": no count of the claim
        topic = quantity_topic(q, mine.quote)
        if topic is None or topic.id == claim:
            return True
    return False


def _revised(cluster: Cluster, with_news: dict[str, list[Conflict]],
             target_with_news: dict[str, list[Conflict]], cites: Mapping[str, frozenset[str]]) -> None:
    """An article or destination figure that a news report says was revised ("altered the
    number of deaths ... from 32 to at least 19": ``ClusterValue.superseded``) is contradicted
    by that report, the revision sentence as evidence and both figures said (``Said.revised``:
    gives "at least 19" (revised from "32")); added to the figures_differ conflict of the same claim when the sentence
    has one, else a conflict of its own. Only a figure given as current counts (not a bound
    nor a count so far, nor one the same report still gives beside the revision), and only
    by a report not older than the reports the sentence cites (``_after``). A sentence that
    tells the revision itself is not contradicted by it: one that gives the new figure beside
    the old (``_tells_the_revision``), or one that cites the revising report and speaks of a
    revision or an earlier figure (``revisions.speaks_of_revision``; ``cites``: an article
    sentence's key -> the news it cites)."""
    from mergekit.facts.revisions import speaks_of_revision

    revisions = [r for r in cluster.superseded if r.role == "news"]
    if not revisions:
        return
    for mine in cluster.values:
        bucket = {"article": with_news, "target": target_with_news}.get(mine.role)
        if bucket is None or mine.kind != "quantity" or mine.negated or mine.low != mine.high:
            continue
        found = [r for r in revisions if _gives(mine, r) and not _after(mine, r) and not any(
            v.source == r.source and v.role == "news" and v.low == v.high and _gives(mine, v) for v in cluster.values)
                 and not _tells_the_revision(mine, r, cluster.id)
                 and not (mine.role == "article" and r.source in cites.get(mine.key, ())
                          and speaks_of_revision(mine.quote, mine.display))]
        if not found:
            continue
        evidence = tuple(Evidence(r.source, r.quote, 1.0, Stance.CONTRADICTS) for r in found)
        said = tuple(replace(_said(r), revised=r.superseded) for r in found)
        conflicts = bucket[mine.key]
        own = _said(mine)
        at = next((i for i, c in enumerate(conflicts) if c.rule == Rule.FIGURES_DIFFER and c.topic == cluster.topic
                   and c.said[:1] == (own,)), None)
        if at is None:
            conflicts.append(Conflict((Evidence(mine.source, mine.quote, 1.0, Stance.NEUTRAL),) + evidence,
                                      Rule.FIGURES_DIFFER, cluster.topic, (own,) + said,
                                      attributed=bool(mine.attributed_to and speaker_phrase(mine.attributed_to,
                                                                                             mine.quote))))
        else:
            c = conflicts[at]
            quoted = {(e.source, e.quote) for e in c.evidence}
            new = [(e, x) for e, x in zip(evidence, said, strict=True) if (e.source, e.quote) not in quoted]
            conflicts[at] = replace(c, evidence=c.evidence + tuple(e for e, _ in new),
                                    said=c.said + tuple(x for _, x in new))


def _told(label: str, rule: Rule, found: Sequence[Told], bucket: dict[str, list[Conflict]]) -> None:
    """Each reading's answer (``plan.told``) as a conflict quoting the news sentence."""
    for t in found:
        bucket[t.key].append(Conflict((Evidence(t.source, t.quote, 1.0, Stance.CONTRADICTS),), rule,
                                      said=(Said(label, t.mine), Said(t.source, t.theirs))))


def _told_otherwise(label: str, article: Sequence[Statement], news: Sequence[Statement],
                    with_news: dict[str, list[Conflict]]) -> None:
    """What a news text says of an article sentence's events beyond their figures: a person it
    names otherwise (``plan.renamed``: by surname and age, or by role and given names; read for
    the destination's sentences too), "all were X"
    where it says "most were X" (``plan.all_most``), a plan the sentence states as to come
    that the news says was not kept (``plan.unkept``), an occurrence dated after the one a
    news text calls the last of its kind (``plan.last_time``), a place the news gives the
    opposite word to (``plan.opposite_place``), a named image it puts on the other side
    of a coin (``plan.opposite_side``), a local time it converts to another time in UTC
    (``plan.utc_time``), an event's time of day it gives another (``plan.time_of_day``) a coded thing it gives a code one digit apart (``plan.other_code``) and an act it gives a doer of
    another kind (``plan.other_agent``, read for the destination's sentences too)."""
    for rule, reading in ((Rule.RENAMED, renamed), (Rule.RENAMED_IN_ROLE, renamed_in_role), (Rule.NOT_ALL, not_all),
                          (Rule.UNKEPT_PLAN, unkept_plans_against), (Rule.AFTER_LAST, after_the_last), (Rule.OPPOSITE_PLACE, opposite_places),
                          (Rule.OPPOSITE_SIDE, opposite_sides), (Rule.OTHER_UTC, other_utc), (Rule.OTHER_TIME, other_time),
                          (Rule.OTHER_CODE, other_codes), (Rule.OTHER_AGENT, other_agents)):
        _told(label, rule, reading(article, news), with_news)


def _report_years(every: list[Statement]) -> dict[str, frozenset[int]]:
    """The years each news report tells of where a sentence names none: the year it was
    written in and the one before; undated, the year its text names most, else the year
    all the news name most (as ``facts.clusters`` reads them)."""
    named: dict[str, list[frozenset[int]]] = defaultdict(list)
    published: dict[str, dt.date] = {}
    for s in every:
        if s.role == "news":
            named[s.source].append(years_named(s.text))
            if s.published:
                published[s.source] = s.published
    every_news = most_named_years([y for ys in named.values() for y in ys])
    return {source: frozenset({published[source].year - 1, published[source].year}) if source in published
            else most_named_years(ys) or every_news for source, ys in named.items()}


def _aligned(inputs: MergeInputs, every: list[Statement], with_target: dict[str, list[Conflict]],
             with_news: dict[str, list[Conflict]], *, per_source: int, max_sources: int) -> dict[str, set[str]]:
    """Figure conflicts between each article sentence and its aligned evidence (see aligned.py)."""
    index = PassageIndex([Passage(s.source, i, s.text) for i, s in enumerate(every) if s.role != "article"])
    covered = {(key, e.source) for bucket in (with_target, with_news) for key, cs in bucket.items()
               for c in cs for e in c.evidence if e.stance == Stance.CONTRADICTS}
    contradicting: dict[str, set[str]] = defaultdict(set)
    article_years = most_named_years([years_named(s.text) for s in every if s.role == "article"])
    written = _report_years(every)
    provisional = provisional_reports(every)
    reports = frozenset(s.source for s in every if s.role == "news")
    found: dict[str, list[FigureConflict]] = {}  # by text: a repeated sentence aligns alike
    for st in (s for s in every if s.role == "article"):
        # One query per sentence; the best few passages of each of the best-aligned sources.
        aligned: list[Match] = []
        taken: dict[str, int] = defaultdict(int)
        for m in index.best(st.text, top_k=per_source * max_sources):
            if taken[m.passage.source] < per_source:
                taken[m.passage.source] += 1
                aligned.append(m)
        if st.text not in found:
            found[st.text] = figure_conflicts(st.text, aligned, article_years, written, provisional, reports)
        for fc in found[st.text]:
            contradicting[st.key].add(fc.source)
            if (st.key, fc.source) in covered:
                continue
            covered.add((st.key, fc.source))
            target = fc.source == inputs.target.label
            (with_target if target else with_news)[st.key].append(Conflict(
                (Evidence(fc.source, fc.quote, 1.0, Stance.CONTRADICTS),), Rule.ALIGNED_FIGURE, fc.counted,
                (Said(inputs.source.label, fc.claim_figure), Said(fc.source, fc.source_figure)),
            ))
    return contradicting

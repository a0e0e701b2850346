"""Conflicts between the source article and the other inputs, from claim clusters.

The facts package groups every input's figures into clusters (injured, dead, distance,
...); here a conflicting cluster becomes, for each article sentence whose value it holds,
a conflict with the destination and/or with news (with the quotes as evidence), plus
attributed notes for the draft ("Euractiv reported over 100 injured."). A quotation the
article gives to another speaker than its source does is corrected in the draft text.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from mergekit.align import Passage, PassageIndex
from mergekit.facts import Statement, build_clusters, find_misattributions
from mergekit.load.inputs import MergeInputs
from mergekit.plan.aligned import figure_conflicts
from mergekit.plan.model import Evidence

__all__ = ["Conflict", "Conflicts", "find_conflicts", "statements"]


@dataclass(frozen=True)
class Conflict:
    """One disagreement bearing on one article sentence."""

    evidence: tuple[Evidence, ...]
    detail: str


@dataclass(frozen=True)
class Conflicts:
    """Per article sentence key: conflicts, corrected text and attributed notes."""

    clusters: tuple = ()
    with_target: dict[str, tuple[Conflict, ...]] = field(default_factory=dict)
    with_news: dict[str, tuple[Conflict, ...]] = field(default_factory=dict)
    corrected_text: dict[str, str] = field(default_factory=dict)
    notes: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)  # (text, news label)
    contradicting: dict[str, frozenset[str]] = field(default_factory=dict)  # key -> sources whose aligned figures disagree
    target_with_news: dict[str, tuple[Conflict, ...]] = field(default_factory=dict)  # "tNN" -> the destination vs news


def _date(iso: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso) if iso else None
    except ValueError:
        return None


def statements(inputs: MergeInputs) -> list[Statement]:
    """Every sentence of every input as a ``Statement`` (article keys match the planner's)."""
    out = [
        Statement(source=inputs.source.label, role="article", text=s.text, key=f"s{i:02d}")
        for i, (_, s) in enumerate(inputs.source.sentences(), start=1)
    ]
    out += [
        Statement(source=inputs.target.label, role="target", text=s.text, key=f"t{i:02d}")
        for i, (_, s) in enumerate(inputs.target.sentences(), start=1)
    ]
    for item in inputs.news:
        published = _date(item.date)
        out += [
            Statement(source=item.label, role="news", text=text, key=f"{item.label}#{i:03d}", published=published)
            for i, text in enumerate(item.sentences, start=1)
        ]
    return out


def _describe(value) -> str:
    if value.display:
        return value.display
    amount = f"{value.value:g}" + (f" {value.unit}" if value.unit else "")
    return ("about " if value.approx else "") + amount


_INSTITUTIONS = {
    "ministry", "police", "department", "council", "secretariat", "government", "court",
    "office", "prosecutor", "embassy", "army", "authorities", "state", "white", "united",
    "us", "u.s.", "european", "national", "interior", "foreign",
}
# A conflict's detail names at most this many disagreeing values (or sources); the rest are counted.
_LISTED = 5
_VAGUE = {"dozens", "tens", "hundreds", "thousands", "scores", "dozen"}


def speaker_phrase(speaker: str) -> str:
    """A speaker as it reads after "according to": "the State Police", "a spokesperson"."""
    first = speaker.split()[0] if speaker.split() else ""
    if first.lower() in {"the", "a", "an"} or not first:
        return speaker
    if first[0].islower():
        return f"{'an' if first[0] in 'aeiou' else 'a'} {speaker}"
    if first.lower() in _INSTITUTIONS:
        return f"the {speaker}"
    return speaker  # a person or a name that takes no article ("Bledi Cuci", "MEK")


def _figure(value) -> str:
    if value.value == 0 and value.unit is None:
        return "no"
    text = _describe(value)
    words = text.split()
    if words and words[-1].lower() in _VAGUE:
        text = f"{text[:1].lower()}{text[1:]} of"
    return text


def _note(work: str, value, topic: str) -> str:
    """``Euractiv reported over 100 people injured, according to a spokesperson.``"""
    who = f", according to {speaker_phrase(value.attributed_to)}" if value.attributed_to else ""
    return f"{work} reported {_figure(value)} {topic}{who}."


def find_conflicts(inputs: MergeInputs) -> Conflicts:
    """Clusters over all inputs, and what their conflicts mean for each article sentence."""
    every = statements(inputs)
    clusters = build_clusters(every)
    works = {item.label: item.work or item.label for item in inputs.news}
    with_target: dict[str, list[Conflict]] = defaultdict(list)
    with_news: dict[str, list[Conflict]] = defaultdict(list)
    target_with_news: dict[str, list[Conflict]] = defaultdict(list)  # the destination's own sentences
    notes: dict[str, list[tuple[str, str]]] = defaultdict(list)
    noted: set[tuple[str, str, float]] = set()
    for cluster in clusters:
        if not cluster.conflict:
            continue
        against: dict[int, set[int]] = defaultdict(set)  # value index -> indices it disagrees with
        for i, j in cluster.pairs:
            against[i].add(j)
            against[j].add(i)
        for index, mine in enumerate(cluster.values):
            if mine.role == "article":
                against_roles = (("target", with_target), ("news", with_news))
            elif mine.role == "target":
                against_roles = (("news", target_with_news),)
            else:
                continue
            for role, bucket in against_roles:
                others = [cluster.values[j] for j in sorted(against[index]) if cluster.values[j].role == role]
                if not others:
                    continue
                evidence = (Evidence(mine.source, mine.quote, 1.0, "neutral"),) + tuple(
                    Evidence(v.source, v.quote, 1.0, "contradicts") for v in others
                )
                said = "; ".join(
                    f"{'the destination' if role == 'target' else works.get(v.source, v.source)} gives {_describe(v)}"
                    + (f" (according to {v.attributed_to})" if v.attributed_to else "")
                    for v in others[:_LISTED]
                ) + (f"; and {len(others) - _LISTED} more" if len(others) > _LISTED else "")
                bucket[mine.key].append(Conflict(
                    evidence,
                    f"{cluster.topic}: the {'article' if mine.role == 'article' else 'destination'} gives "
                    f"{_describe(mine)}, but {said}. {cluster.reason}",
                ))
                if role == "news" and mine.kind == "quantity":
                    # Written once per cluster, after the first article sentence it bears on.
                    for v in others:
                        if (cluster.id, v.source, v.value) in noted:
                            continue
                        noted.add((cluster.id, v.source, v.value))
                        notes[mine.key].append((_note(works.get(v.source, v.source), v, cluster.topic), v.source))
    contradicting = _aligned(inputs, every, works, with_target, with_news)
    corrected: dict[str, str] = {}
    article = [s for s in every if s.role == "article"]
    others = [s for s in every if s.role == "news"]
    text_of = {s.key: s.text for s in article}
    # One conflict per quotation and speaker, however many sources give it to that speaker.
    misattributed: dict[tuple[str, str, str, str], list] = {}
    for m in find_misattributions(article, others):
        fixed = text_of[m.key].replace(m.article_speaker, speaker_phrase(m.source_speaker), 1)
        corrected[m.key] = fixed[:1].upper() + fixed[1:]
        misattributed.setdefault((m.key, m.quote, m.article_speaker, m.source_speaker), []).append(m)
    for (key, quote, article_speaker, source_speaker), found in misattributed.items():
        names = list(dict.fromkeys(works.get(m.source, m.source) for m in found))
        listed = ", ".join(names[:_LISTED]) + (f" and {len(names) - _LISTED} more" if len(names) > _LISTED else "")
        with_news[key].append(Conflict(
            tuple(Evidence(m.source, m.source_quote, 1.0, "contradicts") for m in found),
            f"misattributed quotation: the article gives \u201c{quote}\u201d to {article_speaker}, "
            f"but {listed} {'gives' if len(names) == 1 else 'give'} it to {source_speaker}; the draft names "
            f"{source_speaker}.",
        ))
    return Conflicts(
        clusters=tuple(clusters),
        with_target={k: tuple(v) for k, v in with_target.items()},
        with_news={k: tuple(v) for k, v in with_news.items()},
        corrected_text=corrected,
        notes={k: tuple(v) for k, v in notes.items()},
        contradicting={k: frozenset(v) for k, v in contradicting.items()},
        target_with_news={k: tuple(v) for k, v in target_with_news.items()},
    )


def _aligned(inputs: MergeInputs, every: list[Statement], works: dict[str, str],
             with_target: dict, with_news: dict, *, per_source: int = 3,
             max_sources: int = 8) -> dict[str, set[str]]:
    """Figure conflicts between each article sentence and its aligned evidence (see aligned.py)."""
    index = PassageIndex([Passage(s.source, i, s.text) for i, s in enumerate(every) if s.role != "article"])
    covered = {(key, e.source) for bucket in (with_target, with_news) for key, cs in bucket.items()
               for c in cs for e in c.evidence if e.stance == "contradicts"}
    contradicting: dict[str, set[str]] = defaultdict(set)
    for st in (s for s in every if s.role == "article"):
        # One query per sentence; the best few passages of each of the best-aligned sources.
        aligned, taken = [], defaultdict(int)
        for m in index.best(st.text, top_k=per_source * max_sources):
            if taken[m.passage.source] < per_source:
                taken[m.passage.source] += 1
                aligned.append(m)
        for fc in figure_conflicts(st.text, aligned):
            contradicting[st.key].add(fc.source)
            if (st.key, fc.source) in covered:
                continue
            covered.add((st.key, fc.source))
            target = fc.source == inputs.target.label
            name = "the destination" if target else works.get(fc.source, fc.source)
            (with_target if target else with_news)[st.key].append(Conflict(
                (Evidence(fc.source, fc.quote, 1.0, "contradicts"),),
                f"{fc.counted}: the article gives \u201c{fc.claim_figure}\u201d, but {name} gives "
                f"\u201c{fc.source_figure}\u201d in the passage aligned with it.",
            ))
    return contradicting

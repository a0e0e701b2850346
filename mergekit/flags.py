"""``flags.json``: the plan's findings, sentence verdicts and claim clusters, machine-readable.

The schema is stable (``"schema": "mergekit.flags/1"``) and documented in the README;
keys come out in a fixed order and scores rounded, so the same inputs give the same bytes.
A finding lists at most ``MAX_EVIDENCE`` evidence entries (the plan's first, which it
orders best first); when it has more, ``"evidence_omitted"`` counts the rest, so the file
grows with the number of findings, not with findings x sources. The sentence a finding is
about is its ``"sentence"``, never also one of its evidence entries: the plan gives a
figures_differ conflict the sentence's own value first (its article, the sentence as quote,
"neutral", score 1), and the file lists the entries after it (``"evidence_omitted"`` counts
as before, so the quotes listed are the same). Nor does ``"said"`` quote a passage again that
the evidence lists for the finding's first source (a needs_citation finding's passage shown:
the evidence entry of ``sources[0]``). Likewise a claim cluster
of more than ``MAX_CLUSTER_VALUES`` values lists the article's, the destination's and the
news values the file quotes as evidence, and ``"values_omitted"`` counts the rest.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from mergekit.draft.reasons import describe
from mergekit.load.inputs import MergeInputs
from mergekit.plan.model import LEAD, ArticleRole, Evidence, Finding, MergePlan, Said

__all__ = ["SCHEMA", "MAX_EVIDENCE", "MAX_CLUSTER_VALUES", "flags_document", "flags_json"]

SCHEMA = "mergekit.flags/1"
MAX_EVIDENCE = 5
MAX_CLUSTER_VALUES = 50


def _evidence(ev: Evidence) -> dict:
    return {"source": ev.source, "quote": ev.quote, "score": round(ev.score, 4), "stance": ev.stance}


def _said(s: Said) -> dict:
    return {"source": s.source, "what": s.what, "speaker": s.speaker}


def _own(ev: Evidence, f: Finding, articles: Mapping[ArticleRole, str]) -> bool:
    """Whether ``ev`` is the finding's own sentence, quoted from its own article
    (``articles``: the label of each ``ArticleRole``'s input)."""
    return ev.quote == f.sentence and ev.source == articles.get(f.article)


def _shown_passage(s: Said, f: Finding, listed: list[Evidence]) -> bool:
    """Whether ``s`` is the passage of the finding's first source that its evidence lists
    (needs_citation: the passage the talk post shows), which ``sources[0]`` and that
    evidence entry already give."""
    return bool(f.sources) and s.source == f.sources[0] and not s.speaker and any(
        e.source == s.source and e.quote == s.what for e in listed)


def _finding(f: Finding, plan: MergePlan, articles: Mapping[ArticleRole, str]) -> dict:
    """A finding: its facts as data (``rule``, ``topic``, ``said``), and ``detail`` in words;
    its evidence without its own sentence (``_own``), ``said`` without the passage its
    evidence lists for its first source (``_shown_passage``).

    ``evidence``, ``said`` and ``agreeing`` (present when a news text gives the sentence's own
    figure) keep their first ``MAX_EVIDENCE`` entries (``said``: after the sentence's own);
    ``evidence_omitted``, ``said_omitted`` and ``agreeing_omitted`` count the rest when there are more.
    """
    said = f.said[: MAX_EVIDENCE + 1]
    evidence = [e for e in f.evidence[:MAX_EVIDENCE] if not _own(e, f, articles)]
    out = {
        "id": f.id, "kind": f.kind, "article": f.article, "section": f.section, "sentence": f.sentence,
        "cited": list(f.cited), "carried": f.carried,
        "evidence": [_evidence(e) for e in evidence],
    }
    if len(f.evidence) > MAX_EVIDENCE:
        out["evidence_omitted"] = len(f.evidence) - MAX_EVIDENCE
    out.update({
        "rule": f.rule, "topic": f.topic,
        "said": [_said(s) for s in said if not _shown_passage(s, f, evidence)],
    })
    if len(f.said) > len(said):
        out["said_omitted"] = len(f.said) - len(said)
    if f.agreeing:  # figures_differ: the news that give the sentence's own figure
        out["agreeing"] = [_said(s) for s in f.agreeing[:MAX_EVIDENCE]]
        if len(f.agreeing) > MAX_EVIDENCE:
            out["agreeing_omitted"] = len(f.agreeing) - MAX_EVIDENCE
    if f.lacks:  # already_in_target: the sentence's words the destination's passage lacks
        out["lacks"] = list(f.lacks)
    out.update({
        "sources": list(f.sources), "refs": list(f.refs),
        "detail": describe(f, plan) + (f" [verifier: {f.verifier}]" if f.verifier else ""),
    })
    return out


def flags_document(plan: MergePlan, inputs: MergeInputs, check: dict | None = None,
                   decisions: dict | None = None) -> dict:
    """The ``flags.json`` object (``check``: what ``mergekit check`` found in the new text;
    ``decisions``: the review decisions this run applied and did not, when it had any)."""
    articles = {ArticleRole.SOURCE: inputs.source.label, ArticleRole.TARGET: inputs.target.label}
    document: dict[str, Any] = {
        "schema": SCHEMA,
        "run_date": plan.run_date,
        "source": {"title": plan.source_title, "file": inputs.source.label, "revid": inputs.source.revid},
        "target": {"title": plan.target_title, "file": inputs.target.label, "revid": inputs.target.revid},
        "section": plan.section_title,
        "section_exists": plan.existing is not None,  # --section named one the destination has: the text joins it
        "home": None if plan.home is None else {
            "section": plan.home.section, "title_words": list(plan.home.shared),
            "defining_words": list(plan.home.defining), "told": plan.home.told, "told_total": plan.home.told_total,
            "names_title": plan.home.named,
            "evidence": list(plan.home.evidence(plan.source_title)),
        },
        "news": [
            {"file": n.label, "title": n.title, "work": n.work, "date": n.date, "url": n.url}
            for n in inputs.news
        ],
        "unavailable": [dict(entry) for entry in inputs.unavailable],
        "findings": [_finding(f, plan, articles) for f in plan.findings],
        "sentences": [
            {
                "key": s.key, "section": s.section or LEAD, "text": s.original, "verdict": s.verdict,
                "cited": list(s.cited), "included": s.include, "evidence": [_evidence(e) for e in s.evidence],
            }
            for s in plan.sentences
        ],
    }
    shown = {(e["source"], e["quote"]) for entry in document["findings"] + document["sentences"] for e in entry["evidence"]}
    document["clusters"] = [c.to_dict(max_values=MAX_CLUSTER_VALUES, shown=shown) for c in plan.clusters]
    if check is not None:
        document["check"] = check
    if decisions:
        document["decisions"] = decisions
    return document


def flags_json(plan: MergePlan, inputs: MergeInputs, check: dict | None = None,
               decisions: dict | None = None) -> str:
    """``flags.json`` as text (UTF-8, one-space indent, trailing newline)."""
    # One space a level: still a field a line for a reader and a diff, a tenth smaller than two
    # (the 1,000 x 250 merge of benchmarks/merge_growth.py: 5.3 -> 4.9 MB).
    return json.dumps(flags_document(plan, inputs, check, decisions), indent=1, ensure_ascii=False) + "\n"

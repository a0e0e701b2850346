"""flags.json holds each fact once: a finding's own sentence is its "sentence", not also evidence."""

from __future__ import annotations

import json
from pathlib import Path

from mergekit.flags import MAX_EVIDENCE, _finding, flags_document
from mergekit.plan.model import ArticleRole, Evidence, Finding, MergePlan, Said

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ARTICLES = {ArticleRole.SOURCE: "source.txt", ArticleRole.TARGET: "Target.wikitext"}
PLAN = MergePlan(source_title="S", target_title="T", section_title="S", sentences=(), findings=(),
                 clusters=(), run_date="2024-01-01")
SENTENCE = "The raid left 36 people injured."


def _contradicted(article: str, own_label: str, others: int) -> Finding:
    """A figures_differ finding as the planner builds it: the sentence's own value first."""
    evidence = (Evidence(own_label, SENTENCE, 1.0, "neutral"),) + tuple(
        Evidence(f"n{i}.txt", f"The raid left {40 + i} people injured.", 1.0, "contradicts") for i in range(others))
    return Finding(id="x", kind="contradicted", section="S", sentence=SENTENCE, cited=(), evidence=evidence,
                   rule="figures_differ", topic="people injured", article=article,
                   said=(Said(own_label, "36", None),) + tuple(Said(f"n{i}.txt", f"{40 + i}", None) for i in range(others)))


def test_a_findings_own_sentence_is_not_listed_as_its_evidence():
    out = _finding(_contradicted(ArticleRole.SOURCE, "source.txt", 2), PLAN, ARTICLES)
    assert [(e["source"], e["stance"]) for e in out["evidence"]] == [("n0.txt", "contradicts"), ("n1.txt", "contradicts")]
    assert out["sentence"] == SENTENCE and out["said"][0] == {"source": "source.txt", "what": "36", "speaker": None}
    # the destination's own sentence, contradicted by news: likewise
    target = _finding(_contradicted(ArticleRole.TARGET, "Target.wikitext", 1), PLAN, ARTICLES)
    assert [e["source"] for e in target["evidence"]] == ["n0.txt"]


def test_dropping_the_own_sentence_lists_the_same_quotes_and_counts_the_same_rest():
    out = _finding(_contradicted(ArticleRole.SOURCE, "source.txt", MAX_EVIDENCE + 3), PLAN, ARTICLES)
    assert [e["source"] for e in out["evidence"]] == [f"n{i}.txt" for i in range(MAX_EVIDENCE - 1)]
    assert out["evidence_omitted"] == 4  # 1 + (MAX_EVIDENCE + 3) entries in the plan, MAX_EVIDENCE of them read


def test_a_news_passage_that_reads_as_the_sentence_stays_evidence():
    """Only the article's own sentence goes: a news text with the very same words is a source."""
    f = _contradicted(ArticleRole.SOURCE, "source.txt", 1)
    copied = Evidence("n9.txt", SENTENCE, 0.97, "supports")
    out = _finding(Finding(**{**f.__dict__, "evidence": f.evidence + (copied,)}), PLAN, ARTICLES)
    assert [e["source"] for e in out["evidence"]] == ["n0.txt", "n9.txt"]
    # and the destination's sentence under a source finding is evidence, not the finding's own
    other = Evidence("Target.wikitext", SENTENCE, 1.0, "neutral")
    kept = _finding(Finding(**{**f.__dict__, "evidence": (other,)}), PLAN, ARTICLES)
    assert [e["source"] for e in kept["evidence"]] == ["Target.wikitext"]


def test_the_seed_merges_flags_quote_no_finding_its_own_sentence():
    from mergekit.load.inputs import load_folder
    from mergekit.plan import plan_merge

    inputs = load_folder(SEEDS)
    plan = plan_merge(inputs)
    own = {ArticleRole.SOURCE: inputs.source.label, ArticleRole.TARGET: inputs.target.label}
    assert any(f.rule == "figures_differ" for f in plan.findings)  # the case this is about is there
    document = json.loads(json.dumps(flags_document(plan, inputs)))
    repeated = [f["id"] for f in document["findings"] for e in f["evidence"]
                if e["quote"] == f["sentence"] and e["source"] == own[f["article"]]]
    assert repeated == []
    for f in document["findings"]:  # and no finding quotes one passage twice
        pairs = [(e["source"], e["quote"]) for e in f["evidence"]]
        assert len(pairs) == len(set(pairs)), f["id"]
        assert not {(s["source"], s["what"]) for s in f["said"]} & set(pairs), f["id"]


def _needs_citation(shown: str) -> Finding:
    """A needs_citation finding as the planner builds it: the passage shown is ``said``."""
    evidence = (Evidence("n0.txt", "The raid was on Tuesday.", 0.6, "neutral"),
                Evidence("n1.txt", "Police said 36 were hurt in the raid.", 0.8, "supports"))
    return Finding(id="y", kind="needs_citation", section="S", sentence=SENTENCE, cited=(), evidence=evidence,
                   rule="uncited_support", sources=("n1.txt", "n0.txt"), said=(Said("n1.txt", shown, None),))


def test_the_passage_shown_is_not_quoted_again_when_the_evidence_lists_it():
    out = _finding(_needs_citation("Police said 36 were hurt in the raid."), PLAN, ARTICLES)
    assert out["said"] == [] and out["sources"][0] == "n1.txt"
    assert {"source": "n1.txt", "quote": "Police said 36 were hurt in the raid.", "score": 0.8,
            "stance": "supports"} in out["evidence"]  # where sources[0]'s passage is read
    # a passage the evidence does not list (another sentence of the source) stays in said
    other = _finding(_needs_citation("Police said 36 were hurt."), PLAN, ARTICLES)
    assert other["said"] == [{"source": "n1.txt", "what": "Police said 36 were hurt.", "speaker": None}]

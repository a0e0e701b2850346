"""The plan and the draft of a case of the real-merge corpus (tests/cases/real), each made
once per test run, for the tests that read a tuning case's draft as an editor would."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from mergekit.load.inputs import load_folder
from mergekit.outputs import render_outputs
from mergekit.plan import MergePlan, plan_merge
from mergekit.plan.model import Finding, SentencePlan
from mergekit.plan.planner import _evidence_text
from mergekit.verify import Judgement, judge

REAL = Path(__file__).parent / "cases" / "real"


@cache
def case_plan(case: str) -> MergePlan:
    """The plan of tuning case ``case``."""
    return plan_merge(load_folder(REAL / case / "input"))


@cache
def case_outputs(case: str) -> dict[str, str]:
    """The draft's files of tuning case ``case`` (file name -> text), without flags.json."""
    return render_outputs(case_plan(case), load_folder(REAL / case / "input"), flags=False)


def judged_by(case: str, label: str, claim: str) -> tuple[Judgement, tuple[str, ...]]:
    """The verifier's judgement of ``claim`` against news text ``label`` of tuning case
    ``case``, read as the planner reads it, with that evidence text."""
    item = next(i for i in load_folder(REAL / case / "input").news if i.label == label)
    evidence = _evidence_text(item)
    return judge(claim, evidence), evidence


def sentence_and_finding(case: str, original: str) -> tuple[SentencePlan, Finding]:
    """The plan of the source sentence ``original`` of tuning case ``case`` and its first finding."""
    plan = case_plan(case)
    sentence = next(sp for sp in plan.sentences if sp.original == original)
    return sentence, next(f for f in plan.findings if f.sentence == original)

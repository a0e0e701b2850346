"""The plan and the draft of a case of the real-merge corpus (tests/cases/real), each made
once per test run, for the tests that read a tuning case's draft as an editor would."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from mergekit.load.inputs import load_folder
from mergekit.outputs import render_outputs
from mergekit.plan import MergePlan, plan_merge

REAL = Path(__file__).parent / "cases" / "real"


@cache
def case_plan(case: str) -> MergePlan:
    """The plan of tuning case ``case``."""
    return plan_merge(load_folder(REAL / case / "input"))


@cache
def case_outputs(case: str) -> dict[str, str]:
    """The draft's files of tuning case ``case`` (file name -> text), without flags.json."""
    return render_outputs(case_plan(case), load_folder(REAL / case / "input"), flags=False)

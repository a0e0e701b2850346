"""The pure core: from ``MergeInputs`` to a ``MergePlan`` (verdicts, findings, clusters).

``plan_merge`` is imported on first use, so reading a plan (``mergekit.plan.model``, a
plan from the results cache) does not import the planner and everything it reads with.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mergekit.plan.model import Evidence, Finding, MergePlan, PlanSettings, SentencePlan

if TYPE_CHECKING:
    from mergekit.plan.planner import plan_merge

__all__ = ["Evidence", "Finding", "MergePlan", "PlanSettings", "SentencePlan", "plan_merge"]


def __getattr__(name: str) -> Any:
    if name == "plan_merge":
        from mergekit.plan.planner import plan_merge

        return plan_merge
    raise AttributeError(f"module 'mergekit.plan' has no attribute {name!r}")

"""The pure core: from ``MergeInputs`` to a ``MergePlan`` (verdicts, findings, clusters)."""

from mergekit.plan.model import Evidence, Finding, MergePlan, PlanSettings, SentencePlan
from mergekit.plan.planner import plan_merge

__all__ = ["Evidence", "Finding", "MergePlan", "PlanSettings", "SentencePlan", "plan_merge"]

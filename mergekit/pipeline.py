"""The whole job, in one place every command calls: load -> plan -> render -> write.

Each step is a function of the previous step's result; only ``load_*`` and ``write_outputs``
touch files. Commands (``run``, ``backlog``) build their inputs, call ``draft_merge`` and
print its ``DraftResult``; they do no pipeline work of their own.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from mergekit.load.inputs import MergeInputs
from mergekit.outputs import render_outputs, write_outputs
from mergekit.plan import plan_merge
from mergekit.plan.model import MergePlan

__all__ = ["DraftResult", "draft_merge"]


@dataclass(frozen=True)
class DraftResult:
    """What a run produced: the plan, the files written, and the findings counted by kind."""

    plan: MergePlan
    written: tuple[Path, ...]

    @property
    def kinds(self) -> Counter:
        return Counter(f.kind for f in self.plan.findings)


def draft_merge(inputs: MergeInputs, out: Path, *, section: str | None = None) -> DraftResult:
    """Plan the merge, render every file of the draft, and write them into ``out`` as one unit."""
    plan = plan_merge(inputs, section_title=section)
    files = render_outputs(plan, inputs)
    written = write_outputs(out, files)
    return DraftResult(plan, tuple(written))

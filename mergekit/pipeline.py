"""The whole job, in one place every command calls: load -> plan -> render -> write.

Each step is a function of the previous step's result; only ``load_*`` and ``write_outputs``
touch files. Commands (``run``, ``backlog``) build their inputs, call ``draft_merge`` and
print its ``DraftResult``; they do no pipeline work of their own.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from mergekit.check import Report
from mergekit.check.draft import check_document_json, check_draft, raise_on_errors
from mergekit.check.rsp import RspTable
from mergekit.draft.talk import with_check_points
from mergekit.flags import flags_json
from mergekit.load.inputs import MergeInputs
from mergekit.outputs import page_filename, render_outputs, write_outputs
from mergekit.plan import plan_merge
from mergekit.plan.model import MergePlan

__all__ = ["DraftResult", "draft_merge"]


@dataclass(frozen=True)
class DraftResult:
    """What a run produced: the plan, the files written, and the findings counted by kind."""

    plan: MergePlan
    written: tuple[Path, ...]
    check: Report | None = None

    @property
    def kinds(self) -> Counter:
        return Counter(f.kind for f in self.plan.findings)


def draft_merge(inputs: MergeInputs, out: Path, *, section: str | None = None,
                rsp: RspTable | None = None) -> DraftResult:
    """Plan the merge, render every file of the draft, check the new article text, and write
    them into ``out`` as one unit. A check error stops here (nothing written); warnings go
    into ``flags.json`` and the talk post. ``rsp``: the reliability data [default: the stored
    export, else the built-in subset]."""
    plan = plan_merge(inputs, section_title=section)
    files = render_outputs(plan, inputs)
    article = f"{page_filename(plan.target_title)}.wikitext"
    if rsp is None:
        from mergekit.net.rsp import current_table
        rsp = current_table()
    report = check_draft(inputs.target.wikitext or "", files[article], run_date=plan.run_date, rsp=rsp)
    raise_on_errors(report, article)
    files["flags.json"] = flags_json(plan, inputs, check=check_document_json(report))
    files["talk.wikitext"] = with_check_points(files["talk.wikitext"], report.warnings)
    written = write_outputs(out, files)
    return DraftResult(plan, tuple(written), report)

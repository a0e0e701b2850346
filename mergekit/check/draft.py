"""``mergekit run`` checks its own draft: only what the merge added is mergekit's to answer for.

The whole merged article is checked (a reuse in the new section may rely on a definition
elsewhere), then the findings are kept when they sit on a line the merge inserted or
changed (:func:`new_lines`, from a line diff against the destination as it was). The
destination's own problems are not the draft's. An error among the kept findings stops the
run (:class:`~mergekit.errors.DraftCheckFailed`: nothing is written); warnings travel into
``flags.json`` and the talk post.
"""

from __future__ import annotations

import datetime as dt
import difflib

from mergekit.check.context import Context
from mergekit.check.model import Report
from mergekit.check.render import render_report
from mergekit.check.rsp import RspTable
from mergekit.errors import DraftCheckFailed

__all__ = ["new_lines", "check_draft", "raise_on_errors"]


def new_lines(original: str, merged: str) -> set[int]:
    """1-based numbers of the lines of ``merged`` that ``original`` did not have."""
    matcher = difflib.SequenceMatcher(None, original.splitlines(), merged.splitlines(), autojunk=False)
    lines: set[int] = set()
    for tag, _, _, j1, j2 in matcher.get_opcodes():
        if tag in ("insert", "replace"):
            lines.update(range(j1 + 1, j2 + 1))
    return lines


def check_draft(original: str, merged: str, *, run_date: str, rsp: RspTable) -> Report:
    """The findings on what the merge added to ``original``."""
    from mergekit.check.core import check_text  # the rule families, loaded only when a draft is checked

    report = check_text(merged, Context(today=dt.date.fromisoformat(run_date), rsp=rsp))
    return report.within(new_lines(original, merged))


def raise_on_errors(report: Report, label: str) -> None:
    """Stop the run, with the findings, when the draft has an error."""
    if report.errors:
        raise DraftCheckFailed(
            f"the draft of {label} did not pass `mergekit check`; nothing was written. "
            f"Line numbers are in the draft as it would have been written.\n" + render_report(report, label))

"""``report.html`` of a run already written, rendered again from the run's folder.

``mergekit run`` writes the report with the draft; after a review, ``report_of_run``
renders it again from what the folder holds (``flags.json``, the diff and the review's
``decisions.toml``) without planning anything, so the page shows the decisions before
``mergekit run`` applies them. It only reads; the caller writes the page.
"""

from __future__ import annotations

from pathlib import Path

from mergekit.errors import InputError
from mergekit.filenames import diff_filename
from mergekit.report.page import render_report
from mergekit.review.findings import RunFindings, read_run
from mergekit.review.store import DECISIONS_FILE, read_decisions

__all__ = ["report_of_run"]


def report_of_run(out: Path, run: RunFindings | None = None) -> str:
    """The page for the run written in ``out`` (``run``: its flags.json, when the caller has
    read it already); a missing file is an ``InputError`` that says to run first."""
    run = read_run(out) if run is None else run
    diff_path = out / diff_filename(run.doc["target"]["title"])
    try:
        diff = diff_path.read_text(encoding="utf-8")
    except OSError:
        raise InputError(f"no {diff_path.name} in {out}: run `mergekit run --out {out}` first") from None
    return render_report(run.doc, diff, read_decisions(out / DECISIONS_FILE))

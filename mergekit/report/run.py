"""``report.html`` of a run, from what its folder holds.

``mergekit run`` writes the report with the draft; after a review, ``report_of_run``
renders it again from what the folder holds (``flags.json``, the diff and the review's
``decisions.toml``) without planning anything, so the page shows the decisions before
``mergekit run`` applies them. Both render through ``report_of_flags``: ``flags.json``
records which decisions the run applied (and how) and which it did not (and why), so one
folder gives one page. It only reads; the caller writes the page.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from mergekit.errors import InputError
from mergekit.filenames import diff_filename
from mergekit.report.page import render_report
from mergekit.review.findings import RunFindings, read_run
from mergekit.review.model import Decision
from mergekit.review.store import DECISIONS_FILE, read_decisions

__all__ = ["run_decisions", "report_of_flags", "report_of_run"]


def _key(decision: Decision) -> dict[str, str]:
    return {"finding": decision.finding, "action": str(decision.action), "at": decision.at}


def run_decisions(applied: Iterable[tuple[Decision, str]], not_applied: Iterable[tuple[Decision, str]]) -> dict:
    """``flags.json``'s ``decisions``: each decision the run applied, with how the talk post
    says it, and each it did not, with why; empty when the run had none."""
    record = {"applied": [_key(d) | {"phrase": phrase} for d, phrase in applied],
              "not_applied": [_key(d) | {"reason": reason} for d, reason in not_applied]}
    return record if record["applied"] or record["not_applied"] else {}


def report_of_flags(doc: Mapping, diff: str, decisions: Mapping[str, Decision]) -> str:
    """The page for the ``flags.json`` document ``doc``, its ``diff`` and the review's
    ``decisions``. What the run did with a decision is shown while ``decisions`` still holds
    that decision (same finding, action and time); one made or changed since is shown as
    decided, to be applied by the next run."""
    now = {tuple(_key(d).values()) for d in decisions.values()}
    record = doc.get("decisions") or {}

    def current(entries: list[dict]) -> list[dict]:
        return [e for e in entries if (e["finding"], e["action"], e["at"]) in now]

    return render_report(
        doc, diff, decisions,
        applied={e["finding"]: e["phrase"] for e in current(record.get("applied", []))},
        stale=tuple((e["finding"], e["reason"]) for e in current(record.get("not_applied", []))),
    )


def report_of_run(out: Path, run: RunFindings | None = None) -> str:
    """The page for the run written in ``out`` (``run``: its flags.json, when the caller has
    read it already); a missing file is an ``InputError`` that says to run first."""
    run = read_run(out) if run is None else run
    diff_path = out / diff_filename(run.doc["target"]["title"])
    try:
        diff = diff_path.read_text(encoding="utf-8")
    except OSError:
        raise InputError(f"no {diff_path.name} in {out}: run `mergekit run --out {out}` first") from None
    return report_of_flags(run.doc, diff, read_decisions(out / DECISIONS_FILE))

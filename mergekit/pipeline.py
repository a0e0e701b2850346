"""The whole job, in one place every command calls: load -> plan -> decide -> render -> check -> write.

Each step is a function of the previous step's result; only ``load_*``, ``read_decisions``
and ``write_outputs`` touch files, besides the results cache (``mergekit.cache``), which
serves the plan (``planned``) when the same inputs were planned by the same code before. Commands (``run``, ``backlog``) build their inputs, call
``draft_merge`` and print its ``DraftResult``; they do no pipeline work of their own.

The editor's review decisions (``decisions.toml`` in the output folder, written by
``mergekit review``) are applied to the plan before anything is rendered; decisions whose
sentence changed are reported in ``DraftResult.not_applied``, never applied.

Before anything is written, the merged destination is checked to hold the destination as
it was read, byte for byte, around one inserted block; if it does not, that is a bug and
``DraftIntegrityError`` stops the run with nothing written.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from mergekit.check.draft import raise_on_errors
from mergekit.check.model import Report
from mergekit.check.rsp import RspTable
from mergekit.draft.selflinks import SourceLink
from mergekit.draft.talk import with_check_points
from mergekit.errors import DraftIntegrityError
from mergekit.filenames import diff_filename, wikitext_filename
from mergekit.load.inputs import MergeInputs
from mergekit.outputs import (
    destination_links,
    holds_another_merge,
    parse_destination,
    render_flags,
    render_outputs,
    write_outputs,
)
from mergekit.plan.decisions import Decided, DecidedPlan, NotApplied, apply_decisions
from mergekit.plan.model import MergePlan
from mergekit.report import REPORT_FILE
from mergekit.report.run import report_of_flags, run_decisions
from mergekit.review.store import DECISIONS_FILE, read_decisions

__all__ = ["DraftResult", "draft_merge", "planned", "checked_draft", "report_for", "check_destination_kept"]


@dataclass(frozen=True)
class DraftResult:
    """What a run produced: the plan, the files written, and the findings counted by kind."""

    plan: MergePlan
    written: tuple[Path, ...]
    decided: tuple[Decided, ...] = ()  # review decisions applied
    not_applied: tuple[NotApplied, ...] = ()  # review decisions that were not applied, with why
    check: Report | None = None  # `mergekit check` on the new article text
    links: tuple[SourceLink, ...] = ()  # the destination's links to the source (``outputs.destination_links``)
    set_aside: Path | None = None  # another merge's decisions.toml, kept under this name (``draft_merge``)

    @property
    def kinds(self) -> Counter:
        return Counter(f.kind for f in self.plan.findings)


def report_for(files: dict[str, str], decided: DecidedPlan, decisions: dict) -> str:
    """``report.html`` from the rendered ``flags.json`` (which records the decisions applied
    and not) and diff: what ``mergekit report`` renders from the written folder."""
    diff = files[diff_filename(decided.plan.target_title)]
    return report_of_flags(json.loads(files["flags.json"]), diff, decisions)


@dataclass(frozen=True)
class Rendered:
    """A run's files in memory, before anything is written."""

    files: dict[str, str]
    decided: DecidedPlan
    check: Report
    links: tuple[SourceLink, ...] = ()  # the destination's links to the source, found once


def render_merge(inputs: MergeInputs, *, section: str | None = None, decisions: dict | None = None,
                 rsp: RspTable | None = None) -> Rendered:
    """Plan the merge, apply ``decisions``, render every file of the draft and check the new
    article text; nothing is read or written. A check error raises; warnings go into
    ``flags.json`` and the talk post. ``rsp``: reliability data [default: the stored export,
    else the built-in]."""
    decisions = decisions or {}
    plan = planned(inputs, section)
    decided = apply_decisions(plan, decisions)
    parsed = parse_destination(inputs)  # once: the insertion and the links read it
    links = destination_links(decided.plan, inputs, parsed=parsed)
    files = render_outputs(decided.plan, inputs, decided=decided.decided, flags=False,  # flags.json below, once
                           links=links, parsed=parsed)
    article = wikitext_filename(decided.plan.target_title)
    check_destination_kept(inputs.target.wikitext, files.get(article), what=article)
    if rsp is None:
        from mergekit.net.rsp import current_table
        rsp = current_table()
    report = checked_draft(inputs.target.wikitext or "", files[article], run_date=decided.plan.run_date, rsp=rsp,
                           source=inputs.source.wikitext or "")
    raise_on_errors(report, article)
    files["flags.json"] = render_flags(decided.plan, inputs, check=report.to_dict(), decisions=run_decisions(
        ((d.decision, d.phrase) for d in decided.decided), ((n.decision, n.reason) for n in decided.not_applied)))
    files["talk.wikitext"] = with_check_points(files["talk.wikitext"], report.warnings, reliability=rsp.named())
    files[REPORT_FILE] = report_for(files, decided, decisions)
    return Rendered(files, decided, report, links)


def draft_merge(inputs: MergeInputs, out: Path, *, section: str | None = None,
                rsp: RspTable | None = None, force: bool = False) -> DraftResult:
    """``render_merge`` with the review decisions found in ``out``, then every file written
    into ``out`` as one unit (a check error stops before anything is written, and so does an
    ``out`` holding another merge's run, unless ``force``: ``outputs.another_run``). With
    ``force``, the review decisions of another merge ``out`` held are not applied: its
    ``decisions.toml`` is kept beside the new draft under another name (``DraftResult.set_aside``)."""
    decisions = read_decisions(out / DECISIONS_FILE)
    rendered = render_merge(inputs, section=section, decisions=decisions, rsp=rsp)
    if force and decisions and out.is_dir() and holds_another_merge(out, rendered.files):
        rendered = render_merge(inputs, section=section, decisions={}, rsp=rsp)  # not this merge's
    aside: list[Path] = []
    written = write_outputs(out, rendered.files, refuse_other=not force, aside=aside if force else None)
    decided = rendered.decided
    return DraftResult(decided.plan, tuple(written), decided.decided, decided.not_applied, rendered.check,
                       rendered.links, aside[0] if aside else None)


def planned(inputs: MergeInputs, section: str | None = None) -> MergePlan:
    """``plan_merge(inputs, section_title=section)``, from the results cache when the same
    inputs were planned by the same code before (``mergekit.cache``)."""
    from mergekit.cache import cached

    def compute() -> MergePlan:
        from mergekit.plan.planner import plan_merge

        return plan_merge(inputs, section_title=section)

    return cached("plan", (inputs, section), compute, kind=MergePlan)


def checked_draft(original: str, merged: str, *, run_date: str, rsp: RspTable, source: str = "") -> Report:
    """``check_draft``, from the results cache when the same draft of the same destination
    (and source) was checked with the same date and reliability data by the same code before."""
    from mergekit.cache import cached
    from mergekit.check.draft import check_draft

    return cached("check", (original, merged, run_date, rsp, source),
                  lambda: check_draft(original, merged, run_date=run_date, rsp=rsp, source=source), kind=Report)


def check_destination_kept(original: str | None, merged: str | None, *, what: str = "the destination") -> None:
    """Raise ``DraftIntegrityError`` unless ``merged`` is ``original`` with one block inserted."""
    if original is None or merged is None:
        raise DraftIntegrityError(f"{what}: the destination's wikitext or its merged draft is missing")
    prefix = len(os.path.commonprefix([original, merged]))
    room = min(len(original), len(merged)) - prefix
    suffix = 0
    while suffix < room and original[-1 - suffix] == merged[-1 - suffix]:
        suffix += 1
    if prefix + suffix < len(original):
        lost = original[prefix:len(original) - suffix]
        raise DraftIntegrityError(
            f"{what} would lose {len(lost)} characters of the destination as read, from offset {prefix} "
            f"({lost[:60]!r}): a bug in mergekit, nothing was written"
        )

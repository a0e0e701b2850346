"""``mergekit run`` checks its own draft: only what the merge added is mergekit's to answer for.

The whole merged article is checked (a reuse in the new section may rely on a definition
elsewhere), then the findings are kept when they sit on a line the merge inserted or
changed (:func:`new_lines`, from a line diff against the destination as it was). The
destination's own problems are not the draft's. An error among the kept findings stops the
run (:class:`~mergekit.errors.DraftCheckFailed`: nothing is written); warnings travel into
``flags.json`` and the talk post.

Nor are the source article's own citation fields: a ``{{cite news}}`` the article wrote with
``date=27/08/2016`` is carried as written, and an error on fields as the article wrote them
(``_AS_WRITTEN``: the same rule on the same cite text when the source's wikitext is checked) is a
warning that says so, for the editor to fix in the merged text, rather than a run that
writes nothing. An error that depends on the run (a date after the run date) or on the
draft's own ref markup still stops it.
"""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import replace

from mergekit.check.context import Context
from mergekit.check.model import WARNING, Report
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


# Errors on a citation's fields as its writer gave them, not on the run or the draft's markup.
_AS_WRITTEN = frozenset({"cite/no-title", "cite/access-date-without-url", "cite/archive-without-date",
                         "cite/archive-date-without-url", "cite/url-status", "cite/bad-date"})


def check_draft(original: str, merged: str, *, run_date: str, rsp: RspTable, source: str = "") -> Report:
    """The findings on what the merge added to ``original``; ``source``: the source article's
    wikitext, whose own citation errors the draft carries as warnings (module docstring)."""
    from mergekit.check.core import check_text  # the rule families, loaded only when a draft is checked

    context = Context(today=dt.date.fromisoformat(run_date), rsp=rsp)
    report = check_text(merged, context).within(new_lines(original, merged))
    if not source or not any(f.rule in _AS_WRITTEN for f in report.errors):
        return report
    source_cites = _cites_at(source)
    own = {(f.rule, source_cites.get((f.line, f.column))) for f in check_text(source, context).errors
           if f.rule in _AS_WRITTEN}
    merged_cites = _cites_at(merged)
    return Report(tuple(
        replace(f, severity=WARNING, message=f"{f.message}, as the source article has it")
        if f.severity != WARNING and f.rule in _AS_WRITTEN and (f.rule, merged_cites.get((f.line, f.column))) in own
        and merged_cites.get((f.line, f.column)) is not None else f
        for f in report.findings), report.data, report.checks)


def _cites_at(text: str) -> dict[tuple[int, int], str]:
    """Each citation template of ``text`` by its (line, column), as its own text (spacing
    folded): a finding on a citation is matched to the source article's by the cite itself,
    not by its message (two cites of one title and one bad date give the same message)."""
    from mergekit.check.document import Document  # the parser, loaded only when a draft is checked

    doc = Document.parse(text)
    return {doc.position(cite.start): " ".join(str(cite.located.node).split()) for cite in doc.cites}


def raise_on_errors(report: Report, label: str) -> None:
    """Stop the run, with the findings, when the draft has an error."""
    if report.errors:
        raise DraftCheckFailed(
            f"the draft of {label} did not pass `mergekit check`; nothing was written. "
            f"Line numbers are in the draft as it would have been written.\n" + render_report(report, label))

"""``mergekit check``: citations and wikitext checked before an editor presses publish.

:func:`check_text` parses the text once (:class:`~mergekit.check.document.Document`) and
runs every offline rule family over it, each a pure function returning
:class:`~mergekit.check.model.Finding`\\ s:

========================  ==========================================================
:mod:`.refs`              reference integrity (what Cite shows as red errors)
:mod:`.duplicates`        one source cited by several full definitions
:mod:`.cites`             citation templates: CS1 errors and date formats
:mod:`.links`             bare URLs in refs, external links in prose
:mod:`.incomplete`        ``{{cite news}}``/``{{cite web}}`` without url, work or date
:mod:`.wtw`               words to watch in the article's own voice
:mod:`.placement`         footnotes before punctuation, undated maintenance tags
:mod:`.reliability`       cited outlets in perennial-sources data
========================  ==========================================================

Two more take what only the network can give: :mod:`.deadlinks` (``--online``) and
:mod:`.preview` (``--preview``); :func:`check_text` accepts their inputs ready-made.
A :class:`Report` holds the findings sorted by position and the data used.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

from mergekit.check import cites, deadlinks, duplicates, incomplete, links, placement, preview, refs, reliability, wtw
from mergekit.check.context import Context
from mergekit.check.deadlinks import LinkStatus
from mergekit.check.document import Document
from mergekit.check.model import ERROR, WARNING, Finding

__all__ = ["Report", "Context", "Finding", "LinkStatus", "check_text", "check_document", "ALL_RULES"]

ALL_RULES = (refs.RULES + duplicates.RULES + cites.RULES + links.RULES + incomplete.RULES + wtw.RULES
             + placement.RULES + reliability.RULES + deadlinks.RULES + preview.RULES)


@dataclass(frozen=True)
class Report:
    findings: tuple[Finding, ...]
    data: str  # which reliability data was used, and how old it is
    checks: tuple[str, ...] = field(default=("offline",))

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == ERROR)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == WARNING)

    def summary(self) -> dict:
        rules: dict[str, int] = {}
        for f in self.findings:
            rules[f.rule] = rules.get(f.rule, 0) + 1
        return {"errors": len(self.errors), "warnings": len(self.warnings), "rules": dict(sorted(rules.items())),
                "reliability_data": self.data, "checks": list(self.checks)}

    def to_dict(self) -> dict:
        return {"findings": [f.to_dict() for f in self.findings], "summary": self.summary()}

    def within(self, lines: set[int]) -> "Report":
        """Only the findings on ``lines`` (and those with no line)."""
        return Report(tuple(f for f in self.findings if f.line in lines or f.line == 0), self.data, self.checks)


def check_document(doc: Document, ctx: Context, *, links_status: Mapping[str, LinkStatus] | None = None,
                   preview_html: str | None = None, preview_warnings: tuple[str, ...] = ()) -> Report:
    found: list[Finding] = []
    found += refs.check(doc)
    found += duplicates.check(doc)
    found += cites.check(doc, ctx)
    found += links.check(doc)
    found += incomplete.check(doc)
    found += wtw.check(doc)
    found += placement.check(doc)
    found += reliability.check(doc, ctx)
    checks = ["offline"]
    if links_status is not None:
        found += deadlinks.check(doc, links_status)
        checks.append("online")
    if preview_html is not None:
        found += preview.check(doc, preview_html, preview_warnings)
        checks.append("preview")
    return Report(tuple(sorted(set(found))), ctx.rsp.describe(ctx.today), tuple(checks))


def check_text(text: str, ctx: Context | None = None, **kwargs) -> Report:
    """Every check over ``text`` (see :func:`check_document` for the online inputs)."""
    return check_document(Document.parse(text), ctx or Context(), **kwargs)

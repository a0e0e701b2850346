"""Every offline rule family over one parsed text: :func:`check_text`, :func:`check_document`
(the package docstring, ``mergekit.check``, lists the families)."""

from __future__ import annotations

from collections.abc import Mapping

from mergekit.check import cites, deadlinks, duplicates, incomplete, links, placement, preview, refs, reliability, wtw
from mergekit.check.context import Context
from mergekit.check.deadlinks import LinkStatus
from mergekit.check.document import Document
from mergekit.check.model import Finding, Report

__all__ = ["check_text", "check_document", "ALL_RULES"]

ALL_RULES = (refs.RULES + duplicates.RULES + cites.RULES + links.RULES + incomplete.RULES + wtw.RULES
             + placement.RULES + reliability.RULES + deadlinks.RULES + preview.RULES)


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

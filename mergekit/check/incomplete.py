"""Incomplete citations: a ``{{cite news}}`` or ``{{cite web}}`` a reader cannot follow up.

``cite/incomplete`` (warning): no ``url``, no ``work`` (or ``website``/``newspaper``/...),
or no ``date``. One finding per template names every missing field and where an editor
finds it. ``cite/incomplete`` does not fire for other cite templates (a book has no URL).
"""

from __future__ import annotations

from mergekit.check.document import Document
from mergekit.check.model import WARNING, Finding

__all__ = ["check"]

RULES = ("cite/incomplete",)

CHECKED = ("cite news", "cite web")
WORK = ("work", "website", "newspaper", "magazine", "periodical", "journal", "agency", "publisher")
# Each field: the parameters that satisfy it, and where the editor finds the value.
FIELDS = {
    "url": (("url",), "the address of the page you read it at"),
    "work": (WORK, "the outlet's name, as its masthead or the page's footer gives it"),
    "date": (("date", "year"), "the publication date under the headline or in the byline"),
}


def check(doc: Document) -> list[Finding]:
    out: list[Finding] = []
    for cite in doc.cites:
        if cite.kind not in CHECKED:
            continue
        missing = [field for field, (names, _) in FIELDS.items() if not any(n in cite.params for n in names)]
        if missing:
            where = "; ".join(f"{field}: {FIELDS[field][1]}" for field in missing)
            out.append(doc.finding("cite/incomplete", WARNING, cite.start,
                                   f"{cite.describe()} has no {', no '.join(missing)}",
                                   f"add |{'=, |'.join(missing)}= ({where})"))
    return out

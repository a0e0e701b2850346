"""Duplicate citations: one source cited by several full definitions.

``dup/source`` (warning): two ref definitions (different names, or unnamed and repeated in
full) cite the same URL, or the same title in the same work. The fix is one named ref
defined once and reused as ``<ref name="..." />``. Reuses and the same name defined twice
with identical text are not duplicates.
"""

from __future__ import annotations

from mwparserfromhell.nodes import ExternalLink, Tag

from mergekit.check.document import Document, Ref, is_cite, is_ref, param
from mergekit.check.model import WARNING, Finding
from mergekit.check.urls import same_url_key

__all__ = ["check"]

RULES = ("dup/source",)


def _keys(doc: Document, ref: Ref) -> list[tuple[str, str]]:
    """What identifies the source(s) a ref definition cites."""
    keys = []
    for loc in doc.descendants(ref.located):
        if is_cite(loc.node):
            url = param(loc.node, "url")
            if url:
                keys.append(("url", same_url_key(url)))
            title = param(loc.node, "title", "trans-title")
            if title:
                work = param(loc.node, "work", "website", "newspaper", "magazine", "journal", "publisher") or ""
                keys.append(("title", " ".join((title + " | " + work).lower().split())))
        elif isinstance(loc.node, ExternalLink):
            keys.append(("url", same_url_key(str(loc.node.url))))
    return keys


def _label(ref: Ref) -> str:
    return f"\u201c{ref.name}\u201d" if ref.name else "an unnamed ref"


def _cited(doc: Document, ref: Ref) -> str:
    """What the ref cites, as a reader knows it: " (“title”, work)"; "" for a ref with no cite
    template. The finding then tells which source is cited twice, not only which markup."""
    for loc in doc.descendants(ref.located):
        if is_cite(loc.node):
            title = param(loc.node, "title", "trans-title")
            work = param(loc.node, "work", "website", "newspaper", "magazine", "journal", "publisher")
            said = ", ".join(filter(None, (f"\u201c{title}\u201d" if title else "", work or "")))
            return f" ({said})" if said else ""
    return ""


def check(doc: Document) -> list[Finding]:
    out: list[Finding] = []
    first: dict[tuple[str, str], Ref] = {}
    for ref in doc.refs:
        if not (ref.content and ref.content.strip()) or ref.located.inside(Tag, is_ref):
            continue  # reuses; and a ref nested in another is refs/nested's business
        reported = False
        for key in _keys(doc, ref):
            earlier = first.setdefault(key, ref)
            if earlier is ref or reported:
                continue
            if ref.name and earlier.name == ref.name:
                continue  # the same name: identical text is fine, different text is refs/redefined
            what = "URL" if key[0] == "url" else "title and work"
            line = doc.position(earlier.start)[0]
            name = earlier.name or ref.name or "outlet-date"
            out.append(doc.finding(
                "dup/source", WARNING, ref.start,
                f"{_label(ref)}{_cited(doc, ref)} cites the same {what} as {_label(earlier)} on line {line}",
                f"define it once as <ref name=\"{name}\">...</ref> and reuse it here as <ref name=\"{name}\" />"))
            reported = True
    return out

"""Duplicate citations: one source cited by several full definitions.

``dup/source`` (warning): two ref definitions (different names, or unnamed and repeated in
full) cite the same URL, or the same title in the same work, or the same title where one of
them names no work (a news text the run could not match to the article's reference: its
outlet unknown) or a work that only adds words after the other's ("Al Jazeera News and
agencies" beside "Al Jazeera"); those last two are named as possibly one report, since
two outlets may run one wire headline. The fix is one named ref
defined once and reused as ``<ref name="..." />``. Reuses and the same name defined twice
with identical text are not duplicates.
"""

from __future__ import annotations

from mwparserfromhell.nodes import ExternalLink, Tag

from mergekit.check.document import Document, Ref, is_cite, is_ref, param, shown
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


def _titles(doc: Document, ref: Ref) -> list[tuple[str, str]]:
    """(title, work) of each cite template in the ref, lower case, spaces folded."""
    out = []
    for loc in doc.descendants(ref.located):
        if is_cite(loc.node) and (title := param(loc.node, "title", "trans-title")):
            work = param(loc.node, "work", "website", "newspaper", "magazine", "journal", "publisher") or ""
            out.append((" ".join(title.lower().split()), " ".join(work.lower().split())))
    return out


def _may_be_one(a: str, b: str) -> bool:
    """Two works of one title that may be one report: one is missing, or one's words begin the other's."""
    short, long = sorted((a.split(), b.split()), key=len)
    return not short or long[:len(short)] == short


def _label(ref: Ref) -> str:
    return f"\u201c{ref.name}\u201d" if ref.name else "an unnamed ref"


def _cited(doc: Document, ref: Ref) -> str:
    """What the ref cites, as a reader knows it: " (“title”, work)"; "" for a ref with no cite
    template. The finding then tells which source is cited twice, not only which markup."""
    for loc in doc.descendants(ref.located):
        if is_cite(loc.node):
            title = param(loc.node, "title", "trans-title")
            work = param(loc.node, "work", "website", "newspaper", "magazine", "journal", "publisher")
            said = ", ".join(filter(None, (f"\u201c{shown(title)}\u201d" if title else "", shown(work or ""))))
            return f" ({said})" if said else ""
    return ""


def check(doc: Document) -> list[Finding]:
    out: list[Finding] = []
    first: dict[tuple[str, str], Ref] = {}
    seen: dict[str, list[tuple[Ref, str]]] = {}  # title -> (ref, its work) for each definition so far
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
        if reported:
            continue
        for title, work in _titles(doc, ref):  # the same title, a work missing or only longer
            match = next((e for e, w in seen.get(title, ()) if w != work and _may_be_one(w, work)
                          and not (ref.name and e.name == ref.name)), None)
            if match is not None:
                line = doc.position(match.start)[0]
                fuller = max((match, ref), key=lambda r: len(r.content or ""))  # the one with url and work
                name = fuller.name or match.name or ref.name or "outlet-date"
                out.append(doc.finding(
                    "dup/source", WARNING, ref.start,
                    f"{_label(ref)}{_cited(doc, ref)} has the title of {_label(match)}{_cited(doc, match)} on line "
                    f"{line}, which may be the same report",
                    f"if it is, keep the definition <ref name=\"{name}\">...</ref> (the one with more of its "
                    f"details) and cite it in both places as <ref name=\"{name}\" />"))
                break
        for title, work in _titles(doc, ref):
            seen.setdefault(title, []).append((ref, work))
    return out

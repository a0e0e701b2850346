"""Source reliability: every cited outlet looked up in perennial-sources data (WP:RSP).

The outlet is found by the citation's URL (its host, or a parent domain) and, when there is
no URL, by its ``work``/``website``/``newspaper``/... (a domain-like work such as
``aljazeera.com/`` is read as a domain). A book cited by its publisher alone is not looked up:
RSP rates outlets, and an unknown publisher is not worth a warning on every book. Findings, one per outlet (at its first citation):

- ``rsp/deprecated``, ``rsp/blacklisted`` (error): do not cite it;
- ``rsp/unreliable`` (warning, with the summary): generally unreliable;
- ``rsp/no-consensus`` (warning, with the summary): use with care, attribute;
- ``rsp/unknown`` (warning): not in the data used, so not known to be reliable.
Several entries for one outlet (Fox News is rated by topic) are all named; the worst rating
sets the severity. Generally reliable outlets produce no finding.
"""

from __future__ import annotations

from mwparserfromhell.nodes import ExternalLink, Tag, Template

from mergekit.check.context import Context
from mergekit.check.document import Document, is_cite, is_ref
from mergekit.check.model import ERROR, WARNING, Finding
from mergekit.check.rsp import RspEntry, RspTable
from mergekit.check.urls import host

__all__ = ["check", "cited_outlets"]

RULES = ("rsp/deprecated", "rsp/blacklisted", "rsp/unreliable", "rsp/no-consensus", "rsp/unknown")
RANK = {"blacklisted": 4, "deprecated": 3, "generally unreliable": 2, "no consensus": 1, "generally reliable": 0}
RULE = {"blacklisted": ("rsp/blacklisted", ERROR), "deprecated": ("rsp/deprecated", ERROR),
        "generally unreliable": ("rsp/unreliable", WARNING), "no consensus": ("rsp/no-consensus", WARNING)}
FIX = {
    "blacklisted": "remove the citation: links to it cannot be saved; find a reliable source for the claim",
    "deprecated": "replace it with a reliable source (deprecated sources may not be cited for facts)",
    "generally unreliable": "replace it with a reliable source, or attribute the claim in the text if it must stay",
    "no consensus": "attribute the claim in the text, or add a better source",
}
WORK = ("work", "website", "newspaper", "magazine", "periodical", "journal", "agency")


def cited_outlets(doc: Document) -> list[tuple[int, str, str]]:
    """(offset, kind, key) per citation: kind ``domain`` or ``name``."""
    out = []
    for loc in doc.nodes:
        if is_cite(loc.node):
            url = next((str(loc.node.get(n).value).strip() for n in ("url",) if loc.node.has(n)), "")
            work = next((str(loc.node.get(n).value).strip() for n in WORK
                         if loc.node.has(n) and str(loc.node.get(n).value).strip()), "")
            if url and host(url):
                out.append((loc.start, "domain", host(url)))
            elif work and "." in work and " " not in work.strip():
                out.append((loc.start, "domain", host(work)))
            elif work:
                out.append((loc.start, "name", work))
        elif isinstance(loc.node, ExternalLink) and loc.inside(Tag, is_ref) and not loc.inside(Template, is_cite):
            out.append((loc.start, "domain", host(str(loc.node.url))))
    return out


def _lookup(table: RspTable, kind: str, key: str) -> list[RspEntry]:
    return table.by_domain(key) if kind == "domain" else table.by_name(key)


def check(doc: Document, ctx: Context) -> list[Finding]:
    out: list[Finding] = []
    seen: set[str] = set()
    for offset, kind, key in cited_outlets(doc):
        entries = _lookup(ctx.rsp, kind, key)
        ident = ",".join(sorted(e.name for e in entries)) if entries else f"{kind}:{key.lower()}"
        if ident in seen:
            continue
        seen.add(ident)
        if not entries:
            out.append(doc.finding("rsp/unknown", WARNING, offset,
                                   f"{key}: no entry in the perennial-sources data, so not known to be reliable",
                                   "check WP:RS and the reliable-sources noticeboard archives before relying on it"))
            continue
        worst = max(entries, key=lambda e: RANK[e.status] + (10 if e.blacklisted else 0))
        status = "blacklisted" if worst.blacklisted else worst.status
        if status not in RULE:
            continue
        rule, severity = RULE[status]
        out.append(doc.finding(rule, severity, offset, _rated(key, entries), FIX[status]))
    return out


def _rated(key: str, entries: list[RspEntry]) -> str:
    """What the data says of the outlet cited as ``key``, as an editor reads it on a talk page:
    each entry's name and rating, its summary in place of the rating where the summary
    opens with it ("Fox News (politics): Generally unreliable for politics (from November
    2020)", not "generally unreliable — Generally unreliable ..."); the outlet as cited only
    where the entries' names do not already give it ("fox news" for "Fox News (politics)").
    Which data (``Report.data``) is said once, by the report and the talk post, not in any
    message."""
    ratings = []
    for e in entries:
        rating = "blacklisted" if e.blacklisted else e.status
        if not e.summary:
            ratings.append(f"{e.name}: {rating}")
        elif e.summary.lower().startswith(rating):
            ratings.append(f"{e.name}: {e.summary}")
        else:
            ratings.append(f"{e.name}: {rating} \u2014 {e.summary}")
    named = all(e.name.lower().startswith(key.lower()) for e in entries)
    return "; ".join(ratings) if named else f"{key}: " + "; ".join(ratings)

"""Bare URLs in references and external links in the article's prose.

- ``link/bare-url`` (warning): a ``<ref>`` whose whole content is a URL, bracketed or not
  (WP:BAREURLS): link rot leaves nothing to find the source by;
- ``link/external-in-prose`` (warning): ``[https://... text]`` or a raw URL in running text
  (WP:EL: external links belong in references or == External links ==).
"""

from __future__ import annotations

from mwparserfromhell.nodes import ExternalLink

from mergekit.check.document import Document, Ref
from mergekit.check.model import WARNING, Finding

__all__ = ["check"]

RULES = ("link/bare-url", "link/external-in-prose")


def _bare(ref: Ref) -> str | None:
    """The URL when the ref holds nothing but a URL (``[url]``, or ``[url url]``)."""
    nodes = [n for n in ref.located.node.contents.nodes if str(n).strip()]
    if len(nodes) != 1 or not isinstance(nodes[0], ExternalLink):
        return None
    link = nodes[0]
    title = str(link.title).strip() if link.title is not None else ""
    return str(link.url) if not title or title == str(link.url) else None


def check(doc: Document) -> list[Finding]:
    out: list[Finding] = []
    for ref in doc.refs:
        url = _bare(ref) if ref.content else None
        if url:
            out.append(doc.finding("link/bare-url", WARNING, ref.start, f"a bare URL as the whole reference: {url}",
                                   "fill it in as {{cite web |url= |title= |website= |date= |access-date=}} "
                                   "(or {{cite news}} for a news report)"))
    for loc in doc.nodes:
        if isinstance(loc.node, ExternalLink) and doc.in_prose(loc):
            out.append(doc.finding("link/external-in-prose", WARNING, loc.start,
                                   f"an external link in the article text: {loc.node.url}",
                                   "cite it in a <ref> instead, or move it to == External links =="))
    return out

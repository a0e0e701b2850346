"""Dead links (``--online``): cited URLs that no longer answer, with no archive to fall back on.

Pure: :func:`urls_to_probe` lists what to fetch, the network edge
(:mod:`mergekit.net.linkcheck`) fetches it, and :func:`check` turns the answers into findings:

- ``link/dead`` (warning): HTTP 404, 410 or another 4xx (401/403/429 aside: those say
  "not for you" or "not now", not "gone"), or a host that does not exist;
- ``link/unreachable`` (warning): a server error or timeout after the retries: maybe
  temporary, so it is reported but not called dead.
A citation that already has ``archive-url`` or ``url-status=dead`` is not probed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from mwparserfromhell.nodes import ExternalLink

from mergekit.check.document import Document, is_cite, param
from mergekit.check.model import WARNING, Finding
from mergekit.check.urls import looks_like_url

__all__ = ["LinkStatus", "urls_to_probe", "check"]

RULES = ("link/dead", "link/unreachable")
NOT_GONE = frozenset({401, 403, 429})


@dataclass(frozen=True)
class LinkStatus:
    url: str
    status: int | None  # final HTTP status, None when no answer came
    error: str = ""  # why no answer came
    gone: bool = False  # no answer because the host does not exist


def urls_to_probe(doc: Document) -> list[tuple[int, str]]:
    """(offset, url) of each cited URL without an archive, in text order, first occurrence only."""
    out, seen = [], set()
    for loc in doc.nodes:
        url = None
        if is_cite(loc.node):
            if param(loc.node, "archive-url", "archiveurl") or (param(loc.node, "url-status") or "").lower() == "dead":
                continue
            url = param(loc.node, "url")
        elif isinstance(loc.node, ExternalLink) and not any(is_cite(a) for a in loc.ancestors):
            url = str(loc.node.url)
        if url and looks_like_url(url) and url not in seen:
            seen.add(url)
            out.append((loc.start, url))
    return out


def check(doc: Document, statuses: Mapping[str, LinkStatus]) -> list[Finding]:
    out: list[Finding] = []
    for offset, url in urls_to_probe(doc):
        st = statuses.get(url)
        if st is None:
            continue
        if st.gone or (st.status is not None and 400 <= st.status < 500 and st.status not in NOT_GONE):
            why = f"HTTP {st.status}" if st.status is not None else st.error
            out.append(doc.finding("link/dead", WARNING, offset, f"dead link ({why}): {url}",
                                   "find an archived copy (web.archive.org) and add |archive-url= |archive-date= "
                                   "|url-status=dead, or {{dead link|date=Month YYYY}} if there is none"))
        elif st.status is None or st.status >= 500:
            why = f"HTTP {st.status}" if st.status is not None else st.error
            out.append(doc.finding("link/unreachable", WARNING, offset, f"could not be reached now ({why}): {url}",
                                   "try again later; if it stays down, add an archive (|archive-url=, |url-status=dead)"))
    return out

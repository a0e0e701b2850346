"""Dead links (``--online``): cited URLs that no longer answer, with no archive to fall back on.

Pure: :func:`urls_to_probe` lists what to fetch, the network edge
(:mod:`mergekit.net.linkcheck`) fetches it, and :func:`check` turns the answers into findings:

- ``link/dead`` (warning): HTTP 404, 410 or another 4xx (401/403/429 aside: those say
  "not for you" or "not now", not "gone"), or a host that does not exist;
- ``link/unreachable`` (warning): a server error or timeout after the retries: maybe
  temporary, so it is reported but not called dead;
- ``link/moved`` (warning): the page answers, but only through a redirect to its site's front
  page (a removed report often is: the link "works" and shows nothing the citation says), or
  through permanent redirects (301/308) to another address, which the citation should give
  (trial-8). A redirect that only changes the scheme, "www." or a last "/" is not a move, and
  a temporary one (302) to another page is not reported (a consent or login page).
A citation that already has ``archive-url`` or ``url-status=dead`` is not probed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from mwparserfromhell.nodes import ExternalLink

from mergekit.check.document import Document, is_cite, param
from mergekit.check.model import WARNING, Finding
from mergekit.check.urls import looks_like_url

__all__ = ["LinkStatus", "urls_to_probe", "check"]

RULES = ("link/dead", "link/unreachable", "link/moved")
NOT_GONE = frozenset({401, 403, 429})


@dataclass(frozen=True)
class LinkStatus:
    url: str
    status: int | None  # final HTTP status, None when no answer came
    error: str = ""  # why no answer came
    gone: bool = False  # no answer because the host does not exist
    moved_to: str | None = None  # the address that answered, when redirects led there from ``url``
    permanent: bool = False  # every redirect on the way was permanent (301/308)


def _address(url: str) -> tuple[str, str, str]:
    """``url`` as host (no "www."), path (no last "/") and query: what a move must change."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return (url, "", "")
    return ((parts.hostname or "").removeprefix("www."), parts.path.rstrip("/"), parts.query)


def _front_page(url: str) -> bool:
    _, path, query = _address(url)
    return not path and not query


def _moved(st: LinkStatus) -> str | None:
    """Why a page that answers is no longer the cited one (``link/moved``), or None."""
    if not st.moved_to or st.status is None or st.status >= 400 or _address(st.moved_to) == _address(st.url):
        return None
    if _front_page(st.moved_to) and not _front_page(st.url):
        return f"redirects to its site's front page ({st.moved_to}), so the cited page is probably gone"
    if st.permanent:
        return f"moved permanently to {st.moved_to}"
    return None


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
        elif moved := _moved(st):
            out.append(doc.finding("link/moved", WARNING, offset, f"{moved}: {url}",
                                   "check that the page there is the cited report and give its address (|url=); "
                                   "if it is not, add an archived copy (|archive-url=, |url-status=dead)"))
    return out

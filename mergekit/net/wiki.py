"""The MediaWiki Action API: current wikitext and revision of a page, category members.

Only reads, one request at a time; every answer becomes a frozen dataclass.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import mwparserfromhell
from requests_cache import CachedSession

from mergekit.errors import InputError, NetworkError
from mergekit.net.session import NetSettings, get

__all__ = ["Page", "fetch_page", "category_members", "redirect_target"]


@dataclass(frozen=True)
class Page:
    """A page's current revision. ``redirect_to`` is set when the page is a redirect
    (``"Dest#Section"``); ``redirected_from`` when the title asked for redirected here."""

    title: str
    wikitext: str
    revid: int
    timestamp: str
    redirect_to: str | None = None
    redirected_from: str | None = None


def redirect_target(wikitext: str) -> str | None:
    """``Dest#Section`` of a ``#REDIRECT [[Dest#Section]]`` page, else None."""
    stripped = wikitext.lstrip()
    if not stripped[:9].upper() == "#REDIRECT":
        return None
    links = mwparserfromhell.parse(stripped).filter_wikilinks(recursive=False)
    return str(links[0].title).strip() if links else None


def _api(session: CachedSession, api_url: str, params: dict[str, str], settings: NetSettings, *, batch: bool) -> dict:
    params = {**params, "format": "json", "formatversion": "2"}
    if batch:
        params["maxlag"] = "5"
    response = get(session, api_url, settings=settings, params=params, expire_after=settings.wiki_expire, api=True)
    if response.status_code != 200:
        raise NetworkError(f"{api_url}: HTTP {response.status_code}; check the --wiki API URL")
    try:
        data = response.json()
    except ValueError:
        raise NetworkError(f"{api_url}: the answer is not JSON; is this a MediaWiki api.php URL?") from None
    if "error" in data:
        error = data["error"]
        raise NetworkError(f"{api_url}: API error {error.get('code')}: {error.get('info')}")
    return data


def fetch_page(
    session: CachedSession,
    api_url: str,
    title: str,
    *,
    settings: NetSettings,
    follow_redirects: bool = True,
    batch: bool = False,
) -> Page:
    """The current wikitext, revision id and timestamp of ``title``.

    With ``follow_redirects`` the page a redirect points to is returned (its
    ``redirected_from`` names the title asked for); without, the redirect page itself
    (its ``redirect_to`` names the destination). A missing page raises ``InputError``.
    """
    params = {
        "action": "query",
        "prop": "revisions",
        "titles": title,
        "rvprop": "content|ids|timestamp",
        "rvslots": "main",
    }
    if follow_redirects:
        params["redirects"] = "1"
    query = _api(session, api_url, params, settings, batch=batch).get("query", {})
    pages = query.get("pages") or []
    if not pages:
        raise InputError(f"page {title!r}: the wiki returned no page; check the title")
    page = pages[0]
    if page.get("missing") or page.get("invalid"):
        raise InputError(f"page {page.get('title', title)!r} does not exist on {api_url}; check the title")
    revision = page["revisions"][0]
    wikitext = revision["slots"]["main"]["content"]
    redirects = query.get("redirects") or []
    return Page(
        title=page["title"],
        wikitext=wikitext,
        revid=int(revision["revid"]),
        timestamp=revision["timestamp"],
        redirect_to=redirect_target(wikitext),
        redirected_from=redirects[0]["from"] if redirects else None,
    )


def category_members(
    session: CachedSession,
    api_url: str,
    category: str,
    *,
    settings: NetSettings,
    namespace: int = 0,
    limit: int = 500,
) -> Iterator[str]:
    """Titles in ``category`` (articles by default), following ``continue`` to the end."""
    if not category.lower().startswith("category:"):
        category = "Category:" + category
    params = {
        "action": "query",
        "list": "categorymembers",
        "cmtitle": category,
        "cmnamespace": str(namespace),
        "cmlimit": str(limit),
        "cmprop": "title",
    }
    cont: dict[str, str] = {}
    while True:
        data = _api(session, api_url, {**params, **cont}, settings, batch=True)
        for member in data.get("query", {}).get("categorymembers", []):
            yield member["title"]
        if "continue" not in data:
            return
        cont = {k: str(v) for k, v in data["continue"].items()}

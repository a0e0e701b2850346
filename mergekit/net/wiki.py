"""The MediaWiki Action API: current wikitext and revision of a page, category members.

Only reads, one request at a time; every answer becomes a frozen dataclass.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import mwparserfromhell
import requests
from requests_cache import CachedSession

from mergekit.errors import InputError, NetworkError
from mergekit.net.session import NetSettings, get

__all__ = ["MissingPage", "Page", "fetch_page", "category_members", "redirect_target", "api_answer"]


class MissingPage(InputError):
    """The wiki has no page of that title (a red link)."""


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


def _api(session: CachedSession, api_url: str, params: dict[str, str], settings: NetSettings, *, batch: bool,
         fresh: bool = False) -> dict:
    params = {**params, "format": "json", "formatversion": "2"}
    if batch:
        params["maxlag"] = "5"
    response = get(session, api_url, settings=settings, params=params, expire_after=settings.wiki_expire, api=True,
                   fresh=fresh)
    return api_answer(response, api_url)


def api_answer(response: requests.Response, api_url: str, *, option: str = "--wiki", what: str = "API") -> dict[str, Any]:
    """The JSON object a MediaWiki Action API answered; anything else (an HTTP error, not
    JSON, not an object, an ``error`` answer) is a ``NetworkError`` naming ``option``."""
    if response.status_code != 200:
        raise NetworkError(f"{api_url}: HTTP {response.status_code}; check the {option} API URL")
    try:
        data = response.json()
    except ValueError:
        raise NetworkError(f"{api_url}: the answer is not JSON; is this a MediaWiki api.php URL?") from None
    if not isinstance(data, dict):
        raise NetworkError(f"{api_url}: the answer is not a JSON object; is this a MediaWiki api.php URL?")
    if "error" in data:
        error = data["error"]
        code, info = (error.get("code"), error.get("info")) if isinstance(error, dict) else ("?", error)
        raise NetworkError(f"{api_url}: {what} error {code}: {info}")
    return data


def _shape(value: object, kind: type | tuple[type, ...], what: str, api_url: str):
    """``value`` when it is of ``kind``; else the answer is not what the API gives."""
    if isinstance(value, kind) and not isinstance(value, bool):
        return value
    raise NetworkError(f"{api_url}: unexpected answer ({what} is {type(value).__name__}); "
                       "is this a MediaWiki api.php URL (MediaWiki 1.35 or later)?")


def fetch_page(
    session: CachedSession,
    api_url: str,
    title: str,
    *,
    settings: NetSettings,
    follow_redirects: bool = True,
    batch: bool = False,
    fresh: bool = False,
) -> Page:
    """The current wikitext, revision id and timestamp of ``title``.

    With ``follow_redirects`` the page a redirect points to is returned (its
    ``redirected_from`` names the title asked for); without, the redirect page itself
    (its ``redirect_to`` names the destination). A missing page raises ``InputError``.
    ``fresh`` asks the wiki even when the cache holds the page (the answer is cached).
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
    query = _shape(_api(session, api_url, params, settings, batch=batch, fresh=fresh).get("query", {}), dict, "query", api_url)
    pages = _shape(query.get("pages") or [], list, "query.pages", api_url)
    if not pages:
        raise InputError(f"page {title!r}: the wiki returned no page; check the title")
    page = _shape(pages[0], dict, "the page", api_url)
    if page.get("missing") or page.get("invalid"):
        raise MissingPage(f"page {page.get('title', title)!r} does not exist on {api_url}; check the title")
    revisions = _shape(page.get("revisions"), list, "the page's revisions", api_url)
    revision = _shape(revisions[0] if revisions else None, dict, "the revision", api_url)
    main = _shape(revision.get("slots"), dict, "the revision's slots", api_url).get("main")
    main = _shape(main, dict, "the main slot", api_url)
    if main.get("texthidden") or revision.get("texthidden"):
        raise InputError(f"page {page.get('title', title)!r}: its current text is hidden (revision deleted); "
                         "ask an administrator, or work from a copy")
    wikitext = _shape(main.get("content"), str, "the page's text", api_url)
    redirects = query.get("redirects") or []
    redirected_from = redirects[0].get("from") if isinstance(redirects, list) and redirects and isinstance(redirects[0], dict) else None
    return Page(
        title=_shape(page.get("title"), str, "the page's title", api_url),
        wikitext=wikitext,
        revid=_shape(revision.get("revid"), int, "the revision id", api_url),
        timestamp=_shape(revision.get("timestamp"), str, "the revision's timestamp", api_url),
        redirect_to=redirect_target(wikitext),
        redirected_from=redirected_from if isinstance(redirected_from, str) else None,
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
        query = _shape(data.get("query", {}), dict, "query", api_url)
        for member in _shape(query.get("categorymembers", []), list, "query.categorymembers", api_url):
            yield _shape(_shape(member, dict, "a category member", api_url).get("title"), str, "a member's title", api_url)
        if "continue" not in data:
            return
        cont = {k: str(v) for k, v in _shape(data["continue"], dict, "continue", api_url).items()}

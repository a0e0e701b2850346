"""Fetch a merge (two pages and the news) into a local folder that works offline.

The folder holds ``source.wikitext``, ``target.wikitext``, one ``NN_<slug>.html`` (or
``.txt``, for a PDF's text) per readable news source, and ``merge.toml`` (read and written
by ``mergekit.load.manifest``; sources that could not be read are listed under
``[[unavailable]]``). :func:`resolve_pages` decides which pages the merge
is about (following redirects, reading ``{{Afd-merge to}}``); :func:`write_folder`
writes what was fetched; :func:`fetch_merge` does both.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import mwparserfromhell
from requests_cache import CachedSession

from mergekit.errors import InputError
from mergekit.filenames import url_slug
from mergekit.load.afd import is_notice_template, parse_notice_template
from mergekit.load.manifest import MANIFEST, Manifest, read_manifest, render_manifest
from mergekit.model import AfdNotice
from mergekit.net import config
from mergekit.net.news import OK, NewsPage, fetch_news
from mergekit.net.session import NetSettings, open_session
from mergekit.net.wiki import MissingPage, Page, fetch_page
from mergekit.unit import write_unit

__all__ = [
    "FetchedMerge",
    "find_notice",
    "cited_urls",
    "same_title",
    "resolve_pages",
    "news_filename",
    "write_folder",
    "fetch_merge",
]

@dataclass(frozen=True)
class FetchedMerge:
    """What was fetched. ``already_merged`` means the source already redirects to the
    destination: nothing to draft, and no folder was written."""

    api_url: str
    source: Page
    target: Page
    afd: AfdNotice | None
    news: tuple[NewsPage, ...] = ()
    already_merged: bool = False
    folder: Path | None = None


def find_notice(wikitext: str) -> AfdNotice | None:
    """The first ``{{Afd-merge to}}`` in ``wikitext``, or None."""
    for template in mwparserfromhell.parse(wikitext).filter_templates(recursive=True):
        if is_notice_template(template):
            return parse_notice_template(template)
    return None


def cited_urls(wikitext: str) -> tuple[str, ...]:
    """The ``url=`` of every citation template in ``wikitext`` (http/https, first seen order)."""
    urls: list[str] = []
    for template in mwparserfromhell.parse(wikitext).filter_templates(recursive=True):
        name = str(template.name).strip().lower()
        if not name.startswith(("cite", "citation")) or not template.has("url"):
            continue
        url = str(template.get("url").value).strip()
        if url.startswith(("http://", "https://")) and url not in urls:
            urls.append(url)
    return tuple(urls)


def _norm(title: str) -> str:
    title = " ".join(title.replace("_", " ").split()).partition("#")[0].strip()
    return title[:1].upper() + title[1:]


def same_title(a: str, b: str) -> bool:
    """True when two titles name the same page (case of the first letter, ``_``, ``#Section``)."""
    return _norm(a) == _norm(b)


def resolve_pages(
    session: CachedSession,
    api_url: str,
    source_title: str,
    target_title: str | None,
    *,
    settings: NetSettings,
    batch: bool = False,
) -> FetchedMerge:
    """Fetch the source and the destination and decide what the merge is.

    A source that is a redirect is followed: to the destination (or, with no destination
    given, to a page without ``{{Afd-merge to}}``) it means the merge was done; elsewhere
    it means the article was renamed, and the merge goes on with the renamed page.
    """
    source = fetch_page(session, api_url, source_title, settings=settings, follow_redirects=False, batch=batch)
    if source.redirect_to:
        followed = fetch_page(session, api_url, source.redirect_to, settings=settings, batch=batch)
        notice = find_notice(followed.wikitext)
        if (target_title and same_title(followed.title, target_title)) or (not target_title and notice is None):
            return FetchedMerge(api_url, source, followed, find_notice(source.wikitext), already_merged=True)
        source = Page(
            title=followed.title,
            wikitext=followed.wikitext,
            revid=followed.revid,
            timestamp=followed.timestamp,
            redirected_from=source.title,
        )
    notice = find_notice(source.wikitext)
    wanted = target_title or (notice.target if notice and notice.target else None)
    if not wanted:
        raise InputError(
            f"page {source.title!r} has no {{{{Afd-merge to}}}} naming the destination; pass --target-title"
        )
    try:
        target = fetch_page(session, api_url, wanted, settings=settings, batch=batch)
    except MissingPage as exc:
        if target_title:
            raise
        raise InputError(  # the title is the notice's, not the editor's: say where to fix it
            f"page {wanted!r} does not exist on {api_url}: it is the destination the {{{{Afd-merge to}}}} "
            f"on {source.title!r} names (a red link); correct the notice (or give fetch --target-title)"
        ) from exc
    if same_title(target.title, source.title):
        raise InputError(f"page {source.title!r}: source and destination are the same page; check the titles")
    return FetchedMerge(api_url, source, target, notice)


def news_filename(index: int, news: NewsPage) -> str | None:
    """``NN_<slug>.html`` (or ``.txt``) for a readable source, else None."""
    if news.status != OK:
        return None
    ext = "html" if news.kind == "html" else "txt"
    return f"{index:02d}_{url_slug(news.final_url or news.url)}.{ext}"


def _news_row(index: int, news: NewsPage) -> dict:
    page = news.page
    assert page is not None
    row = {
        "file": news_filename(index, news),
        "url": page.url or news.final_url or news.url,  # canonical, for the citation
        "requested_url": news.url,
    }
    if news.kind != "html":
        # A PDF's text keeps no metadata of its own; a saved HTML page does, and is read
        # again on load, so writing it here would only pin extraction over the article's
        # curated reference.
        row.update(title=page.title, work=page.sitename, date=page.date, author=page.author)
    return row


def _unavailable_row(news: NewsPage) -> dict:
    return {"url": news.url, "status": news.status, "reason": news.reason, "final_url": news.final_url}


def _previous_manifest(folder: Path) -> Manifest | None:
    if not (folder / MANIFEST).is_file():
        return None
    try:
        return read_manifest(folder / MANIFEST)
    except InputError:  # not ours to replace: leave the files alone
        return None


def _previous_files(previous: Manifest | None) -> set[str]:
    """Names of the news files a previous fetch wrote into the folder (to replace them)."""
    return {n for n in previous.news if "/" not in n and re.match(r"\d\d_", n)} if previous else set()


def _editors_rows(previous: Manifest | None, folder: Path, written: Iterable[str]) -> list[dict]:
    """The previous manifest's [[news]] rows for the editor's own files (not a fetch's, still
    in the folder): the url, outlet or date the run asked the editor to give, kept."""
    if previous is None:
        return []
    ours = _previous_files(previous) | set(written)
    return [{"file": name, **meta} for name, meta in previous.news.items()
            if name not in ours and (folder / name).is_file()]


def _page_table(page: Page) -> dict:
    return {
        "title": page.title,
        "revid": page.revid,
        "timestamp": page.timestamp,
        "requested_title": page.redirected_from,
    }


def write_folder(fetched: FetchedMerge, folder: Path) -> Path:
    """Write ``fetched`` into ``folder`` as one unit, the way ``run`` writes a draft
    (``mergekit.unit.write_unit``: a staged folder swapped in under a lock), so an
    interrupted fetch leaves the previous folder whole or none at all. A previous fetch's
    pages, news files and manifest are replaced; anything else the folder holds is kept, and
    so are the manifest's run date and its [[news]] rows for the editor's own files."""
    files: dict[str, str | bytes] = {
        "source.wikitext": fetched.source.wikitext,
        "target.wikitext": fetched.target.wikitext,
    }
    for index, news in enumerate(fetched.news, start=1):
        name = news_filename(index, news)
        if name:
            files[name] = news.body
    data: dict[str, Any] = {
        "wiki": {"api": fetched.api_url},
        "source": {"file": "source.wikitext", **_page_table(fetched.source)},
        "target": {"file": "target.wikitext", **_page_table(fetched.target)},
    }
    if fetched.afd:
        data["afd"] = {
            "target": fetched.afd.target or None,
            "discussion": fetched.afd.discussion,
            "close_date": fetched.afd.close_date,
        }
    previous = _previous_manifest(folder)
    if previous and previous.date:  # the editor's run date
        data = {"date": previous.date, **data}
    rows = [_news_row(i, n) for i, n in enumerate(fetched.news, start=1) if n.status == OK]
    rows += _editors_rows(previous, folder, files)
    gone = [_unavailable_row(n) for n in fetched.news if n.status != OK]
    files[MANIFEST] = render_manifest({**data, "news": rows, "unavailable": gone})
    replaced = {"source.wikitext", "target.wikitext", MANIFEST} | _previous_files(previous)
    write_unit(folder, files, own=lambda entry: entry.is_file() and entry.name in replaced,
               what="the fetched merge")
    return folder


def fetch_merge(
    api_url: str,
    source_title: str,
    target_title: str | None,
    news_urls: tuple[str, ...] | list[str],
    *,
    out: Path,
    settings: NetSettings,
    batch: bool = False,
    cited_news: bool = False,
) -> FetchedMerge:
    """Fetch the pages and the news into ``out``; see :class:`FetchedMerge`.

    ``cited_news`` adds the URLs the source cites to ``news_urls``. Refuses a Wikimedia
    wiki without a contact (unless offline: nothing is sent).
    """
    if not settings.offline:
        config.require_contact(api_url, settings.contact)
    with open_session(settings) as session:
        fetched = resolve_pages(session, api_url, source_title, target_title, settings=settings, batch=batch)
        if fetched.already_merged:
            return fetched
        urls = list(dict.fromkeys(news_urls))
        if cited_news:
            urls += [u for u in cited_urls(fetched.source.wikitext) if u not in urls]
        news = tuple(fetch_news(session, url, settings=settings) for url in urls)
    fetched = FetchedMerge(fetched.api_url, fetched.source, fetched.target, fetched.afd, news)
    write_folder(fetched, out)
    return FetchedMerge(fetched.api_url, fetched.source, fetched.target, fetched.afd, news, folder=out)

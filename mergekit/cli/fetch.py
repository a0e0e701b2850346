"""``mergekit fetch``: two pages and their news into a local merge folder, for offline work.

Also home of the network options every online command shares (:func:`network_options`,
:func:`settings_from_options`) and :func:`fetch_for_run`, which ``mergekit run --wiki``
uses to fetch before drafting.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

import click

from mergekit.cli.app import main, reports_input_errors
from mergekit.net import config

if TYPE_CHECKING:  # the network stack is imported when a command needs it, not at startup
    from mergekit.net.folder import FetchedMerge
    from mergekit.net.session import NetSettings

__all__ = ["fetch", "network_options", "settings_from_options", "fetch_for_run", "report_fetch", "live_folder"]


def network_options(func):
    """``--wiki``, ``--contact``, ``--offline``, ``--timeout``, ``--max-retries``."""

    @click.option("--wiki", "api_url", default=config.DEFAULT_API, show_default=True, metavar="API_URL",
                  help="The wiki's Action API (api.php) URL.")
    @click.option("--contact", metavar="EMAIL_OR_USERPAGE",
                  help="Contact for the User-Agent [default: $MERGEKIT_CONTACT, else the config file].")
    @click.option("--offline", is_flag=True, help="Use the cache only; a page not in it is an error.")
    @click.option("--timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True,
                  help="Seconds to wait for a server before retrying.")
    @click.option("--max-retries", type=click.IntRange(min=0), default=4, show_default=True,
                  help="Retries after a timeout, 429, 503, maxlag or ratelimited.")
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)

    return wrapper


def settings_from_options(*, contact: str | None, offline: bool, timeout: float, max_retries: int) -> NetSettings:
    """The NetSettings the shared options describe (contact resolved, cache dir defaulted)."""
    from mergekit.net.session import NetSettings

    return NetSettings(
        contact=config.resolve_contact(contact),
        offline=offline,
        timeout=timeout,
        max_retries=max_retries,
    )


def report_fetch(fetched: FetchedMerge) -> None:
    """What was fetched, for the user: pages with revisions, each news source's verdict."""
    from mergekit.net.news import OK

    if fetched.already_merged:
        click.echo(
            f"{fetched.source.title!r} is already a redirect to {fetched.source.redirect_to!r}: "
            "the merge has been done; nothing to do."
        )
        return
    moved = f" (via {fetched.source.redirected_from!r})" if fetched.source.redirected_from else ""
    click.echo(f"source: {fetched.source.title!r}{moved} revision {fetched.source.revid}")
    click.echo(f"target: {fetched.target.title!r} revision {fetched.target.revid}")
    if fetched.afd:
        click.echo(f"AfD: {fetched.afd.discussion or '?'} closed {fetched.afd.close_date or '?'}")
    for news in fetched.news:
        if news.status == OK:
            what = news.page.title if news.page and news.page.title else news.url
            click.echo(f"news ok: {what}")
        else:
            click.echo(f"news {news.status}: {news.url} ({news.reason})")


def fetch_for_run(
    folder: Path,
    *,
    api_url: str,
    source_title: str,
    target_title: str | None,
    news_urls: tuple[str, ...],
    settings: NetSettings,
    cited_news: bool = False,
) -> FetchedMerge:
    """Fetch into ``folder`` and report; ``.already_merged`` means stop (exit 0)."""
    from mergekit.net.folder import fetch_merge

    fetched = fetch_merge(
        api_url, source_title, target_title, news_urls, out=folder, settings=settings, cited_news=cited_news
    )
    report_fetch(fetched)
    return fetched


def default_folder(source_title: str) -> Path:
    """``merges/<source title>``: where fetched merges go unless told otherwise."""
    from mergekit.filenames import page_filename

    return Path("merges") / page_filename(source_title)


def live_folder(
    *,
    api_url: str | None,
    source_title: str,
    target_title: str | None,
    news_urls: tuple[str, ...],
    contact: str | None,
    offline: bool,
) -> Path | None:
    """For ``mergekit run --source-title``: fetch into ``merges/<source title>`` and
    return the folder, or None when the merge has already been done (exit 0)."""
    settings = settings_from_options(contact=contact, offline=offline, timeout=30.0, max_retries=4)
    folder = default_folder(source_title)
    fetched = fetch_for_run(
        folder, api_url=api_url or config.DEFAULT_API, source_title=source_title,
        target_title=target_title, news_urls=news_urls, settings=settings,
    )
    return None if fetched.already_merged else folder


@main.command()
@click.option("--source-title", required=True, metavar="TITLE", help="The article being merged away.")
@click.option("--target-title", metavar="TITLE",
              help="The destination [default: read from the source's {{Afd-merge to}}].")
@click.option("--news", "--news-url", "news_urls", multiple=True, metavar="URL",
              help="A news URL; repeat for each.")
@click.option("--cited-news", is_flag=True, help="Also fetch every URL the source article cites.")
@click.option("--out", type=click.Path(path_type=Path), help="The merge folder [default: merges/<source title>].")
@network_options
@reports_input_errors
def fetch(source_title, target_title, news_urls, cited_news, out, api_url, contact, offline, timeout, max_retries):
    """Fetch a merge's pages and news into a local folder, without drafting.

    Writes source.wikitext, target.wikitext, the news pages and merge.toml (titles,
    revision ids, the AfD close, news metadata); `mergekit run FOLDER` drafts from it,
    offline. Everything fetched is cached (`mergekit cache info`).

    \b
    Example:
        mergekit fetch --source-title "2023 Tirana camp raid" \\
            --news https://apnews.com/article/... --contact you@example.org
        mergekit run merges/2023_Tirana_camp_raid
    """
    settings = settings_from_options(contact=contact, offline=offline, timeout=timeout, max_retries=max_retries)
    folder = out or default_folder(source_title)
    fetched = fetch_for_run(
        folder, api_url=api_url, source_title=source_title, target_title=target_title,
        news_urls=tuple(news_urls), settings=settings, cited_news=cited_news,
    )
    if not fetched.already_merged:
        click.echo(f"Fetched into {folder}/")

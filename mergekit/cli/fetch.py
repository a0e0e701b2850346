"""``mergekit fetch``: two pages and their news into a local merge folder, for offline work."""

from __future__ import annotations

from pathlib import Path

import click

from mergekit.cli.app import main, reports_input_errors
from mergekit.cli.options import network_options, settings_from_options
from mergekit.cli.show import report_fetch
from mergekit.errors import InputError

__all__ = ["fetch", "report_fetch"]


@main.command()
@click.option("--source-title", required=True, metavar="TITLE", help="The article being merged away.")
@click.option("--target-title", metavar="TITLE",
              help="The destination [default: read from the source's {{Afd-merge to}}].")
@click.option("--news-url", "news_urls", multiple=True, metavar="URL", help="A news URL; repeat for each.")
@click.option("--news", "news_files", multiple=True, hidden=True)  # a file in `run`: refused here, with the fix
@click.option("--cited-news", is_flag=True, help="Also fetch every URL the source article cites.")
@click.option("--out", type=click.Path(path_type=Path), help="The merge folder [default: merges/<source title>].")
@network_options
@reports_input_errors
def fetch(source_title, target_title, news_urls, news_files, cited_news, out, api_url, contact, offline, timeout,
          max_retries):
    """Fetch a merge's pages and news into a local folder, without drafting.

    Writes source.wikitext, target.wikitext, the news pages and merge.toml (titles,
    revision ids, the AfD close, news metadata); `mergekit run FOLDER` drafts from it,
    offline. Everything fetched is cached (`mergekit cache info`).

    \b
    Example:
        mergekit fetch --source-title "2023 Tirana camp raid" \\
            --news-url https://apnews.com/article/... --contact you@example.org
        mergekit run merges/2023_Tirana_camp_raid
    """
    from mergekit.jobs import fetched_folder
    from mergekit.net.folder import fetch_merge

    if news_files:
        raise InputError("fetch takes news URLs as --news-url URL (--news names a news file, in `mergekit run`)")
    settings = settings_from_options(contact=contact, offline=offline, timeout=timeout, max_retries=max_retries)
    folder = out or fetched_folder(source_title)
    fetched = fetch_merge(api_url, source_title, target_title, tuple(news_urls), out=folder, settings=settings,
                          cited_news=cited_news)
    report_fetch(fetched)
    if not fetched.already_merged:
        click.echo(f"Fetched into {folder}/")

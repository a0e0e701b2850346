"""``mergekit backlog``: list the pages waiting for an AfD merge, or draft them all."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from collections.abc import Iterator
from typing import TYPE_CHECKING

import click

from mergekit.cli.app import main, reports_input_errors
from mergekit.cli.fetch import network_options, settings_from_options
from mergekit.net.backlog import BACKLOG_CATEGORY, Outcome, draft_dir, list_backlog, run_backlog

if TYPE_CHECKING:
    from mergekit.net.session import NetSettings

__all__ = ["backlog", "draft_page"]

INPUT_DIR = "input"  # the fetched merge folder, inside each page's draft folder


def draft_page(
    title: str, *, api_url: str, root: Path, settings: NetSettings, run_date: str | None = None,
    cited_news: bool = False,
) -> Outcome:
    """Fetch ``title`` into ``root/<title>/input`` and draft it into ``root/<title>/``."""
    from mergekit.load.inputs import load_folder
    from mergekit.net.folder import fetch_merge
    from mergekit.pipeline import draft_merge

    folder = draft_dir(root, title)
    fetched = fetch_merge(
        api_url, title, None, (), out=folder / INPUT_DIR, settings=settings, batch=True, cited_news=cited_news
    )
    if fetched.already_merged:
        return Outcome(title, "merged", f"already a redirect to {fetched.source.redirect_to}")
    inputs = load_folder(folder / INPUT_DIR, run_date=run_date)
    result = draft_merge(inputs, folder)
    return Outcome(title, "drafted", f"into {fetched.target.title!r}, {len(result.plan.findings)} findings", folder)


@main.command()
@click.option("--category", default=BACKLOG_CATEGORY, show_default=True, metavar="NAME",
              help="The backlog category (its name has changed over the years).")
@click.option("--run", "run_all", is_flag=True, help="Draft every page into drafts/<title>/.")
@click.option("--out", type=click.Path(path_type=Path), default=Path("drafts"), show_default=True,
              help="Where --run writes the drafts.")
@click.option("--date", "run_date", help="The run's date for --run, YYYY-MM-DD [default: today].")
@click.option("--cited-news", is_flag=True, help="With --run: fetch the URLs each source cites as its news.")
@network_options
@reports_input_errors
def backlog(category, run_all, out, run_date, cited_news, api_url, contact, offline, timeout, max_retries):
    """List the articles waiting for an AfD merge; with --run, draft each one.

    A page that fails is reported and skipped; a summary closes the run.

    \b
    Examples:
        mergekit backlog --contact you@example.org
        mergekit backlog --run --cited-news --out drafts
    """
    settings = settings_from_options(contact=contact, offline=offline, timeout=timeout, max_retries=max_retries)
    titles = list_backlog(api_url, settings=settings, category=category)
    if not run_all:
        for title in titles:
            click.echo(title)
        click.echo(f"{len(titles)} page(s) in Category:{category.removeprefix('Category:')}", err=True)
        return

    def draft(title: str) -> Outcome:
        return draft_page(title, api_url=api_url, root=out, settings=settings, run_date=run_date,
                          cited_news=cited_news)

    outcomes = list(_with_progress(run_backlog(titles, draft), len(titles)))
    for outcome in outcomes:
        click.echo(f"{_line(outcome)} [{outcome.seconds:.1f} s]")
    counts = Counter(o.status for o in outcomes)
    total = sum(o.seconds for o in outcomes)
    if outcomes:
        click.echo(f"Time: {total:.1f} s for {len(outcomes)} page(s), {total / len(outcomes):.1f} s a page")
    click.echo("Summary: " + ", ".join(f"{n} {status}" for status, n in sorted(counts.items())) if outcomes
               else "Summary: the backlog is empty")


def _line(outcome: Outcome) -> str:
    return f"{outcome.status}: {outcome.title}" + (f" ({outcome.message})" if outcome.message else "")


def _with_progress(outcomes: Iterator[Outcome], total: int) -> Iterator[Outcome]:
    """Pass ``outcomes`` through, showing progress on stderr: a bar on a terminal, else one
    plain line per page as it finishes (logs and CI keep a readable record)."""
    if sys.stderr.isatty():
        with click.progressbar(length=total, label="Drafting", file=sys.stderr,
                               item_show_func=lambda o: o.title if o else "") as bar:
            for outcome in outcomes:
                bar.update(1, outcome)
                yield outcome
        return
    for number, outcome in enumerate(outcomes, start=1):
        click.echo(f"[{number}/{total}] {_line(outcome)} [{outcome.seconds:.1f} s]", err=True)
        yield outcome

"""What more than one command prints, written once."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import click

from mergekit.draft.escape import clean_text

if TYPE_CHECKING:  # the network stack is imported when a command needs it, not at startup
    from mergekit.net.folder import FetchedMerge

__all__ = ["report_fetch", "home_line"]


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


def home_line(section: str, evidence: Iterable[str]) -> str:
    """The line that names the destination's section already on the source's subject
    (``plan.home``, flags.json's ``home``) with its evidence, and how to merge into it."""
    why = "; ".join(clean_text(e) for e in evidence)
    return (f"The destination already has a section on this subject, {section!r} ({why}): the draft adds a "
            f"new section; to merge into that one, run again with --section {section!r}")

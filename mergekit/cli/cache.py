"""``mergekit cache info|clear``: the one HTTP cache every online command shares."""

from __future__ import annotations

import click

from mergekit.cli.app import main, reports_input_errors

__all__ = ["cache"]


@main.group()
def cache():
    """Show or clear the HTTP cache (pages and news fetched so far).

    \b
    Example:
        mergekit cache info
        mergekit cache clear
    """


@cache.command("info")
@reports_input_errors
def info():
    """Where the cache is, how many responses it holds and how big it is.

    \b
    Example:
        MERGEKIT_CACHE_DIR=/tmp/mk mergekit cache info
    """
    from mergekit.net.cache import cache_info

    stats = cache_info()
    click.echo(f"cache: {stats.path}")
    click.echo(f"responses: {stats.responses} ({stats.expired} expired)")
    click.echo(f"size: {stats.size_bytes / 1024:.1f} KiB")


@cache.command("clear")
@reports_input_errors
def clear():
    """Delete every cached response (the next run fetches again).

    \b
    Example:
        mergekit cache clear
    """
    from mergekit.net.cache import clear_cache

    removed = clear_cache()
    click.echo("cleared the cache (it could not be read)" if removed is None else f"cleared {removed} cached responses")

"""``mergekit cache info|clear``: the HTTP cache every online command shares, and the
results cache (``mergekit.cache``: parsed inputs, plans, compiled templates)."""

from __future__ import annotations

import click

from mergekit.cli.app import main, reports_input_errors

__all__ = ["cache"]


@main.group()
def cache():
    """Show or clear the caches: HTTP responses, and results (parsed inputs, plans).

    The HTTP cache holds the pages and news fetched so far (``--offline`` reads it); the
    results cache, the inputs parsed and merges planned before, by content and code
    version (MERGEKIT_NO_CACHE=1 turns it off).

    \b
    Example:
        mergekit cache info
        mergekit cache clear
    """


@cache.command("info")
@reports_input_errors
def info():
    """Where the caches are, how many entries they hold and how big they are.

    \b
    Example:
        MERGEKIT_CACHE_DIR=/tmp/mk mergekit cache info
    """
    from mergekit import cache as results
    from mergekit.net.cache import cache_info

    stats = cache_info()
    click.echo(f"cache: {stats.path}")
    click.echo(f"responses: {stats.responses} ({stats.expired} expired)")
    click.echo(f"size: {stats.size_bytes / 1024:.1f} KiB")
    held = results.stats()
    off = "" if results.enabled() else " (off: MERGEKIT_NO_CACHE is set)"
    click.echo(f"results: {held.entries} in {held.path} ({held.size_bytes / 1024:.1f} KiB){off}")


@cache.command("clear")
@reports_input_errors
def clear():
    """Delete every cached response and result (the next run fetches and computes again).

    \b
    Example:
        mergekit cache clear
    """
    from mergekit import cache as results
    from mergekit.net.cache import clear_cache

    removed = clear_cache()
    click.echo("cleared the cache (it could not be read)" if removed is None else f"cleared {removed} cached responses")
    click.echo(f"cleared {results.clear()} cached results")

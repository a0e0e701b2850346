"""``mergekit rsp update``: download the perennial-sources export that ``check`` reads."""

from __future__ import annotations

import click

from mergekit.cli.app import main, reports_input_errors
from mergekit.cli.fetch import network_options, settings_from_options
from mergekit.errors import InputError

__all__ = ["rsp"]


@main.group()
def rsp():
    """Perennial-sources (WP:RSP) data for `mergekit check`.

    \b
    Example:
        mergekit rsp update --page "User:You/RSP export.json" --contact you@example.org
        mergekit rsp info
    """


@rsp.command("update")
@click.option("--page", metavar="TITLE",
              help="The wiki page holding the export (JSON, or JSON in <pre>), e.g. where you saved "
                   "the output of User:SuperHamster/RSP-to-JSON.")
@network_options
@reports_input_errors
def update(page, api_url, contact, offline, timeout, max_retries):
    """Download the full export from a wiki page into the cache; `check` uses it from then on.

    \b
    Example:
        mergekit rsp update --wiki https://en.wikipedia.org/w/api.php --page "User:You/rsp.json" \\
                            --contact you@example.org
    """
    from mergekit.net import config
    from mergekit.net.rsp import stored_path, update_rsp

    if not page:
        raise InputError("give --page: the wiki has no standard page for the export; name the page that holds it")
    settings = settings_from_options(contact=contact, offline=offline, timeout=timeout, max_retries=max_retries)
    config.require_contact(api_url, settings.contact)
    table = update_rsp(api_url, page, settings)
    click.echo(f"stored {len(table.entries)} perennial-sources records from {table.origin} "
               f"(as of {table.as_of}) in {stored_path(settings)}")


@rsp.command("info")
@reports_input_errors
def info():
    """Which perennial-sources data `check` uses, and how old it is.

    \b
    Example:
        mergekit rsp info
    """
    import datetime as dt

    from mergekit.net.rsp import current_table

    table = current_table()
    click.echo(f"{len(table.entries)} records: {table.describe(dt.date.today())}")

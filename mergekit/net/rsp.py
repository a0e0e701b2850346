"""``mergekit rsp update``: the full perennial-sources export, downloaded from a wiki page.

The export (a JSON array of records: ``name``, ``status``, ``blacklisted``, ``domains[]``,
``summary``, ...) lives on a wiki page: a JSON page, or a wikitext page holding the JSON
in ``<pre>`` / ``<syntaxhighlight>``. The page is fetched through the shared cached session
(:mod:`mergekit.net.wiki`), validated record by record, and stored as ``rsp.json`` in the
cache directory with where it came from and the revision's timestamp (how old it is).
:func:`current_table` is what ``check`` uses: that stored table, else the built-in subset.
"""

from __future__ import annotations

import json
from pathlib import Path

import mwparserfromhell

from mergekit.check.rsp import RspTable, builtin_table, load_table, parse_records
from mergekit.errors import InputError
from mergekit.net.session import NetSettings
from mergekit.unit import replace_file

__all__ = ["RSP_FILE", "stored_path", "current_table", "export_records", "update_rsp"]

RSP_FILE = "rsp.json"
CODE_TAGS = ("pre", "syntaxhighlight", "source")


def stored_path(settings: NetSettings) -> Path:
    return settings.resolved_cache_dir() / RSP_FILE


def current_table(settings: NetSettings = NetSettings()) -> RspTable:
    """The stored full export when ``rsp update`` has run, else the built-in subset."""
    path = stored_path(settings)
    return load_table(path) if path.is_file() else builtin_table()


def export_records(content: str, where: str) -> list:
    """The JSON records in a page's content (raw JSON, or JSON inside a code tag)."""
    text = content.strip()
    if not (text.startswith("[") or (text.startswith("{") and not text.startswith("{{"))):  # {{: a template
        tags = [t for t in mwparserfromhell.parse(content).filter_tags()
                if str(t.tag).strip().lower() in CODE_TAGS and t.contents is not None]
        if not tags:
            raise InputError(f"{where}: no JSON on the page (expected the export as JSON, or in <pre>); check --page")
        text = str(tags[0].contents).strip()
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise InputError(f"{where}: the export is not valid JSON ({exc}); check --page") from None
    parse_records(data, where)  # validate before anything is stored
    return data if isinstance(data, list) else data.get("sources", data.get("data"))


def update_rsp(api_url: str, title: str, settings: NetSettings) -> RspTable:
    """Download the export from ``title`` on ``api_url`` and store it; the stored table."""
    from mergekit.net.session import open_session  # the network only when updating
    from mergekit.net.wiki import fetch_page

    with open_session(settings) as session:
        page = fetch_page(session, api_url, title, settings=settings)
    where = f"{page.title} on {api_url}"
    records = export_records(page.wikitext, where)
    document = {"origin": f"{where} (revision {page.revid})", "as_of": page.timestamp, "sources": records}
    path = stored_path(settings)
    replace_file(path, json.dumps(document, ensure_ascii=False, indent=1), what="the perennial-sources data")
    return load_table(path)

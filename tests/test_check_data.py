"""The shipped perennial-sources subset against its schema, and export parsing."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from mergekit.check.rsp import STATUSES, builtin_table, parse_records
from mergekit.errors import InputError
from mergekit.net.rsp import export_records

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "mergekit" / "data" / "rsp.json"


def test_shipped_table_fits_the_export_schema():
    data = json.loads(DATA.read_text(encoding="utf-8"))
    assert data["schema"] == "mergekit.rsp/1"
    dt.date.fromisoformat(data["as_of"])  # dated
    assert "subset" in data["note"] and "unknown" in data["note"]
    for record in data["sources"]:
        assert set(record) >= {"name", "status", "blacklisted", "domains", "summary"}
        assert record["status"] in STATUSES and isinstance(record["blacklisted"], bool)
        assert record["domains"] and all(re.fullmatch(r"[a-z0-9.-]+\.[a-z]{2,}", d) for d in record["domains"])
        assert record["summary"].strip()
    assert len(builtin_table().entries) == len(data["sources"])


def test_shipped_table_covers_the_outlets_the_conventions_rate_and_no_others():
    """docs/wikipedia.md rates Reuters, AP, Al Jazeera (reliable) and Fox News (unreliable for
    politics); the other outlets it names have no confirmed entry and must stay unknown."""
    table = builtin_table()
    assert table.by_domain("reuters.com")[0].status == "generally reliable"
    assert table.by_domain("apnews.com")[0].status == "generally reliable"
    assert table.by_domain("aljazeera.com")[0].status == "generally reliable"
    assert table.by_domain("foxnews.com")[0].status == "generally unreliable"
    for unknown in ("middleeastmonitor.com", "meforum.org", "euronews.al", "euractiv.com", "tiranatimes.com",
                    "politiko.al"):
        assert table.by_domain(unknown) == []
    assert table.origin == "built-in subset"


@pytest.mark.parametrize("records, message", [
    ([], "not a perennial-sources export"),
    ([{"status": "generally reliable"}], "has no name"),
    ([{"name": "X", "status": "fine"}], "has status 'fine'"),
    ([{"name": "X", "status": "gr", "domains": "x.org"}], "domains must be a list"),
    ([{"name": "X", "status": "gr", "blacklisted": "no"}], "blacklisted true/false"),
])
def test_bad_exports_are_refused_with_the_record_named(records, message):
    with pytest.raises(InputError, match=re.escape(message)):
        parse_records(records, "page")


def test_export_codes_and_wrappers_are_read():
    entries = parse_records({"sources": [{"name": "The Example", "status": "d", "domains": ["https://www.example.org/"]}]}, "p")
    assert entries[0].status == "deprecated" and entries[0].domains == ("example.org",)


def test_export_records_from_raw_json_and_from_pre():
    raw = '[{"name": "Reuters", "status": "generally reliable", "blacklisted": false, "domains": ["reuters.com"], "summary": ""}]'
    assert export_records(raw, "p")[0]["name"] == "Reuters"
    assert export_records(f"Our copy of the export.\n<pre>\n{raw}\n</pre>\n", "p")[0]["name"] == "Reuters"
    with pytest.raises(InputError, match="no JSON on the page"):
        export_records("Just prose.", "p")
    with pytest.raises(InputError, match="not valid JSON"):
        export_records("<pre>[{]</pre>", "p")

"""merge.toml as written by fetch: valid TOML whatever the titles hold (no server needed)."""

from __future__ import annotations

import tomllib

import pytest

from mergekit.html import decode_html
from mergekit.load.manifest import render_manifest
from mergekit.net.folder import find_notice, same_title


@pytest.mark.parametrize(
    "title",
    ['Plain', 'Quote "inside"', "Back\\slash", "Ünïcødé – dash", "Tab\there", "C:\\path\nnewline", "'single'"],
)
def test_manifest_round_trips_any_string(title):
    text = render_manifest({"source": {"title": title, "revid": 12, "timestamp": None}, "news": [{"file": "01_a.html"}]})
    assert tomllib.loads(text) == {"source": {"title": title, "revid": 12}, "news": [{"file": "01_a.html"}]}


@pytest.mark.parametrize(
    "wikitext, expected",
    [
        ("{{Afd-merge to|Dest|Disc|12 March 2024}}\nText.", ("Dest", "Disc", "2024-03-12")),
        ("{{afd-merge to|Dest|discussion=Disc (2nd nomination)|date=2024-03-12}}", ("Dest", "Disc (2nd nomination)", "2024-03-12")),
        ("{{Infobox|x={{Afd-merge to|Dest|Disc|1 April 2024}}}}", ("Dest", "Disc", "2024-04-01")),
    ],
)
def test_notice_read_from_wikitext(wikitext, expected):
    notice = find_notice(wikitext)
    assert (notice.target, notice.discussion, notice.close_date) == expected


def test_no_notice():
    assert find_notice("Just '''text''' and {{Citation needed}}.") is None


@pytest.mark.parametrize(
    "a, b, same",
    [("Eldham Footbridge", "eldham_Footbridge", True), ("Eldham Footbridge#History", "Eldham Footbridge", True),
     ("Eldham footbridge", "Eldham Footbridge", False)],
)
def test_same_title(a, b, same):
    assert same_title(a, b) is same


@pytest.mark.parametrize(
    "data, charset, expected",
    [
        ("café".encode(), None, "café"),
        (b"\xef\xbb\xbf" + "café".encode(), "iso-8859-1", "café"),  # BOM wins
        ("café".encode("cp1252"), "iso-8859-1", "café"),
        (b'<meta charset="windows-1252">' + "café".encode("cp1252"), None, '<meta charset="windows-1252">café'),
        ("café €".encode("cp1252"), None, "café €"),  # not UTF-8: windows-1252
        ("café".encode(), "no-such-charset", "café"),
    ],
)
def test_decode_html(data, charset, expected):
    assert decode_html(data, charset=charset) == expected

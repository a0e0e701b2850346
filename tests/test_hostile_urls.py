"""Malformed or misleading URLs from the inputs (found by test_hostile_outputs' property test).

"https://[[Category:EVIL]]" made urllib raise (a bracketed host that is no IP address), a
traceback from refmatch and the planner instead of a URL that matches nothing; and
"https://mailto:a@evil.example" (a user name that reads as a scheme) put a live-looking
"mailto:" into the citation.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from mergekit.draft.escape import escape_url
from mergekit.errors import InputError
from mergekit.load.inputs import load_folder
from mergekit.load.refmatch import hostname, same_url
from mergekit.pipeline import render_merge

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.mark.parametrize("url", ["https://[[Category:EVIL]]", "https://[[", "http://[::1"])
def test_a_malformed_url_has_no_host_and_matches_nothing(url):
    assert hostname(url) is None
    assert same_url(url, "https://example.org/story") is None


def test_a_user_name_that_reads_as_a_scheme_is_no_live_link():
    escaped = escape_url("https://mailto:a@evil.example")
    assert escaped is not None and not re.search(r"(?i)(?<![\w&/])mailto:|//mailto:", escaped)
    assert escape_url("https://example.org/a:b") == "https://example.org/a:b"  # a path's colon stays


def test_a_run_with_a_malformed_news_url_is_refused_and_one_in_a_path_is_cited_encoded(tmp_path):
    # A host that is markup ("https://[[Category:EVIL]]") is no web address: the manifest refuses
    # it in one line (rv13: the test of a web address parses the host); markup in the path is
    # cited percent-encoded.
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    news = folder / "002_5997e2cb23b45927.txt"  # cited by the note of a figure that disagrees with 150:
    # its "Dozens of computers" no longer does (contra-31), "About 40" does
    news.write_text(news.read_text(encoding="utf-8").replace("Dozens of computers", "About 40 computers"),
                    encoding="utf-8")
    manifest = folder / "merge.toml"
    text = manifest.read_text(encoding="utf-8")
    for url, refused in (("https://[[Category:EVIL]]", True), ("https://evil.example/[[Category:EVIL]]", False)):
        manifest.write_text(text.replace('file = "002_5997e2cb23b45927.txt"\n',
                                         f'file = "002_5997e2cb23b45927.txt"\nurl = "{url}"\n'), encoding="utf-8")
        if refused:
            with pytest.raises(InputError, match="web address") as exc:
                load_folder(folder)
            assert "\n" not in str(exc.value)
            continue
        files = render_merge(load_folder(folder)).files
        assert "[[Category:EVIL" not in files["Camp_Ashraf_3.wikitext"]
        assert "url=https://evil.example/%5B%5BCategory:EVIL%5D%5D" in files["Camp_Ashraf_3.wikitext"]
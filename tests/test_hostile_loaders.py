"""Every loader and extractor, on arbitrary input, ends in a result or mergekit's own
error (``MergekitError``), never an unhandled exception (a property, over hypothesis' inputs).

Runs are bounded (examples per test, no deadline) so the suite stays fast; the inputs mix
wikitext, HTML and TOML fragments with arbitrary text and bytes.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mergekit.errors import MergekitError
from mergekit.html import decode_html, extract_page
from mergekit.load.afd import parse_rendered_notice
from mergekit.load.cite import reference_from_wikitext
from mergekit.load.dates import find_date, parse_date
from mergekit.load.files import read_text
from mergekit.load.inputs import load_folder
from mergekit.load.manifest import read_manifest
from mergekit.load.news import parse_news_html, parse_news_text
from mergekit.load.reflist import parse_reference_entry, parse_reference_list
from mergekit.load.rendered import parse_rendered
from mergekit.load.wikitext import parse_wikitext
from tests.hostile import FRAGMENTS

MARKUP = FRAGMENTS + [
    "<ref name=\"a\">", "<ref name=a/>", "{{cite news|title=", "|date=", "|url=", "{{Afd-merge to|", "{{reflist}}",
    "<references>", "</references>", "[1]", "[0]", "[99]", "^ a b", "References\n", "\n1. ^ ", "== References ==\n",
    "{{convert|", "{{citation needed}}", "[[File:", "<!DOCTYPE html>", "<html>", "<p>", "</p>", "<meta charset=\"",
    "utf-16", "<title>", "\n\n", ". ", "1 August 2023", "2023-08-01", "June 31, 2023",
    "This article was nominated for deletion. ", "editors reached a consensus to merge its contents into ",
]
text = st.lists(st.one_of(st.sampled_from(MARKUP), st.text(max_size=8)), max_size=25).map("".join)
bounded = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _ends_well(function, *args, **kwargs):
    try:
        return function(*args, **kwargs)
    except MergekitError:
        return None


@bounded
@given(text)
def test_wikitext_loader(value):
    _ends_well(parse_wikitext, value, title="T")


@bounded
@given(text)
def test_rendered_loader(value):
    _ends_well(parse_rendered, value, title="T")


@bounded
@given(text)
def test_news_text_loader(value):
    _ends_well(parse_news_text, value, label="n.txt")


@bounded
@given(st.one_of(text, st.binary(max_size=300), text.map(lambda t: f"<html><body><p>{t}</p></body></html>")))
def test_news_html_loader_and_extractor(value):
    _ends_well(parse_news_html, value, label="n.html")
    _ends_well(extract_page, value)
    if isinstance(value, bytes):
        decode_html(value, charset="no-such-charset")


@bounded
@given(text, text)
def test_reference_and_notice_extractors(key, value):
    _ends_well(reference_from_wikitext, key, value)
    _ends_well(parse_reference_entry, key, value)
    _ends_well(parse_reference_list, value.split("\n"))
    _ends_well(parse_rendered_notice, value)
    _ends_well(parse_date, value)
    _ends_well(find_date, value)


TOML = st.lists(st.one_of(st.sampled_from([
    "date = ", "title = ", "file = ", "revid = ", "[source]\n", "[target]\n", "[afd]\n", "[[news]]\n",
    "[[unavailable]]\n", "\"x\"", "5", "[1, 2]", "{a = 1}", "2023-08-01", "\"../x\"", "\"/etc/passwd\"", "\n",
    "true", "discussion = ", "close_date = ", "url = ", "status = ",
]), st.text(max_size=5)), max_size=20).map("".join)


@bounded
@given(st.one_of(TOML, st.binary(max_size=200)))
def test_manifest_reader(value):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "merge.toml"
        path.write_bytes(value if isinstance(value, bytes) else value.encode("utf-8", "surrogatepass"))
        _ends_well(read_manifest, path)
        _ends_well(read_text, path)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(text, st.binary(max_size=200)), min_size=1, max_size=3), TOML)
def test_folder_loader(files, manifest):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for n, content in enumerate(files):
            data = content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass")
            (folder / f"{n}.{'wikitext' if n == 1 else 'txt'}").write_bytes(data)
        (folder / "merge.toml").write_text(manifest.encode("utf-8", "surrogatepass").decode("utf-8", "replace"))
        _ends_well(load_folder, folder, run_date="2023-08-15")


ADVERSARIAL = ["[[", "{{", "<ref>", "<ref name=a>", "<span>", "[1]", "(", "a. ", "''", "<!--"]
UNIT_BUDGET = 5.0  # seconds for 1 MB of one unit through the three loaders, imports included
_ADVERSARIAL_RUN = """
import sys
from mergekit.errors import MergekitError
from mergekit.load.news import parse_news_text
from mergekit.load.rendered import parse_rendered
from mergekit.load.wikitext import parse_wikitext
unit = sys.argv[1]
value = unit * (1_000_000 // len(unit))
for load in (lambda: parse_wikitext(value, title="T"), lambda: parse_rendered(value, title="T"),
             lambda: parse_news_text(value, label="n.txt")):
    try:
        load()
    except MergekitError:
        pass
"""


@pytest.mark.parametrize("unit", ADVERSARIAL)
def test_a_1mb_adversarial_file_finishes_in_seconds(unit):
    """1 MB of ``unit`` through the article and news loaders, in a child process with a
    CPU budget (a quadratic case costs the suite seconds, not hours). The budget is CPU
    seconds of the child, so a loaded machine does not fail it; the wall limit, four
    times as long, only stops a run that hangs."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        subprocess.run([sys.executable, "-c", _ADVERSARIAL_RUN, unit], check=True, timeout=4 * UNIT_BUDGET)
    except subprocess.TimeoutExpired:
        pytest.fail(f"1 MB of {unit!r} took over {4 * UNIT_BUDGET:.0f} s of wall time")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    assert cpu < UNIT_BUDGET, f"1 MB of {unit!r} took {cpu:.1f} s of CPU"

"""Rendered reference lists: each entry's parts by their shape (tests/cases/reflist/)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from mergekit.load.cite import reference_from_wikitext
from mergekit.load.reflist import parse_reference_entry
from mergekit.load.rendered import parse_rendered

CASES = Path(__file__).parent / "cases"
ENTRIES = tomllib.loads((CASES / "reflist" / "entries.toml").read_text(encoding="utf-8"))["case"]
FIELDS = ("title", "work", "publisher", "date", "access_date", "author", "language")


@pytest.mark.parametrize("case", ENTRIES, ids=[c["name"] for c in ENTRIES])
def test_reference_entry(case):
    ref = parse_reference_entry("1", case["body"])
    assert {f: getattr(ref, f) for f in FIELDS} == {f: case.get(f) for f in FIELDS}


def test_a_cite_error_in_the_list_is_no_reference_and_its_marker_stays_unresolved():
    # imran-khan-arrest-2023: entry 6 is MediaWiki's error message for a named reference
    # that was never defined; it was drafted as {{cite news |title=Cite error: …}}
    text = (CASES / "real" / "imran-khan-arrest-2023" / "input" / "Arrest_of_Imran_Khan.txt").read_text(encoding="utf-8")
    article = parse_rendered(text, title="Arrest of Imran Khan")
    assert [r.key for r in article.references] == ["1", "2", "3", "4", "5"]
    assert any("6" in s.refs for _, s in article.sentences())
    assert not any("Cite error" in (r.title or "") for r in article.references)


def test_a_cite_template_is_cleaned_the_same_way():
    ref = reference_from_wikitext("a", "{{cite news |last=CNN |first=Tara John |title=Fire |work=CNN |language=ja}}")
    assert (ref.author, ref.work, ref.language) == ("Tara John", "CNN", "ja")

"""Rendered reference lists: each entry's parts by their shape (tests/cases/reflist/)."""

from __future__ import annotations

import logging
import re
import tomllib
from pathlib import Path

import pytest

from mergekit.load.cite import reference_from_wikitext
from mergekit.load.reflist import parse_reference_entry, parse_reference_list
from mergekit.load.rendered import parse_rendered
from mergekit.model import Article

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


LEADS = tomllib.loads((CASES / "reflist" / "leads.toml").read_text(encoding="utf-8"))["case"]
FYRE = CASES / "real" / "fyre-festival" / "input"
# Where the stored Simple English page ends: inside reference 3's title (the case's copy
# stops one line earlier, after reference 2).
FYRE_CUT = '''- ↑ 3.0 3.1 "Where are Fyre Festival's Billy McFarl'''


@pytest.mark.parametrize("case", LEADS, ids=[c["name"] for c in LEADS])
def test_an_entry_is_read_to_its_label_whatever_leads_it(case):
    refs = parse_reference_list(case["lines"], lenient=case.get("lenient", False))
    assert [(r.key, r.title) for r in refs] == list(zip(case["keys"], case["titles"], strict=True))


STORED_HEADING = "References\n[change | change source]- ↑"
# The heading and its edit link as other copies print them (glued, on a line of its own,
# the English Wikipedia's "[edit]", none; the heading lost too), with one newline between
# paragraphs throughout.
HEADINGS = [STORED_HEADING, "References[change | change source]\n- ↑", "References\n[edit]\n- ↑",
            "References[edit | edit source]\n- ↑", "References\n[edit]- ↑", "References\n- ↑", "- ↑"]


def _fyre(tail: str = "", heading: str = STORED_HEADING) -> Article:
    text = (FYRE / "Fyre_Festival.txt").read_text(encoding="utf-8")
    assert STORED_HEADING in text
    return parse_rendered(text.replace(STORED_HEADING, heading) + tail, title="Fyre Festival")


@pytest.mark.parametrize("heading", HEADINGS)
@pytest.mark.parametrize("tail", ["", FYRE_CUT], ids=["as-the-case-has-it", "cut-inside-entry-3"])
def test_a_simple_english_arrow_list_is_read_and_none_of_it_is_prose(tail, heading):
    # fyre-festival: "References" / "[change | change source]- ↑ 1.0 1.1 Megan Cerullo …" with
    # one newline between paragraphs was read as ten sentences of prose ("Vice.", "Retrieved
    # May 1, 2017.") and references 1 and 2 as not listed.
    article = _fyre(tail, heading)
    assert [(r.key, r.work) for r in article.references] == [("1", "Vice"), ("2", "The Verge")]
    assert [sec.title for sec in article.sections if sec.sentences] == [""]
    texts = [s.text for _, s in article.sentences()]
    assert len(texts) == 11 and texts[-1].startswith("On April 9, 2023")
    assert not any(word in text for text in texts for word in ("↑", "change source", "Retrieved", "Vice"))
    assert article.list_cut == "2"


@pytest.mark.parametrize(("case", "cut"), [
    ("imran-khan-arrest-2023/input/Arrest_of_Imran_Khan.txt", "6"),  # after its error entry 6: 7 and 8 not stored
    ("big-maple-leaf-theft/input/Big_Maple_Leaf.txt", "1"),  # ends inside entry 2's title
    ("shuri-castle-fire/input/Shurijo.txt", None),  # whole: the markers cite 1 to 6, all listed
    ("copiapo-mining-accident/input/2010_Copiapó_mining_accident.txt", None),  # cut inside entry 5, after its title
])
def test_a_list_is_cut_where_the_copy_ends_before_entries_its_markers_cite(case, cut):
    assert parse_rendered((CASES / "real" / case).read_text(encoding="utf-8")).list_cut == cut


def test_a_cut_list_keeps_its_entries_and_reports_the_rest_once(caplog, tmp_path):
    from mergekit.load.inputs import load_folder
    from mergekit.outputs import render_outputs
    from mergekit.plan import plan_merge

    with caplog.at_level(logging.WARNING, logger="mergekit.load.inputs"):
        inputs = load_folder(FYRE)
    warned = [r.getMessage() for r in caplog.records if "does not list" in r.getMessage()]
    assert len(warned) == 1 and "references 3, 4, 5, 6, 7" in warned[0] and "cut after entry 2" in warned[0]
    article = render_outputs(plan_merge(inputs), inputs, flags=False)["Ja_Rule.wikitext"]
    notes = re.findall(r"<!-- source references? [^>]*could not be resolved: ([^>]*) -->", article)
    # one note at each place markers stood ("Hulu's Fyre Fraud,[4] and ...": inside its sentence)
    assert len(notes) == 5 and notes[0].startswith("the copy of Fyre Festival given here lists its references only up to 2")
    assert notes[1:] == ["as above"] * 4
    assert "Hulu's Fyre Fraud,<!-- source reference 4 could not be resolved: as above --> and" in article
    assert "|work=Vice" in article and "|work=The Verge" in article  # references 1 and 2 resolve
    assert "citation needed" not in article.split("Fyre Festival II.")[-1].split("==")[0]  # no list fragment is prose

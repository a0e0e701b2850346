"""The seed merge as the loaders read it: roles, notice, references, cleaned news."""

from __future__ import annotations

from pathlib import Path

import pytest

from mergekit.load.inputs import load_folder

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def inputs():
    return load_folder(SEEDS)


def test_roles_come_from_content(inputs):
    assert inputs.source.label == "000_cca1debf4f80bbf1.txt"
    assert inputs.target.label == "Camp_Ashraf_3.wikitext"
    assert [n.label for n in inputs.news] == sorted(p.name for p in SEEDS.glob("00[1-4]_*.txt"))


def test_afd_notice_and_titles(inputs):
    assert (inputs.afd.target, inputs.afd.close_date, inputs.afd.discussion) == (
        "Camp Ashraf 3", "2023-08-01", "2023 Tirana camp raid")
    assert inputs.source.title == "2023 Tirana camp raid" and inputs.target.title == "Camp Ashraf 3"
    assert not any("nominated for deletion" in s.text for _, s in inputs.source.sentences())


def test_source_sections_and_references(inputs):
    titles = [s.title for s in inputs.source.sections if s.sentences]
    assert titles == ["", "Background", "Reactions", "Aftermath"]
    assert [r.key for r in inputs.source.references] == [str(n) for n in range(1, 13)]
    ref12 = inputs.source.reference("12")
    assert (ref12.work, ref12.date, ref12.access_date, ref12.author) == (
        "Euronews Albania", "2023-06-20", "2023-07-02", None)  # "Albania, Euronews" is no author


def test_news_matched_to_references_and_destination(inputs):
    assert inputs.cited == {"9": "001_59580324c2911592.txt", "12": "004_8fae180621002d83.txt"}
    assert inputs.target_cites == {"001_59580324c2911592.txt": "memo-raid", "004_8fae180621002d83.txt": "euronews-al"}
    works = {n.label[:3]: (n.work, n.date) for n in inputs.news}
    assert works == {"001": ("Middle East Monitor", "2023-06-21"), "002": ("Tirana Times", "2023-06-30"),
                     "003": ("Euractiv", None), "004": ("Euronews Albania", "2023-06-20")}


@pytest.mark.parametrize("furniture", [
    "Creating new perspectives since 2009", "READ: Belgium Foreign Minister", "Getty Images",
    "Balkan Church Leaders", "May 11 Elections", "Diaspora Vote", "Original post Here",
    "SUBSCRIBE", "YOU MAY ALSO LIKE", "SHARE THIS", "Text sizeAa", "Source » euractiv", "COMMENTS",
])
def test_boilerplate_and_teasers_are_not_evidence(inputs, furniture):
    for item in inputs.news:
        assert not any(furniture.lower() in s.lower() for s in item.sentences), (item.label, furniture)


def test_dateline_is_cut_but_the_sentence_kept(inputs):
    tirana = next(n for n in inputs.news if n.label.startswith("002"))
    assert tirana.sentences[0].startswith("Albanian police have kept up their controls")

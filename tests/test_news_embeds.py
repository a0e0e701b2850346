"""An embedded post's signature line and an update stamp are page furniture, never a
sentence of the report (``load.news`` rule 4), on the real copies where they stand."""

from __future__ import annotations

from pathlib import Path

import pytest

from mergekit.load.news import clean_news_text, parse_news_text

REAL = Path(__file__).parent / "cases" / "real"


@pytest.mark.parametrize(("case", "name", "line"), [
    # the signature was quoted as the passage saying "... entered administration on 28 January 2023"
    ("flybe-collapse-2023", "travelweekly-ceases-trading.txt", "— Flybe (@flybe) January 28, 2023"),
    ("miss-universe-2015", "adweek-harvey-reads-wrong-winner.txt", "— Steve Harvey (@IAmSteveHarvey) December 21, 2015"),
    # the stamp was quoted for "... a bushfire that burned between 18 and 19 March 2018"
    ("tathra-bushfire", "wildfiretoday-dozens-of-homes.txt", "(Updated at 8:30 a.m. MDT March 19, 2018, US time)"),
])
def test_signature_and_stamp_lines_are_not_sentences(case, name, line):
    item = parse_news_text((REAL / case / "input" / name).read_text(encoding="utf-8"), label=name)
    assert not any(line in sentence for sentence in item.sentences)
    assert any(removed.endswith(line) for removed in item.removed)


def test_the_post_itself_is_kept():
    """The post's own text above its signature is what the outlet quotes: kept."""
    path = REAL / "flybe-collapse-2023" / "input" / "travelweekly-ceases-trading.txt"
    item = parse_news_text(path.read_text(encoding="utf-8"), label=path.name)
    assert "Flybe has now ceased trading." in item.sentences


@pytest.mark.parametrize("line", [
    # a sentence that names a handle, and a line that opens with an update mark and goes on
    "— Flybe (@flybe) said on January 28, 2023 that all flights were cancelled.",
    "(UPDATED) Pia Wurtzbach now follows in the footsteps of Filipina Miss Universe winners.",
    "The council said the timetable was updated on 3 May (after the vote).",
])
def test_prose_is_not_furniture(line):
    cleaned = clean_news_text(f"A headline about the vote and the flights\n\n{line}\n")
    assert line in cleaned.paragraphs

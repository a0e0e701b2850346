"""polarity, from tests/cases/facts/polarity.tsv."""

from __future__ import annotations

from pathlib import Path

import pytest

from mergekit.facts import polarity

ROWS = [line.split("\t") for line in (Path(__file__).parent / "cases" / "facts" / "polarity.tsv")
        .read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("text,negated,cues", ROWS, ids=[r[0][:40] for r in ROWS])
def test_polarity(text, negated, cues):
    got = polarity(text)
    assert got.negated is (negated == "yes")
    assert got.cues == (() if cues == "-" else tuple(cues.split(",")))

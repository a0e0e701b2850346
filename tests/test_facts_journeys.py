"""mergekit.facts.journeys on real sentences (tests/cases/facts/journeys.tsv)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mergekit.facts.journeys import other_end

ROWS = [line.split("\t") for line in (Path(__file__).parent / "cases" / "facts" / "journeys.tsv")
        .read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}-{i}" for i, r in enumerate(ROWS)])
def test_other_end(row):
    expect, claim, evidence = row
    found = other_end(claim, evidence)
    assert (found[1].end if found else "none") == expect

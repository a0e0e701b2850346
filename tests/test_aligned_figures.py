"""The general figure check between a sentence and its aligned evidence (tests/cases/aligned)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from mergekit.align import Match, Passage
from mergekit.plan.aligned import figure_conflicts

CASES = tomllib.loads((Path(__file__).parent / "cases" / "aligned" / "figures.toml").read_text(encoding="utf-8"))["case"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_figure_conflicts(case):
    aligned = [Match(Passage("news.txt", i, text), 1.0) for i, text in enumerate(case["evidence"])]
    found = figure_conflicts(case["claim"], aligned, frozenset(case.get("years", ())))
    assert [c.noun for c in found] == ([case["conflict"]] if case["conflict"] else [])
    for conflict in found:
        assert conflict.source == "news.txt" and conflict.quote in case["evidence"]

"""mergekit.facts.scope on real sentences (tests/cases/facts/scope.tsv)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mergekit.facts import scope

ROWS = [line.split("\t") for line in (Path(__file__).parent / "cases" / "facts" / "scope.tsv")
        .read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


def _check(check: str, figure: str, text: str) -> bool:
    if check == "another":
        return scope.about_another_event(text)
    if check == "other":  # the figure column holds the noun's stem
        return figure in {noun for noun, _ in scope.other_occurrences(text)}
    start = text.index(figure)
    span = (start, start + len(figure))
    if check == "offset":
        return scope.offset(text, span[1])
    return {"running": scope.running, "duration": scope.running_duration, "increment": scope.increment,
            "snapshot": scope.snapshot, "presupposed": scope.presupposed, "unasserted": scope.unasserted,
            "reference": scope.reference_point, "domain": scope.whole_domain}[check](text, span)


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}-{r[2]}-{i}" for i, r in enumerate(ROWS)])
def test_scope(row):
    check, figure, expect, text = row
    assert _check(check, figure, text) is (expect == "yes"), text

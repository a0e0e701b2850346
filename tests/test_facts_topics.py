"""quantity_topic, from tests/cases/facts/topics.tsv."""

from __future__ import annotations

from pathlib import Path

import pytest

from mergekit.facts import extract_quantities, quantity_topic

ROWS = [line.split("\t") for line in (Path(__file__).parent / "cases" / "facts" / "topics.tsv")
        .read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("text,surface,topic", ROWS, ids=[f"{r[1]}:{r[2]}" for r in ROWS])
def test_quantity_topic(text, surface, topic):
    [q] = [q for q in extract_quantities(text) if q.text == surface]
    got = quantity_topic(q, text)
    assert (got.id if got else "-") == topic

"""quantity_topic and date_topic, from tests/cases/facts/{topics,date_topics}.tsv."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mergekit.facts import date_topic, extract_dates, extract_quantities, quantity_topic

ROWS = [line.split("\t") for line in (Path(__file__).parent / "cases" / "facts" / "topics.tsv")
        .read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("text,surface,topic", ROWS, ids=[f"{r[1]}:{r[2]}" for r in ROWS])
def test_quantity_topic(text, surface, topic):
    [q] = [q for q in extract_quantities(text) if q.text == surface]
    got = quantity_topic(q, text)
    assert (got.id if got else "-") == topic


DATE_ROWS = [line.split("\t") for line in (Path(__file__).parent / "cases" / "facts" / "date_topics.tsv")
             .read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("text,surface,topic", DATE_ROWS, ids=[f"{r[0][:40]}:{r[2]}" for r in DATE_ROWS])
def test_date_topic(text, surface, topic):
    [d] = [d for d in extract_dates(text, published=dt.date(2023, 6, 22)) if d.text == surface]
    got = date_topic(d.span, text)
    assert (got.id if got else "-") == topic

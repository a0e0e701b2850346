"""extract_dates, from tests/cases/facts/dates.toml."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from mergekit.facts import extract_dates

CASES = tomllib.loads((Path(__file__).parent / "cases" / "facts" / "dates.toml").read_text(encoding="utf-8"))["case"]


def _day(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


@pytest.mark.parametrize("case", CASES, ids=[f"{c['text'][:40]}@{c.get('published', '-')}" for c in CASES])
def test_extract_dates(case):
    published = _day(case.get("published", ""))
    found = extract_dates(case["text"], published=published)
    assert len(found) == len(case["expect"]), [d.text for d in found]
    for d, want in zip(found, case["expect"], strict=True):
        for field, value in want.items():
            got = getattr(d, field)
            if field in ("low", "high"):
                value = _day(value)
            assert got == value, (field, got, value)

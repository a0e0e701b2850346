"""Every case in ``tests/cases/check/*.cases`` gives exactly its expected findings."""

from __future__ import annotations

import pytest

from check_cases import all_cases

CASES = all_cases()


@pytest.mark.parametrize("case", CASES, ids=[f"{c.file}:{c.name}" for c in CASES])
def test_case(case):
    assert case.actual() == case.expect


def test_every_rule_family_has_cases_and_clean_texts():
    files = {c.file for c in CASES}
    for family in ("refs", "duplicates", "cites", "links", "incomplete", "wtw", "placement", "reliability"):
        assert f"{family}.cases" in files
        assert any(c.file == f"{family}.cases" and not c.expect for c in CASES), f"{family}: no clean text"
        assert any(c.file == f"{family}.cases" and c.expect for c in CASES), f"{family}: no finding"

"""One list of month names for every date reader, whatever the process's locale."""

from __future__ import annotations

import re

from mergekit import months


def test_names_numbers_and_patterns():
    assert months.NAMES[0] == "January" and len(months.NAMES) == 12
    assert months.NUMBER["sept"] == months.NUMBER["sep"] == months.NUMBER["september"] == 9
    assert set(months.NUMBER.values()) == set(range(1, 13)) and len(months.NUMBER) == 24  # "may" is both
    assert re.fullmatch(f"(?:{months.ANY})", "Sept") and not re.fullmatch(f"(?:{months.ANY})", "sept")
    assert re.fullmatch(f"(?:{months.FULL})", "December") and not re.fullmatch(f"(?:{months.FULL})", "Dec")

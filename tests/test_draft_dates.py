"""Dates in merged prose follow the destination's date style."""

from __future__ import annotations

import pytest

from mergekit.draft.dates import restyle_dates

CASES = [
    ("On June 20th, 2023, the police", "dmy", "On 20 June 2023, the police"),
    ("The camp on June 21st was calm.", "dmy", "The camp on 21 June was calm."),
    ("It opened on May 5, 2024.", "dmy", "It opened on 5 May 2024."),
    ("In March 3 people died.", "dmy", "In March 3 people died."),
    ("In June 2023 it rained.", "dmy", "In June 2023 it rained."),
    ("On 20th June 2023 it rained.", "mdy", "On June 20, 2023 it rained."),
    ("On 3 March, it rained.", "mdy", "On March 3, it rained."),
    ("On June 20th, 2023, the police", "iso", "On June 20th, 2023, the police"),
]


@pytest.mark.parametrize("text, style, expected", CASES)
def test_restyle_dates(text, style, expected):
    assert restyle_dates(text, style) == expected

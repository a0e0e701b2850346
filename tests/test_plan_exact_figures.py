"""Figures compared as written, on real tuning cases (tests/cases/real/*, split "tune").

"110 schools ... were subsequently closed" is written to its last digit, not rounded for
ending in 0: every report counts 111 (kim-kim-river-pollution). Two "up to" figures are
two claims of one maximum: "up to 9.7 million current and former customers" against
WAtoday's "up to 9 million customers" (optus-data-breach), not two ranges from zero.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mergekit.load.inputs import load_folder
from mergekit.plan.conflicts import find_conflicts, statements

REAL = Path(__file__).parent / "cases" / "real"


@pytest.mark.parametrize(("case", "start", "figures"), [
    ("kim-kim-river-pollution", "Most of the victims were school students", ("110", "111")),
    ("optus-data-breach", "The breach affected up to 9.7 million", ("up to 9.7 million", "up to 9 million")),
])
def test_a_figure_written_to_its_last_digit_is_contradicted(case, start, figures):
    inputs = load_folder(REAL / case / "input")
    key = next(s.key for s in statements(inputs) if s.role == "article" and s.text.startswith(start))
    said = [tuple(s.what for s in c.said[:2]) for c in find_conflicts(inputs).with_news.get(key, ())]
    assert figures in said

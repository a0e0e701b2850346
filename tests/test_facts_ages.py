"""facts.ages: ages written next to a full name."""

from __future__ import annotations

import pytest

from mergekit.facts.ages import ages


@pytest.mark.parametrize("text,want", [
    # real (unc-zijie-yan-shooting, tuning)
    ("34-year-old Tailei Qi, one of his graduate students, was arrested.", [("tailei-qi", 34)]),
    ("UNC Police have charged graduate student Tailei Qi, 33, with first-degree murder.", [("tailei-qi", 33)]),
    ("The gunman, Tailei Qi, 34, was arrested in a residential neighborhood.", [("tailei-qi", 34)]),
    ("a 34-year-old graduate student, Tailei Qi, was held", [("tailei-qi", 34)]),
    ("John Smith (45) and his son Mark Smith, 12, died.", [("john-smith", 45), ("mark-smith", 12)]),
    # one word names no one person; a date or a count after a place is no age
    ("Qi, 33, was charged.", []),
    ("On Monday August 28, 2023, police said.", []),
    ("In Chapel Hill, 27 people were hurt.", []),
    ("Chapel Hill, 2023.", []),
])
def test_ages(text, want):
    assert [(a.key, a.value) for a in ages(text)] == want

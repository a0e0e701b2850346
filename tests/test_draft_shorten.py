"""``cut_at_word``: long text cut at a word, the cut marked, never half a word."""

from __future__ import annotations

import pytest

from mergekit.draft.shorten import cut_at_word


@pytest.mark.parametrize("text, limit, expected", [
    ("The council voted", 17, "The council voted"),  # short enough: as it is
    ("The council voted to close the road", 20, "The council voted\u2026"),  # a word cut into: left out
    ("The council voted to close the road", 18, "The council\u2026"),  # a word ending at the cut too
    ("Supercalifragilistic", 10, "Supercali\u2026"),  # one long word: cut inside it
])
def test_cut_at_word(text, limit, expected):
    assert cut_at_word(text, limit) == expected
    assert len(cut_at_word(text, limit)) <= limit

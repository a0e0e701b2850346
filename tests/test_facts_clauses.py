"""The clause around a span (``facts.clauses``), between the boundaries each reader names."""

from __future__ import annotations

import re

import pytest

from mergekit.facts.clauses import clause_around, clause_start

PUNCTUATION = re.compile(r"[,;:]")
WORDS = re.compile(r"[;:]|,\s|\b(?:and|but)\b")


@pytest.mark.parametrize(("text", "figure", "boundary", "clause"), [
    ("12 people died", "12", PUNCTUATION, "12 people died"),  # no boundary: the whole text
    ("Police said, 12 people died; 30 were hurt", "12", PUNCTUATION, " 12 people died"),
    ("Police said, 12 people died; 30 were hurt", "30", PUNCTUATION, " 30 were hurt"),
    ("12 died and 30 were hurt, police said", "30", WORDS, " 30 were hurt"),
    ("12 died and 30 were hurt, police said", "12", WORDS, "12 died "),
    ("in 1990,12 died", "12", PUNCTUATION, "12 died"),  # a boundary right before the span
    ("12,000 died", "12,000", PUNCTUATION, "12,000 died"),  # a boundary inside the span is none
])
def test_the_clause_around_a_figure(text, figure, boundary, clause):
    start = text.index(figure)
    span = (start, start + len(figure))
    assert clause_around(text, span, boundary) == clause
    assert clause_start(text, start, boundary) == text.index(clause)

"""Bylines read off news pages become names, or nothing."""

from __future__ import annotations

import pytest

from mergekit.html import clean_byline


@pytest.mark.parametrize("byline, name", [
    ("Gazette reporter Tom Ellery", "Tom Ellery"),
    ("By Moira Hale", "Moira Hale"),
    ("Moira Hale", "Moira Hale"),
    ("Staff reporter", None),
    ("Jürgen Müller", "Jürgen Müller"),
    ("", None),
    (None, None),
])
def test_clean_byline(byline, name):
    assert clean_byline(byline) == name

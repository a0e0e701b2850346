"""Read a number written in words or digits ("2,500", "three dozen", "dozens", "3 thousand").

The one concept here is the *numeral*: a surface form and the interval of counts it can
stand for. Vague plurals ("dozens", "tens of") are intervals, not points, so that
"dozens injured" agrees with 36 and disagrees with "more than 100".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Numeral", "NUMERAL_RE", "parse_numeral"]

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}

# Vague plural counts: the interval a careful reader would accept for each.
_VAGUE = {
    "dozens": (24.0, 99.0),
    "tens": (20.0, 99.0),
    "scores": (40.0, 99.0),
    "hundreds": (200.0, 999.0),
    "thousands": (2_000.0, 9_999.0),
    "a few": (2.0, 5.0),
    "several": (3.0, 9.0),
    "a handful": (2.0, 6.0),
    "a dozen": (12.0, 12.0),
}

_WORD = "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"(?:\s+|-)?(?:hundred|thousand|million|billion)\b"
NUMERAL_RE = re.compile(
    rf"""
    (?P<vague>\b(?:dozens|tens|scores|hundreds|thousands)(?=\s+of\b|\s+\w+|\s*[.,;:)])|\ba\s+few\b|\bseveral\b|\ba\s+handful\b)
    | (?P<mult>(?:\b(?:{_WORD})\b|\b\d+\b)\s+dozen\b|\ba\s+dozen\b)
    | (?P<num>(?<![\w.,])(?:{_DIGITS})(?:{_SCALE})?(?![\w]|,\d|\.\d))
    | (?P<word>\b(?:{_WORD})(?:-(?:{_WORD}))?\b(?:{_SCALE})?)
    """,
    re.IGNORECASE | re.VERBOSE,
)


@dataclass(frozen=True)
class Numeral:
    """A number as written: its point value and the interval it stands for."""

    value: float
    low: float
    high: float
    vague: bool  # a word like "dozens" that names a range, not a count


def _words_value(text: str) -> float:
    total = 0.0
    for part in re.split(r"[\s-]+", text.lower()):
        if part in _UNITS:
            total += _UNITS[part]
        elif part in _TENS:
            total += _TENS[part]
        elif part in _SCALES:
            total = max(total, 1.0) * _SCALES[part]
    return total


def parse_numeral(text: str) -> Numeral:
    """Return the value of a numeral matched by ``NUMERAL_RE``.

    >>> parse_numeral("3 thousand").value
    3000.0
    >>> parse_numeral("dozens").low, parse_numeral("dozens").high
    (24.0, 99.0)
    """
    norm = re.sub(r"\s+", " ", text.strip().lower())
    if norm in _VAGUE:
        low, high = _VAGUE[norm]
        return Numeral((low + high) / 2 if low != high else low, low, high, low != high)
    if norm.endswith("dozen"):
        head = norm[: -len("dozen")].strip()
        n = 1.0 if head == "a" else (float(head) if head.isdigit() else _words_value(head))
        return Numeral(n * 12, n * 12, n * 12, False)
    m = re.match(rf"({_DIGITS})(?:[\s-]*(hundred|thousand|million|billion))?$", norm)
    if m:
        value = float(m.group(1).replace(",", ""))
        if m.group(2):
            value *= _SCALES[m.group(2)]
        return Numeral(value, value, value, False)
    value = _words_value(norm)
    return Numeral(value, value, value, False)

"""Read a number written in words or digits ("2,500", "three dozen", "dozens", "3 thousand").

The one concept here is the *numeral*: a surface form and the interval of counts it can
stand for. Vague plurals ("dozens", "tens of") are intervals, not points, so that
"dozens injured" agrees with 36 and disagrees with "more than 100" as read; compared with
another text's figure, a vague plural keeps its floor only (``vague_plural``).

What is read as one numeral:

* digits, with thousands separators and decimals ("2,500", "18.6"), a scale word
  ("3 thousand", "2.5 million") or a glued abbreviation ("1.5m", "2.3bn", "10k"); a glued
  "m" is a million only after a decimal and unless a length context follows ("the 100m
  final" and "1.5m tall" are no numerals);
  a glued unit of length or area ends the numeral without being part of it ("30km",
  "50metres"); a bare "m" is a unit (metres) only after a space ("2.5 m"), never glued;
* number words, compounds included ("forty-two", "one hundred and twenty",
  "two thousand five hundred", "a hundred", "half a million");
* dozens ("three dozen", "a dozen", "half a dozen" = 6);
* vague plurals, also scaled: "tens of thousands" is [20,000, 99,999] and "hundreds of
  thousands" [200,000, 999,999], one numeral, not two.

``RANGE_RE`` finds two numerals written as a range ("20-30", "20 to 30", "between 20
and 30"); whether such a pair is a range of counts (and not a year span or a score) is
for the caller to judge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Numeral", "NUMERAL_RE", "RANGE_RE", "UNIT_SURFACE", "VAGUE_REACH", "parse_numeral", "vague_plural", "vague_plurals_disagree"]

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
_ABBREVIATIONS = {"k": 1_000, "m": 1_000_000, "bn": 1_000_000_000}  # "10k", "1.5m", "2.3bn"

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
# "tens of thousands": a vague plural of a scale multiplies both ends of its interval
_VAGUE_SCALES = {"thousands": 1_000, "millions": 1_000_000}

# Units of length and area as written after a figure ("30 km", "30km", "15 miles", "50
# metres", "a 300-metre fence"). A bare "m" is metres only after a space ("2.5 m"): glued to
# the figure it is a scale or nothing (see ``_ABBR``).
UNIT_SURFACE = (r"(?:km|kilometres?|kilometers?|metres?|meters?|(?<=\s)m|mi|miles?|ha|hectares?|"
                r"acres?)\b")

_WORD = "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
_WORDNUM = rf"(?:{_WORD})(?:-(?:{_WORD}))?"  # "forty-two"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE_WORD = r"(?:hundred|thousand|million|billion)"
_SCALE = rf"(?:\s+|-)?{_SCALE_WORD}\b"
# a glued abbreviation of a scale. A glued "m" is a million only after a decimal ("1.5m
# people"): after a whole number it is as often metres ("the 100m final"), and money, where
# "£10m" lives, is not counted anyway. Nor is it one before a length context ("1.5m tall").
_ABBR = (r"(?:bn|k|(?:(?<=\.\d)|(?<=\.\d\d))m(?!\s*(?:from|away|high|long|wide|deep|tall|above|"
         r"below|north|south|east|west|radius|sprint|race)\b|-))\b")
# what may follow digits: not a letter (but a glued unit, "30km"), nor more digits ("1,2", "1.5")
_DIGITS_END = rf"(?!(?!{UNIT_SURFACE})\w|,\d|\.\d)"
# after a scale word: "and twenty", "five hundred" ("one hundred and twenty", "two thousand five hundred")
_MORE_WORDS = rf"(?:(?:\s+and)?\s+{_WORDNUM}\b(?:{_SCALE})?)*"
_WORDS = (rf"\b(?:half\s+)?an?\s+{_SCALE_WORD}\b{_MORE_WORDS}"  # "a hundred", "half a million"
          rf"|\b{_WORDNUM}\b(?:{_SCALE}{_MORE_WORDS})?")  # "one", "forty-two", "two thousand five hundred"
_VAGUE_WORDS = r"dozens|tens|scores|hundreds|thousands"


def _starts(*words: str) -> str:
    """A lookahead for the first letter of ``words`` or a digit, at the start of a word:
    where every numeral below starts. Tested before the alternatives (speed only: the same
    matches, as every alternative starts there, and most places fail at once)."""
    return rf"(?=[{''.join(sorted({w[0] for w in words}))}\d])(?<!\w)"


NUMERAL_RE = re.compile(
    _starts(*_UNITS, *_TENS, *_VAGUE_WORDS.split("|"), "a", "half", "several")
    + rf"""(?:
    (?P<vague>\b(?:{_VAGUE_WORDS})(?:\s+of\s+(?:thousands|millions)\b)?(?=\s+of\b|\s+\w+|\s*[.,;:)])
        |\ba\s+few\b|\bseveral\b|\ba\s+handful\b)
    | (?P<mult>(?:\b(?:{_WORD})\b|\b\d+\b)\s+dozen\b|\b(?:half\s+)?a\s+dozen\b)
    | (?P<num>(?<![\w.,])(?:{_DIGITS})(?:{_SCALE}|{_ABBR})?{_DIGITS_END})
    | (?P<word>{_WORDS})
    )""",
    re.IGNORECASE | re.VERBOSE,
)

# Two numerals written as a range: "20-30", "20–30", "20 to 30", "between 20 and 30".
# A dash joins digits only ("twenty-five" is one numeral); "and" only after "between".
_RANGE_END = rf"(?:(?<![\w.,])(?:{_DIGITS}){_DIGITS_END}|\b{_WORDNUM}\b)"
RANGE_RE = re.compile(
    _starts(*_UNITS, *_TENS, "between")
    + rf"""(?:
    (?P<between>\bbetween\s+)?
    (?<![\w.,:/–—-])(?P<low>{_RANGE_END})
    (?: \s*[-–—]\s*(?=\d) | \s+to\s+ | (?(between)\s+and\s+|(?!)) )
    (?P<high>{_RANGE_END})
    )""",
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
    """The value of number words: "two thousand five hundred" -> 2500, "half a million" -> 500000."""
    total, current = 0.0, 0.0
    for part in re.split(r"[\s-]+", text.lower()):
        if part in _UNITS:
            current += _UNITS[part]
        elif part in _TENS:
            current += _TENS[part]
        elif part == "half":
            current += 0.5
        elif part == "hundred":
            current = (current or 1.0) * 100
        elif part in _SCALES:
            total += (current or 1.0) * _SCALES[part]
            current = 0.0
    return total + current


def _vague(norm: str) -> Numeral | None:
    """A vague plural, maybe of a scale: "dozens" -> [24, 99], "tens of thousands" -> [20000, 99999]."""
    head, _, scale = norm.partition(" of ")
    if head not in _VAGUE or scale and scale not in _VAGUE_SCALES:
        return None
    low, high = _VAGUE[head]
    if scale:
        factor = _VAGUE_SCALES[scale]
        low, high = low * factor, (high + 1) * factor - 1
    return Numeral((low + high) / 2 if low != high else low, low, high, low != high)


# How far a vague plural read as a floor reaches against another text's figure (``facts.clusters``,
# ``plan.aligned``): two orders past its own ceiling ("dozens" up to 9,900, "hundreds" to 99,900,
# "thousands" to 999,900). One order (x10) is too short for "thousands of passengers" of about
# 140,000 (gatwick); no ceiling hides "dozens" against 50,000 (rv16). Two vague plurals are
# compared as read (``vague_plurals_disagree``).
VAGUE_REACH = 100.0

def vague_plurals_disagree(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Whether two vague plurals' ranges as read, ``(low, high)`` each, disagree: they do not
    meet ("hundreds" against "thousands" killed, "thousands" against "tens of thousands"
    protesting: the writers chose different orders, which an editor needs to see; rv18). Each
    may still agree with a figure of the other's size (``VAGUE_REACH`` is a tolerance for a
    vague word against a figure, not a reading of the word)."""
    return a[0] > b[1] or b[0] > a[1]


# a vague plural as a whole figure, maybe of a scale ("hundreds", "tens of thousands"); compiled once
_VAGUE_PLURAL = re.compile(rf"(?:{_VAGUE_WORDS})(?:\s+of\s+(?:{'|'.join(_VAGUE_SCALES)}))?", re.IGNORECASE)


def vague_plural(text: str) -> bool:
    """Whether ``text`` is, as a whole, a vague plural ("dozens", "hundreds", "tens of
    thousands"): a range named by a word, bounded at both ends. Not an indefinite
    quantifier ("a few", "several"), a bound ("more than 100") or a figure. Compared with
    another text's figure, its floor is a claim and its ceiling reaches ``VAGUE_REACH`` times
    its own (``facts.clusters``, ``plan.aligned``): writers say "hundreds of flights" of 1,000
    and more, "thousands of passengers" of 140,000, but not "dozens" of 50,000.

    >>> vague_plural("hundreds"), vague_plural("tens of thousands"), vague_plural("over 1,000")
    (True, True, False)
    """
    return _VAGUE_PLURAL.fullmatch(text.strip()) is not None


# digits with a scale word or a glued abbreviation, the whole of a numeral (``parse_numeral``; compiled once)
_WRITTEN_FIGURE = re.compile(rf"({_DIGITS})(?:[\s-]*(hundred|thousand|million|billion)|-?(bn|k|m))?$")


def parse_numeral(text: str) -> Numeral:
    """Return the value of a numeral matched by ``NUMERAL_RE``.

    >>> parse_numeral("3 thousand").value
    3000.0
    >>> parse_numeral("dozens").low, parse_numeral("dozens").high
    (24.0, 99.0)
    >>> parse_numeral("tens of thousands").low, parse_numeral("tens of thousands").high
    (20000.0, 99999.0)
    >>> parse_numeral("1.5m").value, parse_numeral("one hundred and twenty").value
    (1500000.0, 120.0)
    """
    norm = re.sub(r"\s+", " ", text.strip().lower())
    vague = _vague(norm)
    if vague:
        return vague
    if norm.endswith("dozen"):
        head = norm[: -len("dozen")].strip()
        n = {"a": 1.0, "half a": 0.5}.get(head) or (float(head) if head.isdigit() else _words_value(head))
        return Numeral(n * 12, n * 12, n * 12, False)
    m = _WRITTEN_FIGURE.match(norm)
    if m:
        value = float(m.group(1).replace(",", ""))
        if m.group(2):
            value *= _SCALES[m.group(2)]
        if m.group(3):
            value *= _ABBREVIATIONS[m.group(3)]
        return Numeral(value, value, value, False)
    value = _words_value(norm)
    return Numeral(value, value, value, False)

"""Quantities with what they count, and a tolerant comparison between two of them.

``extract_quantities(text)`` finds counts and measures: digits, number words, vague
plurals ("dozens"), bounds ("more than 100", "nearly 2,500", "up to 10"), scaled words
("3 thousand"), zero counts ("no fatalities"), a single victim ("a victim"), compound
counts ("15 officers and 21 residents" -> 36, "12 soldiers, 4 police and 3 civilians" -> 19),
ranges ("20-30 people", "between 20 and 30 people" -> one quantity [20, 30]) and lengths
in km/mi/metres ("30 km", "30km", "800 metres", "a 300-metre fence", "2.5 m"), including
the raw ``{{convert|15|mi|km}}`` template and its rendering "15 miles (24 km)". Metres are
kept in km ("50 metres" is 0.05 km, unit "km"); a bare "m" is metres only after a space
("2.5 m"): glued, it is a million after a decimal or no figure ("1.5m people", "the 100m
final", see ``numbers``). How numerals are read is documented in ``numbers``.

Not counts: years (1800-2099; another figure only where the date reader reads it as the
year of a date: "22 August 1485", "in 1485", "44 BC", ``dates``), dates, clock times, ages, money, ordinals, percentages, names ("Camp
Ashraf 3", "COVID-19", "iPhone 6"), labels and ranks ("world number seven", "No. 7",
"#1"), "one" as a pronoun ("the one it's replacing", "one another"), year spans and
scores ("2018–19", "won 3–1"); a capitalised word is taken as a name only when it is not
a common sentence word ("Only 5 residents" is a count), a word capitalised inside
("iPhone", "PlayStation") always. A partitive "X of the Y" counts none of Y: "One of the
injured officers said" is kept as "One of the injured officers" (span and text), with no
counted noun, so that what it is a part of is not read as counted. A relative "X of
whom/which" is a part too:
in "3,000 members came in 2016, 2,500 of whom still live there" the 2,500 counts no
noun, so that a part is never compared with its whole.

Tolerance (``quantities_agree``), in one place so that it can be cited in a report:

* every quantity is an interval ``[low, high]`` in a canonical unit (km for lengths, so
  "800 metres" agrees with "0.8 km" and "0.5 miles"; ha for areas);
* an exact figure stands for the values that round to it as written, so a round one
  (round at its magnitude, or with a scale word: "20,000", "150", "ten", "3 thousand";
  not "110", written to its last digit) is widened by ``rtol``
  (default 5 %) for rounding and unit conversion, and one written to its last digit
  ("116", "Twenty-four", "9.7 million", "18.6 mi") by under half a unit of that digit,
  at most ``rtol``: "30 km" agrees with "18.6 mi" (29.9 km) and with "about 20 miles",
  "116" does not agree with "113", nor "24" with "23" (at 5 % both pairs would);
* "about/around/some/roughly N" is N +/- 10 %; "nearly/almost/close to N" is [0.9N, N];
* two "up to/as many as" figures are two claims of one maximum, compared as figures:
  "up to 9.7 million" does not agree with "up to 9.8 million";
* "more than/over/at least N" is [N, 2N] widened by ``rtol`` (a writer does not understate
  a figure by more than about half: the cap is a habit, not a figure, so "at least 11"
  still meets "23"), "fewer than/under N" is [N/2, N], "up to/as many as N" is [0, N];
* vague plurals: "dozens" [24, 99], "tens of" [20, 99], "hundreds" [200, 999],
  "thousands" [2,000, 9,999], "tens of thousands" [20,000, 99,999], "hundreds of
  thousands" [200,000, 999,999];
* a range "20-30" is [20, 30] as written (no rounding tolerance), like a vague plural;
* two quantities agree when their intervals overlap; different dimensions never agree.

So "about 15 mi" (24.1 km +/- 10 %) does *not* agree with "30 km": a conflict.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from mergekit import months

from .grammar import noun_after, words
from .numbers import NUMERAL_RE, RANGE_RE, UNIT_SURFACE, Numeral, parse_numeral

__all__ = ["Quantity", "extract_quantities", "quantities_agree", "interval", "UNITS", "PARTITIVE", "capped"]

# unit surface -> (unit the quantity is kept in, factor to the canonical unit of its
# dimension: km for lengths, ha for areas, dimension). The one place units are listed, with
# ``numbers.UNIT_SURFACE``. Miles and acres are kept as written and converted by ``interval``;
# metres are kept in km, converted when read ("50 metres" is 0.05 km).
UNITS: dict[str, tuple[str, float, str]] = {
    "km": ("km", 1.0, "length"), "kilometre": ("km", 1.0, "length"),
    "kilometer": ("km", 1.0, "length"), "metre": ("km", 0.001, "length"),
    "meter": ("km", 0.001, "length"), "m": ("km", 0.001, "length"), "mi": ("mi", 1.609344, "length"),
    "mile": ("mi", 1.609344, "length"), "ha": ("ha", 1.0, "area"),
    "hectare": ("ha", 1.0, "area"), "acre": ("acre", 0.404686, "area"),
}
_UNIT_RE = UNIT_SURFACE

_BOUNDS = [  # cue -> kind; longest first
    ("more than", "min"), ("upwards of", "min"), ("in excess of", "min"), ("at least", "min"),
    ("over", "min"), ("no fewer than", "min"), ("fewer than", "max"), ("less than", "max"),
    ("at most", "max"), ("no more than", "max"), ("under", "max"), ("up to", "upto"),
    ("as many as", "upto"), ("nearly", "nearly"), ("almost", "nearly"),
    ("close to", "nearly"), ("just under", "nearly"), ("about", "about"), ("around", "about"),
    ("approximately", "about"), ("roughly", "about"), ("some", "about"),
    ("an estimated", "about"), ("estimated", "about"), ("circa", "about"), ("c.", "about"),
]
_BOUND_RE = re.compile(
    r"\b(" + "|".join(re.escape(c) for c, _ in sorted(_BOUNDS, key=lambda b: -len(b[0])))
    + r")\s+$", re.IGNORECASE)
_BOUND_KIND = dict(_BOUNDS)

_MONTHS = f"(?:{months.ANY})"
_CONVERT_RE = re.compile(r"\{\{\s*convert\s*\|\s*([\d.,]+)\s*\|\s*([A-Za-z]+)[^{}]*\}\}", re.I)
_ZERO_RE = re.compile(
    r"\b(?:no|zero)\s+(?:(?:further|other|reported|more)\s+)?"
    r"(fatalit(?:y|ies)|deaths?|victims?|casualt(?:y|ies)|injur(?:y|ies)|dead|injured|wounded|one|person|people|persons)\b"
    r"(?:\s+or\s+(fatalit(?:y|ies)|deaths?|victims?|casualt(?:y|ies)|injur(?:y|ies)))?|\bnobody\b|\bnone\b",
    re.IGNORECASE)
_SINGLE_RE = re.compile(
    # not the name of a count: "a high death toll" is no death (``topics._TOLL_RE`` reads it)
    r"\ban?\s+(?:(?:\w+\s+){0,2}?)(victim|death|fatality|casualty)\b(?![\s-]+tolls?\b)"
    r"|\ban?\s+(?:\w+\s+){0,2}?(person|individual|man|woman|member|resident)\s+"
    r"(?=(?:was\s+|has\s+|had\s+)?(?:been\s+)?(?:killed|died|dead|injured|wounded)\b)",
    re.IGNORECASE)
_NOT_A_COUNT = re.compile(r"\s+(?:another|of\s+(?:the\s+)?(?:most|few|many))\b", re.I)  # "one another"
# "one" as a pronoun after a determiner, no noun after it: "the one it's replacing", "this one"
# ("that" may open a clause: "said that one was killed" counts one)
_PRONOUN_ONE_BEFORE = re.compile(r"\b(?:the|this)\s+$", re.I)
_PRONOUN_ONE_AFTER = re.compile(r"\s*(?:[,.;:!?)\u2013\u2014]|$)|\s+(?:who|whom|which|that|it|he|she|they|we|you|i|is|was|"
                                r"in|on|at|from|with|for)\b|\s+[a-z]+['\u2019](?:s|re|ve|d|ll)\b", re.I)
# Sentence words that may stand capitalised before a small figure without naming it
# ("Only 5 residents", "Another 12 people"), unlike "Camp 2" or "Ashraf 3".
_SENTENCE_WORDS = frozenset({
    "a", "about", "additional", "after", "again", "all", "almost", "also", "altogether", "among",
    "an", "and", "another", "approximately", "around", "as", "at", "barely", "before", "between",
    "both", "but", "by", "circa", "each", "estimated", "even", "every", "exactly", "fewer", "for",
    "from", "further", "hardly", "in", "including", "just", "least", "less", "many", "maybe",
    "more", "most", "nearly", "of", "on", "only", "other", "over", "overall", "perhaps",
    "precisely", "reportedly", "allegedly", "roughly", "since", "so", "some", "still", "than",
    "that", "the", "then", "these", "those", "to", "together", "total", "under", "until", "up",
    "when", "while", "with", "within", "yet",
}) | {c for c, _ in _BOUNDS if " " not in c}
_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+)[- ]$")  # "Ashraf 3", "Camp-2"
# a word capitalised inside is a name whatever the sentence ("iPhone 6", "PlayStation 4")
_INNER_CAPITAL_BEFORE = re.compile(r"\b[A-Za-z]*[a-z][A-Z][A-Za-z]*[- ]$")
# a figure that labels or ranks rather than counts: "world number seven", "No. 7", "#3"
# (glued: "## 22 Michigan women" is a heading's mark before a count)
_LABEL_BEFORE = re.compile(r"(?:\b[Nn]umber\s*|\bN[Oo]\.\s*|#)$")
_CODE_BEFORE = re.compile(r"[A-Za-z]-$")  # "COVID-19", "F-16": the figure is part of a name
# Halves of a pair that is not a range of counts: the second of "1,2", "2014–2016", "20/06",
# "10:30" ("2019, 45 people" is a new figure), and the first of "2014–2016" or "3–1".
_PART_BEFORE = re.compile(r"(?:\d,|\d\s*[-/–—]\s*|:)$")
_PART_AFTER = re.compile(r"\s*[-/–—]\s*\d")
# A pair like "3–1" after a verb of scoring, or before "win", is a score, not a range.
_SCORE_BEFORE = re.compile(
    r"\b(?:won|wins?|lost|lose|loses|beat|beats|beaten|drew|draw|defeated|scored?|scores)"
    r"(?:\s+[\w'-]+){0,3}\s+$", re.I)
_SCORE_AFTER = re.compile(
    r"\s+(?:win|victory|defeat|loss|draw|lead|scoreline|home|away|on\s+aggregate)\b", re.I)
# "X of the Y" (a part of Y), "X of them"
# "one of the residents": a pick from a group (mergekit.plan.aligned reads it too)
PARTITIVE = re.compile(r"\s+of\s+(?:the|these|those|its|their|our|his|her|them)\b", re.I)
# "2,500 of whom", "30 of which": a part of what came before, like "X of the Y"
_RELATIVE_RE = re.compile(r"\s+of\s+(?:whom|which)\b", re.I)


@dataclass(frozen=True)
class Quantity:
    """One quantity in a text: the figure, its interval and what it counts."""

    value: float
    low: float
    high: float
    unit: str | None  # "km", "mi", "ha" ... or None for a count
    approx: bool
    noun: str | None  # what is counted ("residents", "computers"), lower case
    span: tuple[int, int]  # character offsets of the figure (with its cue) in the text
    text: str  # the surface form, e.g. "more than 100", "about 15 mi", "one of the residents"
    parts: tuple[Quantity, ...] = ()  # the addends of a compound count
    single: bool = False  # "a victim": a count of one written with an article


# the figure as written: digits with thousands separators and decimals ("17,500", "9.7")
_WRITTEN_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _last_digit(q: Quantity) -> float | None:
    """The unit of the last digit a figure is written to, in the figure's own unit, when it
    is written to its last digit: "116" -> 1, "Twenty-four" -> 1, "9.7 million" -> 0.1
    million, "52 metres" -> 0.001 (km). None for a round figure, which may stand for a
    rounded one ("20,000", "ten", "3 thousand", "two million": round at its magnitude,
    ``_round_at_magnitude``, or a scale word), and for a figure not written as one number (a compound count)."""
    if q.approx or q.parts or q.value <= 0:
        return None
    found = _WRITTEN_DIGITS.findall(q.text)
    if not found:  # in words: "seven", "Twenty-four"; "a dozen", "ten", "a hundred" are round
        whole = q.value == int(q.value) and int(q.value) % 10 and "dozen" not in q.text.lower()
        return 1.0 if whole else None
    if len(found) > 1:
        return None
    digits = found[0].replace(",", "")
    mantissa = float(digits)
    if not mantissa:
        return None
    scale = q.value / mantissa  # 1; a scale word's 10**6 ("9.7 million"); 0.001 for metres kept in km
    if not any(math.isclose(scale, 10.0 ** k, rel_tol=1e-9) for k in range(-3, 13)):
        return None
    if "." in digits:
        return 10.0 ** -len(digits.partition(".")[2]) * scale
    if scale >= 1_000 or _round_at_magnitude(digits):
        return None
    return scale


def _round_at_magnitude(digits: str) -> bool:
    """Whether a whole figure written in digits is round at its magnitude, so may stand for
    a rounded one: one significant digit ("40", "100", "3000"), a significant part ending
    in 5 ("150", "2,500") or two trailing zeros or more ("1,200", "12,000"). A figure with
    one trailing zero and two significant digits or more is written to its last digit:
    "110 schools" does not stand for the 111 another report counts."""
    significant = digits.rstrip("0")
    return digits != significant and (
        len(significant) == 1 or significant.endswith("5") or len(digits) - len(significant) >= 2)


def interval(q: Quantity, *, rtol: float = 0.05) -> tuple[float, float, str]:
    """The interval ``q`` stands for, in its canonical unit, with the rounding tolerance: a
    figure written to its last digit ("116", "24", "9.7 million") stands for the values
    that round to it, within ``rtol``; a round one for ``rtol`` either side (module docstring)."""
    _canon, factor, dim = UNITS.get(q.unit, (None, 1.0, "count")) if q.unit else (None, 1.0, "count")
    low, high = q.low * factor, q.high * factor
    if not q.approx:
        last = _last_digit(q)
        if last is None:
            low, high = low * (1 - rtol), high * (1 + rtol)
        else:  # under half a unit either side: "23" and "24" do not meet at 23.5
            half = min(last * factor * _HALF, low * rtol)
            low, high = low - half, high + half
    elif _OPEN_ABOVE.match(q.text):  # "at least 11": the cap 2N is a writer's habit, not a figure
        high = high * (1 + rtol)
    return low, high, dim


_HALF = 0.5 * (1 - 1e-6)


def _cues(kind: str) -> str:
    """The cues of ``_BOUNDS`` of one kind, as one alternative of a pattern."""
    return "(?:" + "|".join(re.escape(c) for c, k in _BOUNDS if k == kind) + ")"


# a lower bound whose upper end is only the habit of ``_apply_bound`` ("min": N to 2N)
_OPEN_ABOVE = re.compile(_cues("min") + r"\s", re.I)
# a cue of an upper bound that is the figure's own maximum ("up to 9.7 million customers")
_UP_TO = re.compile(_cues("upto") + r"\s+(?=\d|[a-z])", re.I)
# a cue that caps a figure from above: "less than", "under", "at most", "up to", "as many as"
_CAPPED = re.compile(f"(?:{_cues('max')}|{_cues('upto')})\\s", re.I)


def capped(q: Quantity) -> bool:
    """Whether ``q`` is written as an upper bound ("less than ten minutes", "up to 9.7
    million"): it says how much at most, not how much at least."""
    return bool(_CAPPED.match(q.text))


def quantities_agree(a: Quantity, b: Quantity, *, rtol: float = 0.05) -> bool:
    """True when ``a`` and ``b`` can describe the same figure (see the module docstring)."""
    if (cue_a := _UP_TO.match(a.text)) and (cue_b := _UP_TO.match(b.text)):
        a, b = _maximum(a, cue_a.end()), _maximum(b, cue_b.end())
    alo, ahi, adim = interval(a, rtol=rtol)
    blo, bhi, bdim = interval(b, rtol=rtol)
    return adim == bdim and alo <= bhi and blo <= ahi


def _maximum(q: Quantity, figure: int) -> Quantity:
    """An "up to N" figure as the maximum it gives, N as written (from ``figure`` of its
    text): two such figures are two claims of one maximum ("up to 9.7 million" against
    "up to 9.8 million" disagree), not two ranges from zero that overlap."""
    return replace(q, low=q.high, high=q.high, value=q.high, approx=False, text=q.text[figure:])


def _apply_bound(kind: str | None, n: float, low: float, high: float) -> tuple[float, float, bool]:
    if kind is None:
        return low, high, low != high
    return {
        "min": (n, 2 * n), "max": (n / 2, n), "upto": (0.0, n), "nearly": (0.9 * n, n),
        "about": (0.9 * low, 1.1 * high),
    }[kind] + (True,)


def _canon_unit(word: str) -> tuple[str, float]:
    """The unit a quantity written in ``word`` is kept in, and the factor its figure is
    multiplied by to be in that unit ("metres" -> ("km", 0.001), "miles" -> ("mi", 1.0))."""
    w = word.lower().rstrip("s") if len(word) > 2 else word.lower()
    for key, (unit, factor, _dim) in UNITS.items():
        if w == key or w.startswith(key) and key not in ("mi", "ha", "m"):
            return unit, factor / UNITS[unit][1]
    return w, 1.0


# the patterns ``_skip_numeral``, ``_not_a_count`` and ``_dated_year`` test a figure's
# surroundings with, compiled once (each figure of each distinct sentence asks them: written
# in the call, the month pattern was formatted and looked up again each time)
_ALL_DIGITS = re.compile(r"\d+")
_ORDINAL_AFTER = re.compile(r"(?:s\b|'s\b|:\d|st\b|nd\b|rd\b|th\b|%)")
_MONEY_BEFORE = re.compile(r"[$€£¥]\s*$")
_AGE_OR_CLOCK_AFTER = re.compile(r"(?:-|\s+)(?:years?[- ]old|year\b|[ap]\.?m\b\.?|o'clock)", re.I)
_AGED_BEFORE = re.compile(r"\baged\s+$", re.I)
_MONTH_BEFORE = re.compile(rf"\b{_MONTHS}\.?\s*$")
_MONTH_AFTER = re.compile(rf"\s*(?:{_MONTHS})\b")
_YEAR_SURFACE = re.compile(r"1[89]\d\d|20\d\d")
_ABOUT_BEFORE = re.compile(r"(?:than|over|about|some)\s+$")
_ONE_OR_TWO_DIGITS = re.compile(r"\d{1,2}")
_FOUR_DIGITS = re.compile(r"\d{4}")
_UP_TO_FOUR_DIGITS = re.compile(r"\d{1,4}")


def _skip_numeral(text: str, start: int, end: int, surface: str) -> bool:
    """A figure that is no count, or one half of a pair like "2014–2016"."""
    before, after = text[max(0, start - 12):start], text[end:end + 12]
    if _PART_BEFORE.search(before) or _PART_AFTER.match(after) and _ALL_DIGITS.fullmatch(surface):
        return True
    return _not_a_count(text, start, end, surface)


def _not_a_count(text: str, start: int, end: int, surface: str) -> bool:
    """Years, days of a month, ordinals, clock times, money, ages, names like "Ashraf 3" or
    "iPhone 6", and labels or ranks ("world number seven", "No. 7")."""
    before, after = text[max(0, start - 12):start], text[end:end + 12]
    if _ALL_DIGITS.fullmatch(surface) and _ORDINAL_AFTER.match(after):
        return True
    if _MONEY_BEFORE.search(before) or _AGE_OR_CLOCK_AFTER.match(after):
        return True  # money, ages and clock times
    if _AGED_BEFORE.search(before):
        return True
    if _MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after):
        return True
    if _YEAR_SURFACE.fullmatch(surface) and not _ABOUT_BEFORE.search(before):
        return True
    if _dated_year(text, start, end, surface, before, after):
        return True
    if _CODE_BEFORE.search(before) or _LABEL_BEFORE.search(before):
        return True
    if _INNER_CAPITAL_BEFORE.search(before) and _ONE_OR_TWO_DIGITS.fullmatch(surface):
        return True
    name = _NAME_BEFORE.search(before)
    return bool(name and _ONE_OR_TWO_DIGITS.fullmatch(surface) and name.group(1).lower() not in _SENTENCE_WORDS)


# an era beside a figure: "44 BC", "AD 79" (as ``dates`` writes it)
_ERA_AFTER = re.compile(r"\s+(?:AD|CE|BCE?|A\.D\.|C\.E\.|B\.C\.)(?!\w)")
_ERA_BEFORE = re.compile(r"\b(?:AD|A\.D\.)\s+$")


def _dated_year(text: str, start: int, end: int, surface: str, before: str, after: str) -> bool:
    """Whether the figure is the year of a date the date reader reads in ``text`` ("in 1485",
    "August 22, 1485", "44 BC"): asked only of four digits or a figure beside an era."""
    if not (_FOUR_DIGITS.fullmatch(surface) or _UP_TO_FOUR_DIGITS.fullmatch(surface)
            and (_ERA_AFTER.match(after) or _ERA_BEFORE.search(before))):
        return False
    from .memo import extract_dates  # here: ``memo`` imports this module; each text read once

    return any(d.year_written and d.span[0] <= start and end <= d.span[1] for d in extract_dates(text))


def extract_quantities(text: str) -> tuple[Quantity, ...]:
    """Every quantity in ``text``, in order of appearance (compounds replace their parts)."""
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for m in _CONVERT_RE.finditer(text):
        unit, scale = _canon_unit(m.group(2))
        n = float(m.group(1).replace(",", "")) * scale
        q = _bounded(text, m.start(), m.end(), n, n, n, unit, None)
        found.append(q)
        taken.append((m.start(), m.end()))
    for m in _ZERO_RE.finditer(text):
        nouns = [g.lower() for g in m.groups() if g] or [m.group(0).lower()]
        for noun in nouns:
            found.append(Quantity(0.0, 0.0, 0.0, None, False, noun, m.span(), m.group(0)))
        taken.append(m.span())
    for m in _SINGLE_RE.finditer(text):
        if free(*m.span()):
            noun = (m.group(1) or m.group(2)).lower()
            found.append(Quantity(1.0, 1.0, 1.0, None, False, noun, m.span(), m.group(0).strip(), single=True))
            taken.append(m.span())
    for m in RANGE_RE.finditer(text):
        num = _range(text, m)
        if num and free(*m.span()):
            q = _figure(text, m.start(), m.end(), num)
            found.append(q)
            taken.append(q.span)
    for m in NUMERAL_RE.finditer(text):
        s, e = m.span()
        if not free(s, e) or _skip_numeral(text, s, e, m.group(0)):
            continue
        if m.group("word") and m.group(0).lower() == "one" and (
                _NOT_A_COUNT.match(text[e:])
                or _PRONOUN_ONE_BEFORE.search(text, max(0, s - 8), s) and _PRONOUN_ONE_AFTER.match(text, e)):
            continue  # "one another", "the one it's replacing": no count
        q = _figure(text, s, e, parse_numeral(m.group(0)))
        found.append(q)
        taken.append((s, q.span[1]))
    found.sort(key=lambda q: q.span)
    return tuple(_compounds(text, found))


def _range(text: str, m: re.Match[str]) -> Numeral | None:
    """The interval of a range match ("20-30", "between 20 and 30"), unless it is no range of counts.

    Not ranges of counts: a falling or flat pair ("won 3–1"), a score ("lost 1–3"), year
    spans and dates ("2018–19", "20-30 June"), ages and money ("aged 20-30", "$20-30"),
    and a change "from 12 to 15".
    """
    low, high = parse_numeral(m.group("low")), parse_numeral(m.group("high"))
    s, e = m.start("low"), m.end("high")
    if not low.value < high.value or _SCORE_BEFORE.search(text[max(0, s - 40):s]) or _SCORE_AFTER.match(text[e:]):
        return None
    if re.search(r"\bfrom\s+$", text[max(0, s - 8):s]) and not m.group("between"):
        return None
    if _not_a_count(text, s, m.end("low"), m.group("low")) or _not_a_count(text, m.start("high"), e, m.group("high")):
        return None
    return Numeral((low.value + high.value) / 2, low.value, high.value, True)


# a unit after a figure, and a conversion in brackets after it (``_figure``; compiled once)
_UNIT_AFTER = re.compile(rf"[\s-]*({_UNIT_RE})")
_CONVERSION_AFTER = re.compile(rf"\s*\((?:about\s+|approximately\s+|c\.\s*)?[\d.,]+\s*{_UNIT_RE}\)")


def _figure(text: str, s: int, e: int, num: Numeral) -> Quantity:
    """The quantity of the numeral ``num`` at ``text[s:e]``: its unit or noun and a bound cue."""
    unit_m = _UNIT_AFTER.match(text[e:])  # "30 km", "30km", "a 30-kilometre drive"
    unit, noun = None, None
    if unit_m:
        unit, scale = _canon_unit(unit_m.group(1))
        if scale != 1.0:  # "800 metres" is kept as 0.8 km
            num = Numeral(num.value * scale, num.low * scale, num.high * scale, num.vague)
        e += unit_m.end()
        conv = _CONVERSION_AFTER.match(text[e:])
        if conv:  # "30 kilometres (about 20 miles)": the parenthesis restates the figure
            e += conv.end()
    elif PARTITIVE.match(text, e):  # "one of the injured officers": a part, not a count of them
        e = _partitive_end(text, e)
    elif not _RELATIVE_RE.match(text, e):  # "2,500 of whom" is a part too, and counts no noun
        noun = noun_after(text, e)[0]
    q = _bounded(text, s, e, num.value, num.low, num.high, unit, noun)
    if num.vague:
        q = replace(q, approx=True)
    return q


def _partitive_end(text: str, end: int) -> int:
    """The end of "of the injured officers" after a figure ending at ``end``: the noun
    phrase that follows at once ("Two of the 36 injured" ends after "36")."""
    partitive = PARTITIVE.match(text, end)
    if partitive is None:
        return end
    e = partitive.end()
    if re.match(r"\s*\d", text[e:]):
        return e
    return max(e, noun_after(text, e)[1])


def _bounded(text: str, s: int, e: int, n: float, low: float, high: float,
             unit: str | None, noun: str | None) -> Quantity:
    """The quantity at ``text[s:e]`` widened by a bound cue just before it ("more than")."""
    cue = _BOUND_RE.search(text[max(0, s - 20):s])
    kind = _BOUND_KIND.get(cue.group(1).lower()) if cue else None
    if cue:
        s = s - (len(text[max(0, s - 20):s]) - cue.start())
    low, high, approx = _apply_bound(kind, n, low, high)
    return Quantity(n, low, high, unit, approx, noun, (s, e), text[s:e])


def _group(q: Quantity | None) -> bool:
    """A count of one named group ("15 officers"), which may be added to another group."""
    w = words()
    return bool(q and q.unit is None and q.noun and q.noun not in w["whole"] and q.noun not in w["time"]
                and q.noun.rstrip("s") not in w["time"])


# A count that is the whole its parts are taken from, a fronted partitive: "Of the train's 155
# passengers, 8 crew …", "Among its 40 staff, 3 …": "Of/Among/Out of" opens the clause (the text,
# or after a sentence or clause mark), and a comma, not "and", follows the whole; never a group
# added to its parts (trial-8: 155 + 8 read as 163 injured). Not "a total of 15 officers and 21
# residents", "the deaths of 15 ...": a count after "of" inside a clause is no whole (rv15).
_WHOLE_BEFORE = re.compile(r"(?:^\s*[\"\u201c]?|[.;:!?(\u2013\u2014]\s*)(?:of|out of|among)\s+"
                           r"(?:(?:the|its|their|his|her|our|all)\s+|[\w'\u2019-]+['\u2019]s\s+)*$",
                           re.IGNORECASE)
_WHOLE_GAP = re.compile(r"\s*,\s+")  # the comma after a fronted whole's noun phrase


def _fronted_whole(text: str, prev: Quantity, gap: str) -> bool:
    """Whether ``prev`` (one group, not a compound) is a fronted partitive's whole, the next
    figure after the comma that closes it: "Of the train's 155 passengers, 8 crew ..." ."""
    return (not prev.parts and _WHOLE_GAP.fullmatch(gap) is not None
            and _WHOLE_BEFORE.search(text, max(0, prev.span[0] - 60), prev.span[0]) is not None)


def _compounds(text: str, qs: list[Quantity]) -> list[Quantity]:
    """Merge "15 officers and 21 residents" into one count of 36: two groups joined by "and"."""
    out: list[Quantity] = []
    for q in qs:
        prev = out[-1] if out else None
        parts = (prev.parts or (prev,)) if prev else ()
        gap = _gap(text, prev, q) if prev else ""
        if (prev and _group(parts[-1]) and _group(q) and q.noun not in {p.noun for p in parts}
                and not _fronted_whole(text, prev, gap)
                and re.fullmatch(r"\s*(?:and|,|, and)\s+", gap)):
            noun = " and ".join([p.noun or "" for p in parts] + [q.noun or ""])
            end = noun_after(text, q.span[1])[1]
            out[-1] = Quantity(prev.value + q.value, prev.low + q.low, prev.high + q.high, None,
                               prev.approx or q.approx, noun, (prev.span[0], end),
                               text[prev.span[0]:end], parts + (q,))
        else:
            out.append(q)
    return out


def _gap(text: str, a: Quantity, b: Quantity) -> str:
    """Text between the counted noun phrase of ``a`` and the figure ``b``."""
    if a.parts:  # a compound's span already ends with its last noun
        return text[a.span[1]:b.span[0]]
    return text[min(noun_after(text, a.span[1])[1], b.span[0]):b.span[0]]

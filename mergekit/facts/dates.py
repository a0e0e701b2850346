"""Dates, absolute ("June 20th, 2023", "20 June", "in 2013", "July 2022", "2023-06-20",
"20/06/2023", "the summer of 2021") and relative to the source's publication date
("yesterday", "this Tuesday", "last week", "earlier this month", "last summer").

A relative date inside a direct quotation ("Mr Foord said in a speech after his election:
“Tonight, the people … have spoken”") counts from the day the words were spoken, which the
text does not give: it is kept, unresolved, and never read against the publication date.
A day and month without a year ("on 23 June") are resolved there as elsewhere.

Every date is an interval ``[low, high]`` of days, so "in 2022" agrees with "July 2022"
and "last week" agrees with "Tuesday 20 June". A relative date without a publication date
(or a day and month without a year or a publication date) is kept, unresolved.
Month names count only when capitalised ("May 5", "Sept. 5"): "police may 5" and
"protesters march 10 km" are not dates. "last <season>" is the latest season already over.

"<n> <unit>s ago" (n in digits or words, "a week ago", "ten days ago", "3 weeks ago") counts
back from the publication date: days give that day ("two days ago" = pub - 2), weeks the
7-day span centred on pub - 7n ("three weeks ago" = pub - 24 .. pub - 18), months and years
the calendar month n months or n years back ("two months ago" from 22 June = all of April;
"a year ago" = the publication month of the year before), with precision "month".
"a few weeks ago" has no count and is not a date.

A part of a year is a third of it: "early 2022", "the beginning/start of 2022" are
January-April; "mid-2022", "the middle of 2022" May-August; "late 2022", "the end of
2022" September-December (precision "season"), so "the summer of 2022" and "the end of
2022" disagree while "late 2022" and "November 2022" agree.

A bare year is a year only in 1800-2099 ("in 2013"); another four-digit figure is far more
often a count ("in 1500 homes"). A year of any century is read where its words make it one:

* after a month name, as four digits: "22 August 1485", "August 22, 1485", "August 1485"
  (not "March, 1111 schools": after a month alone, a comma lets only 1800-2099 through);
  three digits are not enough ("May 17, 483 pieces had been inscribed");
* a decade of four digits, "the 1480s" (not "the 1400s", which may be a century);
* after "in", "since", "during" or "back in", a four-digit year 1000-1799 ("in 1485") that
  no plural or "people", "men", "women", "children" follows ("in 1500 homes" is a count):
  over the tuning cases' inputs and the shared benchmarks, all 88 such readings (82
  distinct) are years, while three digits there are counts as often as years ("in 175
  countries", "in 645"), and "of", "by", "from" take counts ("of 1500 people");
* with an era, a year before 1800: "AD 79", "79 AD", "1485 CE" ("2000 AD" is a comic, and
  no one writes an era on a modern year); a year "BC" or "BCE" ("44 BC") is a date with no
  day on this calendar, kept unresolved, so it is no count either;
* approximate, "circa 1930", "c. 1895", "ca. 1584", "in about 1930", "in around 1930"
  (1000-2099; "about" and "around" only after "in": "about 2000 were killed" is a count), as
  rounded as it is written: a year ending in 0 is any of five either side ("circa 1930" is
  1925-1935), one ending in 5 any of three, any other a year either side (``_circa``).

Not read before 1800 (as before): a span ("1455-1485", "between 1455 and 1485"), a season
or part of a year ("the summer of 1485", "early 1452"), a year first ("1485 August 22": no
form of any century).

``year_written``: whether the date writes its year (every absolute form, not "20 June",
"yesterday", "last year"), for the readers that compare dates written with a year.
``MODERN`` is the first year of the bare-year range: a date before it is history, never a
plan still to come (``plan.dated``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from mergekit import months

__all__ = ["DateFact", "MODERN", "extract_dates", "dates_agree"]

_MONTHS = months.NUMBER
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
# a month name, capitalised or upper-case ("June", "JUNE", "Sept."): matched case-sensitively
# inside the case-insensitive pattern, so the verbs "may" and "march" are not months
_M = (r"(?-i:(?P<month>" + "|".join(v for m in sorted(_MONTHS, key=len, reverse=True)
                                     for v in (m.capitalize(), m.upper())) + r"))\.?")
_D = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
MODERN = 1800  # a bare year is read from here to 2099 (module docstring)
_Y = r"(?P<year>1[89]\d\d|20\d\d)"
# a year of any century, where a month name or an era makes the figure one: four digits
# (not a clock time "August 22:15" nor a longer figure "1,485" / "1485.5")
_YA = r"(?P<year>[12]\d{3})(?![:.,]?\d)"
# what a count is of: a year before 1800 after "in" is not read before it ("in 1500 homes",
# "in 1485 people"); a plural, not "his", "was", "as", "this" ...
_COUNTED = r"people|men|women|children|(?!(?:his|was|is|as|its|has|this|thus|whereas)\b)[a-z]+s"
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
_SEASON = r"(?P<season>spring|summer|autumn|fall|winter)"
# counts written as words in "<n> <unit>s ago"
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
            "fifteen": 15, "twenty": 20, "thirty": 30}

_PATTERNS = [
    # numeric days need a 4-digit year: "2023-06-20" (ISO) and day-first "20/06/2023";
    # a bare "20/06" may be a score or a fraction
    ("iso", rf"\b{_Y}-(?P<month>0[1-9]|1[0-2])-(?P<day>[0-3]\d)\b"),
    ("dmy_num", rf"\b(?P<day>[0-3]?\d)/(?P<month>0?[1-9]|1[0-2])/{_Y}\b"),
    ("mdy", rf"\b{_M}\s+{_D},?\s+{_YA}\b"),
    ("dmy", rf"\b{_D}\s+(?:of\s+)?{_M},?\s+{_YA}\b"),
    ("md", rf"\b{_M}\s+{_D}\b(?!\s*,?\s*\d)"),
    ("dm", rf"\b{_D}\s+(?:of\s+)?{_M}\b(?!,?\s+\d)"),
    # after a month alone, a comma lets only a bare year through ("In March, 1111 schools")
    ("my", rf"\b(?:(?P<part>early|mid|late)[\s-]+)?{_M}(?:,\s*(?=1[89]|20)|\s+){_YA}\b"),
    ("range", rf"\bbetween\s+{_Y}\s+and\s+(?P<year2>1[89]\d\d|20\d\d)\b"),
    # a span of years, "2015 - 2016", "2015–2016", "2015-16" (spaced or not, hyphen or en
    # dash): the second year after the first (so not an ISO month, "2023-06"), not part of a
    # longer run of figures (a phone number, "555-2015-16", or a date "2015-16-03"), nor a
    # page range ("pp. 1990-95"); a score ("2-1", "1–0") has no four-digit year, and a
    # two-digit second year is written unspaced ("in 2019 - 25 people died" is no span)
    ("years", rf"\b(?:(?:in|by|until|through|during)\s+)?(?<![-\u2013/.,:])(?<!pp\.\s)(?<!pages\s){_Y}"
              r"(?:\s*[-\u2013]\s*(?P<year2>1[89]\d\d|20\d\d)|[-\u2013](?P<yy>\d\d))\b(?![-\u2013/.:]?\d)"),
    ("decade", r"\b(?:the\s+)?(?P<decade>1[89]\d0|20\d0|1[0-7][1-9]0)s\b"),
    ("season_y", rf"\b{_SEASON}\s+(?:of\s+)?{_Y}\b"),
    ("part_y", rf"\b(?:(?:the\s+)?(?P<partof>beginning|start|middle|end|close)\s+of\s+|"
               rf"(?P<part>early|mid|late)[\s-]+){_Y}\b"),  # "the summer of 2021", "winter 2019"
    # an approximate year: "circa 1930", "c. 1930", "ca. 1895", "in about 1930", "in around
    # 1930" (a year of 1000-2099, ``_circa``); not a count ("circa 1500 soldiers", "about
    # 2000 were killed": "about" and "around" only after "in"), not a figure run on ("c. 1930-35");
    # "c." and "ca." in lower case only ("The vitamin C. 1930 was ..." is no circa; rv15)
    ("circa", r"\b(?:in\s+(?:about|around|approximately|roughly|circa|(?-i:c\.|ca\.))|circa|(?-i:c\.|ca\.))\s*"
              rf"{_YA}\b(?!\s+(?:{_COUNTED})\b)(?!,?\d|\s+\d|[-\u2013/]\d)"),
    # (a year before 1800 only after "in", "since", "during", "back in": ``_year``)
    ("y", rf"\b(?P<prep>in|since|from|until|through|by|of|during|early|late|mid|back\s+in)\s+"
          rf"(?:{_Y}|(?P<year2>1[0-7]\d\d)\b(?!\s+(?:{_COUNTED})\b))\b(?!,?\d{{3}}|\s+\d{{3}}|[-/]\d)"),
    # an era: "AD 79", "79 AD", "1485 CE"; "44 BC", "500 BCE" (unresolved: no day of ours);
    # not the start of a span, "A.D. 590-1073"; a year before 1800 only (``_era``)
    ("era", r"\b(?-i:(?:AD|A\.D\.)\s+(?P<year>\d{1,4})\b(?![-\u2013]\d)"
            r"|(?P<year2>\d{1,4})\s+(?P<era>AD|CE|A\.D\.|C\.E\.|BCE?|B\.C\.(?:E\.)?))(?!\w)"),
    ("rel", r"\b(?P<rel>today|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|tonight|last\s+night)\b"),
    ("wd", r"\b(?P<which>this|last|on|next)?\s*(?P<weekday>" + "|".join(_WEEKDAYS) + r")\b"),
    # "earlier this month" ends at the publication date, "this month" at the month's end
    ("lastx", r"\b(?:(?P<earlier>earlier)\s+)?(?P<which>this|last|next)\s+"
              r"(?P<unit>week|month|year|spring|summer|autumn|fall|winter)\b"),
    ("ago", r"\b(?P<n>" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + r"|\d{1,3})"
            r"\s+(?P<unit>day|week|month|year)s?\s+ago\b"),
    ("early", r"\b(?P<part>early|mid|late)[\s-]+" + _M.replace("(?P<month>", "(?P<month2>") + r"(?!,?\s*\d)"),
]
# Every pattern starts at a word boundary: the boundary is tested once, before the
# alternatives (the same matches; a position inside a word fails at once instead of in
# each of them, which halves the time of reading a sentence; ``test_facts_dates`` holds
# the patterns to it).
# Then what the next characters can be (the first letters of the patterns' opening words,
# case-insensitive like them: month names, "the", "between", "in/since/.../back", seasons,
# parts, "today/tonight/this/last/on/next", weekdays, "earlier", counts in words; or a
# digit; or the spaces before a weekday, where "wd" starts without its "this/last/on/next"):
# a word start with any other letter, and the end of a word before anything but a weekday,
# fail once instead of in each alternative (the same matches; speed only: the scan of the
# sentences that may hold a date takes about half the time; ``test_facts_dates`` holds it).
_STARTS = r"(?=[\dabcdefijlmnostuwy]|\s+(?:" + "|".join(_WEEKDAYS) + "))"
_RE = re.compile(r"\b" + _STARTS + "(?:" + "|".join(f"(?P<k_{k}>{p[2:].replace('(?P<', f'(?P<{k}_')})" for k, p in _PATTERNS) + ")",
                 re.I)
# Every pattern above needs a year (four digits: "2023-06-20", "in 2013", "the 1990s"), a
# month name (as the patterns write it, capitalised or upper-case: "20 June", "Sept. 5",
# "early June") or one of these words (case-insensitive like the patterns: weekdays, "today",
# "yesterday" and "<n> days ago" hold "day"; "tonight" and "last night" "night"; "this
# morning"; "this/last/next <unit>" and "<n> <unit>s ago" their unit), so a text without any
# of them holds no date and is not run through the long pattern (``_may_hold``; speed only:
# a figure alone, "12 people", is no reason to run it; at 60x60 half the sentences skip it,
# against 4 % when any digit or "this", "last", "mid"... let a text through).
_WORDS = ("day", "night", "tomorrow", "morning", "afternoon", "evening", "week", "month", "year", "spring", "summer",
          "autumn", "fall", "winter")
_MAY_HOLD = re.compile("|".join(_WORDS), re.I)
# Four digits, or the first three letters of a month name as the patterns write it (the
# first character tested first: the engine skips to the places that can start one).
_YEAR_OR_MONTH = re.compile(r"[\dJFMASOND](?:(?<=\d)\d{3}|(?<=[JFMASOND])(?:"
                            + "|".join(sorted({v[1:3] for m in _MONTHS for v in (m.capitalize(), m.upper())})) + "))")


# An era, written as the "era" pattern writes it ("AD 79", "44 BC"): a year of fewer digits.
_ERA = re.compile(r"\b(?:AD|CE|BCE?|A\.D\.|C\.E\.|B\.C\.)(?!\w)")


def _may_hold(text: str) -> bool:
    """Whether ``text`` can hold a date (see ``_MAY_HOLD``): an ASCII text's words are looked
    for in it lower-cased (where ignoring case is lower-casing), any other text's with the
    case-insensitive pattern, which folds as the date patterns do."""
    if _YEAR_OR_MONTH.search(text) or _ERA.search(text):
        return True
    if text.isascii():
        low = text.lower()
        return any(word in low for word in _WORDS)
    return _MAY_HOLD.search(text) is not None


@dataclass(frozen=True)
class DateFact:
    """A date as written and the interval of days it can mean (None when unresolved)."""

    text: str
    low: dt.date | None
    high: dt.date | None
    precision: str  # "day", "week", "month", "season", "year", "decade"
    relative: bool
    span: tuple[int, int]
    year_written: bool = False  # the text writes its year ("20 June 2023", "in 1485"; not "20 June")

    @property
    def resolved(self) -> bool:
        return self.low is not None


def dates_agree(a: DateFact, b: DateFact) -> bool:
    """Two resolved dates agree when their intervals overlap."""
    if a.low is None or a.high is None or b.low is None or b.high is None:
        return True
    return a.low <= b.high and b.low <= a.high


def _month_bounds(y: int, m: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])


_MARK = re.compile('[“”"]')

# (low, high, precision, relative): what one match means
Resolved = tuple[dt.date | None, dt.date | None, str, bool]


@dataclass(frozen=True)
class _Groups:
    """The named groups of one pattern's match (``<kind>_<name>`` in the joined pattern).
    A group the pattern guarantees but that did not take part raises ValueError (not a date)."""

    m: re.Match[str]
    kind: str

    def opt(self, name: str) -> str | None:
        return self.m.group(f"{self.kind}_{name}")

    def text(self, name: str) -> str:
        value = self.opt(name)
        if value is None:
            raise ValueError(f"no {name} in {self.m.group(0)!r}")
        return value

    def lower(self, name: str) -> str:
        return self.text(name).lower()

    def number(self, name: str) -> int:
        return int(self.text(name))

    def month(self, name: str = "month") -> int:
        value = self.text(name)
        return int(value) if value.isdigit() else _MONTHS[value.lower()]


def _season_bounds(unit: str, y: int) -> tuple[dt.date, dt.date]:
    """The season ``unit`` that starts in year ``y`` (winter runs into the next year)."""
    start, end = _SEASONS[unit]
    return dt.date(y, start, 1), _month_bounds(y + (1 if end < start else 0), end)[1]


def _season_of_year(unit: str, y: int) -> tuple[dt.date, dt.date]:
    """"the summer of 2021": that season; "the winter of 2021" can be Jan-Feb 2021 or
    Dec 2021-Feb 2022, so it spans both."""
    lo, hi = _season_bounds(unit, y)
    return (dt.date(y, 1, 1), hi) if unit == "winter" else (lo, hi)


def _relative_season(unit: str, step: int, pub: dt.date) -> tuple[dt.date, dt.date]:
    """"last summer": the latest one already over; "next summer": the first one not yet
    begun; "this summer": the one under way, else the one starting nearest ``pub``."""
    seasons = [_season_bounds(unit, y) for y in range(pub.year - 2, pub.year + 2)]
    if step == -1:
        return max(s for s in seasons if s[1] < pub)
    if step == 1:
        return min(s for s in seasons if s[0] > pub)
    current = [s for s in seasons if s[0] <= pub <= s[1]]
    return current[0] if current else min(seasons, key=lambda s: abs((s[0] - pub).days))


def _day(g: _Groups) -> Resolved:
    """"June 20, 2023", "20 June 2023", "2023-06-20", "20/06/2023"."""
    d = dt.date(g.number("year"), g.month(), g.number("day"))
    return d, d, "day", False


def _part_of_year(g: _Groups) -> Resolved:
    third = {"beginning": 0, "start": 0, "early": 0, "middle": 1, "mid": 1}.get((g.opt("partof") or g.text("part")).lower(), 2)
    y = g.number("year")
    return dt.date(y, 4 * third + 1, 1), _month_bounds(y, 4 * third + 4)[1], "season", False


def _season_year(g: _Groups) -> Resolved:
    lo, hi = _season_of_year(g.lower("season"), g.number("year"))
    return lo, hi, "season", False


def _month_year(g: _Groups) -> Resolved:
    lo, hi = _month_bounds(g.number("year"), g.month())
    return lo, hi, "month", False


def _years(g: _Groups) -> Resolved:
    return dt.date(g.number("year"), 1, 1), dt.date(g.number("year2"), 12, 31), "year", False


def _year_span(g: _Groups) -> Resolved:
    """"2015 - 2016", "2015-16": the second year, written in full or by its last two digits
    (in the first one's century), must come after the first, or it is no span of years."""
    first = g.number("year")
    yy = g.opt("yy")
    second = first - first % 100 + int(yy) if yy else g.number("year2")
    if second <= first:
        raise ValueError(f"not a span of years: {first}-{second}")
    return dt.date(first, 1, 1), dt.date(second, 12, 31), "year", False


def _decade(g: _Groups) -> Resolved:
    y = g.number("decade")
    return dt.date(y, 1, 1), dt.date(y + 9, 12, 31), "decade", False


# a comma and a figure after "of 2000", "by 2000", "from 2000": a count run on ("of 2000, 300
# were hurt"); after "in", "since", ... the comma ends the year ("In 2001, 488,000 voters")
_FIGURE_AFTER_COMMA = re.compile(r",\s*\d{3}")


def _year(g: _Groups) -> Resolved:
    """"in 2013"; "in 1485" (``year2``, before the bare-year range) after "in", "since",
    "during" or "back in" only ("of 1500", "by 1200", "from 1200" are counts as often).
    A figure right after it is none ("in 2001 488", "in 2001,488"), nor one after "of", "by"
    or "from" that a comma and a figure follow; "In 2001, 488,000 voters" is a year."""
    old = g.opt("year2")
    prep = g.lower("prep").split()[-1]
    if old and prep not in ("in", "since", "during"):
        raise ValueError(f"a figure, not a year: {g.m.group(0)!r}")
    if prep in ("of", "by", "from") and _FIGURE_AFTER_COMMA.match(g.m.string, g.m.end()):
        raise ValueError(f"a figure, not a year: {g.m.group(0)!r}")
    y = int(old or g.text("year"))
    return dt.date(y, 1, 1), dt.date(y, 12, 31), "year", False


def _circa(g: _Groups) -> Resolved:
    """"circa 1930", "in about 1930": the year as rounded as it is written, a year of 1000 to
    2099. A figure is rounded to its last digit other than zero: a year ending in 0 is one of
    ten, any of the five on either side ("circa 1930" is 1925-1935: it agrees with "1928",
    not with "in 1910"), one ending in 5 one of five, within three years either side (written
    on a half-decade); any other, a year away ("circa 1894": 1893-1895)."""
    y = g.number("year")
    if not 1000 <= y <= 2099:
        raise ValueError(f"no year: {y}")
    reach = 5 if y % 10 == 0 else 3 if y % 5 == 0 else 1
    return dt.date(y - reach, 1, 1), dt.date(y + reach, 12, 31), "year", False


def _era(g: _Groups) -> Resolved:
    """"AD 79", "1485 CE": that year; "44 BC": a year, unresolved (no day of ``datetime``);
    none in 1800-2099, where no one writes an era ("2000 AD" is a comic)."""
    if (g.opt("era") or "").startswith("B"):
        return None, None, "year", False
    y = int(g.opt("year") or g.text("year2"))
    if not 1 <= y < MODERN:
        raise ValueError(f"no year of an era: {y}")
    return dt.date(y, 1, 1), dt.date(y, 12, 31), "year", False


def _day_without_year(g: _Groups, pub: dt.date) -> Resolved:
    """"20 June": a past event written without a year is its last occurrence."""
    month, day = g.month(), g.number("day")
    d = dt.date(pub.year, month, day)
    if d > pub:
        d = dt.date(pub.year - 1, month, day)
    return d, d, "day", False


def _named_day(g: _Groups, pub: dt.date) -> Resolved:
    off = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(g.lower("rel"), 0)
    d = pub + dt.timedelta(days=off)
    return d, d, "day", True


def _weekday(g: _Groups, pub: dt.date) -> Resolved:
    which = (g.opt("which") or "").lower()
    back = (pub.weekday() - _WEEKDAYS[g.lower("weekday")]) % 7
    if which == "last" and back == 0:
        back = 7
    if which == "next":
        d = pub + dt.timedelta(days=(7 - back) % 7 or 7)
    else:  # news reports the past: "this Tuesday"/"on Tuesday" is the latest one
        d = pub - dt.timedelta(days=back)
    return d, d, "day", True


def _last_unit(g: _Groups, pub: dt.date) -> Resolved:
    """"last week", "this month", "next year", "last summer", "earlier this month"."""
    unit = g.lower("unit")
    step = {"last": -1, "this": 0, "next": 1}[g.lower("which")]
    if unit == "week":
        lo = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=step)
        hi, precision = lo + dt.timedelta(days=6), "week"
    elif unit == "month":
        y, mo = divmod(pub.year * 12 + pub.month - 1 + step, 12)
        (lo, hi), precision = _month_bounds(y, mo + 1), "month"
    elif unit == "year":
        lo, hi, precision = dt.date(pub.year + step, 1, 1), dt.date(pub.year + step, 12, 31), "year"
    else:
        (lo, hi), precision = _relative_season(unit, step, pub), "season"
    if g.opt("earlier") and step == 0:  # "earlier this month": up to the publication day
        hi = min(hi, pub)
    return lo, hi, precision, True


def _ago(g: _Groups, pub: dt.date) -> Resolved:
    n, unit = _NUMBERS.get(g.lower("n")) or g.number("n"), g.lower("unit")
    if unit == "day":  # "two days ago": that day
        d = pub - dt.timedelta(days=n)
        return d, d, "day", True
    if unit == "week":  # "three weeks ago": the 7 days centred on pub - 21 days
        d = pub - dt.timedelta(weeks=n)
        return d - dt.timedelta(days=3), d + dt.timedelta(days=3), "week", True
    # "two months ago" / "a year ago": the calendar month n months / n years back
    y, mo = divmod(pub.year * 12 + pub.month - 1 - n * (12 if unit == "year" else 1), 12)
    lo, hi = _month_bounds(y, mo + 1)
    return lo, hi, "month", True


def _part_of_month(g: _Groups, pub: dt.date) -> Resolved:
    """"early June": the last June that has begun by the publication date."""
    month = g.month("month2")
    lo, hi = _month_bounds(pub.year if month <= pub.month else pub.year - 1, month)
    return lo, hi, "month", True


# Pattern kind -> its reading; the second table's need the publication date.
_ABSOLUTE: dict[str, Callable[[_Groups], Resolved]] = {
    "mdy": _day, "dmy": _day, "iso": _day, "dmy_num": _day, "part_y": _part_of_year, "season_y": _season_year,
    "my": _month_year, "range": _years, "years": _year_span, "decade": _decade, "y": _year, "era": _era,
    "circa": _circa,
}
_RELATIVE: dict[str, Callable[[_Groups, dt.date], Resolved]] = {
    "md": _day_without_year, "dm": _day_without_year, "rel": _named_day, "wd": _weekday, "lastx": _last_unit,
    "ago": _ago, "early": _part_of_month,
}


def _quoted(text: str, pos: int) -> bool:
    """Whether ``pos`` of ``text`` sits inside a direct quotation: after an opening mark not
    yet closed, or, with no mark before it, before a closing mark ("… tomorrow,” he said.",
    a quotation begun in an earlier sentence). A straight mark closes when it follows a
    character other than a space."""
    before = text[:pos]
    if before.count("“") > before.count("”") or before.count('"') % 2:
        return True
    if any(mark in before for mark in '“”"'):
        return False
    m = _MARK.search(text, pos)
    return m is not None and (m.group() == "”" or (m.group() == '"' and m.start() > 0 and not text[m.start() - 1].isspace()))


def _resolve(kind: str, m: re.Match[str], pub: dt.date | None) -> Resolved:
    g = _Groups(m, kind)
    if kind in _ABSOLUTE:
        return _ABSOLUTE[kind](g)
    if pub is not None and kind not in ("md", "dm") and _quoted(m.string, m.start()):
        pub = None  # spoken on a day the text does not give (module docstring)
    if pub is None:  # a day and month without a year count as absolute, unresolved
        return None, None, "day", kind not in ("md", "dm")
    return _RELATIVE[kind](g, pub) if kind in _RELATIVE else (None, None, "day", True)


def extract_dates(text: str, *, published: dt.date | None = None) -> tuple[DateFact, ...]:
    """Every date in ``text``; relative ones resolved against ``published`` when given."""
    if not _may_hold(text):
        return ()
    out: list[DateFact] = []
    for m in _RE.finditer(text):
        kind = next(k for k, _ in _PATTERNS if m.group(f"k_{k}"))
        try:
            low, high, precision, relative = _resolve(kind, m, published)
        except ValueError:  # "February 30": not a date
            continue
        out.append(DateFact(m.group(0).strip(" ."), low, high, precision, relative, m.span(), kind in _ABSOLUTE))
    return tuple(out)

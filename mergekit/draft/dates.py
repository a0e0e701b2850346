"""Dates as the destination article writes them.

The style is the one ``{{Use dmy dates}}`` / ``{{Use mdy dates}}`` declares; a page that
declares none keeps the style it is written in (MOS:DATERET): the one most of the full
dates of its prose use ("2 March 2023" against "March 2, 2023"; footnotes and citation
templates are not counted). Where neither leads in its prose (a short page whose prose
gives no full date: "In August 2010 a collapse ..."), the one most of its citations'
publication dates use, if they are dmy or mdy (its editors wrote "23 August 2010" there:
a merged "August 5, 2010" beside it would be the page's only other style); ``iso`` when
none of these leads. Citation
dates follow the page's own citations (WP:DATEUNIFY: one format for publication dates,
which may be yyyy-mm-dd even where the prose is dmy); a page with no dated citation gives
them its prose style.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from mergekit.draft.escape import escape_param
from mergekit.load.dates import MONTHS

__all__ = ["cite_date_style", "date_spans", "date_style", "format_date", "month_year", "page_style", "restyle_dates",
           "year_commas"]

_ORD = r"(st|nd|rd|th)?"
# "June 20th, 2023" / "June 20, 2023" / "June 21st" (mdy) and "20th June 2023" / "21 June" (dmy);
# a range of days with an en dash too ("April 28–30", "5–7 May 2017").
_MDY = re.compile(rf"\b({MONTHS}) (\d{{1,2}}){_ORD}(?:\u2013(\d{{1,2}}))?(?:, (\d{{4}}))?\b(?!,? ?\d)")
_DMY = re.compile(rf"\b(\d{{1,2}})(?:\u2013(\d{{1,2}}))?{_ORD} ({MONTHS})(?:,? (\d{{4}}))?\b")


# What joins the two ends of a range of dates: "May 6 to May 8, 2021", "6 May – 8 May 2021".
_RANGE_WORD = r"(?:\s*[\u2013-]\s*|\s+(?:to|and|until|till|through|or)\s+)"
_JOINS = re.compile(_RANGE_WORD)
# A bare day number that a range word joins to the date after it ("6 to 8 May 2021"): the day
# reads with that date's month, which a restyled date would move away from it.
_DAY_BEFORE = re.compile(rf"\b\d{{1,2}}{_ORD}{_RANGE_WORD}$")


def _is_date(match: re.Match[str], year: int, ordinal: int, end: int, known: dict[int, bool] | None = None) -> bool:
    """A year, an ordinal or a range of days ("April 28–30 and May 5–7, 2017": prose counts
    no range of things after a month name) makes it a date; a bare "March 3" only before
    punctuation or the end ("in March 3 people died" is no date), or before a range word and
    a date written the same way ("May 6 to May 8, 2021": both ends are dates, and both are
    restyled, never "May 6 to 8 May 2021"). A chain of bare dates is walked once, never by
    recursion (rv17: "May 1 or " 1200 times raised RecursionError); ``known`` (the answers of
    one text's walk by where each date starts) makes testing every date of a chain linear."""
    known = {} if known is None else known
    walked: list[int] = []
    answer = False
    while True:
        if match.start() in known:
            answer = known[match.start()]
            break
        walked.append(match.start())
        after = match.string[match.end():match.end() + 1]
        if match.group(year) or match.group(ordinal) or match.group(end) or after in ("", ".", ",", ";", ":", ")"):
            answer = True
            break
        joined = _JOINS.match(match.string, match.end())
        partner = match.re.match(match.string, joined.end()) if joined else None
        if partner is None:
            break
        match = partner
    for start in walked:
        known[start] = answer
    return answer


def _restyled(match: re.Match[str], year: int, ordinal: int, end: int, new: str, known: dict[int, bool]) -> str:
    """``new`` for a date (``_is_date``), but the date as written where a bare day number is joined to
    it ("6 to 8 May 2021": "6 to May 8, 2021" would give the 6 no month)."""
    # Both patterns end at the date, and are short: a window before it is all they can match
    # (rv18: searching from the line's start made a line of thousands of dates quadratic).
    start = match.start()
    day = _DAY_BEFORE.search(match.string, max(0, start - _BEFORE), start) if match.re is _DMY else None
    if not _is_date(match, year, ordinal, end, known) or (
            day and not _MONTH_BEFORE.search(match.string, max(0, day.start() - _BEFORE), day.start())):
        return match.group(0)
    return new


_MONTH_BEFORE = re.compile(rf"\b(?:{MONTHS}) (?:\d{{1,2}}\u2013)?$")  # "May 6 to May 8": the 6 is May's, no bare day
_BEFORE = 40  # characters before a date that _DAY_BEFORE and _MONTH_BEFORE can span (at most about 25)


def _days(day: str, end: str | None) -> str:
    """"28" or the range "28–30"."""
    return f"{int(day)}\u2013{int(end)}" if end else str(int(day))


# Full dates only (a year makes them unambiguous): "March 2, 2023" and "2 March 2023".
_FULL_MDY = re.compile(rf"\b(?:{MONTHS}) \d{{1,2}}{_ORD}, \d{{4}}\b")
_FULL_DMY = re.compile(rf"\b\d{{1,2}}{_ORD} (?:{MONTHS}),? \d{{4}}\b")
_ISO = re.compile(r"\d{4}-\d\d-\d\d")
# Footnotes and citation templates, whose dates may be written otherwise than the prose's.
_CITATIONS = re.compile(r"<ref\b[^>]*(?<!/)>.*?</ref\s*>|\{\{\s*(?:cite|citation)\b[^{}]*\}\}", re.IGNORECASE | re.DOTALL)
# A citation template's publication date (a template inside the cite ends the match: rare).
_CITE_DATE = re.compile(r"\{\{\s*(?:cite|citation)\b[^{}]*?\|\s*date\s*=\s*([^|{}]*)", re.IGNORECASE)
_ACCESS_DATE = re.compile(r"\{\{\s*(?:cite|citation)\b[^{}]*?\|\s*access-?date\s*=\s*([^|{}]*)", re.IGNORECASE)


def _leading(counts: Counter[str]) -> str | None:
    """The style most dates use; None when none leads (a tie, or no date at all)."""
    ranked = (+counts).most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def date_style(wikitext: str) -> str:
    """``dmy`` or ``mdy`` as declared, else as most of the page's full dates are written;
    ``iso`` when neither (module docstring)."""
    match = re.search(r"\{\{\s*use\s+(dmy|mdy)\s+dates", wikitext, re.IGNORECASE)
    if match:
        return match.group(1).lower()
    prose = _CITATIONS.sub(" ", wikitext)
    return (_leading(Counter(mdy=len(_FULL_MDY.findall(prose)), dmy=len(_FULL_DMY.findall(prose))))
            or _leading(_cite_dates(wikitext, ("dmy", "mdy"))) or "iso")


def page_style(destination: str, added: str) -> str:
    """The style of the destination once ``added`` (the merged text) is in it: its own, or,
    where it shows none (``iso``), the one the merged text brings. Whatever the merge writes
    for the page (its talk templates, the talk post's dates) then reads as the page does."""
    style = date_style(destination)
    return date_style(f"{destination}\n{added}") if style == "iso" else style


def cite_date_style(wikitext: str) -> str:
    """The style of the ``|date=`` of the page's citation templates (``iso`` included), as
    most are written; a page with none, or none that leads, gives ``date_style``, unless that
    is ``iso`` and the page's ``|access-date=`` values are dmy or mdy: an ISO publication date
    beside "access-date=1 March 2024" is two formats among its citations (WP:DATEUNIFY
    allows ISO access dates beside dmy publication dates, not the other way round)."""
    return (_leading(_cite_dates(wikitext, ("iso", "dmy", "mdy")))
            or ((style := date_style(wikitext)) != "iso" and style)
            or _leading(_cite_dates(wikitext, ("dmy", "mdy"), _ACCESS_DATE)) or "iso")


def _cite_dates(wikitext: str, styles: tuple[str, ...], field: re.Pattern[str] = _CITE_DATE) -> Counter[str]:
    """How many of the page's citation ``|date=`` (or ``field``) values are written in each of ``styles``."""
    counts: Counter[str] = Counter()
    for match in field.finditer(wikitext):
        value = match.group(1).strip()
        if _ISO.fullmatch(value):
            style = "iso"
        elif _FULL_MDY.search(value):
            style = "mdy"
        elif _FULL_DMY.search(value):
            style = "dmy"
        else:
            continue
        if style in styles:
            counts[style] += 1
    return counts


def format_date(iso: str, style: str) -> str:
    """``iso`` in the article's style; a value that is not ISO is returned as written,
    escaped as a template parameter (it comes from an input: it is data)."""
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return escape_param(iso)
    if style == "dmy":
        return f"{day.day} {day:%B %Y}"
    if style == "mdy":
        return f"{day:%B} {day.day}, {day.year}"
    return day.isoformat()


def month_year(iso: str) -> str:
    """``2023-08-15`` as ``August 2023`` (maintenance templates' ``date=``)."""
    return f"{dt.date.fromisoformat(iso):%B %Y}"


def restyle_dates(text: str, style: str) -> str:
    """Full dates in prose in the article's style (MOS:DATEFORMAT): "June 20th, 2023" ->
    "20 June 2023" and "April 28–30" -> "28–30 April" under dmy; "20th June 2023" ->
    "June 20, 2023" under mdy; else unchanged."""
    known: dict[int, bool] = {}
    if style == "dmy":
        return _MDY.sub(lambda m: _restyled(m, 5, 3, 4, f"{_days(m.group(2), m.group(4))} {m.group(1)}"
                                            + (f" {m.group(5)}" if m.group(5) else ""), known), text)
    if style == "mdy":
        return _DMY.sub(lambda m: _restyled(m, 5, 3, 2, f"{m.group(4)} {_days(m.group(1), m.group(2))}"
                                            + (f", {m.group(5)}" if m.group(5) else ""), known), text)
    return text


def date_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` writes a date restyling may write otherwise (``restyle_dates``, either
    style): a place inside one is inside a date."""
    spans: list[tuple[int, int]] = []
    for pattern, (year, ordinal, end) in ((_MDY, (5, 3, 4)), (_DMY, (5, 3, 2))):
        known: dict[int, bool] = {}  # one per pattern: a date's start is its pattern's own
        spans.extend((m.start(), m.end()) for m in pattern.finditer(text) if _is_date(m, year, ordinal, end, known))
    return sorted(spans)


# An mdy full date that running prose goes on after ("September 6, 2023 gives"): its year takes
# a comma (MOS:DATECOMMA), as it does before other words; punctuation after it needs none.
_MDY_GOING_ON = re.compile(rf"\b(?:{MONTHS}) \d{{1,2}}, \d{{4}}(?= [^\W_])")
_QUOTED = re.compile(r"(\u201c[^\u201d]*\u201d)")


def year_commas(text: str) -> str:
    """``text`` (prose mergekit writes) with a comma after each mdy date's year that the
    sentence goes on after: "General Alumni Association, UNC, September 6, 2023, gives". Words
    in quotation marks are quoted as written and left alone; so is all text an unbalanced
    mark may hold: after an opening mark never closed, and the whole text where a closing
    mark was never opened (the quotation's start is not known)."""
    parts = _QUOTED.split(text)
    outside = parts[::2]
    if any("\u201d" in part for part in outside):
        return text
    out = []
    for n, part in enumerate(parts):
        if n % 2:
            out.append(part)
        elif "\u201c" in part:  # opened, never closed: only the words before it are known to be outside
            before, mark, after = part.partition("\u201c")
            return "".join(out) + _comma_after_year(before) + mark + after + "".join(parts[n + 1:])
        else:
            out.append(_comma_after_year(part))
    return "".join(out)


def _comma_after_year(text: str) -> str:
    return _MDY_GOING_ON.sub(lambda m: m.group(0) + ",", text)

"""A rendered reference list ("1. ^ a b "Title". Work. Date. Retrieved ...") as references.

Rendered citations are the output of ``{{cite news}}``/``{{cite web}}``:
``Author (Date). "Title". Work. Publisher. Date. Retrieved Date.`` with every part optional
but the title. The parts after the title that are neither the work nor the publisher are
read by their shape: the URL, dates ("Retrieved Date", "accessed Date"), the language
marker ("(in Japanese)", which is ``language``), an archive note ("Archived from the
original on Date"), an identifier ("ISSN 0447-5763", "doi:…") and a format marker
("(PDF)"); the first remaining part is the work, the next the publisher. A hand-written
entry may separate its parts with commas ('Author, "Title", Work, Date, accessed Date',
or '"Title," Work'). The author is cleaned of the outlet's name (``mergekit.load.authors``: ``|last=Albania |first=Euronews`` is no
author, "CNN, Tara John" is Tara John) rather than invented.

An entry's lead is what the page prints before the citation, in the forms copies of
rendered pages really use (each read to the entry's key, the label of its markers):

- the list's number: "12. ^ a b Rest" (the English Wikipedia's caret and letter
  back-links), "12. ^ Jump up to: a b Rest" and "12. Jump up ^ Rest" (the desktop site's
  hidden "Jump up" labels, copied), "12. ↑ 12.0 12.1 Rest" (MediaWiki's own back-links,
  as the Simple English Wikipedia and other wikis print them), "12. 12.0 12.1 Rest" and
  "12. Rest" (a copy that lost the arrow; read only inside a references section);
- no number, a back-link first, after a bullet or none: "- ↑ 1.0 1.1 Rest", "↑ Rest",
  "^ a b Rest" (a copy that printed the ordered list as bullets). Such an entry's key is
  the number of its numbered back-links ("1.0 1.1" is entry 1), else its place in the
  list: one more than the entry above it.

A line of a references section that is no entry (a citation's second line, a quotation)
belongs to no entry and is skipped. An entry that is MediaWiki's error message in place of
a citation ("Cite error: The named reference cnn/12may was invoked but never defined (see
the help page).") is no reference: it is left out, but keeps its place in the list, so
its marker stays unresolved and is shown to the editor. So does the list's last entry
when the copy is cut inside its title ('- ↑ 3.0 3.1 "Where are Fyre Festival's Billy
McFarl', an opening quotation mark never closed): its title is not known.

A copy may hold only the first entries of a list (the store cut it): ``list_cut`` tells
the last key of such a list, so that the markers beyond it are reported (once) as not in
this copy, not as missing from the article.
"""

from __future__ import annotations

import re

from mergekit.load.authors import clean_author
from mergekit.load.dates import parse_date
from mergekit.model import Reference

__all__ = ["parse_reference_entry", "parse_reference_list", "list_cut", "ENTRY", "LENIENT_ENTRY", "MARKED_ENTRY"]

_NUMBER = r"(?P<num>\d+)\.\s*"
# The back-link mark with the desktop site's hidden labels around it: "^", "↑", "Jump up ^",
# "^ Jump up to:", or the label alone where a copy lost the mark.
_MARK = r"(?:(?:Jump up\s*)?[\^↑]\s*(?:Jump up(?: to)?:?\s*)?|Jump up(?: to)?:?\s*)"
_LETTERS = r"(?:[a-z]{1,2}\s+)+"  # "a b c": the English Wikipedia's back-links
_NUMBERED = r"(?P<sub>\d+)\.\d+\s+(?:\d+\.\d+\s+)*"  # "12.0 12.1": MediaWiki's own
_BULLET = r"[-•*·]\s+"
# "  12. ^ a b Rest", "12. ↑ 12.0 12.1 Rest": the number and a back-link mark.
ENTRY = re.compile(rf"^\s*{_NUMBER}{_MARK}(?:{_LETTERS}|{_NUMBERED})?(?P<body>\S.*)$")
# Inside a references section, also a number without a mark: "12. 12.0 12.1 Rest", "12. Rest".
LENIENT_ENTRY = re.compile(rf"^\s*{_NUMBER}(?:{_MARK})?(?:{_NUMBERED})?(?P<body>\S.*)$")
# No number: a back-link mark first, after a bullet or none ("- ↑ 1.0 1.1 Rest", "^ a b Rest").
MARKED_ENTRY = re.compile(rf"^\s*(?:{_BULLET})?{_MARK}(?:{_LETTERS}|{_NUMBERED})?(?P<body>\S.*)$")
# Every entry form, most telling first; ``LENIENT_ENTRY`` only inside a references section.
_FORMS = (ENTRY, MARKED_ENTRY)
# The title: from a quotation mark to the one that ends it, before a stop, a comma, a space or
# the end; so a title holding quotation marks ('"A complete "s--t show"". Vice.') is whole.
_TITLE = re.compile(r'"(?P<title>[^"].*?)"(?=[.,]?(?:\s|$))')
# An opening quotation mark never closed: an entry cut in its title.
_CUT_TITLE = re.compile(r'^[^"]*"[^"]*$')
_AUTHOR_DATE = re.compile(r"^(?P<author>.+?)\s*\((?P<date>[^)]*\d{4}[^)]*)\)\.?\s*$")
_RETRIEVED = re.compile(r"^(?:Retrieved|accessed)(?: on)?\s+(?P<date>.+)$", re.IGNORECASE)
_URL = re.compile(r"https?://\S+")
# "News: ", "Web site: ": a mirror that prints a cite template's kind before its fields
_LABELLED = re.compile(r"^(?:news|web ?site|web|journal|book|magazine|press release|report|citation|av media):\s+",
                       re.IGNORECASE)
_URL_STATUS = {"live", "dead", "usurped", "unfit", "deviated"}
# MediaWiki's Cite extension prints its error messages in the list in place of an entry.
_CITE_ERROR = re.compile(r"^\s*Cite error\s*:", re.IGNORECASE)
_LANGUAGE = re.compile(r"^\(in (?P<language>[A-Z][\w-]*(?:(?:,\s*|\s+and\s+)[A-Z][\w-]*)*)\)$")
_ARCHIVED = re.compile(r"^Archived(?: \([^)]*\))? from the original\b", re.IGNORECASE)
_IDENTIFIER = re.compile(r"^(?:ISSN|E?ISBN|OCLC|doi|PMID|PMC|JSTOR|S2CID|Bibcode|arXiv|LCCN|hdl)\b\s*:?\s*\S",
                         re.IGNORECASE)
_BRACKETED = re.compile(r"^\([^()]*\)$")


def _segments(text: str) -> list[str]:
    """Split at ". " boundaries that are not inside an abbreviation like "U.S. " (an initial:
    one capital letter standing alone); "CNN. Retrieved" is split."""
    parts = [p.strip() for p in re.split(r"(?<!\b[A-Z])\.\s+", text.strip().rstrip("."))]
    return [p for p in parts if p]


def _commas(text: str) -> list[str]:
    """Split at ", " boundaries, not inside a date ("March 9, 2014")."""
    parts = [p.strip() for p in re.split(r",\s+(?!\d{4}\b)", text.strip().rstrip("."))]
    return [p for p in parts if p]


def _labelled_entry(key: str, rest: str, url: str | None, body: str) -> Reference:
    """A mirror's rendering of a cite template's fields in order, after its kind:
    "News: Title . Work . Date . Access date . Archive date . Archive URL . live ." (or with
    ". " between the fields): the title first, then the work; dates, URLs and the
    url-status word are fields, never the title or the work."""
    parts = [p.strip() for p in rest.split(" . ")] if " . " in rest else _segments(rest)
    parts = [p.rstrip(".").strip() for p in parts if p.strip(" .")]
    title = parts[0] if parts else rest.strip()
    dates = [d for p in parts[1:] if (d := parse_date(p))]
    words = [p for p in parts[1:] if not parse_date(p) and not _URL.match(p) and p.lower() not in _URL_STATUS]
    return Reference(key=key, title=title, work=words[0] if words else None, date=dates[0] if dates else None,
                     url=url, raw=body)


def parse_reference_entry(key: str, body: str) -> Reference:
    """One entry's text (after the back-links) as a ``Reference``."""
    url_match = _URL.search(body)
    url = url_match.group(0).rstrip(".,)") if url_match else None
    if labelled := _LABELLED.match(body):
        return _labelled_entry(key, body[labelled.end():], url, body)
    title_match = _TITLE.search(body)
    if not title_match:
        return Reference(key=key, title=body.strip(), url=url, raw=body, text_only=bool(body.strip()))
    title = title_match.group("title").strip()
    before = body[: title_match.start()].strip()
    after = body[title_match.end():].strip()
    # a hand-written citation separates its parts with commas: 'Author, "Title", Work, Date'
    commas = after.startswith(",") or title.endswith(",")
    parts = _commas(after.lstrip(",")) if commas else _segments(after.lstrip(".").strip())
    title = title.rstrip(".,").strip()

    author = date = access = language = None
    if before:
        m = _AUTHOR_DATE.match(before)
        if m:
            author, date = m.group("author").strip(), parse_date(m.group("date"))
        else:
            author = before.rstrip(".,").strip() or None
    rest: list[str] = []
    for part in parts:
        retrieved = _RETRIEVED.match(part)
        if _URL.match(part) or _ARCHIVED.match(part) or _IDENTIFIER.match(part):
            continue  # the URL (read above), an archive note, an identifier
        if retrieved:
            access = parse_date(retrieved.group("date"))
        elif lang := _LANGUAGE.match(part):
            language = lang.group("language")
        elif _BRACKETED.match(part):
            continue  # a format marker: "(PDF)", "(Press release)"
        elif parse_date(part):
            date = date or parse_date(part)
        else:
            rest.append(part)
    work = rest[0] if rest else None
    publisher = rest[1] if len(rest) > 1 else None
    return Reference(
        key=key, title=title, work=work, publisher=publisher, date=date, access_date=access, url=url,
        author=clean_author(author, work, publisher), language=language, raw=body,
    )


def _entry(line: str, lenient: bool) -> re.Match[str] | None:
    for form in (*_FORMS, LENIENT_ENTRY) if lenient else _FORMS:
        if m := form.match(line):
            return m
    return None


def _key(number: int) -> str:
    """``str(number)``; a one-character key as the one object Python keeps for that character,
    which a marker's key read by a regular expression is too: an Article then pickles to the
    same bytes whether parsed or read back from the results cache (``mergekit.cache``)."""
    text = str(number)
    return chr(ord(text)) if len(text) == 1 else text


def _keyed_entries(lines: list[str], lenient: bool) -> list[tuple[str, str]]:
    """Each entry's key and body, in the list's order (see the module docstring)."""
    out: list[tuple[str, str]] = []
    previous = 0
    for line in lines:
        if not (m := _entry(line, lenient)):
            continue
        number = m.groupdict().get("num") or m.groupdict().get("sub")
        previous = int(number) if number else previous + 1
        out.append((_key(previous), m.group("body")))
    return out


def _whole_entries(lines: list[str], lenient: bool) -> list[tuple[str, str]]:
    """``_keyed_entries`` without the list's last entry when the copy is cut inside its title
    (an opening quotation mark never closed): its title is not known."""
    entries = _keyed_entries(lines, lenient)
    return entries[:-1] if entries and _CUT_TITLE.match(entries[-1][1]) else entries


def parse_reference_list(lines: list[str], *, lenient: bool = False) -> tuple[Reference, ...]:
    """Every entry of a rendered list (lines that are not entries are skipped), keyed by its
    label: its number, its numbered back-links, or its place in the list.

    ``lenient``: the lines are a references section's, so a numbered entry need not carry
    the back-link mark.
    """
    return tuple(parse_reference_entry(key, body) for key, body in _whole_entries(lines, lenient)
                 if not _CITE_ERROR.match(body))


def list_cut(lines: list[str], cited: set[str], *, lenient: bool = False) -> str | None:
    """For the lines of a reference list that end the copy: the key of its last whole entry
    (an error message is the list's own, an entry cut in its title is not whole) when the
    markers cite the keys that run on from it (n+1, n+2, … : markers are numbered as they
    first appear, so the store cut the list there). None when the list holds every cited
    key up to its end, when the keys past it do not run on from it (a marker "[7]" under a
    list of one entry is a fault of the text, not of the copy), or when it has no entry."""
    if not (entries := _whole_entries(lines, lenient)):
        return None
    last = int(entries[-1][0])
    beyond = {int(k) for k in cited if k.isdigit() and int(k) > last}
    # markers are numbered as they first appear, so a cut list's missing keys run on from its end
    return str(last) if beyond and beyond == set(range(last + 1, max(beyond) + 1)) else None

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

An entry that is MediaWiki's error message in place of a citation ("Cite error: The named
reference cnn/12may was invoked but never defined (see the help page).") is no reference:
it is left out, so its marker stays unresolved and is shown to the editor.
"""

from __future__ import annotations

import re

from mergekit.load.authors import clean_author
from mergekit.load.dates import parse_date
from mergekit.model import Reference

__all__ = ["parse_reference_entry", "parse_reference_list", "ENTRY", "LENIENT_ENTRY"]

# "  12. ^ a b Rest" — the number, the caret and the back-link letters ("^ Jump up to: a b"
# when copied from the desktop site).
ENTRY = re.compile(r"^\s*(?P<num>\d+)\.\s*\^\s*(?:Jump up(?: to)?:?\s*)?(?:(?:[a-z]{1,2}\s)+)?(?P<body>.+)$")
# Inside a references section, also the mobile and Simple English forms: "12. ↑ Rest",
# "12. 12.0 12.1 Rest" (back-links as numbers), or no caret at all.
LENIENT_ENTRY = re.compile(r"^\s*(?P<num>\d+)\.\s*(?:[\^↑]\s*)?(?:(?:\d+\.\d+)\s+)*(?P<body>\S.+)$")
_TITLE = re.compile(r'"(?P<title>[^"]+?)"')
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
        return Reference(key=key, title=body.strip(), url=url, raw=body)
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


def parse_reference_list(lines: list[str], *, lenient: bool = False) -> tuple[Reference, ...]:
    """Every numbered entry of a rendered list (lines that are not entries are skipped).

    ``lenient``: the lines are a references section's, so an entry need not carry the caret.
    """
    refs = []
    for line in lines:
        m = ENTRY.match(line) or (LENIENT_ENTRY.match(line) if lenient else None)
        if m and not _CITE_ERROR.match(m.group("body")):
            refs.append(parse_reference_entry(m.group("num"), m.group("body")))
    return tuple(refs)

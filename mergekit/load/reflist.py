"""A rendered reference list ("1. ^ a b "Title". Work. Date. Retrieved ...") as references.

Rendered citations are the output of ``{{cite news}}``/``{{cite web}}``:
``Author (Date). "Title". Work. Publisher. Date. Retrieved Date.`` with every part optional
but the title. An "author" that only repeats the outlet's name (a common mistake in
citations: ``|last=Albania |first=Euronews``) is dropped rather than invented.
"""

from __future__ import annotations

import re

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
_RETRIEVED = re.compile(r"^Retrieved\s+(?P<date>.+)$")
_URL = re.compile(r"https?://\S+")
# "News: ", "Web site: ": a mirror that prints a cite template's kind before its fields
_LABELLED = re.compile(r"^(?:news|web ?site|web|journal|book|magazine|press release|report|citation|av media):\s+",
                       re.IGNORECASE)
_URL_STATUS = {"live", "dead", "usurped", "unfit", "deviated"}


def _segments(text: str) -> list[str]:
    """Split at ". " boundaries that are not inside an abbreviation like "U.S. " (an initial:
    one capital letter standing alone); "CNN. Retrieved" is split."""
    parts = [p.strip() for p in re.split(r"(?<!\b[A-Z])\.\s+", text.strip().rstrip("."))]
    return [p for p in parts if p]


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 2}


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
    title = title_match.group("title").strip().rstrip(".")
    before = body[: title_match.start()].strip()
    after = body[title_match.end():].strip().lstrip(".").strip()

    author = date = access = None
    if before:
        m = _AUTHOR_DATE.match(before)
        if m:
            author, date = m.group("author").strip(), parse_date(m.group("date"))
        else:
            author = before.rstrip(".").strip() or None
    rest: list[str] = []
    for part in _segments(after):
        retrieved = _RETRIEVED.match(part)
        if _URL.match(part):
            continue  # the URL, read above
        if retrieved:
            access = parse_date(retrieved.group("date"))
        elif parse_date(part):
            date = date or parse_date(part)
        else:
            rest.append(part)
    work = rest[0] if rest else None
    publisher = rest[1] if len(rest) > 1 else None
    if author and work and _words(author) <= _words(work) | _words(publisher or ""):
        author = None
    return Reference(
        key=key, title=title, work=work, publisher=publisher, date=date,
        access_date=access, url=url, author=author, raw=body,
    )


def parse_reference_list(lines: list[str], *, lenient: bool = False) -> tuple[Reference, ...]:
    """Every numbered entry of a rendered list (lines that are not entries are skipped).

    ``lenient``: the lines are a references section's, so an entry need not carry the caret.
    """
    refs = []
    for line in lines:
        m = ENTRY.match(line) or (LENIENT_ENTRY.match(line) if lenient else None)
        if m:
            refs.append(parse_reference_entry(m.group("num"), m.group("body")))
    return tuple(refs)

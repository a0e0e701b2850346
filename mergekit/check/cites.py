"""Citation templates (``{{cite ...}}``, ``{{citation}}``): what CS1 would report as errors.

- ``cite/no-title`` (error): no ``title`` (nor ``trans-title``/``script-title``);
- ``cite/access-date-without-url`` (error): an ``access-date`` with nothing to access;
- ``cite/archive-without-date`` / ``cite/archive-date-without-url`` (error): ``archive-url``
  and ``archive-date`` go together;
- ``cite/url-status`` (error): ``url-status`` other than live, dead, usurped, unfit, deviated;
- ``cite/bad-date`` (error): a date CS1 cannot read (see :mod:`mergekit.check.cs1dates`);
- ``cite/future-date`` (error): a publication, access or archive date after today;
- ``cite/date-format`` (warning): a dmy date under ``{{Use mdy dates}}`` or the reverse
  (ISO dates are allowed in references).
"""

from __future__ import annotations

import re

from mergekit.check.context import Context
from mergekit.check.cs1dates import parse_cite_date
from mergekit.check.document import Document
from mergekit.check.model import ERROR, WARNING, Finding

__all__ = ["check", "article_date_style"]

RULES = ("cite/no-title", "cite/access-date-without-url", "cite/archive-without-date",
         "cite/archive-date-without-url", "cite/url-status", "cite/bad-date", "cite/future-date",
         "cite/date-format")

URL_STATUS = ("live", "dead", "usurped", "unfit", "deviated")
DATE_PARAMS = {"date": "date", "publication-date": "publication-date", "access-date": "access-date",
               "accessdate": "access-date", "archive-date": "archive-date", "archivedate": "archive-date"}
_URLS = ("url", "chapter-url", "chapterurl", "article-url", "section-url", "conference-url", "contribution-url")


def article_date_style(doc: Document) -> str | None:
    """``dmy`` or ``mdy`` from ``{{Use dmy dates}}`` / ``{{Use mdy dates}}``, else None."""
    for loc in doc.templates:
        m = re.fullmatch(r"use (dmy|mdy) dates", " ".join(str(loc.node.name).lower().split()))
        if m:
            return m.group(1)
    return None


def _first(params: dict[str, str], *names: str) -> str | None:
    return next((params[n] for n in names if n in params), None)


def check(doc: Document, ctx: Context) -> list[Finding]:
    out: list[Finding] = []
    style = article_date_style(doc)
    for cite in doc.cites:
        p, at, what = cite.params, cite.start, cite.describe()
        if not _first(p, "title", "trans-title", "script-title", "chapter"):
            out.append(doc.finding("cite/no-title", ERROR, at, f"{what} has no title",
                                   "add |title= with the headline or page title as the source gives it"))
        has_url = _first(p, *_URLS) is not None
        if _first(p, "access-date", "accessdate") and not has_url:
            out.append(doc.finding("cite/access-date-without-url", ERROR, at,
                                   f"{what} has an access-date but no url",
                                   "add the |url= you read it at, or remove |access-date="))
        archive_url, archive_date = _first(p, "archive-url", "archiveurl"), _first(p, "archive-date", "archivedate")
        if archive_url and not archive_date:
            out.append(doc.finding("cite/archive-without-date", ERROR, at, f"{what} has an archive-url but no archive-date",
                                   "add |archive-date= (the date in the archive URL)"))
        if archive_date and not archive_url:
            out.append(doc.finding("cite/archive-date-without-url", ERROR, at,
                                   f"{what} has an archive-date but no archive-url",
                                   "add |archive-url= or remove |archive-date="))
        status = p.get("url-status")
        if status is not None and status.lower() not in URL_STATUS:
            out.append(doc.finding("cite/url-status", ERROR, at, f"{what} has url-status={status}, which CS1 does not know",
                                   "use one of: " + ", ".join(URL_STATUS)))
        for name, label in DATE_PARAMS.items():
            value = p.get(name)
            if value is None:
                continue
            parsed = parse_cite_date(value)
            if parsed is None:
                out.append(doc.finding("cite/bad-date", ERROR, at, f"{what}: {label}={value} is not a date CS1 reads",
                                       "write it as 20 June 2023, June 20, 2023 or 2023-06-20"))
                continue
            if parsed.latest is not None and parsed.latest > ctx.today and not (
                    parsed.style in ("year", "month") and parsed.latest.year == ctx.today.year and label == "date"):
                out.append(doc.finding("cite/future-date", ERROR, at,
                                       f"{what}: {label}={value} is after today ({ctx.today.isoformat()})",
                                       "check the date against the source"))
            if style and parsed.style in ("dmy", "mdy") and parsed.style != style:
                out.append(doc.finding("cite/date-format", WARNING, at,
                                       f"{what}: {label}={value} is {parsed.style}, but the article uses "
                                       f"{{{{Use {style} dates}}}}",
                                       f"write it {'20 June 2023' if style == 'dmy' else 'June 20, 2023'}-style"))
    return out

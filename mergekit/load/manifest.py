"""``merge.toml``: what the input texts cannot tell (titles, URLs, the run date).

Every key is optional::

    date = "2023-08-15"            # the run's date (access dates, maintenance-tag dates)
    [source]                       # the article being merged away
    title = "2023 Tirana camp raid"
    file = "000_x.txt"             # only if detection by content is not wanted
    revid = 123
    [target]                       # the destination
    title = "Camp Ashraf 3"
    [afd]
    discussion = "2023 Tirana camp raid"
    close_date = "2023-08-01"
    [[news]]
    file = "001_x.txt"
    url = "https://..."            # also: title, work, date, author, access_date
    [[unavailable]]                # news that could not be read (written by ``mergekit fetch``)
    url = "https://..."
    status = "404"
    reason = "not found"
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from mergekit.errors import InputError
from mergekit.load.files import read_text

__all__ = ["Manifest", "PageInfo", "read_manifest", "NEWS_KEYS"]

NEWS_KEYS = ("url", "title", "work", "date", "author", "access_date")


@dataclass(frozen=True)
class PageInfo:
    """The manifest's word on one article."""

    title: str | None = None
    file: str | None = None
    revid: int | None = None


@dataclass(frozen=True)
class Manifest:
    """A parsed ``merge.toml``; ``Manifest()`` when there is none."""

    date: str | None = None
    source: PageInfo = PageInfo()
    target: PageInfo = PageInfo()
    discussion: str | None = None
    close_date: str | None = None
    news: dict[str, dict[str, str]] = field(default_factory=dict)  # file -> metadata
    unavailable: tuple[dict[str, str], ...] = ()  # news that could not be read: url, status, reason


def _iso(value: object, where: str, path: Path) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise InputError(f"{path}: {where} must be a date YYYY-MM-DD, not {value!r}") from None


def _page(table: object, where: str, path: Path) -> PageInfo:
    if table is None:
        return PageInfo()
    if not isinstance(table, dict):
        raise InputError(f"{path}: [{where}] must be a table")
    revid = table.get("revid")
    if revid is not None and not isinstance(revid, int):
        raise InputError(f"{path}: {where}.revid must be a whole number")
    return PageInfo(title=table.get("title"), file=table.get("file"), revid=revid)


def read_manifest(path: Path) -> Manifest:
    """Parse ``path``; a malformed manifest is an ``InputError`` naming the problem."""
    try:
        data = tomllib.loads(read_text(path, what="manifest"))
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"manifest {path} is not valid TOML: {exc}") from None
    afd = data.get("afd") or {}
    news: dict[str, dict[str, str]] = {}
    for entry in data.get("news") or []:
        if not isinstance(entry, dict) or "file" not in entry:
            raise InputError(f"{path}: every [[news]] entry needs file = \"...\"")
        meta = {k: str(entry[k]) for k in NEWS_KEYS if entry.get(k) is not None}
        for key in ("date", "access_date"):
            if key in meta:
                meta[key] = _iso(entry[key], f"news {key}", path)
        news[str(entry["file"])] = meta
    unavailable = tuple(
        {k: str(entry[k]) for k in ("url", "status", "reason") if entry.get(k) is not None}
        for entry in data.get("unavailable") or [] if isinstance(entry, dict)
    )
    return Manifest(
        date=_iso(data.get("date"), "date", path),
        unavailable=unavailable,
        source=_page(data.get("source"), "source", path),
        target=_page(data.get("target"), "target", path),
        discussion=afd.get("discussion"),
        close_date=_iso(afd.get("close_date"), "afd.close_date", path),
        news=news,
    )

"""Perennial-sources data (WP:RSP) in the shape of the community's machine-readable export.

A record: ``name``, ``status``, ``blacklisted``, ``domains[]``, ``summary`` (and optionally
``lastDiscussed``). ``status`` is one of ``generally reliable``, ``no consensus``,
``generally unreliable``, ``deprecated``, ``blacklisted``; the export's short codes
(``gr``, ``nc``, ``gu``, ``d``, ``b``) are read as those. A table is either the built-in
subset (``mergekit/data/rsp.json``: a few outlets, dated) or the full export that
``mergekit rsp update`` stored in the cache; :class:`RspTable` says which and how old.
Validation is strict: a record that does not fit is an ``InputError`` naming it.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from mergekit.check.urls import host
from mergekit.errors import InputError

__all__ = ["STATUSES", "RspEntry", "RspTable", "parse_records", "builtin_table", "load_table", "normalise_name"]

STATUSES = ("generally reliable", "no consensus", "generally unreliable", "deprecated", "blacklisted")
CODES = {"gr": "generally reliable", "nc": "no consensus", "gu": "generally unreliable", "d": "deprecated",
         "b": "blacklisted", "m": "no consensus"}


BUILTIN = "built-in subset"  # the origin of the table shipped in mergekit/data/rsp.json


@dataclass(frozen=True)
class RspEntry:
    name: str
    status: str
    blacklisted: bool
    domains: tuple[str, ...]
    summary: str
    last_discussed: str = ""


@dataclass(frozen=True)
class RspTable:
    entries: tuple[RspEntry, ...]
    origin: str  # "built-in subset" or "<page> on <wiki>"
    as_of: str  # ISO date the data describes

    def age_days(self, today: dt.date) -> int | None:
        try:
            days = (today - dt.date.fromisoformat(self.as_of[:10])).days
        except ValueError:
            return None
        return days if days >= 0 else None  # "today" before the data (a pinned run date)

    def describe(self, today: dt.date) -> str:
        age = self.age_days(today)
        return f"{self.origin}, as of {self.as_of[:10]}" + (f" ({age} days old)" if age is not None else "")

    def named(self) -> str:
        """Which data this is and its date, as an editor reads it on a talk page: no file name
        or URL ("mergekit's built-in subset of WP:RSP, as of 2026-11-30")."""
        which = "mergekit's built-in subset of WP:RSP" if self.origin == BUILTIN else "a stored copy of WP:RSP"
        as_of = self.as_of[:10]
        return f"{which}, as of {as_of}" if as_of else which

    def by_domain(self, domain: str) -> list[RspEntry]:
        """Entries whose domain is ``domain`` or a parent of it (``edition.cnn.com`` -> ``cnn.com``)."""
        domain = domain.lower()
        return [e for e in self.entries if any(domain == d or domain.endswith("." + d) for d in e.domains)]

    def by_name(self, name: str) -> list[RspEntry]:
        """Entries named ``name`` (case and punctuation aside, a parenthesised scope ignored)."""
        key = normalise_name(name)
        return [e for e in self.entries if key and normalise_name(e.name.split(" (")[0]) == key]


def normalise_name(name: str) -> str:
    words = "".join(ch.lower() if ch.isalnum() else " " for ch in name).split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _domain(value: str) -> str:
    return host(value) if "/" in value else value.strip().lower().removeprefix("www.")


def parse_records(records: object, where: str) -> tuple[RspEntry, ...]:
    """Validate export records (a list, or an object holding one under ``sources``/``data``)."""
    if isinstance(records, dict):
        records = records.get("sources", records.get("data"))
    if not isinstance(records, list) or not records:
        raise InputError(f"{where}: not a perennial-sources export (expected a list of records)")
    out = []
    for i, rec in enumerate(records):
        if not isinstance(rec, dict):
            raise InputError(f"{where}: record {i} is not an object")
        name, status = rec.get("name"), rec.get("status")
        domains, summary, black = rec.get("domains", []), rec.get("summary", ""), rec.get("blacklisted", False)
        status = CODES.get(str(status).lower(), str(status).lower()) if isinstance(status, str) else status
        if not isinstance(name, str) or not name.strip():
            raise InputError(f"{where}: record {i} has no name")
        if status not in STATUSES:
            raise InputError(f"{where}: record {i} ({name}) has status {rec.get('status')!r}; "
                             f"expected one of {', '.join(STATUSES)}")
        if not isinstance(domains, list) or not all(isinstance(d, str) and d.strip() for d in domains):
            raise InputError(f"{where}: record {i} ({name}): domains must be a list of domain names")
        if not isinstance(summary, str) or not isinstance(black, bool):
            raise InputError(f"{where}: record {i} ({name}): summary must be text and blacklisted true/false")
        out.append(RspEntry(name.strip(), status, black, tuple(_domain(d) for d in domains), summary.strip(),
                            str(rec.get("lastDiscussed", "") or "")))
    return tuple(out)


def builtin_table() -> RspTable:
    """The small built-in subset shipped in ``mergekit/data/rsp.json``."""
    data = json.loads(resources.files("mergekit").joinpath("data", "rsp.json").read_text(encoding="utf-8"))
    return RspTable(parse_records(data["sources"], "mergekit/data/rsp.json"), BUILTIN, data["as_of"])


def load_table(path: Path) -> RspTable:
    """A table ``mergekit rsp update`` stored (``{"origin", "as_of", "sources"}``)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: cannot read the stored perennial-sources data ({exc}); run `mergekit rsp update`") from None
    return RspTable(parse_records(data.get("sources"), str(path)), str(data.get("origin", path)), str(data.get("as_of", "")))

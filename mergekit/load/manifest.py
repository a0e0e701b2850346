"""``merge.toml``: what the input texts cannot tell (titles, URLs, the run date).

Every key is optional::

    date = "2023-08-15"            # the run's date (the dates of the maintenance tags it adds)
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

:func:`read_manifest` and :func:`write_manifest` are the file's one reader and one writer
(``mergekit fetch`` writes it through the latter, with a TOML library, so any title or URL
reads back unchanged). The schema below is checked before anything is used: a key of the wrong type, an unknown
key (a typo) or a file outside the merge folder is a ``ManifestError`` on one line, naming
the file, the key and the fix. File names are relative to the manifest's folder and must
stay inside it (no ``..``, no absolute path, no symlink that leads out).
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import tomli_w

from mergekit.errors import InputError
from mergekit.load.afd import discussion_name
from mergekit.load.files import read_text, without_controls
from mergekit.textclean import clean_text
from mergekit.webaddress import is_web_address

__all__ = [
    "MANIFEST", "Manifest", "ManifestError", "PageInfo", "read_manifest", "render_manifest", "write_manifest",
    "inside_folder", "NEWS_KEYS", "SCHEMA",
]

MANIFEST = "merge.toml"  # the manifest's name in a merge folder
_HEADER = "# Written by mergekit fetch; `mergekit run FOLDER` drafts from it, offline.\n\n"

NEWS_KEYS = ("url", "title", "work", "date", "author", "access_date")

_PAGE = {"title": "text", "file": "file", "revid": "whole number", "timestamp": "text", "requested_title": "text"}
# Key -> kind; a dict is a table, a one-element list an array of tables. ``mergekit fetch``
# writes the keys it only keeps for the record (wiki.api, timestamps, requested URLs) too.
SCHEMA: dict = {
    "date": "date",
    "wiki": {"api": "text"},
    "source": _PAGE,
    "target": _PAGE,
    "afd": {"target": "text", "discussion": "text", "close_date": "date"},
    "news": [{"file": "file", "requested_url": "web address", **{k: "text" for k in NEWS_KEYS},
              "url": "web address", "date": "date", "access_date": "date"}],
    "unavailable": [{"url": "web address", "status": "text", "reason": "text", "final_url": "web address"}],
}
_REQUIRED = {"news": ("file",)}


class ManifestError(InputError):
    """A ``merge.toml`` that does not follow the schema (one line: file, key, fix)."""


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


def inside_folder(folder: Path, name: str, *, where: str = "file") -> Path:
    """``folder / name``, refused (``ManifestError``) when it is absolute, climbs out with
    ``..``, or resolves (through a symlink) to a place outside ``folder``."""
    path = Path(name)
    if path.is_absolute() or ".." in path.parts or not name.strip():
        raise ManifestError(f"{where} = {name!r} must name a file inside {folder}: give a plain file name")
    full = folder / path
    try:
        full.resolve().relative_to(folder.resolve())
    except ValueError:
        raise ManifestError(f"{where} = {name!r} leads outside {folder} (a symlink?): copy the file into the folder") from None
    return full


def _check(value: object, kind: object, where: str) -> object:
    """``value`` checked against ``kind`` (dates normalised to ISO); a mismatch raises."""
    if isinstance(kind, dict):
        if not isinstance(value, dict):
            raise ManifestError(f"{where} must be a table [{where}]")
        unknown = sorted(set(value) - set(kind))
        if unknown:
            raise ManifestError(f"{where}.{unknown[0]} is not a known key: use one of {', '.join(kind)}")
        for key in _REQUIRED.get(where.rsplit(".", 1)[-1].split("[")[0], ()):
            if key not in value:
                raise ManifestError(f"{where} needs {key} = \"...\"")
        return {key: _check(v, kind[key], f"{where}.{key}") for key, v in value.items()}
    if isinstance(kind, list):
        if not isinstance(value, list):
            raise ManifestError(f"{where} must be an array of tables [[{where}]]")
        return [_check(v, kind[0], f"{where}[{i}]") for i, v in enumerate(value)]
    if kind == "whole number":
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ManifestError(f"{where} must be a whole number, not {value!r}")
        return value
    if kind == "date":
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value.isoformat()
        try:
            return dt.date.fromisoformat(value).isoformat() if isinstance(value, str) else _no_date(value, where)
        except ValueError:
            return _no_date(value, where)
    if not isinstance(value, str):  # text and file names
        raise ManifestError(f"{where} must be text in quotes, not {value!r}")
    return _web_address(value, where) if kind == "web address" else value


def _web_address(value: str, where: str) -> str:
    """``value`` as every output writes it (``clean_text``: one form for the draft, the
    matcher and the talk page, rv14), when it is a web address; else a ``ManifestError``.
    A news item's url decides whether it is a reference of the source and is what the draft
    cites: one without http(s):// would be set aside with no word (cited without it); a
    requested or unavailable one is printed on the talk page ("Sources that could not be
    read"): "javascript:alert(...)" there is no source anyone could read."""
    if not is_web_address(value):
        raise ManifestError(f"{where} must be the page's web address, starting https:// or http://, not {value!r}")
    return clean_text(value)


def _no_date(value: object, where: str):
    raise ManifestError(f"{where} must be a date YYYY-MM-DD, not {value!r}")


def _page(table: dict) -> PageInfo:
    return PageInfo(title=table.get("title"), file=table.get("file"), revid=table.get("revid"))


def read_manifest(path: Path) -> Manifest:
    """Parse and validate ``path``; a malformed manifest is a ``ManifestError`` naming the problem."""
    try:
        data = tomllib.loads(read_text(path, what="manifest"))
    except tomllib.TOMLDecodeError as exc:
        raise ManifestError(f"manifest {path} is not valid TOML: {exc}") from None
    try:
        data = cast("dict[str, Any]", _check(data, SCHEMA, "merge.toml"))
        folder = path.parent
        for where in ("source", "target"):
            if data.get(where, {}).get("file"):
                inside_folder(folder, data[where]["file"], where=f"[{where}] file")
        for entry in data.get("news", []):
            inside_folder(folder, entry["file"], where="[[news]] file")
    except ManifestError as exc:
        raise ManifestError(f"{path}: {str(exc).removeprefix('merge.toml.')}") from None
    afd = data.get("afd", {})
    return Manifest(
        date=data.get("date"),
        source=_page(data.get("source", {})),
        target=_page(data.get("target", {})),
        discussion=discussion_name(afd.get("discussion")),
        close_date=afd.get("close_date"),
        news={e["file"]: {k: e[k] for k in NEWS_KEYS if e.get(k) is not None} for e in data.get("news", [])},
        unavailable=tuple({k: e[k] for k in ("url", "status", "reason") if k in e} for e in data.get("unavailable", [])),
    )


def _cleaned(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _cleaned(v) for k, v in value.items() if v is not None and v != []}
    if isinstance(value, list | tuple):
        return [_cleaned(v) for v in value]
    return without_controls(value) if isinstance(value, str) else value


def render_manifest(data: Mapping[str, Any]) -> str:
    """The TOML text of ``data``, checked against the schema first, so the writer never
    writes a file the reader refuses. None values and empty arrays are left out, and so are
    the control characters :func:`read_text` drops: what is written is what is read."""
    data = _cleaned(data)
    _check(data, SCHEMA, "merge.toml")
    return _HEADER + tomli_w.dumps(data)


def write_manifest(path: Path, data: Mapping[str, Any]) -> Path:
    """Write ``data`` to ``path`` (see :func:`render_manifest`); read it back with :func:`read_manifest`."""
    path.write_text(render_manifest(data), encoding="utf-8")
    return path

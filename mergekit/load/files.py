"""Reading input files, with the user mistakes turned into one-line ``InputError``s.

Limits, per kind of input (a larger file is refused before it is read):

=========  ========  ==========================================================
kind       limit     why
=========  ========  ==========================================================
source     2 MiB     Wikipedia's own page limit ($wgMaxArticleSize, 2,048 KiB)
target     2 MiB     the same
news       5 MiB     a saved news page with its scripts and styles; its text is far less
manifest   1 MiB     a few titles and URLs
input      5 MiB     any other input (the role is not known yet)
=========  ========  ==========================================================

``MERGEKIT_MAX_INPUT`` overrides them all (bytes, or with a ``K``/``M``/``G`` suffix,
e.g. ``MERGEKIT_MAX_INPUT=20M``). Text is UTF-8 (with or without a BOM) or UTF-16 with
its BOM; a NUL byte anywhere else means a binary file; other control characters are
dropped from the text.
"""

from __future__ import annotations

import codecs
import os
import re
from pathlib import Path

from mergekit.errors import InputError

__all__ = ["read_text", "read_bytes", "decode_text", "LIMITS", "size_limit", "without_controls"]

_MIB = 1024 * 1024
LIMITS = {"source": 2 * _MIB, "target": 2 * _MIB, "news": 5 * _MIB, "manifest": _MIB, "input": 5 * _MIB}
LIMIT_VARIABLE = "MERGEKIT_MAX_INPUT"
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def size_limit(what: str) -> int:
    """The size limit in bytes for an input of kind ``what`` (``MERGEKIT_MAX_INPUT`` wins)."""
    raw = os.environ.get(LIMIT_VARIABLE, "").strip()
    if not raw:
        return LIMITS.get(what, LIMITS["input"])
    match = re.fullmatch(r"(\d+)\s*([KMG]?)i?B?", raw, re.IGNORECASE)
    if not match:
        raise InputError(f"{LIMIT_VARIABLE}={raw!r} is not a size: write bytes or e.g. 20M")
    return int(match.group(1)) * 1024 ** " KMG".index(match.group(2).upper() or " ")


def _utf16_as_utf8(data: bytes, path: Path, what: str) -> bytes:
    """UTF-16 with a BOM, re-encoded as UTF-8 with a BOM (which every reader honours)."""
    try:
        return codecs.BOM_UTF8 + data.decode("utf-16").encode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{what} file {path} is not valid UTF-16 (byte {exc.start}): re-save it as UTF-8") from None


def read_bytes(path: Path, *, what: str = "input") -> bytes:
    """The bytes of a non-empty text file; bad input raises ``InputError`` naming the file and the fix."""
    if not path.exists():
        raise InputError(f"{what} file {path} does not exist: check the path")
    if path.is_dir():
        raise InputError(f"{what} {path} is a directory: give a file")
    limit = size_limit(what)
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise InputError(f"cannot read {what} file {path}: {exc.strerror}") from None
    if len(data) > limit:
        raise InputError(f"{what} file {path} is over the {limit / _MIB:g} MiB limit for {what} files: "
                         f"is it the right file? (set {LIMIT_VARIABLE}=20M to read it anyway)")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        data = _utf16_as_utf8(data, path, what)
    if b"\x00" in data:
        raise InputError(f"{what} file {path} is binary: give a text, wikitext or HTML file")
    if not data.strip():
        raise InputError(f"{what} file {path} is empty")
    return data


def read_text(path: Path, *, what: str = "input") -> str:
    """The text of ``path`` (UTF-8 or UTF-16 with a BOM), newlines normalised, control
    characters dropped; bad input raises ``InputError`` naming the file and the fix."""
    return decode_text(read_bytes(path, what=what), path, what=what)


def decode_text(data: bytes, path: Path, *, what: str = "input") -> str:
    """``read_text`` for bytes ``read_bytes`` already gave: decoded, newlines normalised,
    control characters dropped (``path`` only names the file in an error)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{what} file {path} is not UTF-8 (byte {exc.start}): re-save it as UTF-8"
        ) from None
    return without_controls(text.replace("\r\n", "\n").replace("\r", "\n"))


def without_controls(text: str) -> str:
    """``text`` without the control characters every reader drops (all but tab and newlines)."""
    return _CONTROL.sub("", text)

"""Reading input files, with the user mistakes turned into one-line ``InputError``s."""

from __future__ import annotations

from pathlib import Path

from mergekit.errors import InputError

__all__ = ["read_text", "read_bytes"]


def read_bytes(path: Path, *, what: str = "input") -> bytes:
    """The bytes of a non-empty text file; bad input raises ``InputError`` naming the file and the fix."""
    if not path.exists():
        raise InputError(f"{what} file {path} does not exist: check the path")
    if path.is_dir():
        raise InputError(f"{what} {path} is a directory: give a file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {what} file {path}: {exc.strerror}") from None
    if b"\x00" in data[:8192]:
        raise InputError(f"{what} file {path} is binary: give a text, wikitext or HTML file")
    if not data.strip():
        raise InputError(f"{what} file {path} is empty")
    return data


def read_text(path: Path, *, what: str = "input") -> str:
    """The UTF-8 text of ``path``; bad input raises ``InputError`` naming the file and the fix."""
    data = read_bytes(path, what=what)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{what} file {path} is not UTF-8 (byte {exc.start}): re-save it as UTF-8"
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")

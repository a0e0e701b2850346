"""``merge.toml``: what a fetched merge folder holds and where it came from (pure)."""

from __future__ import annotations

import json
from typing import Any, Mapping, Sequence

__all__ = ["render_manifest"]


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    # A JSON string is a valid TOML basic string (same escapes).
    return json.dumps(str(value), ensure_ascii=False)


def _table(header: str, items: Mapping[str, Any]) -> list[str]:
    lines = [header]
    lines += [f"{key} = {_value(v)}" for key, v in items.items() if v is not None]
    return lines + [""]


def render_manifest(
    tables: Mapping[str, Mapping[str, Any]],
    arrays: Mapping[str, Sequence[Mapping[str, Any]]] = {},
) -> str:
    """TOML text of ``tables`` (``[name]``) then ``arrays`` (``[[name]]``); None values are left out."""
    lines = ["# Written by mergekit fetch; `mergekit run FOLDER` drafts from it, offline.", ""]
    for name, items in tables.items():
        lines += _table(f"[{name}]", items)
    for name, rows in arrays.items():
        for row in rows:
            lines += _table(f"[[{name}]]", row)
    return "\n".join(lines).rstrip("\n") + "\n"

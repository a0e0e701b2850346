"""``decisions.toml``: the decisions of a run, beside its outputs, written atomically.

One table per finding id, in the order decided, human-readable and hand-editable::

    [decisions."unsourced-3f9c2a0b1d"]
    action = "dismiss"
    kind = "unsourced"
    sentence = "The U.S. negotiated with some partners in Eastern Europe."
    digest = "9a0c1d2e3f40"
    at = "2026-11-30T04:30:00Z"

Every write goes to a temporary file in the same folder, then renames it over the old one,
so a crash or a quit never leaves a half-written file and never loses an earlier answer.
A file that is not valid TOML, or an entry with an unknown action, is an ``InputError``.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from pathlib import Path

import tomli_w

from mergekit.errors import InputError
from mergekit.review.model import ACTIONS, Action, Decision
from mergekit.unit import replace_file

__all__ = ["DECISIONS_FILE", "read_decisions", "write_decisions", "decisions_toml"]

DECISIONS_FILE = "decisions.toml"
_HEADER = (
    "# mergekit review decisions: one table per finding id (see `mergekit review --help`).\n"
    f"# action: {' | '.join(ACTIONS)}; edit sets text, attribute and cite set source.\n"
    "# A decision whose sentence changed (digest) is reported as stale and not applied.\n\n"
)
_FIELDS = ("action", "text", "source", "kind", "sentence", "digest", "at")


def decisions_toml(decisions: Iterable[Decision]) -> str:
    """The file's text; empty fields are left out, so it stays short to read."""
    table = {
        d.finding: {name: getattr(d, name) for name in _FIELDS if getattr(d, name)}
        for d in decisions
    }
    return _HEADER + tomli_w.dumps({"decisions": table}, multiline_strings=False)


def read_decisions(path: Path) -> dict[str, Decision]:
    """Finding id -> decision; an absent file is no decisions."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from None
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path} is not valid TOML ({exc}): fix it by hand or delete it") from None
    table = data.get("decisions", {})
    if not isinstance(table, dict):
        raise InputError(f"{path}: [decisions] must be a table of finding ids")
    out: dict[str, Decision] = {}
    for finding, entry in table.items():
        if not isinstance(entry, dict) or not isinstance(entry.get("action"), str):
            raise InputError(f"{path}: decision {finding!r} needs an action ({', '.join(ACTIONS)})")
        if entry["action"] not in ACTIONS:
            raise InputError(f"{path}: decision {finding!r} has unknown action {entry['action']!r}; "
                             f"use one of {', '.join(ACTIONS)}")
        text, source, kind, sentence, digest, at = (str(entry.get(k, "")) for k in _FIELDS[1:])
        out[finding] = Decision(finding=finding, action=Action(entry["action"]), text=text, source=source, kind=kind,
                                sentence=sentence, digest=digest, at=at)
    return out


def write_decisions(path: Path, decisions: Iterable[Decision]) -> None:
    """Replace ``path`` with ``decisions``, atomically (temporary file + rename)."""
    replace_file(path, decisions_toml(decisions), what="the review decisions")

"""The labelled rows of the public benchmarks in ``../shared/bench``, as the bench scripts read them.

The files are read by path, never copied into the project (the data is not the project's
to copy). Each line is one JSON row (``claim``, ``evidence``, ``label``, ``id``, ``meta``);
a blank line is none, and a row whose ``meta.evaluable`` is false is left out.

Every row belongs to a group (the Wikipedia article of citation_checker's
``meta.article_title`` or WiCE's ``meta.claim_title``, FNC-1's ``meta.body_id``), so that
claims from one article never fall on both sides of the dev / held-out split: a group is
*dev* when the first byte of the SHA-256 of its name (after a script's own ``seed``, if it
has one) is even, else *heldout*. The rule is fixed before any row is read.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

__all__ = ["BENCH", "HALVES", "half", "rows"]

BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "bench"
HALVES = ("dev", "heldout")


def half(group: str, seed: str = "") -> str:
    """``dev`` or ``heldout``: the parity of the first byte of sha256(``seed`` + ``group``)."""
    return HALVES[hashlib.sha256((seed + group).encode("utf-8")).digest()[0] % 2]


def rows(path: Path, group_key: str, seed: str = "") -> Iterator[tuple[str, dict]]:
    """(half, row) of every evaluable row of ``path``; the half is decided from the row's
    group (``meta[group_key]``) alone."""
    with path.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            row = json.loads(line)
            meta = row.get("meta") or {}
            if meta.get("evaluable") is False:
                continue
            yield half(str(meta.get(group_key) or ""), seed), row

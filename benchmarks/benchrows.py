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

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

__all__ = ["BENCH", "HALVES", "CITATION_FILES", "half", "rows", "citation_args", "citation_rows", "table_lines"]

BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "bench"
HALVES = ("dev", "heldout")
# The two files whose rows are a Wikipedia sentence against the page it cites, and their group key.
CITATION_FILES = {"citation_checker.jsonl": "article_title", "wice_dev.jsonl": "claim_title"}


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


def citation_args(description: str, show: str, argv: list[str] | None) -> argparse.Namespace | None:
    """``--bench DIR`` (default ``../shared/bench``) and ``--show N`` (``show`` says what is
    listed); None, with a line on stderr, when a file of ``CITATION_FILES`` is not there."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--bench", type=Path, default=Path("../shared/bench"))
    parser.add_argument("--show", type=int, default=0, help=show)
    args = parser.parse_args(argv)
    absent = next((args.bench / name for name in CITATION_FILES if not (args.bench / name).is_file()), None)
    if absent is not None:
        print(f"no {absent}", file=sys.stderr)
        return None
    return args


def citation_rows(bench: Path) -> Iterator[tuple[str, str, dict]]:
    """(file name, half, row) of every evaluable row of ``CITATION_FILES`` under ``bench``."""
    for name, key in CITATION_FILES.items():
        for side, row in rows(bench / name, key):
            yield name, side, row


def table_lines(counts: Mapping[tuple[str, str], Any]) -> list[str]:
    """Each (file, half) count's ``line``, in file order, dev before held-out."""
    return [count.line(f"{name.split('.')[0]}, {side}")
            for (name, side), count in sorted(counts.items(), key=lambda kv: (kv[0][0], HALVES.index(kv[0][1])))]

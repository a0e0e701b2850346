"""Reading ``tests/cases/check/*.cases``: wikitext snippets and the findings they must give.

A file is a series of cases::

    >>> case: a short description
    wikitext, any number of lines
    >>> expect
    LINE:COLUMN RULE        (one per finding, in order; nothing at all for a clean text)

The whole check runs on each text (so a clean text must be clean for every rule, not just
the file's own) with today pinned to ``TODAY`` and the built-in reliability data, or the
export named by a first line ``>>> rsp: FILE`` (relative to the case file).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from mergekit.check import Context, check_text
from mergekit.check.rsp import RspTable, builtin_table, parse_records

CASES = Path(__file__).parent / "cases" / "check"
TODAY = dt.date(2024, 1, 15)


@dataclass(frozen=True)
class Case:
    file: str
    name: str
    text: str
    expect: tuple[str, ...]
    rsp: RspTable

    def actual(self) -> tuple[str, ...]:
        report = check_text(self.text, Context(today=TODAY, rsp=self.rsp))
        return tuple(f"{f.line}:{f.column} {f.rule}" for f in report.findings)


def read_cases(path: Path) -> list[Case]:
    lines = path.read_text(encoding="utf-8").split("\n")
    rsp = builtin_table()
    if lines and lines[0].startswith(">>> rsp:"):
        export = path.parent / lines.pop(0).split(":", 1)[1].strip()
        rsp = RspTable(parse_records(json.loads(export.read_text(encoding="utf-8")), str(export)),
                       export.name, "2024-01-01")
    cases: list[Case] = []
    name, text, expect, mode = None, [], [], None
    for line in lines + [">>> case: (end)"]:
        if line.startswith(">>> case:"):
            if name is not None:
                cases.append(Case(path.name, name, "\n".join(text).strip("\n") + "\n", tuple(expect), rsp))
            name, text, expect, mode = line.split(":", 1)[1].strip(), [], [], "text"
        elif line.strip() == ">>> expect":
            mode = "expect"
        elif mode == "text":
            text.append(line)
        elif mode == "expect" and line.strip() and not line.startswith("#"):
            expect.append(" ".join(line.split()))
    return cases


def all_cases() -> list[Case]:
    return [case for path in sorted(CASES.glob("*.cases")) for case in read_cases(path)]

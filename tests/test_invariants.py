"""No draft breaks its promises (``mergekit.audit``): on the seeds, the golden merges, the
honest-draft fixtures and every case of the real-merge corpus (tuning and held-out alike:
these are hard rules, not scores, and a broken one is a bug wherever it shows)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mergekit.audit import audit
from mergekit.check.rsp import builtin_table
from mergekit.load.inputs import load_folder
from mergekit.pipeline import render_merge

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = [ROOT / "seeds",
           *sorted((ROOT / "tests" / "cases" / "merges").glob("*/input")),
           *sorted(p.parent for p in (ROOT / "tests" / "cases" / "honest").glob("*/merge.toml")),
           *sorted((ROOT / "tests" / "cases" / "real").glob("*/input"))]


# Known violations found by a corpus case, kept visible until fixed (strict: a fix turns the
# xfail into a failure, so the entry must then be removed).
KNOWN = {
    "tests/cases/real/madeira-bus-crash/input":
        "a numbered reference list without a 'References' heading is drafted as prose "
        "(furniture 'Retrieved 1', {{citation needed}} on its entries, generated sentences)",
}


def _param(folder: Path):
    reason = KNOWN.get(folder.relative_to(ROOT).as_posix())
    marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
    return pytest.param(folder, marks=marks, id=folder.relative_to(ROOT).as_posix())


@pytest.mark.parametrize("folder", [_param(f) for f in FOLDERS])
def test_the_draft_keeps_every_promise(folder):
    inputs = load_folder(folder)
    rendered = render_merge(inputs, rsp=builtin_table())
    plan, files = rendered.decided.plan, rendered.files
    assert [f"{v.rule}: {v.detail}" for v in audit(inputs, plan, files)] == []

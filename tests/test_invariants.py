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


# Known bugs that a corpus case shows: the case stays as it is (its inputs are real); the
# mark is strict, so the test fails again as soon as the bug is fixed and the line must go.
KNOWN_BUGS: dict[str, str] = {}  # case folder -> why its draft is known to break a promise (strict xfail)
PARAMS = [pytest.param(folder, marks=pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[name]))
          if (name := folder.relative_to(ROOT).as_posix()) in KNOWN_BUGS else folder
          for folder in FOLDERS]


@pytest.mark.parametrize("folder", PARAMS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_the_draft_keeps_every_promise(folder):
    inputs = load_folder(folder)
    rendered = render_merge(inputs, rsp=builtin_table())
    plan, files = rendered.decided.plan, rendered.files
    assert [f"{v.rule}: {v.detail}" for v in audit(inputs, plan, files)] == []

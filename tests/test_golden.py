"""Golden drafts: the default run reproduces drafts/, and each tests/cases/merges/<name>/
reproduces its expected/ folder, byte for byte. Regenerate with ``pytest --update-golden``."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from mergekit.cli import main

ROOT = Path(__file__).resolve().parents[1]
MERGES = sorted(p for p in (ROOT / "tests" / "cases" / "merges").iterdir() if p.is_dir())
# Beside the golden files, not written by `mergekit run`: the report's screenshot (tests/test_report_browser.py).
NOT_RUN_OUTPUT = {"report.png"}


def _compare(produced: Path, golden: Path, update: bool) -> None:
    if update:
        kept = {p.name: p.read_bytes() for p in golden.glob("*") if p.name in NOT_RUN_OUTPUT}
        shutil.rmtree(golden, ignore_errors=True)
        shutil.copytree(produced, golden)
        for name, data in kept.items():
            (golden / name).write_bytes(data)
    made = sorted(p.name for p in produced.iterdir())
    assert made == sorted(p.name for p in golden.iterdir() if p.name not in NOT_RUN_OUTPUT)
    for name in made:
        assert (produced / name).read_bytes() == (golden / name).read_bytes(), f"{name} differs from {golden / name}"


def test_default_run_reproduces_the_seed_draft(tmp_path, monkeypatch, update_golden):
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["run"])
    assert result.exit_code == 0, result.output
    _compare(tmp_path / "drafts", ROOT / "drafts", update_golden)


def test_two_runs_give_the_same_bytes(tmp_path):
    for out in ("one", "two"):
        assert CliRunner().invoke(main, ["run", str(ROOT / "seeds"), "--out", str(tmp_path / out)]).exit_code == 0
    for path in (tmp_path / "one").iterdir():
        assert path.read_bytes() == (tmp_path / "two" / path.name).read_bytes()


@pytest.mark.parametrize("case", MERGES, ids=[p.name for p in MERGES])
def test_merge_case(case, tmp_path, update_golden):
    result = CliRunner().invoke(main, ["run", str(case / "input"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    _compare(tmp_path / "out", case / "expected", update_golden)

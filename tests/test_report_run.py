"""``report_of_run``: a written run's report rendered again from its folder, as data."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mergekit.errors import InputError
from mergekit.report.run import report_of_run

DRAFTS = Path(__file__).resolve().parents[1] / "drafts"


def test_the_seed_run_gives_the_report_it_wrote():
    assert report_of_run(DRAFTS) == (DRAFTS / "report.html").read_text(encoding="utf-8")


def test_a_run_without_its_diff_says_to_run_first(tmp_path):
    shutil.copy(DRAFTS / "flags.json", tmp_path / "flags.json")
    with pytest.raises(InputError, match=r"^no Camp_Ashraf_3\.diff in .*: run `mergekit run --out .*` first$"):
        report_of_run(tmp_path)

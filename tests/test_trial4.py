"""Defects an AfD-backlog editor found in trial 4 (docs/trial-4.md), on the trial's own texts
(tests/data/trial4: two real reports, a source article written from them)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from mergekit.load.inputs import MergeInputs, load_folder
from mergekit.plan import MergePlan, plan_merge

DATA = Path(__file__).parent / "data" / "trial4"


@cache
def _inputs() -> MergeInputs:
    return load_folder(DATA, run_date="2023-07-21")


@cache
def _plan() -> MergePlan:
    return plan_merge(_inputs())


def test_the_citation_added_is_the_report_that_says_the_sentence_word_for_word():
    # Both reports are judged citable; Sky Sports names Cummins only in its headline and
    # lacks "withdrawn" and "captain", yet scores higher (its contradiction head is lower).
    (sp,) = [sp for sp in _plan().sentences if sp.text.startswith("Australia's captain Pat Cummins")]
    assert sp.supporting[0] == "arynews.txt"


def test_the_review_hint_names_the_inputs_so_the_rerun_is_not_the_seed_merge(tmp_path):
    from click.testing import CliRunner

    from mergekit.cli.app import main

    out = tmp_path / "draft1"
    ran = CliRunner().invoke(main, ["run", str(DATA), "--out", str(out), "--date", "2023-07-21"])
    assert ran.exit_code == 0, ran.output
    reviewed = CliRunner().invoke(main, ["review", "--out", str(out), "--accept-all"])
    assert reviewed.exit_code == 0, reviewed.output
    # `mergekit run --out OUT` alone drafts the seeds (Camp Ashraf 3) into OUT.
    assert f"`mergekit run --out {out}`" not in reviewed.output
    assert f"`mergekit run FOLDER --out {out}`" in reviewed.output

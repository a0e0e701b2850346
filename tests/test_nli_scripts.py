"""benchmarks/nli_bench.py and benchmarks/nli_unsourced.py: the figures they report (AUC,
a grouped cross-validated threshold, a threshold's effect on findings), on rows whose
counts are known. The model (and onnxruntime) is not needed."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bench = _load("nli_bench")
unsourced = _load("nli_unsourced")


def test_auc_counts_ties_half():
    assert bench.auc([(0.9, True), (0.5, True), (0.5, False), (0.1, False)]) == (2 + 1.5) / 4
    assert bench.auc([(0.9, True)]) != bench.auc([(0.9, True)])  # nan: no negative


def test_threshold_is_chosen_on_the_other_folds():
    # two groups per fold, one row each; a perfect split at 0.5 holds out of fold too
    rows = [{"group": f"g{i}", "s": {"ph": i / 10}, "y": i >= 5} for i in range(10)]
    cv = bench.cross_validated(rows, "ph", "accuracy", seed=0)
    assert cv["accuracy"] >= 0.8
    flipped = [{**r, "y": not r["y"]} for r in rows]  # what the signal says is the opposite
    assert bench.cross_validated(flipped, "ph", "accuracy", seed=0)["accuracy"] <= 0.6


def test_measure_f1_and_accuracy():
    pairs = [(0.9, True), (0.8, False), (0.2, True), (0.1, False)]
    assert bench.measure(pairs, 0.5, "accuracy") == 0.5
    assert bench.measure(pairs, 0.5, "f1") == 0.5


def _row(entail: float, *, right: bool, advice_right: bool) -> dict:
    return {"kind": "unsourced", "right": right, "advice_right": advice_right, "entail": entail}


def test_effect_and_best_threshold_on_findings():
    rows = [_row(0.85, right=False, advice_right=True), _row(0.75, right=True, advice_right=False),
            _row(0.72, right=False, advice_right=True), _row(0.30, right=True, advice_right=False)]
    assert unsourced.effect(rows, 0.7) == {"fixed": 2, "lost": 1, "still_wrong": 0}
    assert unsourced.best_threshold(rows) == 0.85  # 0.85 and 0.72 both gain 1: the higher
    assert unsourced.best_threshold([_row(0.5, right=True, advice_right=False)]) is None


def test_both_scripts_read_saved_rows_back_without_scoring_again(tmp_path):
    saved = tmp_path / "rows.json"
    rows = [_row(0.85, right=False, advice_right=True)]
    parser = unsourced.arguments("What it measures.\n\nMore.", "the model's folder")
    assert parser.description == "What it measures."
    assert unsourced.rows_of(parser.parse_args(["--save", str(saved)]), lambda: rows) == rows

    def again() -> list[dict]:
        raise AssertionError("scored again")

    assert unsourced.rows_of(parser.parse_args(["--load", str(saved)]), again) == rows

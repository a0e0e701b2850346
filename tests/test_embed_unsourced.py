"""benchmarks/embed_unsourced.py: the separation figures (AUC, a threshold's effect, the
threshold read on one half), on rows whose counts are known. The model is not needed."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
spec = importlib.util.spec_from_file_location("embed_unsourced", ROOT / "benchmarks" / "embed_unsourced.py")
assert spec and spec.loader
embed = importlib.util.module_from_spec(spec)
spec.loader.exec_module(embed)


def _row(cos: float, *, right: bool, advice_right: bool) -> dict:
    return {"kind": "unsourced", "right": right, "advice_right": advice_right, "sentence_cos": cos}


ROWS = [
    _row(0.85, right=False, advice_right=True),   # paraphrase support: fixed at 0.7
    _row(0.75, right=True, advice_right=False),   # on topic, says nothing: lost at 0.7
    _row(0.72, right=False, advice_right=True),
    _row(0.71, right=False, advice_right=False),  # gold contradicted: stays wrong
    _row(0.40, right=True, advice_right=False),
    _row(0.30, right=True, advice_right=False),
]


def test_auc_counts_pairs_and_ties():
    assert embed.auc([0.9, 0.5], [0.5, 0.1]) == (1 + 1 + 0.5 + 1) / 4
    assert embed.auc([], [0.1]) is None


def test_effect_of_a_threshold():
    assert embed.effect(ROWS, "sentence", 0.7) == {"fixed": 2, "lost": 1, "still_wrong": 1}
    assert embed.effect(ROWS, "sentence", 0.8) == {"fixed": 1, "lost": 0, "still_wrong": 0}


def test_best_threshold_gains_most_and_prefers_the_higher():
    # 0.85 gains 1 (1 - 0); 0.72 gains 1 (2 - 1): the tie goes to the higher threshold
    assert embed.best_threshold(ROWS, "sentence") == 0.85
    assert embed.best_threshold([_row(0.5, right=True, advice_right=False)], "sentence") is None

"""Quality gate: the shipped verifier on the public dev benchmarks must not slip.

The floors sit a little under what the shipped model scores on these files. The model
was fitted on them, so these are regression floors, not accuracy estimates (the
cross-validated figures are printed by ``scripts/train_verifier.py``). Skipped when
``../shared/bench`` is not beside the repository.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mergekit.evaluate import evaluate_file

BENCH = Path(__file__).resolve().parent.parent.parent / "shared" / "bench"

FLOORS = [  # file, binary view, figure, floor
    ("citation_checker.jsonl", "supported_or_partial_vs_not", "accuracy", 0.80),
    ("wice_dev.jsonl", "supported_vs_rest", "accuracy", 0.84),
    ("fnc1_dev.jsonl", "contradicted_vs_rest", "f1", 0.69),
]


@pytest.mark.parametrize("name, view, figure, floor", FLOORS)
def test_shipped_verifier_keeps_its_level(name, view, figure, floor):
    path = BENCH / name
    if not path.is_file():
        pytest.skip(f"{path} not present")
    report = evaluate_file(path)
    assert getattr(report.binary[view], figure) >= floor

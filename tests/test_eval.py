"""``mergekit.evaluate``: figures worked out by hand on ``cases/eval/tiny.jsonl``."""

from __future__ import annotations

from pathlib import Path

import pytest

from mergekit.errors import InputError
from mergekit.evaluate import evaluate, read_bench

CASES = Path(__file__).parent / "cases" / "eval"


def said(claim, evidence):
    """The fake verifier: each fixture claim ends with the label to predict."""
    return claim.split()[-1]


@pytest.fixture(scope="module")
def report():
    return evaluate(read_bench(CASES / "tiny.jsonl"), predict=said)


# gold -> predicted, by row: t1 S->S, t2 S->P, t3 P->S, t4 N->N, t5 N->S, t6 C->C, t7 C->N
def test_counts_and_confusion(report):
    assert (report.n, report.skipped) == (7, 1)
    assert report.confusion["supported"] == {
        "supported": 1, "partial": 1, "not_supported": 0, "contradicted": 0}
    assert report.confusion["partial"]["supported"] == 1
    assert report.confusion["not_supported"] == {
        "supported": 1, "partial": 0, "not_supported": 1, "contradicted": 0}
    assert report.confusion["contradicted"] == {
        "supported": 0, "partial": 0, "not_supported": 1, "contradicted": 1}
    assert report.accuracy == pytest.approx(3 / 7)


@pytest.mark.parametrize(
    "view, accuracy, balanced, precision, recall, f1",
    [
        # positives t1 t2 t3, predicted positive t1 t2 t3 t5: tp 3 fp 1 fn 0 tn 3
        ("supported_or_partial_vs_not", 6 / 7, (1 + 3 / 4) / 2, 3 / 4, 1.0, 6 / 7),
        # positives t1 t2, predicted t1 t3 t5: tp 1 fp 2 fn 1 tn 3
        ("supported_vs_rest", 4 / 7, (1 / 2 + 3 / 5) / 2, 1 / 3, 1 / 2, 0.4),
        # positives t6 t7, predicted t6: tp 1 fp 0 fn 1 tn 5
        ("contradicted_vs_rest", 6 / 7, (1 / 2 + 1) / 2, 1.0, 1 / 2, 2 / 3),
    ],
)
def test_binary_views(report, view, accuracy, balanced, precision, recall, f1):
    got = report.binary[view]
    assert got.accuracy == pytest.approx(accuracy)
    assert got.balanced_accuracy == pytest.approx(balanced)
    assert (got.precision, got.recall, got.f1) == pytest.approx((precision, recall, f1))


def test_per_class(report):
    assert report.per_class["partial"].f1 == 0.0  # the one partial was called supported
    nots = report.per_class["not_supported"]  # gold t4 t5, predicted t4 t7
    assert (nots.precision, nots.recall, nots.f1) == pytest.approx((0.5, 0.5, 0.5))


def test_limit_counts_scored_rows():
    assert evaluate(read_bench(CASES / "tiny.jsonl"), predict=said, limit=2).n == 2


@pytest.mark.parametrize("name, message", [
    ("missing.jsonl", "no such file"),
    ("empty.jsonl", "empty"),
    ("broken.jsonl", "line 2: not JSON"),
])
def test_bad_files_raise_input_error(name, message):
    with pytest.raises(InputError, match=message):
        list(read_bench(CASES / name))

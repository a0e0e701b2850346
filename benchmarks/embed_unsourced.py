"""Can a sentence embedding tell missed paraphrase support from right "no source says it"?

For every ``unsourced``, ``unverifiable`` and ``needs_citation`` finding that mergekit
makes on the real-merge corpus's tuning cases (run in memory, as ``benchmarks/cases.py``
runs them, and graded by its ``grade_finding``), this records:

- right or wrong, and the gold verdict of the sentence;
- the lexical score mergekit already has: the best verifier score among the finding's
  evidence (its closest passages), and the best ``align`` retrieval score of a news
  sentence;
- the best all-MiniLM-L6-v2 cosine (``benchmarks/minilm.py``) between the sentence and
  any news sentence (the headline counts as one, as the verifier reads it), any window of
  two adjacent sentences, and any of the ``--top-k`` news sentences ``align`` ranks first
  for it (what a cheap form would encode), with the passage.

It then prints, for one half of the tuning cases (alphabetically: odd = 1st, 3rd, ...),
the separation of wrong from right ``unsourced``/``unverifiable`` findings by each signal
(AUC, and the quantiles), and the effect of turning every such finding whose signal is at
or above a threshold into a "may support" ``needs_citation`` (scored right when the gold
says the sentence is supported or partial): the threshold that gains most on that half
(wrong findings made right, less right findings lost; ties to the higher one), or the one
given with ``--threshold``, to check on the other half unchanged.

    MERGEKIT_NO_CACHE=1 python benchmarks/embed_unsourced.py --save /tmp/rows.json   # runs the cases
    python benchmarks/embed_unsourced.py --load /tmp/rows.json --half odd
    python benchmarks/embed_unsourced.py --load /tmp/rows.json --half even --signal window --threshold 0.7
    python benchmarks/embed_unsourced.py --cost            # encoding time, seeds and the biggest tuning case

Only tuning cases are run (``cases.case_folders(split="tune")``).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import tomllib
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cases import BUILT_IN, case_folders, gold_pools, grade_finding  # noqa: E402

from mergekit.align import Passage, PassageIndex  # noqa: E402
from mergekit.errors import MergekitError  # noqa: E402
from mergekit.load.inputs import MergeInputs, load_folder  # noqa: E402
from mergekit.pipeline import render_merge  # noqa: E402
from mergekit.plan.model import FindingKind  # noqa: E402
from mergekit.plan.planner import _evidence_text  # noqa: E402  (what the verifier reads of a news item)

if TYPE_CHECKING:
    import numpy as np

ROOT = Path(__file__).resolve().parents[1]
KINDS = (FindingKind.UNSOURCED, FindingKind.UNVERIFIABLE, FindingKind.NEEDS_CITATION)
DOWNGRADED = (FindingKind.UNSOURCED, FindingKind.UNVERIFIABLE)
SIGNALS = ("sentence", "window", "topk", "lexical", "retrieval")


def news_passages(inputs: MergeInputs) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(label, sentence) of every news sentence, headline first, and (label, window) of every
    two adjacent sentences of one item."""
    sentences, windows = [], []
    for item in inputs.news:
        text = _evidence_text(item)
        sentences += [(item.label, s) for s in text]
        windows += [(item.label, f"{a} {b}") for a, b in zip(text, text[1:], strict=False)]
    return sentences, windows


def _best(vector: np.ndarray, matrix: np.ndarray, passages: list[tuple[str, str]]) -> tuple[float, str, str]:
    if not len(passages):
        return 0.0, "", ""
    cos = matrix @ vector
    i = int(cos.argmax())
    return float(cos[i]), *passages[i]


def planned_case(folder: Path):
    """A tuning case's gold pools, inputs and plan (None when mergekit refuses the case)."""
    gold = tomllib.loads((folder / "GOLD.toml").read_text(encoding="utf-8"))
    inputs = load_folder(folder / "input")
    try:
        return gold_pools(gold), inputs, render_merge(inputs, rsp=BUILT_IN).decided.plan
    except MergekitError:
        return None


def graded_findings(plan, pools, kinds) -> list[tuple]:
    """The plan's findings on source sentences of ``kinds``, each with the scorer's grade
    (``cases.grade_finding``); findings on no gold sentence left out."""
    findings = []
    for f in plan.findings:
        if f.kind in kinds and f.article == "source":
            graded = grade_finding(f, pools)
            if graded is not None:
                findings.append((f, graded))
    return findings


def case_rows(folder: Path, model, *, top_k: int) -> list[dict]:
    """One row per graded unsourced, unverifiable or needs_citation finding of the case."""
    case = planned_case(folder)
    if case is None:
        return []
    pools, inputs, plan = case
    findings = graded_findings(plan, pools, KINDS)
    if not findings:
        return []
    sentences, windows = news_passages(inputs)
    index = PassageIndex([Passage(label, i, s) for i, (label, s) in enumerate(sentences)])
    claims = [f.sentence for f, _ in findings]
    vectors = model.encode(claims)
    sent_m = model.encode([s for _, s in sentences])
    win_m = model.encode([w for _, w in windows])
    rows = []
    for (f, graded), v in zip(findings, vectors, strict=True):
        entry = graded.entry or {}
        as_advice = grade_finding(replace(f, kind=FindingKind.NEEDS_CITATION), pools)
        top = index.best(f.sentence, top_k=top_k)
        top_ids = [m.passage.index for m in top]
        s_cos, s_label, s_text = _best(v, sent_m, sentences)
        w_cos, w_label, w_text = _best(v, win_m, windows)
        k_cos, k_label, k_text = _best(v, sent_m[top_ids], [sentences[i] for i in top_ids]) if top_ids else (0.0, "", "")
        rows.append({
            "case": folder.name, "kind": str(f.kind), "rule": str(f.rule), "sentence": f.sentence,
            "right": graded.right, "gold_verdict": entry.get("verdict"), "gold_sources": entry.get("sources", []),
            "advice_right": bool(as_advice and as_advice.right),
            "lexical": max((e.score for e in f.evidence), default=0.0),
            "retrieval": top[0].score if top else 0.0,
            "sentence_cos": s_cos, "sentence_label": s_label, "sentence_text": s_text,
            "window_cos": w_cos, "window_label": w_label, "window_text": w_text,
            "topk_cos": k_cos, "topk_label": k_label, "topk_text": k_text,
        })
    return rows


def all_rows(model, *, top_k: int, rows_of=None) -> list[dict]:
    """Every tuning case's rows (``rows_of(folder, model, top_k=...)``, by default this
    script's ``case_rows``), each marked with its half: odd (1st, 3rd, ...) or even."""
    rows_of = case_rows if rows_of is None else rows_of
    rows = []
    for n, folder in enumerate(case_folders(split="tune")):
        start = time.perf_counter()
        got = rows_of(folder, model, top_k=top_k)
        for r in got:
            r["half"] = "odd" if n % 2 == 0 else "even"
        rows += got
        print(f"{folder.name}: {len(got)} findings, {time.perf_counter() - start:.1f} s", file=sys.stderr)
    return rows


def signal(row: dict, name: str) -> float:
    return row["lexical" if name == "lexical" else "retrieval" if name == "retrieval" else f"{name}_cos"]


def auc(positive: list[float], negative: list[float]) -> float | None:
    """P(a positive scores above a negative), ties half (Mann-Whitney)."""
    if not positive or not negative:
        return None
    wins = sum((p > n) + 0.5 * (p == n) for p in positive for n in negative)
    return wins / (len(positive) * len(negative))


def _quantiles(values: list[float]) -> str:
    if len(values) < 2:
        return " ".join(f"{v:.2f}" for v in values)
    q = statistics.quantiles(values, n=4)
    return f"min {min(values):.2f} q1 {q[0]:.2f} median {q[1]:.2f} q3 {q[2]:.2f} max {max(values):.2f}"


def effect(rows: list[dict], name: str, threshold: float) -> dict[str, int]:
    """What turning every unsourced/unverifiable finding at or above ``threshold`` into a
    needs_citation does: wrong ones made right, right ones lost (also lost to recall), and
    wrong ones that stay wrong (gold contradicted, or no gold sentence)."""
    hit = [r for r in rows if signal(r, name) >= threshold]
    return {"fixed": sum(not r["right"] and r["advice_right"] for r in hit),
            "lost": sum(r["right"] for r in hit),
            "still_wrong": sum(not r["right"] and not r["advice_right"] for r in hit)}


def best_threshold(rows: list[dict], name: str) -> float | None:
    """The threshold that gains most (fixed less lost), ties to the higher; None when none gains."""
    best, gain = None, 0
    for t in sorted({signal(r, name) for r in rows}, reverse=True):
        e = effect(rows, name, t)
        if e["fixed"] - e["lost"] > gain:
            best, gain = t, e["fixed"] - e["lost"]
    return best


def report(rows: list[dict], half: str, *, threshold: float | None, only: str | None) -> None:
    rows = [r for r in rows if half == "all" or r["half"] == half]
    scored = [r for r in rows if r["kind"] in DOWNGRADED]
    right = [r for r in scored if r["right"]]
    wrong = [r for r in scored if not r["right"]]
    fixable = [r for r in wrong if r["advice_right"]]
    advice = [r for r in rows if r["kind"] == FindingKind.NEEDS_CITATION]
    print(f"## {half} half: {len(scored)} unsourced/unverifiable findings, {len(right)} right, {len(wrong)} wrong "
          f"({len(fixable)} of them on a sentence the gold says is supported or partial); "
          f"{len(advice)} needs_citation ({sum(r['right'] for r in advice)} right)\n")
    print("| signal | AUC wrong vs right | AUC fixable vs right | right | wrong, fixable | needs_citation right |")
    print("|---|---:|---:|---|---|---|")
    for name in SIGNALS:
        values = {k: [signal(r, name) for r in group] for k, group in
                  (("right", right), ("wrong", wrong), ("fixable", fixable),
                   ("advice", [r for r in advice if r["right"]]))}
        a, b = auc(values["wrong"], values["right"]), auc(values["fixable"], values["right"])
        print(f"| {name} | {a:.3f} | {b:.3f} | {_quantiles(values['right'])} | {_quantiles(values['fixable'])} | "
              f"{_quantiles(values['advice'])} |")
    print()
    print("| signal | threshold | fixed (wrong -> right) | right lost | wrong, stays wrong |")
    print("|---|---:|---:|---:|---:|")
    for name in ([only] if only else SIGNALS):
        t = threshold if threshold is not None else best_threshold(scored, name)
        if t is None:
            print(f"| {name} | none gains | | | |")
            continue
        e = effect(scored, name, t)
        print(f"| {name} | {t:.3f} | {e['fixed']} | {e['lost']} | {e['still_wrong']} |")


def cost(top_k: int) -> None:
    """Encoding time: the model's load, then for the seeds and the biggest tuning case every
    news sentence, and the cheap form (the run's unsourced/unverifiable sentences and their
    ``top_k`` lexical news sentences)."""
    import minilm

    start = time.perf_counter()
    model = minilm.load()
    print(f"model load (import numpy, tokenizers, safetensors; read 91 MB): {time.perf_counter() - start:.2f} s")
    tune = case_folders(split="tune")
    biggest = max(tune, key=lambda f: sum(len(item.sentences) for item in load_folder(f / "input").news))
    for name, folder in (("seeds", ROOT / "seeds"), (f"biggest tuning case ({biggest.name})", biggest / "input")):
        inputs = load_folder(folder)
        start = time.perf_counter()
        plan = render_merge(inputs, rsp=BUILT_IN).decided.plan
        run = time.perf_counter() - start
        sentences, _ = news_passages(inputs)
        index = PassageIndex([Passage(label, i, s) for i, (label, s) in enumerate(sentences)])
        claims = [f.sentence for f in plan.findings if f.kind in DOWNGRADED and f.article == "source"]
        top = sorted({m.passage.index for c in claims for m in index.best(c, top_k=top_k)})
        cheap = claims + [sentences[i][1] for i in top]
        model.encode(["warm up"])
        start = time.perf_counter()
        model.encode(cheap)
        cheap_s = time.perf_counter() - start
        everything = claims + [s for _, s in sentences]
        start = time.perf_counter()
        model.encode(everything)
        all_s = time.perf_counter() - start
        print(f"{name}: plan and render {run:.2f} s; {len(claims)} unsourced/unverifiable sentences; "
              f"cheap form {len(cheap)} texts, {model.tokens(cheap)} word pieces: {cheap_s:.2f} s; "
              f"every news sentence {len(everything)} texts, {model.tokens(everything)} word pieces: {all_s:.2f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--save", type=Path, help="run the tuning cases and write the rows here")
    parser.add_argument("--load", type=Path, help="read rows written by --save instead of running the cases")
    parser.add_argument("--half", choices=("odd", "even", "all"), default="odd")
    parser.add_argument("--signal", choices=SIGNALS, help="only this signal in the threshold table")
    parser.add_argument("--threshold", type=float, help="apply this threshold instead of choosing one")
    parser.add_argument("--top-k", type=int, default=5, help="lexical news sentences per finding for the topk signal")
    parser.add_argument("--list", action="store_true", help="print every row of the half, by signal")
    parser.add_argument("--cost", action="store_true", help="measure the encoding cost and stop")
    args = parser.parse_args(argv)
    if args.cost:
        cost(args.top_k)
        return 0
    if args.load:
        rows = json.loads(args.load.read_text(encoding="utf-8"))
    else:
        import minilm

        rows = all_rows(minilm.load(), top_k=args.top_k)
        if args.save:
            args.save.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    report(rows, args.half, threshold=args.threshold, only=args.signal)
    if args.list:
        name = args.signal or "window"
        for r in sorted((r for r in rows if args.half in ("all", r["half"])), key=lambda r: -signal(r, name)):
            mark = "right" if r["right"] else "WRONG" + (" fixable" if r["advice_right"] else "")
            print(f"{signal(r, name):.3f} {r['kind']:<15} {mark:<13} {r['gold_verdict']!s:<13} {r['case']}: "
                  f"{r['sentence'][:100]!r}\n      {r[name + '_label'] if name + '_label' in r else ''}: "
                  f"{(r.get(name + '_text') or '')[:140]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

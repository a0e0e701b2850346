"""The embed-2 paraphrase gate on the third-party rows of ``partial_bench.py`` (a check, not tuning).

For every evaluable row of ``citation_checker.jsonl`` and ``wice_dev.jsonl`` where the
planner's decision is silent (``plan.planner.supports`` is false: the sentence would be
``unsourced``), the gate fixed on the odd half of the tuning cases (``embed_gate.py``:
the lexical top-1 sentence of the source, all-MiniLM-L6-v2 cosine >= 0.65, at least one
anchor shared with the claim: a number, or a content word of 4+ letters; a single source
has no topic words) turns it into "a source may say it" (``says``). Prints per file and
half how many silent rows it turns, and how many of those the label calls positive
(``supported`` or ``partial``: the source says at least part of it).

    OPENBLAS_NUM_THREADS=1 python benchmarks/embed_gate_bench.py --bench /work/shared/bench
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchrows import citation_args, citation_rows  # noqa: E402
from embed_gate import anchors  # noqa: E402

from mergekit.align import Passage, PassageIndex  # noqa: E402
from mergekit.plan.planner import supports  # noqa: E402
from mergekit.verify import judge  # noqa: E402
from mergekit.verify.spans import split_sentences  # noqa: E402

THRESHOLD = 0.65


def main(argv: list[str] | None = None) -> int:
    args = citation_args(__doc__.split("\n\n")[0], "list up to N dev-half rows the gate turns", argv)
    if args is None:
        return 2
    import minilm

    model = minilm.load()
    counts: dict[tuple[str, str], list[int]] = {}
    shown = 0
    for name, side, row in citation_rows(args.bench):
        evidence = row["evidence"] if isinstance(row["evidence"], list) else [row["evidence"]]
        j = judge(row["claim"], evidence)
        c = counts.setdefault((name, side), [0, 0, 0, 0])  # silent rows, silent positive, turned, turned positive
        if supports(j):
            continue
        positive = row["label"] in ("supported", "partial")
        c[0] += 1
        c[1] += positive
        sentences = split_sentences(evidence)
        top = PassageIndex([Passage("s", i, s) for i, s in enumerate(sentences)]).best(row["claim"], top_k=1)
        if not top:
            continue
        passage = top[0].passage.text
        numbers, rare = anchors(row["claim"], passage, frozenset())
        if not numbers and not rare:
            continue
        a, b = model.encode([row["claim"], passage])
        if float(a @ b) < THRESHOLD:
            continue
        c[2] += 1
        c[3] += positive
        if side == "dev" and shown < args.show:
            shown += 1
            print(f"- {row['id']} ({row['label']}) cos {float(a @ b):.3f}: {row['claim'][:200]}\n    passage: {passage[:300]}")
    print("| file, half | silent rows | of them positive | turned by the gate | of them positive |")
    print("|---|---:|---:|---:|---:|")
    for (name, side), (s, sp, t, tp) in sorted(counts.items()):
        print(f"| {name.split('.')[0]}, {side} | {s} | {sp} | {t} | {tp} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

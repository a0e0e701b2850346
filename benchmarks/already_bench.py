"""Measure "already said" (``plan.already``) on third-party labelled claims.

The finding ``already_in_target`` drops a source sentence from the merge because the
destination already says it. A wrong "already said" silently loses content, so its
precision matters most. This script measures the planner's own decision on public
benchmark rows (read by path from ``../shared/bench``, never copied here): each row's
claim plays the source sentence and its evidence text the destination's prose.

- **Destination.** The evidence cut into paragraphs (citation_checker: its lines; WiCE: its
  list of sentences, a line opening with ``#`` or ``(meta data)`` starting a new paragraph)
  and sentences (``load.sentences.split_sentences``, as the destination is split), indexed
  by ``align.PassageIndex``; the windows read are ``plan.already.candidates`` of the
  planner's ``top_target`` (3) closest sentences, and the decision is ``plan.already.told``
  exactly as the planner calls it. The frame (the destination's title and first sentence)
  is the row's article title (WiCE ``meta.claim_title``, citation_checker
  ``meta.article_title``: the subject the claim is about) and the evidence's first
  sentence.
- **Truth.** ``supported`` (the evidence says all of the claim): "already said" is right;
  ``partial`` or ``not_supported``: "already said" is wrong. Rows with
  ``meta.evaluable == false`` are skipped. FNC-1 (a headline against another outlet's
  body: ``agree`` is supported) is read only with ``--fnc`` and reported apart: a headline
  is not a sentence of an article, so its figures are another kind of test. Its groups are
  the bodies (``meta.body_id``), and its frame is the body's first sentence alone.
- **Halves.** Rows are split by group (the article title) with a fixed rule, before any
  row is read: a group whose SHA-256 first byte is even is *dev*, odd is *held out*. Only
  dev rows are ever listed (``-v``); the held-out half prints totals only.

    python benchmarks/already_bench.py                 # totals per file and half
    python benchmarks/already_bench.py -v              # and every dev row it gets wrong
    python benchmarks/already_bench.py --json
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

from benchrows import BENCH, rows

from mergekit.align import Passage, PassageIndex
from mergekit.load.sentences import split_sentences
from mergekit.plan.already import Told, candidates, told
from mergekit.plan.model import PlanSettings

FILES = {"wice_dev.jsonl": "claim_title", "citation_checker.jsonl": "article_title"}
FNC = {"fnc1_dev.jsonl": "body_id"}  # headlines, not sentences: reported apart (``--fnc``)
TOP_TARGET = PlanSettings().top_target


def destination(evidence: str | list[str]) -> tuple[list[str], list[int]]:
    """The evidence as a destination's sentences and the paragraph of each."""
    if isinstance(evidence, str):
        paragraphs = [line for line in evidence.split("\n") if line.strip()]
    else:
        paragraphs, current = [], []
        for line in evidence:
            if line.lstrip().startswith(("#", "(meta data)")) and current:
                paragraphs.append(" ".join(current))
                current = []
            current.append(line)
        if current:
            paragraphs.append(" ".join(current))
    sentences, where = [], []
    for k, paragraph in enumerate(paragraphs):
        for s in split_sentences(paragraph):
            sentences.append(s)
            where.append(k)
    return sentences, where


def decide(claim: str, evidence: str | list[str], title: str) -> Told:
    """What ``plan.already`` says of ``claim`` against ``evidence`` read as the destination."""
    sentences, paragraphs = destination(evidence)
    if not sentences:
        return Told(False, "", 0.0)
    index = PassageIndex([Passage("destination", i, s) for i, s in enumerate(sentences)])
    frame = f"{title}. {sentences[0]}" if title else sentences[0]
    return told(claim, candidates(claim, index, sentences, paragraphs, TOP_TARGET), frame)


@dataclass
class Tally:
    rows: int = 0
    supported: int = 0  # rows whose evidence says all of the claim
    said: int = 0  # rows "already said"
    right: int = 0  # of those, supported
    partly: int = 0  # told, but adding a figure, date or name (carried: rule partly_said)
    partly_unsupported: int = 0  # of those, on rows whose evidence says none of the claim

    def add(self, label: str, reading: Told) -> None:
        self.rows += 1
        self.supported += label == "supported"
        self.said += reading.said
        self.right += reading.said and label == "supported"
        self.partly += reading.told and not reading.said
        self.partly_unsupported += reading.told and not reading.said and label == "not_supported"

    @property
    def precision(self) -> float:
        return self.right / self.said if self.said else 0.0

    @property
    def recall(self) -> float:
        return self.right / self.supported if self.supported else 0.0


def _report(out: dict[str, dict[str, dict]], name: str, tallies: dict[str, Tally], quiet: bool) -> None:
    out[name] = {part: {**asdict(t), "precision": round(t.precision, 3), "recall": round(t.recall, 3)}
                 for part, t in tallies.items()}
    if quiet:
        return
    print(name)
    for part, t in tallies.items():
        print(f"  {part:8} rows {t.rows:4}  supported {t.supported:4}  already said {t.said:3} "
              f"(right {t.right:3})  precision {t.precision:.3f}  recall {t.recall:.3f}  partly said {t.partly} "
              f"({t.partly_unsupported} not_supported)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bench", type=Path, default=BENCH, help="folder of the benchmark files")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the dev rows it gets wrong")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--fnc", action="store_true", help="also FNC-1 headlines, reported apart")
    args = ap.parse_args(argv)
    out: dict[str, dict[str, dict]] = {}
    sentences = {"dev": Tally(), "heldout": Tally()}  # WiCE and citation_checker together
    for name, group_key in {**FILES, **(FNC if args.fnc else {})}.items():
        tallies = sentences if name in FILES else {"dev": Tally(), "heldout": Tally()}
        before = {part: asdict(t) for part, t in tallies.items()}
        wrong: list[str] = []
        for part, row in rows(args.bench / name, group_key):
            title = "" if name in FNC else str(row["meta"].get(group_key) or "")
            reading = decide(row["claim"], row["evidence"], title)
            tallies[part].add(row["label"], reading)
            if part == "dev" and args.verbose and reading.said != (row["label"] == "supported"):
                what = "FALSE 'already said'" if reading.said else "missed"
                wrong.append(f"  {what} [{row['id']} {row['label']}] cov={reading.coverage:.2f} "
                             f"adds={list(reading.adds)}\n    claim: {row['claim']}\n    quote: {reading.quote}")
        own = {part: Tally(**{k: v - before[part][k] for k, v in asdict(t).items()}) for part, t in tallies.items()}
        _report(out, name, own, args.json)
        if wrong:
            print("\n".join(wrong))
    _report(out, "wice_dev + citation_checker", sentences, args.json)
    if args.json:
        json.dump(out, sys.stdout, indent=2)
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

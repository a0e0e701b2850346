"""Verifier throughput: claims per second against evidence of a few thousand words.

Target (issue "Verification and contradiction engine"): >= 50 claims/s on one core for
evidence of a few thousand words. Each claim of citation_checker (real Wikipedia
sentences) is judged against its own cited page extended with the following pages of
the file until it holds at least ``--words`` words. Three timings, in one process:

- **new pages** (the target's case): the page caches (sentence splits, sentence
  readings and numbers, and the evidence's whole reading, ``features._read_evidence``) are
  emptied before each claim, so every claim reads its evidence afresh; the vocabulary
  cache (word -> stem) is kept, as it is in any run after its first pages;
- **cold**: every cache emptied before each claim, the vocabulary, the claim's reading,
  the words of rank and the remembered verdicts too: a lower bound;
- **warm**: all caches kept, as in ``mergekit run``, where one source page is checked
  against many sentences (the pages here overlap).

    python benchmarks/verify_throughput.py [../shared/bench/citation_checker.jsonl] [--words 4000]

Runs on one core (the verifier is single-threaded pure Python) and counts its CPU time, so
other work on a shared machine does not move the figures. Exits 0; prints figures.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from mergekit.evaluate import read_bench
from mergekit.verify import _decide, _judge, judge
from mergekit.verify.features import _read_claim, _read_evidence
from mergekit.verify.lexicon import is_rank_word
from mergekit.verify.memo import _remembered
from mergekit.verify.scan import read
from mergekit.verify.spans import _split, stem

ROOT = Path(__file__).resolve().parents[1]


def pages(path: Path, words: int) -> tuple[list[tuple[str, list[str]]], list[int]]:
    """(claim, evidence) pairs, each claim's page extended with the next pages to ``words``
    words, and each evidence's word count."""
    rows = [row for row in read_bench(path) if row is not None]
    texts = [" ".join(row.evidence) for row in rows]
    pairs, sizes = [], []
    for i, row in enumerate(rows):
        evidence, count = [], 0
        for text in texts[i:] + texts[:i]:
            if count >= words:
                break
            evidence.append(text)
            count += len(text.split())
        pairs.append((row.claim, evidence))
        sizes.append(count)
    return pairs, sizes


PAGE_CACHES = (_split, read, _remembered, _read_evidence)  # what is read from the evidence
MODES = {"new pages": PAGE_CACHES, "cold": (*PAGE_CACHES, stem, _read_claim, is_rank_word, _decide), "warm": ()}


def rate(pairs: list[tuple[str, list[str]]], emptied: tuple) -> float:
    """Claims per CPU second over ``pairs``, emptying the caches ``emptied`` before each claim."""
    for cached in MODES["cold"]:
        cached.cache_clear()
    for claim, evidence in pairs[:20]:  # the vocabulary of a run's first pages
        judge(claim, evidence)
    start = time.process_time()
    for claim, evidence in pairs:
        for cached in emptied:
            cached.cache_clear()
        _judge.cache_clear()  # the remembered judgements: every claim is judged afresh
        judge(claim, evidence)
    return len(pairs) / (time.process_time() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bench", nargs="?", type=Path,
                        default=ROOT.parent / "shared" / "bench" / "citation_checker.jsonl")
    parser.add_argument("--words", type=int, default=4000, help="Least words of evidence a claim.")
    parser.add_argument("--runs", type=int, default=3, help="Timed runs; the median is printed.")
    args = parser.parse_args()
    pairs, sizes = pages(args.bench, args.words)
    print(f"{len(pairs)} claims, evidence {min(sizes):,}-{max(sizes):,} words "
          f"(median {statistics.median(sizes):,.0f})")
    for mode, emptied in MODES.items():
        runs = [rate(pairs, emptied) for _ in range(args.runs)]
        print(f"{mode:<9}: {statistics.median(runs):.0f} claims/s "
              f"(runs: {', '.join(f'{r:.0f}' for r in runs)})")


if __name__ == "__main__":
    main()

"""Sentence splitting: mergekit's splitter (sentencex, repaired) against pysbd, speed and splits.

    python benchmarks/sentence_split.py [../shared/bench/wice_dev.jsonl] [--show 30] [--sample 1500]

Three text sets: the paragraphs a run splits on the seeds and the golden merge cases
(tests/cases/merges/*/input), on the real-merge corpus's ``split = "tune"`` cases (never
the held-out ones), and WiCE dev evidence prose (lines of >= 6 words, no page
metadata, in paragraphs of 5 lines; a fixed-seed sample). For each it prints sentences and
seconds for both splitters and how many paragraphs they split differently; ``--show N``
prints N differing paragraphs' sentences (only those not in the other's split) for a
reader to judge which splitter is right. pysbd must be installed (the test extra has it).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import tomllib
from pathlib import Path

import pysbd

import mergekit.load.news as news
import mergekit.load.sentences as sentences
from mergekit.load.inputs import load_folder

ROOT = Path(__file__).resolve().parents[1]
_PYSBD = pysbd.Segmenter(language="en", clean=False)


def by_pysbd(paragraph: str) -> list[str]:
    return [s.strip() for s in _PYSBD.segment(paragraph) if s.strip()]


def tune_cases() -> list[Path]:
    """The real-merge corpus's input folders marked ``split = "tune"`` (never the held-out ones)."""
    out = []
    for gold in sorted((ROOT / "tests" / "cases" / "real").glob("*/GOLD.toml")):
        if tomllib.loads(gold.read_text(encoding="utf-8")).get("split") == "tune":
            out.append(gold.parent / "input")
    return out


def run_paragraphs(folders: list[Path] | None = None) -> list[str]:
    """The paragraphs ``split_sentences`` sees when ``folders`` (default: the seeds and the
    golden merges) are loaded."""
    seen: list[str] = []
    original = sentences.split_sentences

    def record(paragraph: str) -> list[str]:
        seen.append(" ".join(paragraph.split()))
        return original(paragraph)

    news.split_sentences = record
    try:
        for folder in folders or [ROOT / "seeds", *sorted((ROOT / "tests" / "cases" / "merges").glob("*/input"))]:
            load_folder(folder)
    finally:
        news.split_sentences = original
    return [p for p in seen if p]


def wice_paragraphs(path: Path, sample: int) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        evidence = json.loads(line).get("evidence") if line.strip() else None
        if not isinstance(evidence, list):
            continue
        prose = [s for s in evidence if len(s.split()) >= 6 and not s.startswith("(meta data)") and "#" not in s]
        out += [" ".join(" ".join(prose[i:i + 5]).split()) for i in range(0, min(len(prose), 30), 5)]
    random.Random(2).shuffle(out)
    return out[:sample]


def compare(name: str, paragraphs: list[str], show: int) -> None:
    results = {}
    for label, split in (("pysbd", by_pysbd), ("mergekit", sentences.split_sentences)):
        start = time.perf_counter()
        results[label] = [split(p) for p in paragraphs]
        seconds = time.perf_counter() - start
        print(f"{name}: {label:>8} {sum(map(len, results[label])):>6} sentences in {seconds:.3f} s")
    differ = [(a, b) for a, b in zip(results["pysbd"], results["mergekit"]) if a != b]
    print(f"{name}: {len(differ)} of {len(paragraphs)} paragraphs split differently")
    for a, b in differ[:show]:
        print("  pysbd   :", " || ".join(s for s in a if s not in b))
        print("  mergekit:", " || ".join(s for s in b if s not in a))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=ROOT.parent / "shared" / "bench" / "wice_dev.jsonl")
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--sample", type=int, default=1500)
    args = parser.parse_args(argv)
    compare("seeds + golden merges", run_paragraphs(), args.show)
    tune = tune_cases()
    if tune:
        compare(f"real merges (tune, {len(tune)})", run_paragraphs(tune), args.show)
    if args.data.is_file():
        compare("WiCE prose", wice_paragraphs(args.data, args.sample), args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())

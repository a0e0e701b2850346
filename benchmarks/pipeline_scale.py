"""The whole pipeline at scale: load, plan (verify, conflicts) and render a large merge.

Builds merge folders of growing size from real text (WiCE dev claims as the source
article's sentences, its evidence pages as plain-text news), runs the same steps as
``mergekit run`` in-process, and prints wall time and peak memory per size.

    python benchmarks/pipeline_scale.py [PATH_TO_wice_dev.jsonl] [--sizes 50x10,200x40,...]

Reads the data by path and writes only to a temporary folder. Exits 0.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from mergekit.load.inputs import load_folder
from mergekit.outputs import render_outputs
from mergekit.plan import plan_merge

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "bench" / "wice_dev.jsonl"
SEED = 7
NOTICE = ("This article was nominated for deletion. The discussion was closed on 1 May 2024 with a "
          "consensus to merge the content into the article Bench Destination. (May 2024)")
TARGET = "{{Use dmy dates|date=May 2024}}\n'''Bench Destination''' is a page.\n\n== See also ==\n* [[X]]\n"


def load_rows(path: Path) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if isinstance(r.get("evidence"), list) and len(r["evidence"]) >= 5]


def build_folder(folder: Path, rows: list[dict], sentences: int, sources: int) -> None:
    """A rendered source article of ``sentences`` sentences citing ``sources`` news files."""
    rng = random.Random(SEED)
    pages = rng.sample(rows, min(sources, len(rows)))
    claims = [rng.choice(rows)["claim"] for _ in range(sentences)]
    body, refs = [NOTICE, ""], []
    for s in range(0, sentences, 20):
        body += [f"Section {s // 20 + 1}", ""]
        para = []
        for i, claim in enumerate(claims[s:s + 20]):
            ref = (s + i) % len(pages) + 1
            para.append(f"{claim.rstrip()}[{ref}]")
        body += [" ".join(para), ""]
    body += ["References", ""]
    for n, page in enumerate(pages, start=1):
        title = f"Bench page {n}"
        refs.append(f"  {n}. ^ \"{title}\". Bench Times. 2024-01-01. Retrieved 2024-02-01.")
        prose = [s for s in page["evidence"] if len(s.split()) >= 6 and not s.startswith("(meta data)")]
        text = "\n\n".join(prose[:50])
        (folder / f"news_{n:03d}.txt").write_text(f"{title}\n\n{text}\n", encoding="utf-8")
    (folder / "source.txt").write_text("\n".join(body + refs) + "\n", encoding="utf-8")
    (folder / "Bench_Destination.wikitext").write_text(TARGET, encoding="utf-8")
    (folder / "merge.toml").write_text('date = "2024-05-20"\n[source]\ntitle = "Bench source"\n', encoding="utf-8")


def run_once(folder: Path) -> dict[str, float]:
    start = time.perf_counter()
    inputs = load_folder(folder)
    loaded = time.perf_counter()
    plan = plan_merge(inputs)
    planned = time.perf_counter()
    render_outputs(plan, inputs)
    done = time.perf_counter()
    return {"load": loaded - start, "plan": planned - loaded, "render": done - planned, "total": done - start,
            "words": sum(len(" ".join(n.sentences).split()) for n in inputs.news)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--sizes", default="50x10,200x40,1000x200",
                        help="article sentences x news sources, comma-separated")
    args = parser.parse_args(argv)
    rows = load_rows(args.data)
    print(f"data: {args.data} ({len(rows)} WiCE rows with >= 5 evidence sentences; news = their pages, "
          "up to 50 sentences each; sources beyond the rows are not repeated)")
    print(f"{'sentences':>9} {'sources':>7} {'news words':>10} {'load s':>7} {'plan s':>7} {'render s':>8} "
          f"{'total s':>7} {'max RSS MB':>10}")
    for size in args.sizes.split(","):
        sentences, sources = (int(x) for x in size.split("x"))
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            build_folder(folder, rows, sentences, sources)
            result = run_once(folder)
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{sentences:>9} {min(sources, len(rows)):>7} {int(result['words']):>10,} {result['load']:>7.2f} "
              f"{result['plan']:>7.2f} {result['render']:>8.2f} {result['total']:>7.2f} {peak:>10.0f}")
        sys.stdout.flush()
    print("max RSS: the whole process so far (getrusage), so it only grows from row to row")
    return 0


if __name__ == "__main__":
    sys.exit(main())

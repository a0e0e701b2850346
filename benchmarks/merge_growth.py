"""How ``mergekit run`` grows with the size of a merge: the growth table, new code beside old.

Merges are synthesised from the seeds. ``SxN`` repeats the source article's body S times
(each copy's sections renamed "Background 2", ... and its figures varied: every number
under 1,000 that is not a footnote marker gets the copy's number added) and copies each
seed news file N times (copy j: the title gets " (j)" and the figures the same variation as
source copy j, so copies line up with the source copies that match them). 1x1 is the seed
merge itself, 60x60 is about 1,000 source sentences against 250 news files (~6,300 news
sentences), 240x240 about 4,000 x 25,000.

Each run is a fresh ``python -m mergekit run FOLDER --out ...`` process, so imports count;
wall time and peak RSS are the child's. ``--old PATH`` runs a second checkout (for example
``git worktree add /tmp/old main``) on the same folders and prints it beside the new code;
``--old-max`` skips the old code above that many source sentences (it takes minutes and
gigabytes there). The drafts of both are compared byte for byte when both run.

``--runs N`` runs each size N times, new and old alternated (which goes first swaps each
time), and prints the median CPU seconds with their range: on a shared machine one run's
figure moves by 20 %.

    python benchmarks/merge_growth.py [--sizes 1x1,15x15,60x60,120x60,240x240] [--old /tmp/old] [--runs 1]

Both checkouts run from their bytecode, as an installed package does: each is compiled
first (``compileall``, into its own ``__pycache__``) and ``PYTHONDONTWRITEBYTECODE`` is
dropped from the children's environment (with it set and a checkout never compiled, every
run compiled the package again: about 0.08 CPU s of imports that a user's run never spends).
Otherwise writes only to a temporary folder. Exits 0.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SOURCE = "000_cca1debf4f80bbf1.txt"
_FIGURE = re.compile(r"(?<![\[\d])\b(\d{1,3})\b(?![\]\d])")


def _vary(text: str, k: int) -> str:
    """``text`` with every figure under 1,000 (not a footnote marker) raised by ``k``."""
    if k == 0:
        return text
    return _FIGURE.sub(lambda m: str(int(m.group(1)) + k), text)


def build(folder: Path, reps: int, copies: int) -> None:
    """A merge folder: the seed source with its body repeated ``reps`` times, each seed news
    file copied ``copies`` times (lightly edited), the seed destination and manifest."""
    folder.mkdir(parents=True)
    source = (SEEDS / SOURCE).read_text(encoding="utf-8")
    head, rest = source.split("\n\nBackground\n", 1)
    body, tail = rest.split("\n\nSee also\n", 1)
    body = "Background\n" + body
    titles = ("Background", "Reactions", "Aftermath")
    copies_of_body = []
    for k in range(reps):
        text = body
        if k:
            for title in titles:
                text = text.replace(f"\n{title}\n", f"\n{title} {k + 1}\n") if text.find(f"\n{title}\n") >= 0 \
                    else text.replace(f"{title}\n", f"{title} {k + 1}\n", 1)
        copies_of_body.append(_vary(text, k))
    (folder / SOURCE).write_text(head + "\n\n" + "\n\n".join(copies_of_body) + "\n\nSee also\n" + tail,
                                 encoding="utf-8")
    (folder / "Camp_Ashraf_3.wikitext").write_bytes((SEEDS / "Camp_Ashraf_3.wikitext").read_bytes())
    manifest = tomllib.loads((SEEDS / "merge.toml").read_text(encoding="utf-8"))
    meta = {n["file"]: n for n in manifest.get("news", [])}
    lines = [f'date = "{manifest["date"]}"', "[source]", f'title = "{manifest["source"]["title"]}"',
             "[afd]", f'discussion = "{manifest["afd"]["discussion"]}"']
    for news in sorted(p for p in SEEDS.glob("0*.txt") if p.name != SOURCE):
        text = news.read_text(encoding="utf-8")
        for j in range(copies):
            name = news.name if j == 0 else f"{news.stem}_{j:03d}.txt"
            copy = text
            if j:
                first, _, after = text.partition("\n")
                copy = _vary(f"{first} ({j})\n{after}", j)
            (folder / name).write_text(copy, encoding="utf-8")
            if j == 0 and news.name in meta:
                lines.append("[[news]]")
                lines += [f'{k} = "{v}"' for k, v in meta[news.name].items()]
    (folder / "merge.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")


# The children's environment: bytecode read and written, as an installed package's is.
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def compiled(code: Path) -> None:
    """``code``'s package compiled to bytecode (a run then reads it instead of the source)."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(code / "mergekit")], check=True,
                   stdout=subprocess.DEVNULL)


def run(code: Path, folder: Path, out: Path) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, peak RSS MB) of one ``mergekit run`` process with ``code``
    on the path."""
    for stale in (out, Path(str(out) + ".cache")):  # a repeated run starts as the first did
        shutil.rmtree(stale, ignore_errors=True)
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "mergekit", "run", str(folder), "--out", str(out)],
                             cwd=folder.parent, stdout=subprocess.DEVNULL,
                             # an empty results cache (mergekit.cache): a first run, never a plan served from disk
                             env={**_ENV, "PYTHONPATH": str(code), "MERGEKIT_CACHE_DIR": str(out) + ".cache"})
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"mergekit run failed ({child.returncode}) with {code}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def _counts(out: Path) -> tuple[int, int, int]:
    import json
    flags = json.loads((out / "flags.json").read_text(encoding="utf-8"))
    article = sum(1 for s in flags["sentences"])
    return article, (out / "flags.json").stat().st_size, (out / "talk.wikitext").stat().st_size


def _news_sentences(folder: Path) -> int:
    """The news sentences as the new code splits them, counted in a child process (this one
    stays small: a child's peak RSS counts the parent's memory it was forked from)."""
    script = ("import sys; from pathlib import Path; from mergekit.load.inputs import load_folder; "
              "print(sum(len(item.sentences) for item in load_folder(Path(sys.argv[1])).news))")
    done = subprocess.run([sys.executable, "-c", script, str(folder)], capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT), "MERGEKIT_NO_CACHE": "1"})
    return int(done.stdout)


def _cell(runs: list[tuple[float, float, float]], asked: int) -> str:
    """Median wall, CPU and peak MB of ``runs``; with several, the CPU range too."""
    wall, cpu, peak = (statistics.median(r[k] for r in runs) for k in range(3))
    spread = f" ({min(r[1] for r in runs):.2f}-{max(r[1] for r in runs):.2f})" if asked > 1 else ""
    return f"{wall:>7.2f} {cpu:>7.2f}{spread} {peak:>7.0f}"


def _same(a: Path, b: Path) -> str:
    names = sorted(p.name for p in a.iterdir())
    if names != sorted(p.name for p in b.iterdir()):
        return "files differ"
    diff = [n for n in names if not filecmp.cmp(a / n, b / n, shallow=False)]
    return "same" if not diff else "differ: " + ",".join(diff)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1x1,15x15,60x60,120x60,240x240")
    parser.add_argument("--old", type=Path, help="a checkout of the old code to run beside the new")
    parser.add_argument("--old-max", type=int, default=2500, help="old code only up to this many source sentences")
    parser.add_argument("--runs", type=int, default=1, help="runs of each size, new and old alternated: median CPU and range")
    args = parser.parse_args(argv)
    for code in (ROOT, args.old) if args.old else (ROOT,):
        compiled(code)
    print(f"{'size':>8} {'src sent':>8} {'news':>5} {'news sent':>9} {'flags.json':>10} {'talk':>9} "
          f"{'new s':>7} {'new cpu':>7} {'new MB':>7}"
          + (f" {'old s':>7} {'old cpu':>7} {'old MB':>7} {'outputs':>8}" if args.old else ""))
    for size in args.sizes.split(","):
        reps, copies = (int(x) for x in size.split("x"))
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "merge"
            build(folder, reps, copies)
            new_out, old_out = Path(tmp) / "new", Path(tmp) / "old"
            figures: dict[str, list[tuple[float, float, float]]] = {"new": [run(ROOT, folder, new_out)]}
            sentences, flags, talk = _counts(new_out)
            codes = {"new": ROOT}
            if args.old and sentences <= args.old_max:
                codes["old"], figures["old"] = args.old, []
            for i in range(max(args.runs, 1)):  # new and old alternated; new's first run counted the sentences
                for name in list(codes)[::1 if i % 2 == 0 else -1]:
                    if i or name != "new":
                        figures[name].append(run(codes[name], folder, new_out if name == "new" else old_out))
            news = len(list(folder.glob("0*.txt"))) - 1
            row = (f"{size:>8} {sentences:>8,} {news:>5} {_news_sentences(folder):>9,} {flags / 1e6:>8.2f}MB "
                   f"{talk / 1e6:>7.2f}MB {_cell(figures['new'], args.runs)}")
            if args.old:
                row += (f" {_cell(figures['old'], args.runs)} {_same(new_out, old_out):>8}" if "old" in figures
                        else f" {'-':>7} {'-':>7} {'-':>7} {'-':>8}")
            print(row, flush=True)
    print("src sent: source article sentences (flags.json); news: news files; news sent: their sentences as "
          "the new code splits them; s: wall, cpu: user+sys seconds of the run's process (the fairer figure on a "
          "shared machine); MB: its peak RSS")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Wall time, CPU time and peak memory of the default run (``mergekit run`` on the seeds), whole process.

Targets (issue 13): under 0.3 s warm and under 2 s cold, under 300 MB. Each run is a fresh
process, so imports count. Three states, each ``--runs`` times:

- *cold*: a fresh copy of the package with no bytecode cache (every module compiled, as
  after an install or an upgrade) and an empty results cache (``mergekit.cache``);
- *warm*: the same copy and cache again: bytecode written, the seeds' documents, plan,
  draft check and report template in the results cache (a run repeated on the same inputs, as after
  ``mergekit review``);
- *no results cache*: bytecode warm, ``MERGEKIT_NO_CACHE=1`` (what a run on inputs never
  seen costs, besides compiling).

``PYTHONDONTWRITEBYTECODE`` is removed from the children's environment, since with it
every run is cold. The drafts of every run must be byte-identical, or the script fails.

    python benchmarks/seed_run.py [--runs 5]
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def one_run(workdir: Path, code: Path, cache: Path, out: Path, *, no_cache: bool = False) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, peak RSS in MB) of one ``mergekit run`` in ``workdir``."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "MERGEKIT_NO_CACHE")}
    env.update(PYTHONPATH=str(code), MERGEKIT_CACHE_DIR=str(cache), **({"MERGEKIT_NO_CACHE": "1"} if no_cache else {}))
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "mergekit", "run", "--out", str(out)], cwd=workdir,
                             stdout=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status):
        raise SystemExit("mergekit run failed")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def same_files(a: Path, b: Path) -> bool:
    """Whether folders ``a`` and ``b`` hold the same file names with the same bytes."""
    names = sorted(p.name for p in a.iterdir())
    if names != sorted(p.name for p in b.iterdir()):
        return False
    _, mismatch, errors = filecmp.cmpfiles(a, b, names, shallow=False)
    return not mismatch and not errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    results: dict[str, list[tuple[float, float, float]]] = {"cold": [], "warm": [], "no results cache": []}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        shutil.copytree(ROOT / "seeds", tmp / "seeds")
        outs = []
        for n in range(args.runs):
            code, cache = tmp / f"code{n}", tmp / f"cache{n}"
            shutil.copytree(ROOT / "mergekit", code / "mergekit", ignore=shutil.ignore_patterns("__pycache__"))
            for state in results:
                out = tmp / f"out-{n}-{state.replace(' ', '-')}"
                results[state].append(one_run(tmp, code, cache, out, no_cache=state == "no results cache"))
                outs.append(out)
        if not all(same_files(outs[0], out) for out in outs[1:]):
            raise SystemExit("the drafts differ between runs: the results cache changed an output")
    print(f"mergekit run on the seeds, {args.runs} fresh processes each (drafts byte-identical in all)")
    targets = {"cold": "< 2 s", "warm": "< 0.3 s", "no results cache": "-"}
    for state, runs in results.items():
        walls, cpus = [w for w, _, _ in runs], [c for _, c, _ in runs]
        print(f"  {state}: wall median {statistics.median(walls):.2f} s (max {max(walls):.2f}), CPU median "
              f"{statistics.median(cpus):.2f} s, peak RSS {max(m for _, _, m in runs):.0f} MB (target {targets[state]})")


if __name__ == "__main__":
    main()

"""Wall time, CPU time and peak memory of the default run (``mergekit run`` on the seeds), whole process.

Targets (issue 13): under 0.3 s warm and under 2 s cold, under 300 MB. Each run is a fresh
process, so imports count. *Cold*: a fresh copy of the package with no bytecode cache
(every module compiled, as after an install or an upgrade); *warm*: the same copy again,
its bytecode written by the cold run. ``PYTHONDONTWRITEBYTECODE`` is removed from the
children's environment, since with it every run is cold.

    python benchmarks/seed_run.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def one_run(workdir: Path, code: Path) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, peak RSS in MB) of one ``mergekit run`` in ``workdir``."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "mergekit", "run"], cwd=workdir, stdout=subprocess.DEVNULL,
                             env={**env, "PYTHONPATH": str(code)})
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status):
        raise SystemExit("mergekit run failed")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    cold, warm = [], []
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(ROOT / "seeds", Path(tmp) / "seeds")
        for n in range(args.runs):
            code = Path(tmp) / f"code{n}"
            shutil.copytree(ROOT / "mergekit", code / "mergekit", ignore=shutil.ignore_patterns("__pycache__"))
            cold.append(one_run(Path(tmp), code))
            warm.append(one_run(Path(tmp), code))
    print(f"mergekit run on the seeds, {args.runs} fresh processes each")
    for name, results, target in (("cold", cold, "< 2 s"), ("warm", warm, "< 0.3 s")):
        walls, cpus = [w for w, _, _ in results], [c for _, c, _ in results]
        print(f"  {name}: wall median {statistics.median(walls):.2f} s (max {max(walls):.2f}), CPU median "
              f"{statistics.median(cpus):.2f} s, peak RSS {max(m for _, _, m in results):.0f} MB (target {target})")


if __name__ == "__main__":
    main()

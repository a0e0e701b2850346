"""Wall time and peak memory of the default run (``mergekit run`` on the seeds), whole process.

Targets (issue "mergekit end to end"): under 2 s and under 300 MB on the 2-core machine.
Each run is a fresh process in a scratch copy of the project layout, so imports count.

    python benchmarks/seed_run.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def one_run(workdir: Path) -> tuple[float, float]:
    """(wall seconds, peak RSS in MB) of one ``mergekit run`` in ``workdir``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mergekit", "run"], cwd=workdir, check=True,
                   stdout=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(ROOT)})
    wall = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, max(peak, before) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(ROOT / "seeds", Path(tmp) / "seeds")
        results = [one_run(Path(tmp)) for _ in range(args.runs)]
    walls = [w for w, _ in results]
    print(f"mergekit run on the seeds, {args.runs} fresh processes")
    print(f"  wall time: median {statistics.median(walls):.2f} s, max {max(walls):.2f} s (target < 2 s)")
    print(f"  peak RSS:  {max(m for _, m in results):.0f} MB (target < 300 MB; ru_maxrss of the children)")


if __name__ == "__main__":
    main()

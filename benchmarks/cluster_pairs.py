"""``build_clusters``' pair search: the sweep (``clusters._disagreeing``) against trying
every pair with ``clusters._agree``, on one big cluster of counts.

Prints, for n values, the time of each and the number of disagreeing pairs, and checks
that both give the same pairs. Two shapes: a few outliers among agreeing figures (what
real clusters look like) and four far-apart figures (the output itself is then ~n²/2).
All pairs is timed up to n = 2,000 (at 8,000 it takes 200 s here, the sweep 0.8-6 s).

    python benchmarks/cluster_pairs.py
"""

from __future__ import annotations

import itertools
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mergekit.facts.clusters import ClusterValue, _agree, _disagreeing  # noqa: E402


def main() -> None:
    rng = random.Random(1)
    shapes = {"few outliers": [36.0] * 50 + [100.0], "four far-apart figures": [36.0, 37.0, 38.0, 100.0]}
    print("shape | n | sweep s | all pairs s | disagreeing pairs | same")
    for label, pool in shapes.items():
        for n in (500, 2000, 8000):
            values = [ClusterValue(v, v, v, None, False, "s", "news", f"k{i}", "q", None)
                      for i, v in enumerate(rng.choice(pool) for _ in range(n))]
            start = time.perf_counter()
            sweep = _disagreeing(values, 0.05)
            mid = time.perf_counter()
            if n > 2000:  # all pairs takes minutes here
                print(f"{label} | {n} | {mid - start:.3f} | - | {len(sweep)} | -")
                continue
            brute = tuple((i, j) for i, j in itertools.combinations(range(n), 2)
                          if not _agree(values[i], values[j], 0.05))
            end = time.perf_counter()
            print(f"{label} | {n} | {mid - start:.3f} | {end - mid:.3f} | {len(sweep)} | {sweep == brute}")


if __name__ == "__main__":
    main()

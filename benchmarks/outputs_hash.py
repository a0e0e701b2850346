"""One sha256 over every output of the tuning cases, the seeds and a synthesised merge: a
speed change that keeps this hash keeps every byte of output.

In one process (``MERGEKIT_NO_CACHE=1`` is set here, so the results cache never serves a
plan): for each tuning case of ``tests/cases/real`` (as ``cases.py --split tune`` selects
them; a held-out case is never run), the seeds and the ``--size`` merge of
``merge_growth.build`` (60x60 unless told; ``--size 0`` leaves it out), it runs
``load_folder`` -> ``plan_merge`` -> ``render_outputs(plan, inputs, flags=True)`` and hashes
the case names, file names and file contents, sorted by case and file. A case whose input
is refused hashes its error message. Prints the hash and the seconds (CPU) each part took.

    python benchmarks/outputs_hash.py [--size 60x60] [--only big|cases] [--profile FILE]

``--profile FILE`` writes a cProfile of the big merge alone to FILE (``pstats`` reads it).
Exits 0.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

os.environ["MERGEKIT_NO_CACHE"] = "1"

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "cases" / "real"
sys.path.insert(0, str(ROOT / "benchmarks"))


def tuning_cases(real: Path = REAL) -> list[Path]:
    """The tuning cases' folders, by name, as the scorer selects them (``cases.case_folders``:
    each GOLD.toml's split read before anything else of a case; a held-out case is skipped)."""
    from cases import case_folders

    return case_folders(real, split="tune")


def outputs(folder: Path) -> dict[str, str]:
    """File name -> content of the draft of the merge in ``folder``, or ``{"error": message}``."""
    from mergekit.errors import MergekitError
    from mergekit.load.inputs import load_folder
    from mergekit.outputs import render_outputs
    from mergekit.plan.planner import plan_merge
    try:
        inputs = load_folder(folder)
        return render_outputs(plan_merge(inputs), inputs, flags=True)
    except MergekitError as exc:
        return {"error": f"{type(exc).__name__}: {exc}"}


def digest(named: Iterator[tuple[str, dict[str, str]]]) -> str:
    """sha256 over ``(case, files)`` pairs, sorted by case name and then file name."""
    h = hashlib.sha256()
    for case, files in sorted(named):
        for name in sorted(files):
            for part in (case, name, files[name]):
                data = part.encode("utf-8")
                h.update(len(data).to_bytes(8, "big") + data)
    return h.hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="60x60", help="the synthesised merge (merge_growth.py's SxN); 0: none")
    parser.add_argument("--only", choices=("big", "cases"), help="the big merge alone, or the cases and seeds alone")
    parser.add_argument("--profile", type=Path, help="write a cProfile of the big merge to this file")
    args = parser.parse_args(argv)
    named: list[tuple[str, dict[str, str]]] = []
    start = time.process_time()
    if args.only != "big":
        for case in tuning_cases():
            named.append((f"real/{case.name}", outputs(case / "input")))
        named.append(("seeds", outputs(ROOT / "seeds")))
        print(f"cases and seeds: {len(named)} merges, {time.process_time() - start:.2f} CPU s", flush=True)
    if args.only != "cases" and args.size != "0":
        from merge_growth import build
        reps, copies = (int(x) for x in args.size.split("x"))
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "merge"
            build(folder, reps, copies)
            big = time.process_time()
            if args.profile:
                import cProfile
                profiler = cProfile.Profile()
                files = profiler.runcall(outputs, folder)
                profiler.dump_stats(str(args.profile))
            else:
                files = outputs(folder)
            print(f"{args.size}: {time.process_time() - big:.2f} CPU s", flush=True)
            named.append((args.size, files))
    print(digest(iter(named)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""benchmarks/partial_bench.py: the planner's needs_citation-vs-unsourced decision, scored on labelled rows.

The rows here are written by the test in the benchmark's format (real sentence pairs from the
real-merge tuning cases; the shared benchmark files are not copied), so the counts are known.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
spec = importlib.util.spec_from_file_location("partial_bench", ROOT / "benchmarks" / "partial_bench.py")
assert spec and spec.loader
partial_bench = importlib.util.module_from_spec(spec)
sys.modules["partial_bench"] = partial_bench  # its dataclass looks its module up
spec.loader.exec_module(partial_bench)
from benchrows import CITATION_FILES as FILES  # noqa: E402  (benchmarks/ is on the path only from here)

ROWS = [
    # madeira-bus-crash: the passage names Merkel, Madeira and Berlin, nothing of Costa's support
    ("Portuguese Prime Minister Ant\u00f3nio Costa gave his support to German Chancellor Angela Merkel.",
     "Local TV channel SIC attributed it to either brake failure or a problem with the accelerator cable. "
     "In Berlin, foreign minister Heiko Maas said he would fly to Madeira with a team of doctors, psychologists "
     "and consular officials to meet those affected and thank Portugal for its help. \u201cWe have no certainty "
     "as yet as to how many Germans were among the victims,\u201d he said, while Chancellor Angela Merkel "
     "expressed her \u201csadness and shock\u201d at the tragedy.", "not_supported"),
    # dalfsen-train-crash (the gold's source and quote)
    ("Two of the injured were taken to hospital in Zwolle.",
     "The two more seriously injured people were taken to the Isala Hospital in nearby Zwolle, according to "
     "the municipality of Dalfsen.", "supported"),
]


def _write(folder: Path) -> None:
    for name, key in FILES.items():
        with (folder / name).open("w", encoding="utf-8") as out:
            for i, (claim, evidence, label) in enumerate(ROWS):
                # both rows in one group, so in one half
                out.write(json.dumps({"id": f"t{i}", "claim": claim, "evidence": evidence, "label": label,
                                      "meta": {key: "Group"}}) + "\n")


def test_the_bench_counts_the_planners_decision_per_file_and_half(tmp_path, capsys):
    _write(tmp_path)
    assert partial_bench.main(["--bench", str(tmp_path)]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("| citation_checker")]
    # one half, two rows: the supported row said (needs_citation), the names-only one silent (unsourced)
    assert len(lines) == 1
    cells = [c.strip() for c in lines[0].strip("|").split("|")]
    assert cells[1:6] == ["2", "1", "0", "0", "1"]


def test_a_missing_file_is_a_one_line_error(tmp_path, capsys):
    assert partial_bench.main(["--bench", str(tmp_path)]) == 2
    assert capsys.readouterr().err.startswith("no ")

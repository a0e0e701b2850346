"""benchmarks/outputs_hash.py: one hash over every output, whatever order the merges come in."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from outputs_hash import digest, tuning_cases  # noqa: E402


def test_digest_is_one_hash_of_every_case_file_and_byte():
    merges = [("b", {"x.txt": "1", "flags.json": "{}"}), ("a", {"x.txt": "2"})]
    same = digest(iter(merges))
    assert same == digest(iter(reversed(merges)))  # sorted by case and file
    assert same != digest(iter([("b", {"x.txt": "1", "flags.json": "{ }"}), ("a", {"x.txt": "2"})]))  # a byte
    assert same != digest(iter([("b", {"x.txt": "1"}), ("a", {"x.txt": "2", "flags.json": "{}"})]))  # a file moved
    assert digest(iter([("ab", {"c": ""})])) != digest(iter([("a", {"bc": ""})]))  # names are not run together


def test_tuning_cases_are_the_scorers_tuning_cases():
    from cases import _split

    found = tuning_cases()
    assert found == sorted(found) and len(found) > 50
    assert all(_split(folder) == "tune" for folder in found)

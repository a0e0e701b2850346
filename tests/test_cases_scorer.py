"""The corpus scorer's matching and counting, on a small corpus made here (the seeds)."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("cases", ROOT / "benchmarks" / "cases.py")
cases = importlib.util.module_from_spec(spec)
sys.modules["cases"] = cases  # dataclasses look their module up
spec.loader.exec_module(cases)


def test_match_other_splits_and_nothing_close():
    gold = ["The bridge opened in 1932.", "It was closed after the 2019 flood, which damaged two piers and the deck."]
    assert cases.match("The bridge opened in 1932", gold) == 0
    assert cases.match("It was closed after the 2019 flood", gold) == 1  # a shorter split of gold 1
    assert cases.match("Police arrested three men.", gold) is None


def test_score_counts_right_wrong_and_missed(tmp_path):
    folder = tmp_path / "seed"
    shutil.copytree(ROOT / "seeds", folder / "input")
    (folder / "GOLD.toml").write_text(
        'split = "heldout"\n'
        '[[sentence]]\nsection = "Aftermath"\n'
        'text = "The conflict between police and the MEK left one dead and 36 other camp residents injured, MEK said."\n'
        'verdict = "contradicted"\nproblems = ["contradicted"]\n'
        '[[sentence]]\nsection = ""\ntext = "A sentence no article has."\nverdict = "no_source"\nproblems = ["unsourced"]\n',
        encoding="utf-8",
    )
    result = cases.score_case(folder)
    t = result.tally
    assert result.split == "heldout"
    assert t.gold == {"contradicted": 1, "unsourced": 1}
    assert t.found["contradicted"] == 1 and t.found["unsourced"] == 0
    assert t.right["contradicted"] >= 1
    assert sum(t.flagged.values()) > sum(t.right.values())  # findings on no gold sentence are wrong
    assert any("A sentence no article has." in m for m in result.missed)


def test_split_runs_only_that_part(tmp_path, capsys):
    # The held-out case has no input at all: --split tune must not even try to load it.
    tune = tmp_path / "a-tune"
    shutil.copytree(ROOT / "seeds", tune / "input")
    (tune / "GOLD.toml").write_text('split = "tune"   # tuning part\n', encoding="utf-8")
    held = tmp_path / "b-held"
    held.mkdir()
    (held / "GOLD.toml").write_text('topic = "x"\nsplit = "heldout"\n', encoding="utf-8")
    assert cases.main(["--corpus", str(tmp_path), "--split", "tune"]) == 0
    out = capsys.readouterr().out
    assert "| a-tune | tune |" in out and "b-held" not in out and "held-out" not in out


def test_needs_citation_is_right_only_where_the_gold_has_support():
    from types import SimpleNamespace

    finding = SimpleNamespace(kind="needs_citation", article="source", sources=("a.txt",))
    assert cases._advice_right(finding, {"verdict": "partial", "sources": ["b.txt"]})  # gold names the best file only
    assert cases._advice_right(finding, {"verdict": "supported", "sources": ["a.txt"]})
    assert not cases._advice_right(finding, {"verdict": "not_supported", "sources": []})
    assert not cases._advice_right(finding, {"verdict": "contradicted", "sources": ["a.txt"]})
    assert not cases._advice_right(finding, None)
    assert "needs_citation" in cases.SCORED and "unresolved_reference" not in cases.SCORED


def test_an_added_citation_is_graded_against_the_gold_sentence():
    assert cases.citation_grade("a.txt", {"verdict": "supported", "sources": ["a.txt"]}) == "right"
    assert cases.citation_grade("b.txt", {"verdict": "supported", "sources": ["a.txt"]}) == "unlisted"
    assert cases.citation_grade("a.txt", {"verdict": "partial", "sources": ["a.txt"]}) == "wrong"
    assert cases.citation_grade("a.txt", {"verdict": "contradicted", "sources": ["a.txt"]}) == "wrong"
    assert cases.citation_grade("b.txt", {"verdict": "contradicted", "sources": ["a.txt"]}) == "unlisted"
    assert cases.citation_grade("a.txt", {"verdict": "not_supported", "sources": []}) == "wrong"


def test_a_cases_half_is_fixed_by_its_name_not_by_its_place_among_the_others():
    # review rv9: halves by position in the sorted list moved 44 of 74 tuning cases when six
    # were added, the very cases rules had been fitted to among them.
    names = ["sohag-train-collision", "chris-pincher-scandal", "nipigon-river-bridge", "sharpiegate-dorian-map"]
    before = {n: cases.half(n) for n in names}
    assert {n: cases.half(n) for n in [*names, "aaa-new-case", "zzz-new-case"] if n in before} == before
    assert set(before.values()) <= {"odd", "even"}
    assert {cases.half(f"case-{i}") for i in range(20)} == {"odd", "even"}

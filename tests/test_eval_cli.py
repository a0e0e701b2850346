"""``mergekit eval`` output, exactly, with a fake verifier swapped in."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import mergekit.verify
from mergekit.cli import main
from mergekit.verify import Judgement

TINY = str(Path(__file__).parent / "cases" / "eval" / "tiny.jsonl")

EXPECTED = """\
claims: 7 scored, 1 skipped
accuracy (4 labels): 0.429

binary view                       acc  bal.acc   prec    rec     f1
supported_or_partial_vs_not     0.857    0.875  0.750  1.000  0.857
supported_vs_rest               0.571    0.550  0.333  0.500  0.400
contradicted_vs_rest            0.857    0.750  1.000  0.500  0.667

class              prec    rec     f1   gold
supported         0.333  0.500  0.400      2
partial           0.000  0.000  0.000      1
not_supported     0.500  0.500  0.500      2
contradicted      1.000  0.500  0.667      2

confusion (rows gold, columns predicted)
                    supp    part     not  contra
supported              1       1       0       0
partial                1       0       0       0
not_supported          1       0       1       0
contradicted           0       0       1       1
"""


@pytest.fixture(autouse=True)
def fake_judge(monkeypatch):
    def judge(claim, evidence):
        return Judgement(claim.split()[-1], 0.5, "", "fake")

    monkeypatch.setattr(mergekit.verify, "judge", judge)


def test_text_report_is_exact():
    result = CliRunner().invoke(main, ["eval", TINY])
    assert result.exit_code == 0, result.output
    body, _, speed = result.output.rpartition("\nthroughput: ")
    assert body == EXPECTED
    assert speed.endswith(" claims/s\n")


def test_json_report_has_the_documented_keys():
    result = CliRunner().invoke(main, ["eval", TINY, "--json", "--limit", "6"])
    assert result.exit_code == 0, result.output
    got = json.loads(result.output)
    assert (got["n"], got["skipped"]) == (6, 0)
    assert set(got) >= {"n", "skipped", "claims_per_second", "confusion", "per_class", "binary"}
    assert got["confusion"]["contradicted"]["contradicted"] == 1
    assert got["per_class"]["supported"] == {"precision": 0.3333, "recall": 0.5, "f1": 0.4}
    view = got["binary"]["supported_or_partial_vs_not"]
    assert view == {"accuracy": 0.8333, "balanced_accuracy": 0.8333,
                    "precision": 0.75, "recall": 1.0, "f1": 0.8571}
    assert set(got["binary"]) == {
        "supported_or_partial_vs_not", "supported_vs_rest", "contradicted_vs_rest"}


@pytest.mark.parametrize("name", ["missing.jsonl", "empty.jsonl", "broken.jsonl"])
def test_bad_input_is_one_line_and_exit_2(name):
    path = str(Path(TINY).with_name(name))
    result = CliRunner().invoke(main, ["eval", path])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and result.output.startswith("Error: ")
    assert "Traceback" not in result.output


def test_help_has_an_example():
    result = CliRunner().invoke(main, ["eval", "--help"])
    assert result.exit_code == 0 and "Example:" in result.output

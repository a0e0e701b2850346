"""benchmarks/embed_gate.py: the gate's forms (top rank, anchors, fall-through, figures
clash), the anchors it reads, and the counts it reports, on rows whose answers are known.
The model is not needed."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
spec = importlib.util.spec_from_file_location("embed_gate", ROOT / "benchmarks" / "embed_gate.py")
assert spec and spec.loader
gate_mod = importlib.util.module_from_spec(spec)
sys.modules["embed_gate"] = gate_mod  # dataclasses look their module up
spec.loader.exec_module(gate_mod)
Rule = gate_mod.Rule


def _cand(rank: int, cos: float, text: str, *, numbers=(), rare=()) -> dict:
    return {"rank": rank, "cos": cos, "text": text, "label": "a.txt", "numbers": list(numbers), "rare": list(rare)}


def _row(sentence: str, candidates: list[dict], *, right: bool, advice_right: bool) -> dict:
    return {"case": "c", "kind": "unsourced", "sentence": sentence, "right": right, "advice_right": advice_right,
            "candidates": candidates}


PARAPHRASE = _row("Myanmar supplies 90% of the world's jade.", [
    _cand(0, 0.60, "Jade mining is dangerous.", rare=["mining"]),
    _cand(1, 0.86, "Myanmar produces 90% of the world's jade.", numbers=["90"]),
], right=False, advice_right=True)
ON_TOPIC = _row("Twenty-one people were admitted into intensive care.", [
    _cand(0, 0.70, "Nine were admitted into the intensive care unit.", rare=["admitted", "intensive"]),
], right=True, advice_right=False)


def test_anchors_are_shared_numbers_and_terms_outside_the_topic():
    numbers, rare = gate_mod.anchors("The strike began on 21 May at the plant.",
                                     "The strike, launched May 21, shut the plant.", frozenset({"strike"}))
    assert numbers == ["21"]
    assert rare == ["plant"]  # "strike" is a topic word; "may" is 3 letters


def test_number_conflict_ignores_years_and_needs_figures_on_both_sides():
    assert gate_mod.number_conflict("Twenty died; 21 were warded in 2019.", "Nine were admitted.") is False
    assert gate_mod.number_conflict("21 were warded in 2019.", "Nine of 506 were admitted.") is True
    assert gate_mod.number_conflict("21 were warded in 2019.", "In 2019, 21 were warded.") is False
    assert gate_mod.number_conflict("It opened in 2019.", "It cost 5 million.") is False


def test_gate_forms():
    assert gate_mod.gate(PARAPHRASE, Rule(0.65))["rank"] == 1
    assert gate_mod.gate(PARAPHRASE, Rule(0.65, top=1)) is None  # the lexical top-1 is below the threshold
    assert gate_mod.gate(PARAPHRASE, Rule(0.55, anchors=2)) is None  # the cosine-best has one anchor
    assert gate_mod.gate(PARAPHRASE, Rule(0.55, anchors=1)) is not None
    assert gate_mod.gate(ON_TOPIC, Rule(0.65, anchors=2)) is not None
    assert gate_mod.gate(ON_TOPIC, Rule(0.75)) is None
    with_clash = _row("21 were warded.", [_cand(0, 0.7, "Nine of 506 were admitted.")], right=True, advice_right=False)
    assert gate_mod.gate(with_clash, Rule(0.6)) is not None
    assert gate_mod.gate(with_clash, Rule(0.6, conflict=True)) is None


def test_fallthrough_takes_the_next_candidate_with_anchors():
    row = _row("s", [_cand(0, 0.80, "no anchor"), _cand(1, 0.70, "two anchors", rare=["a1", "a2"]),
                     _cand(2, 0.50, "below", rare=["a1", "a2"])], right=False, advice_right=True)
    assert gate_mod.gate(row, Rule(0.6, anchors=2)) is None
    assert gate_mod.gate(row, Rule(0.6, anchors=2, fallthrough=True))["text"] == "two anchors"
    assert gate_mod.gate(row, Rule(0.75, anchors=2, fallthrough=True)) is None


def test_effect_counts_scorer_moves_and_the_reading():
    judged = {gate_mod.judgement_key(PARAPHRASE, PARAPHRASE["candidates"][1]): "Y",
              gate_mod.judgement_key(ON_TOPIC, ON_TOPIC["candidates"][0]): "N"}
    e = gate_mod.effect([PARAPHRASE, ON_TOPIC], Rule(0.65), judged)
    assert (e["fixed"], e["lost"], e["leads"], e["says"], e["not"], e["unread"]) == (1, 1, 2, 1, 1, 0)
    e = gate_mod.effect([PARAPHRASE, ON_TOPIC], Rule(0.65), {})
    assert e["unread"] == 2


def test_the_reading_file_covers_every_lead_of_the_reported_rules():
    import json

    judged = json.loads(gate_mod.JUDGED.read_text(encoding="utf-8"))
    assert set(judged.values()) <= {"Y", "N"}
    assert set(gate_mod.RULES) == {"A", "B", "C", "D"}

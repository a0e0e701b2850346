"""What each source is said to do to a sentence (``flags.json`` sentences[].evidence).

A source "contradicts" a sentence only where the facts layer found a conflict, and the
quote is the passage that conflicts. Refuting words about something else (a source that
calls arson rumours false) make no contradiction of a sentence that says nothing of arson,
although the verifier's FNC-1-fitted contradiction head calls it "contradicted".
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from mergekit.cli import main
from mergekit.verify import judge

KORCE = Path(__file__).resolve().parent / "cases" / "merges" / "korce" / "input"
FIRE = "The fire destroyed 40 wooden stalls in the old bazaar and injured 3 traders on 2 April 2025."
RUMOURS = (
    "Police dismissed as baseless and untrue the rumours that the bazaar fire was started deliberately.",
    "Reports of arson were a hoax, they said, and pictures shared online were fake.",
    "Traders in the old bazaar said the fire spread quickly through the wooden stalls.",
)
OTHER_FIGURE = "The blaze destroyed 12 wooden stalls in the old bazaar, the fire service said."


def _run(tmp_path: Path) -> dict:
    folder = tmp_path / "in"
    shutil.copytree(KORCE, folder)
    (folder / "courier.txt").unlink()  # three news sources: every one is in the evidence list
    (folder / "gazette.txt").write_text(
        "Police deny arson rumours after bazaar fire\n\nApril 5, 2025\n\n" + " ".join(RUMOURS) + "\n",
        encoding="utf-8")
    (folder / "bulletin.txt").write_text(
        "Bazaar fire: the damage\n\nApril 6, 2025\n\nFirefighters worked through the night. "
        + OTHER_FIGURE + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(folder), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    return json.loads((tmp_path / "out" / "flags.json").read_text(encoding="utf-8"))


def test_only_a_conflict_found_by_the_facts_layer_contradicts(tmp_path):
    assert judge(FIRE, list(RUMOURS)).label == "contradicted"  # the premise: the head fires
    flags = _run(tmp_path)
    fire = next(s for s in flags["sentences"] if s["text"] == FIRE)
    evidence = {e["source"]: e for e in fire["evidence"]}
    assert evidence["gazette.txt"]["stance"] == "neutral"
    assert evidence["bulletin.txt"]["stance"] == "contradicts"
    assert evidence["bulletin.txt"]["quote"] == OTHER_FIGURE
    contradicted = [f for f in flags["findings"] if f["kind"] == "contradicted" and f["sentence"] == FIRE]
    assert {e["source"] for f in contradicted for e in f["evidence"] if e["stance"] == "contradicts"} == {"bulletin.txt"}

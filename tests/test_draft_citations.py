"""Which citations the draft writes for a sentence: the article's own stay while they say
at least part of it; a citable news source is added; only a source that says none of it
is swapped out. The case is ``tests/cases/merges/korce``."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from mergekit.cli import main
from mergekit.draft.refs import CiteData, RefRegistry

CASE = Path(__file__).resolve().parent / "cases" / "merges" / "korce" / "input"


def test_a_partly_supporting_citation_stays_beside_an_added_citable_one(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(CASE), "--out", str(out)])
    assert result.exit_code == 0, result.output
    flags = json.loads((out / "flags.json").read_text(encoding="utf-8"))
    fire = next(s for s in flags["sentences"] if s["text"].startswith("The fire destroyed"))
    stances = {e["source"]: e["stance"] for e in fire["evidence"]}
    assert stances == {"herald.txt": "supports", "courier.txt": "supports"}  # the premise
    draft = (out / "Korçë_Bazaar.wikitext").read_text(encoding="utf-8")
    line = next(text for text in draft.splitlines() if text.startswith("The fire destroyed"))
    assert '<ref name="korce-herald-2025-04-03"' in line  # the article's own citation stays
    assert "Traders count losses after bazaar fire" in line  # the Courier is added


def test_reference_names_fold_accents():
    registry = RefRegistry(style="dmy", taken=set())
    assert registry.name_for(CiteData("h.txt", "Fire", "Korçë Herald", "2025-04-03")) == "korce-herald-2025-04-03"

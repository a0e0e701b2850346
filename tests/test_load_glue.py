"""Spaces lost at link boundaries are put back, only there, and the audit holds the loader to
it (``mergekit.load.glue``, ``mergekit.load.rendered``, ``mergekit.audit`` "sentence-origin").

The real text is meler-referee-assault's source (tune), a mirror copy that glues link text
to the word before it ("aSüper Lig", "betweenMKE", "whichBeşiktaş", "firstUEFA").
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from pathlib import Path

import pytest

from mergekit.audit import audit
from mergekit.check.rsp import builtin_table
from mergekit.load.glue import Glue, unglue
from mergekit.load.inputs import load_folder
from mergekit.load.rendered import parse_rendered
from mergekit.pipeline import render_merge

MELER = Path(__file__).parent / "cases" / "real" / "meler-referee-assault" / "input"
SOURCE = MELER / "Halil_Umut_Meler.txt"


@functools.cache
def _meler():
    inputs = load_folder(MELER)
    return inputs, render_merge(inputs, rsp=builtin_table())


def _sentences() -> list[str]:
    article = parse_rendered(SOURCE.read_text(encoding="utf-8"), title="Halil Umut Meler")
    return [s.text for _, s in article.sentences()]


def test_the_mirror_copys_glued_names_are_parted():
    texts = " ".join(_sentences())
    for spaced in ("a Süper Lig match between MKE Ankaragücü and Çaykur Rizespor", "has been FIFA listed",
                   "in which Beşiktaş won", "his first UEFA Champions League match", "the 2017–18 UEFA"):
        assert spaced in texts
    # what is left of the shape is a glue of two lower-case words, which cannot be told from one
    assert re.findall(r"(?<!\w)[^\W\d_A-Z]+[^\W\d_a-z]\w*", texts) == []
    assert "Turkishfootballreferee" in texts


def test_each_repair_is_recorded():
    article = parse_rendered(SOURCE.read_text(encoding="utf-8"))
    records = [r for r in article.removed if r.startswith("glue: ")]
    assert "glue: beenFIFA -> been FIFA, theUEFA -> the UEFA, aSüper -> a Süper, betweenMKE -> between MKE, " \
           "andÇaykur -> and Çaykur" in records
    assert any("whichBeşiktaş -> which Beşiktaş" in r and "firstUEFA -> first UEFA" in r for r in records)


@pytest.mark.parametrize("word", [
    "iPhone", "eBay", "McDonald", "MacBook", "YouTube", "PlayStation", "deGrom", "mySMS", "iNewsToday",
    "macOS", "camelCase", "#NameOurShip", "https://example.org/firstCase", "@firstCase", "www.firstCase",
])
def test_words_written_with_a_capital_inside_stay(word):
    # "first", "camel" and "mac" stand alone in the page, "Case" and "OS" open sentences only
    page = f"The first case. A camel and a mac. Case closed. OS too. {word} is here."
    assert unglue(page, Glue.of(page)) == page


def test_a_word_that_is_no_function_word_needs_both_halves_alone_in_the_page():
    assert unglue("his firstUEFA match", Glue.of("his firstUEFA match")) == "his firstUEFA match"
    assert unglue("his firstUEFA match", Glue.of("his firstUEFA match, the first. UEFA said")) == \
        "his firstUEFA match"  # "UEFA" only where a sentence starts: it may be any capitalised word
    assert unglue("his firstUEFA match", Glue.of("his firstUEFA match, the first. The UEFA said")) == \
        "his first UEFA match"
    assert unglue("theaters' week, anAP journalist, byReuters") == "theaters' week, an AP journalist, by Reuters"


def test_the_draft_carries_the_repaired_sentence_and_the_audit_accepts_it():
    inputs, rendered = _meler()
    assert audit(inputs, rendered.decided.plan, rendered.files) == []
    draft = rendered.files["MKE_Ankaragücü.wikitext"]
    assert "his first UEFA Champions League match" in draft and "firstUEFA" not in draft


def _origin(inputs, plan, files) -> list[str]:
    return [v.detail for v in audit(inputs, plan, files) if "is not in the source as given" in v.detail]


def test_the_audit_accepts_that_repair_and_nothing_more():
    inputs, rendered = _meler()
    plan, files = rendered.decided.plan, rendered.files
    kept = next(sp for sp in plan.sentences if sp.include and "been FIFA" in sp.original)

    def planted(original: str):
        return replace(plan, sentences=tuple(replace(sp, original=original) if sp is kept else sp
                                             for sp in plan.sentences))

    assert _origin(inputs, plan, files) == []
    # a space the loader did not record, a letter changed, a word dropped
    for changed in (kept.original.replace("listed", "list ed"), kept.original.replace("FIFA", "FIFO"),
                    kept.original.replace(" listed", "")):
        assert _origin(inputs, planted(changed), files), changed
    # a glue record that is more than one space put back is no licence either
    forged = replace(inputs, source=replace(inputs.source, removed=tuple(
        r.replace("beenFIFA -> been FIFA", "beenFIFA -> been FIFO") for r in inputs.source.removed)))
    assert _origin(forged, planted(kept.original.replace("FIFA", "FIFO")), files)
    # and without the record the repaired sentence is no source sentence
    bare = replace(inputs, source=replace(inputs.source, removed=tuple(
        r for r in inputs.source.removed if not r.startswith("glue: "))))
    assert _origin(bare, plan, files)

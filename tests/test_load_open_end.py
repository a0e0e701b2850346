"""A paragraph's last piece that ends no sentence is no prose to carry: it is left out and
named to the editor (``mergekit.load.sentences.open_end``, ``mergekit.load.wikitext``,
``mergekit.load.rendered``, ``mergekit.load.inputs.open_ends``).

The real texts are two tuning cases' sources, stored copies that break off: swift-mueller-trial's
ends "... grabbed her buttocks. Immediatel"; feesmustfall-protests's ends "... from a lack of
fu", and its "Background" keeps "... the cause of the high increase in fees was:" with nothing
after it. Each fragment was drafted as a sentence (audit "furniture": a kept sentence must end
a sentence).
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from mergekit.load.inputs import load_folder, open_ends
from mergekit.load.rendered import parse_rendered
from mergekit.load.sentences import ends_sentence, open_end
from mergekit.load.wikitext import parse_wikitext

REAL = Path(__file__).parent / "cases" / "real"
SWIFT = REAL / "swift-mueller-trial" / "input"
FEES = REAL / "feesmustfall-protests" / "input"


def _texts(article) -> list[str]:
    return [s.text for _, s in article.sentences()]


@pytest.mark.parametrize(("text", "kind"), [
    ("He left.", None), ("He said “no.”", None), ("It was (in 2010.)", None), ("And then…", None),
    ("Immediatel", "cut"), ("from a lack of fu", "cut"), ("He said no;", "cut"),
    ("the cause of the high increase in fees was:", "lead-in"),
])
def test_open_end_reads_how_a_piece_fails_to_end_a_sentence(text, kind):
    assert open_end(text) == kind
    assert ends_sentence(text) is (kind is None)


def test_a_real_copy_that_breaks_off_mid_word_keeps_its_sentences_and_names_the_fragment():
    source = load_folder(SWIFT).source
    texts = _texts(source)
    assert texts[-1] == "Swift alleged that during the photograph, Mueller reached under her skirt and grabbed her buttocks."
    assert not any("Immediatel" in t for t in texts)
    assert open_ends(source) == ["the copy breaks off mid-sentence: “Immediatel” is not carried"]


def test_a_real_copy_that_lost_a_lead_ins_object_and_breaks_off_names_both(caplog):
    with caplog.at_level(logging.WARNING):
        source = load_folder(FEES).source
    texts = _texts(source)
    assert not any(t.endswith(":") or t.endswith("lack of fu") for t in texts)
    assert any(t.startswith("The protests followed a threeday student lock-down") for t in texts)  # its paragraph stays
    notes = open_ends(source)
    assert notes == [
        "the copy lacks what “The university's chief financial officer stated that the cause of the high …” "
        "introduces: it is not carried",
        "the copy breaks off mid-sentence: “Although the focus of the protests was focused on a rise in …” "
        "is not carried",
    ]
    for note in notes:  # told the way the loaders' other leavings-out are
        assert f"source file {FEES / 'FeesMustFall.txt'}: {note}" in caplog.text


SYNTHETIC = """The bridge opened in 1962.<ref>Opening.</ref> It carried the main road. Repairs began in

== Members ==
The members were:
* Ann Smith
* Bob Jones

The committee said:
* The bridge was safe to use for years.

The engineer stated that the cause was:

The bridge closed in 2020.

Results by district

{| class="wikitable"
| A || 1
|}
"""


def test_a_wikitext_paragraph_that_ends_no_sentence_is_left_out_unless_something_follows_it():
    article = parse_wikitext(SYNTHETIC, title="Bridge")
    texts = _texts(article)
    assert texts[:2] == ["The bridge opened in 1962.", "It carried the main road."]
    assert article.sections[0].sentences[0].refs  # the kept sentence keeps its citation
    assert "Repairs began in" not in texts  # cut mid-sentence at the section's end
    assert "The engineer stated that the cause was:" not in texts  # a lead-in before a new paragraph
    assert "The committee said:" in texts  # its list follows (an item that is a sentence)
    assert "The bridge was safe to use for years." in texts
    assert [x.lead_in for x in article.lists] == [("The members were:",)]  # a list of no prose takes its lead-in
    assert "Results by district" in texts  # a line before a table: no cut, left as it was
    assert [r for r in article.removed if r.startswith(("cut off", "lead-in"))] == [
        "cut off mid-sentence: Repairs began in", "lead-in without what it introduces: The engineer stated that the cause was:"]


@pytest.mark.parametrize("after", [
    '{| class="wikitable"\n| A || 1\n|}', "{{quote|We will rebuild the bridge.}}", "[[File:Map.png|thumb|A map]]",
    "{{Election box begin}}\n{{Election box end}}", ":An indented line.", "<blockquote>We will rebuild.</blockquote>",
])
def test_a_lead_in_that_markup_the_reader_takes_out_completes_is_kept(after):
    article = parse_wikitext(f"It opened in 1962. The results were:<ref>A.</ref>\n{after}\n\nThe bridge closed.\n", title="B")
    assert any(t.startswith("The results were:") for t in _texts(article)) and open_ends(article) == []


def test_a_lone_line_without_a_full_stop_between_paragraphs_is_no_cut():
    article = parse_wikitext("The bridge opened in 1962.\n\nA caption-like line\n\nIt closed in 2020.\n", title="Bridge")
    assert "A caption-like line" in _texts(article)
    assert open_ends(article) == []


def test_a_rendered_copy_that_breaks_off_keeps_the_sentences_of_its_last_line():
    article = parse_rendered("The bridge opened in 1962.[1] It carried the main road.[2]\n\n"
                             "Repairs began in 1990.[3] Immediatel", title="Bridge")
    assert _texts(article) == ["The bridge opened in 1962.", "It carried the main road.", "Repairs began in 1990."]
    assert article.sections[0].sentences[-1].refs == ("3",)
    assert open_ends(article) == ["the copy breaks off mid-sentence: “Immediatel” is not carried"]


def test_a_rendered_line_of_no_sentence_is_still_dropped_whole():
    article = parse_rendered("The bridge opened in 1962.\n\nThe members were:\n- Ann Smith\n- Bob Jones", title="Bridge")
    assert open_ends(article) == []

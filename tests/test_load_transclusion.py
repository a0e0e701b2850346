"""Transclusion markup is read as the article's own page shows it, in rendered copies and in
wikitext, sources and destinations alike, and what it hides is named to the editor
(``mergekit.load.transclusion``, ``mergekit.load.rendered``, ``mergekit.load.wikitext``,
``mergekit.audit`` "sentence-origin").

The real text is national-museum-brazil-fire's (tune): its source is a stored copy that kept
the raw markup of an article transcluded elsewhere ("The <noinclude>National Museum of
Brazil</noinclude><includeonly>museum</includeonly> was heavily damaged"), which was drafted
as "The National Museum of Brazilmuseum was heavily damaged". The destination tests wrap the
case's real destination text in the markup, its words untouched.
"""

from __future__ import annotations

import functools
import logging
import shutil
from pathlib import Path

import pytest

from mergekit.audit import audit
from mergekit.check.rsp import builtin_table
from mergekit.load.inputs import load_folder
from mergekit.load.rendered import looks_rendered, parse_rendered
from mergekit.load.transclusion import as_shown
from mergekit.load.wikitext import looks_like_wikitext, parse_wikitext
from mergekit.pipeline import render_merge

BRAZIL = Path(__file__).parent / "cases" / "real" / "national-museum-brazil-fire" / "input"
SOURCE = "National_Museum_of_Brazil_fire.txt"
TARGET = "National_Museum_of_Brazil.wikitext"
FIRST = ("The National Museum of Brazil was heavily damaged by a large fire which began about 19:30 local time "
         "(23:30 UTC) on 2 September 2018.")
HIDDEN = 'transclusion: "museum" (<includeonly>, shown only where the page is transcluded) hidden, ' \
         'after "The National Museum of Brazil"'


def _copy(tmp_path: Path, name: str, old: str, new: str) -> Path:
    """The case's inputs, the file ``name`` edited (``old`` -> ``new``, each once)."""
    folder = tmp_path / "input"
    shutil.copytree(BRAZIL, folder)
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), encoding="utf-8")
    return folder


@functools.cache
def _brazil():
    inputs = load_folder(BRAZIL)
    return inputs, render_merge(inputs, rsp=builtin_table())


def test_the_stored_copy_is_read_as_its_page_shows_it():
    inputs, _ = _brazil()
    first = inputs.source.sections[0].sentences[0]
    assert first.text == FIRST
    assert HIDDEN in inputs.source.removed


def test_the_draft_and_the_talk_post_carry_the_pages_words_and_the_audit_agrees():
    inputs, rendered = _brazil()
    for name in ("National_Museum_of_Brazil.wikitext", "talk.wikitext"):
        text = rendered.files[name]
        assert FIRST in text
        assert "Brazilmuseum" not in text and "includeonly" not in text and "noinclude" not in text
    assert audit(inputs, rendered.decided.plan, rendered.files) == []


def test_the_editor_is_told_what_the_page_does_not_show(caplog):
    with caplog.at_level(logging.WARNING):
        load_folder(BRAZIL)
    warned = [r.getMessage() for r in caplog.records if "transclusion markup" in r.getMessage()]
    assert len(warned) == 1 and SOURCE in warned[0] and '"museum"' in warned[0]


def test_a_rendered_copy_with_the_markup_reads_the_same_and_the_audit_holds_it_to_that(tmp_path):
    # the same copy with its heading as a rendered page prints it: read by the rendered reader
    folder = _copy(tmp_path, SOURCE, "== Background ==", "Background[edit]")
    text = (folder / SOURCE).read_text(encoding="utf-8")
    assert not looks_like_wikitext(text) and not looks_rendered(text)
    source = parse_rendered(text, title="National Museum of Brazil fire")
    assert source.sections[0].sentences[0].text == FIRST
    assert HIDDEN in source.removed
    assert source.text == text  # the text as given, which the audit reads as the page shows it
    inputs = load_folder(folder)
    rendered = render_merge(inputs, rsp=builtin_table())
    draft = rendered.files[TARGET]
    assert FIRST in draft and "Brazilmuseum" not in draft and "<noinclude>" not in draft
    assert audit(inputs, rendered.decided.plan, rendered.files) == []


def test_the_wikitext_reader_clears_parentheses_a_template_left_empty():
    # "According to a CEDAE () employee": the copy lost the template inside the parentheses
    text = (BRAZIL / SOURCE).read_text(encoding="utf-8")
    article = parse_wikitext(text, title="National Museum of Brazil fire")
    texts = [s.text for _, s in article.sentences()]
    assert any(t.startswith("According to a CEDAE employee, although the hydrants") for t in texts)
    assert not any("()" in t for t in texts)
    assert "template debris: ()" in article.removed
    # the destination's {{lang-pt}} renders to no prose either: "Brazil ()" is no sentence's
    destination = parse_wikitext((BRAZIL / TARGET).read_text(encoding="utf-8"), title="National Museum of Brazil")
    assert destination.sections[0].sentences[0].text.startswith("The National Museum of Brazil is Brazil's oldest")


LEAD_END = "was largely destroyed by a fire in 2018."
HISTORY = "== History ==\n"
HELD = "Before the 2018 fire, the museum's collection held approximately 20 million objects."


@pytest.fixture
def marked_destination(tmp_path: Path) -> Path:
    """The case's inputs with its destination's lead and History section inside
    ``<onlyinclude>`` (a heading within it), and its last sentence in ``<includeonly>``."""
    folder = tmp_path / "input"
    shutil.copytree(BRAZIL, folder)
    path = folder / TARGET
    text = path.read_text(encoding="utf-8")
    assert text.count(HELD) == 1 and text.startswith("The '''National")
    text = "<noinclude>{{Short description|Museum in Rio de Janeiro}}</noinclude>\n<onlyinclude>" + text
    text = text.replace(HELD, f"</onlyinclude><includeonly>{HELD}</includeonly>")
    path.write_text(text, encoding="utf-8")
    return folder


def test_a_destinations_markup_is_read_as_its_page_shows_it(marked_destination):
    text = (marked_destination / TARGET).read_text(encoding="utf-8")
    article = parse_wikitext(text, title="National Museum of Brazil")
    assert [s.title for s in article.sections] == ["", "History"]  # the heading inside <onlyinclude>
    texts = [s.text for _, s in article.sentences()]
    assert any(t.endswith(LEAD_END) for t in texts)
    assert HELD not in texts  # shown only where the page is transcluded: nothing the page says
    assert article.wikitext == text


def test_a_destinations_own_markup_is_written_back_byte_for_byte(marked_destination):
    original = (marked_destination / TARGET).read_text(encoding="utf-8")
    inputs = load_folder(marked_destination)
    rendered = render_merge(inputs, rsp=builtin_table())
    written = rendered.files[TARGET]
    added = len(written) - len(original)
    assert added > 0
    start = next((i for i, (a, b) in enumerate(zip(original, written, strict=False)) if a != b), len(original))
    assert written[:start] + written[start + added:] == original  # one block inserted, nothing else touched
    assert f"<includeonly>{HELD}</includeonly>" in written and written.startswith("<noinclude>{{Short")
    assert audit(inputs, rendered.decided.plan, rendered.files) == []


@pytest.mark.parametrize(("text", "shown"), [
    ("a <includeonly>b\n\nc", "a "),  # no closing tag: MediaWiki lets it run to the end
    ("a<NOINCLUDE >b</noinclude>c<includeonly/>d<onlyinclude>e</onlyinclude>", "abcde"),
    ("a <!-- <includeonly>b</includeonly> --> c", "a <!-- <includeonly>b</includeonly> --> c"),
    ("<nowiki><includeonly>b</includeonly></nowiki> c", "<nowiki><includeonly>b</includeonly></nowiki> c"),
    ("a <includeonlyx>b</includeonlyx>", "a <includeonlyx>b</includeonlyx>"),  # another tag
    ("a </includeonly> b", "a  b"),  # a stray closing tag: markup
    ("<nowiki>" * 3 + "a<includeonly>b</includeonly>", "<nowiki>" * 3 + "a"),  # unclosed nowiki: text
])
def test_the_markup_is_read_by_the_preprocessors_rules(text, shown):
    assert as_shown(text).text == shown


def test_text_without_the_markup_is_returned_as_it_is():
    text = (BRAZIL / TARGET).read_text(encoding="utf-8")
    assert as_shown(text).text is text and as_shown(text).hidden == ()


def test_what_is_hidden_is_recorded_once_per_element_and_stray_tags_are_counted():
    shown = as_shown("A <includeonly>b</includeonly> c <includeonly>d\n\ne</includeonly></includeonly></INCLUDEONLY>")
    assert shown.text == "A  c "
    assert shown.hidden == (
        'transclusion: "b" (<includeonly>, shown only where the page is transcluded) hidden, after "A"',
        'transclusion: "d e" (<includeonly>, shown only where the page is transcluded) hidden, after "A c"',
        "transclusion: 2 closing </includeonly> tags with no element open left out",
    )

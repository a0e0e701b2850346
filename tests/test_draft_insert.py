"""Where the merged section goes, and that nothing else changes."""

from __future__ import annotations

import pytest

from mergekit.draft.insert import insert_into_section, insert_section
from mergekit.draft.selflinks import source_links
from mergekit.plan.model import ExistingSection

SECTION = "== Merged ==\nText.\n\n"

CASES = [
    ("before See also",
     "Lead.\n\n== History ==\nOld.\n\n== See also ==\n* [[X]]\n",
     "Lead.\n\n== History ==\nOld.\n\n== Merged ==\nText.\n\n== See also ==\n* [[X]]\n"),
    ("before References when there is no See also",
     "Lead.\n\n== References ==\n{{Reflist}}\n",
     "Lead.\n\n== Merged ==\nText.\n\n== References ==\n{{Reflist}}\n"),
    ("before categories and stub tags when there are no appendices",
     "Lead.\n\n== History ==\nOld.\n\n{{Albania-stub}}\n[[Category:Towns]]\n",
     "Lead.\n\n== History ==\nOld.\n\n== Merged ==\nText.\n\n{{Albania-stub}}\n[[Category:Towns]]\n"),
    ("before a Bibliography (the subject's works), the first appendix of MOS:ORDER",
     "Lead.\n\n== Life ==\nOld.\n\n== Bibliography ==\n* ''Book''\n\n== References ==\n{{Reflist}}\n",
     "Lead.\n\n== Life ==\nOld.\n\n== Merged ==\nText.\n\n== Bibliography ==\n* ''Book''\n\n"
     "== References ==\n{{Reflist}}\n"),
    ("at the end of a bare page",
     "Lead only.",
     "Lead only.\n\n== Merged ==\nText.\n"),
]


@pytest.mark.parametrize("name, page, expected", CASES, ids=[c[0] for c in CASES])
def test_insert_section(name, page, expected):
    assert insert_section(page, SECTION) == expected


REF_SECTION = "== Merged ==\nText.<ref>{{cite news |title=T |work=W}}</ref>\n\n"

REF_CASES = [
    # shuri-castle-fire: the destination (the real article's lead, no notes) has no list, and
    # the draft brought six footnotes with nowhere to show them (check: refs/no-reflist).
    ("a bare page gets the list after the section",
     "Lead only.",
     "Lead only.\n\n" + REF_SECTION + "== References ==\n{{Reflist}}\n"),
    ("the list goes right after the section, before External links",
     "Lead.\n\n== External links ==\n* [http://x.org X]\n[[Category:Y]]\n",
     "Lead.\n\n" + REF_SECTION + "== References ==\n{{Reflist}}\n\n"
     "== External links ==\n* [http://x.org X]\n[[Category:Y]]\n"),
    ("the list goes before the end matter",
     "Lead.\n\n{{Japan-stub}}\n[[Category:Castles]]\n",
     "Lead.\n\n" + REF_SECTION + "== References ==\n{{Reflist}}\n\n{{Japan-stub}}\n[[Category:Castles]]\n"),
    ("a page with <references /> under another heading gets none",
     "Lead.<ref>x</ref>\n\n== Notes ==\n<references />\n",
     "Lead.<ref>x</ref>\n\n" + REF_SECTION + "== Notes ==\n<references />\n"),
    ("a page with {{reflist}} in any spelling gets none",
     "Lead.\n\n== Sources ==\n{{Reflist|30em}}\n",
     "Lead.\n\n" + REF_SECTION + "== Sources ==\n{{Reflist|30em}}\n"),
]


@pytest.mark.parametrize("name, page, expected", REF_CASES, ids=[c[0] for c in REF_CASES])
def test_a_section_with_notes_brings_a_reference_list_where_there_is_none(name, page, expected):
    assert insert_section(page, REF_SECTION) == expected


def test_the_shuri_castle_draft_has_a_reference_list():
    from pathlib import Path

    from mergekit.load.inputs import load_folder
    from mergekit.outputs import render_outputs
    from mergekit.plan import plan_merge

    inputs = load_folder(Path(__file__).parent / "cases" / "real" / "shuri-castle-fire" / "input")
    article = render_outputs(plan_merge(inputs), inputs, flags=False)["Shuri_Castle.wikitext"]
    assert article.endswith("\n== References ==\n{{Reflist}}\n")
    assert article.index("== Shurijo ==") < article.index("== References ==")


TEXT = "Merged.\n\n=== Sub ===\nMore.\n\n"
INTO_CASES = [
    # (name, page, the heading's index and level, expected)
    ("at the end of its prose, before its first subsection",
     "Lead.\n\n== A ==\nOld.\n\n=== A1 ===\nSub.\n\n== B ==\nB.\n", (0, 2),
     "Lead.\n\n== A ==\nOld.\n\nMerged.\n\n=== Sub ===\nMore.\n\n=== A1 ===\nSub.\n\n== B ==\nB.\n"),
    ("a section with no blank line before the next heading",
     "== A ==\nOld.\n== B ==\n", (0, 2), "== A ==\nOld.\n\nMerged.\n\n=== Sub ===\nMore.\n\n== B ==\n"),
    ("an empty section: right under its heading",
     "== A ==\n== B ==\n", (0, 2), "== A ==\nMerged.\n\n=== Sub ===\nMore.\n\n== B ==\n"),
    ("the last section: before the end matter",
     "== A ==\nOld.\n\n{{Stub}}\n[[Category:X]]\n", (0, 2),
     "== A ==\nOld.\n\nMerged.\n\n=== Sub ===\nMore.\n\n{{Stub}}\n[[Category:X]]\n"),
    ("the last section of a page with no newline at its end",
     "== A ==\nOld.", (0, 2), "== A ==\nOld.\n\nMerged.\n\n=== Sub ===\nMore.\n"),
    ("the second of two headings with the same text, by its index",
     "== A ==\nOne.\n\n== A ==\nTwo.\n", (1, 2), "== A ==\nOne.\n\n== A ==\nTwo.\n\nMerged.\n\n=== Sub ===\nMore.\n"),
]


@pytest.mark.parametrize("name, page, where, expected", INTO_CASES, ids=[c[0] for c in INTO_CASES])
def test_insert_into_an_existing_section(name, page, where, expected):
    assert insert_into_section(page, ExistingSection("A", where[1], where[0]), TEXT) == expected


def test_text_with_notes_brings_a_list_only_where_the_section_ends_the_body():
    noted = "Merged.<ref>{{cite news |title=T}}</ref>\n\n"
    last = insert_into_section("== A ==\nOld.\n\n== External links ==\n* x\n", ExistingSection("A", 2, 0), noted)
    assert last == ("== A ==\nOld.\n\nMerged.<ref>{{cite news |title=T}}</ref>\n\n== References ==\n{{Reflist}}\n\n"
                    "== External links ==\n* x\n")
    # In the middle of the body a list would split it: none (mergekit check reports the missing list).
    middle = insert_into_section("== A ==\nOld.\n\n== B ==\nB.\n", ExistingSection("A", 2, 0), noted)
    assert middle == "== A ==\nOld.\n\nMerged.<ref>{{cite news |title=T}}</ref>\n\n== B ==\nB.\n"


ALL_CASES = [(page, SECTION, expected) for _, page, expected in CASES] + \
    [(page, REF_SECTION, expected) for _, page, expected in REF_CASES]


@pytest.mark.parametrize("page, section, expected", ALL_CASES)
def test_a_shared_parse_gives_the_same_page_and_is_left_as_it_was(page, section, expected):
    # One parse of the destination serves the insertion and the search for its links to the
    # source (outputs.parse_destination): inserting must only read it.
    import mwparserfromhell

    parsed = mwparserfromhell.parse(page)
    nodes = [str(node) for node in parsed.nodes]
    assert insert_section(page, section, parsed=parsed) == expected
    assert [str(node) for node in parsed.nodes] == nodes and str(parsed) == page
    into = insert_into_section(page, ExistingSection("A", 2, 0), TEXT, parsed=parsed) if "== " in page else None
    assert into is None or into == insert_into_section(page, ExistingSection("A", 2, 0), TEXT)
    assert source_links(page, "X", "Merged", parsed=parsed) == source_links(page, "X", "Merged")
    assert [str(node) for node in parsed.nodes] == nodes


def test_a_rendering_parses_the_destination_once(monkeypatch):
    # The insertion and the destination's links to the source (draft.selflinks) share one parse,
    # also when render_outputs is called directly and finds the links itself.
    from pathlib import Path

    import mwparserfromhell

    from mergekit.load.inputs import load_folder
    from mergekit.outputs import render_outputs
    from mergekit.plan import plan_merge

    inputs = load_folder(Path(__file__).parents[1] / "seeds")
    plan = plan_merge(inputs)
    expected = render_outputs(plan, inputs, flags=False)
    parses: list[str] = []
    real = mwparserfromhell.parse
    monkeypatch.setattr(mwparserfromhell, "parse", lambda text, *a, **k: parses.append(text) or real(text, *a, **k))
    assert render_outputs(plan, inputs, flags=False) == expected
    assert parses.count(inputs.target.wikitext) == 1

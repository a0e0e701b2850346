"""The auditor finds each broken promise when it is planted in a real draft (the seeds)."""

from __future__ import annotations

import functools
from dataclasses import replace
from pathlib import Path

import pytest

from mergekit.audit import _source_as_read, _unmarked, audit
from mergekit.load.inputs import load_folder
from mergekit.load.rendered import parse_rendered
from mergekit.outputs import render_outputs
from mergekit.plan import plan_merge

ROOT = Path(__file__).resolve().parents[1]
DRAFT = "Camp_Ashraf_3.wikitext"


@functools.cache
def _seed():
    inputs = load_folder(ROOT / "seeds")
    plan = plan_merge(inputs)
    return inputs, plan, render_outputs(plan, inputs)


def _rules(files, *, afd_given=True, plan=None):
    inputs, seed_plan, _ = _seed()
    return {v.rule for v in audit(inputs, plan or seed_plan, files, afd_given=afd_given)}


def _edit(name, old, new):
    files = dict(_seed()[2])
    assert old in files[name], old
    files[name] = files[name].replace(old, new, 1)
    return files


def test_lost_destination_text():
    files = _edit(DRAFT, "Camp Ashraf 3", "Camp Ashraf 4")
    assert "destination-kept" in _rules(files)


def test_invented_sentence_in_the_section():
    files = _edit(DRAFT, "== 2023 Tirana camp raid ==\n", "== 2023 Tirana camp raid ==\nThe camp was closed in 2024. ")
    assert "sentence-origin" in _rules(files)


def test_discourse_word_as_speaker_and_figure_from_nowhere():
    files = dict(_seed()[2])
    head, sep, section = files[DRAFT].partition("== 2023 Tirana camp raid ==")
    # after the first paragraph's last citation (its first one stands inside a sentence)
    section = section.replace("</ref>\n", "</ref> Reuters reported 4,321 people killed, according to Meanwhile.\n", 1)
    files[DRAFT] = head + sep + section
    rules = _rules(files)
    assert {"generated-speaker", "generated-facts"} <= rules


def test_placeholder_reference_and_afd_without_afd():
    files = _edit(DRAFT, "{{cite news |title=", "{{cite news |title=Reference [7] of X |x=")
    assert "no-placeholder" in _rules(files)
    assert "no-afd" in _rules(_seed()[2], afd_given=False)


def test_talk_internals_and_duplicates():
    files = _edit("talk.wikitext", "~~~~", "* same\n* same\nP(support)=0.04\n~~~~")
    assert {"talk-duplicate", "talk-internals"} <= _rules(files)


def test_duplicate_finding_ids():
    inputs, plan, files = _seed()
    doubled = replace(plan, findings=plan.findings + plan.findings[:1])
    assert "finding-ids" in _rules(files, plan=doubled)


def test_source_title_from_file_name():
    inputs, plan, files = _seed()
    named = replace(plan, section_title=inputs.source.label.rsplit(".", 1)[0])
    assert "title-from-file" in _rules(files, plan=named)


@pytest.mark.parametrize("furniture", ["Coordinates: 41°19′N 19°49′E", "Retrieved 21 June 2023."])
def test_furniture_in_the_section(furniture):
    files = _edit(DRAFT, "== 2023 Tirana camp raid ==\n", f"== 2023 Tirana camp raid ==\n{furniture}\n")
    assert "furniture" in _rules(files)


def test_a_kept_line_that_is_no_sentence():
    # norilsk-oil-spill: an infobox's name ("Norilsk diesel oil spill") was kept as prose.
    inputs, plan, files = _seed()
    first = next(sp for sp in plan.sentences if sp.include)
    caption = "Norilsk diesel oil spill"
    planted = replace(plan, sentences=tuple(replace(sp, text=caption, original=caption) if sp is first else sp
                                            for sp in plan.sentences))
    assert "furniture" not in _rules(files)
    assert "furniture" in _rules(files, plan=planted)


def test_several_authors_in_one_name_field():
    # yaounde-stadium-crush: "Kouam, Joel; McCluskey, Mitchell; Klosok, Aleks" became
    # |last=Kouam |first=Joel; McCluskey, Mitchell; Klosok, Aleks.
    files = _edit(DRAFT, "{{cite news |title=", "{{cite news |last=Kouam |first=Joel; McCluskey, Mitchell |title=")
    assert "cite-fields" not in _rules(_seed()[2])
    assert "cite-fields" in _rules(files)


@pytest.mark.parametrize("old,new", [
    ("|website=politiko.al |date=20 June 2023", "|website=Fox News |date=20 June 2023"),  # another site (cite web)
    ("|website=politiko.al |date=20 June 2023", "|website=politiko.al |date=21 June 2023"),  # another day
    ("|title=Clashes in the MEK, Fox News", "|author=Jane Doe |title=Clashes in the MEK, Fox News"),  # an author
    ("{{cite web |title=Clashes in the MEK", "{{cite web |title=Invented headline on the MEK"),  # no input's
    ("|work=RFE/RL's Balkan Service |date=22 June 2023", "|work=Fox News |date=22 June 2023"),  # a news cite's outlet
])
def test_a_cite_that_says_what_no_input_says(old, new):
    assert "cite-origin" not in _rules(_seed()[2])
    assert "cite-origin" in _rules(_edit(DRAFT, old, new))


def test_a_date_interval_in_the_talk_post():
    # norilsk-oil-spill: the talk post quoted a date as "In 2014 (2014-01-01..2014-12-31)".
    files = _edit("talk.wikitext", "~~~~", "* the sentence gives \u201cIn 2014 (2014-01-01..2014-12-31)\u201d\n~~~~")
    assert "talk-internals" in _rules(files)


def test_uncited_sentence_carried_bare():
    """A sentence with no citation of its own, none added and no tag: the check that found
    30 such sentences in the tuning corpus's drafts before ``needs_citation`` existed."""
    inputs, plan, files = _seed()
    one = next(sp for sp in plan.sentences if sp.include)
    bare = replace(plan, sentences=tuple(replace(sp, cited=(), tags=(), supporting=()) if sp is one else sp
                                         for sp in plan.sentences))
    assert "bare-sentence" in _rules(files, plan=bare)
    assert "bare-sentence" not in _rules(files)


def test_a_sentence_said_twice_where_the_source_says_it_once():
    # mississippi-flag-referendum-2020: the source repeats two lead sentences, the draft keeps
    # both copies, and neither is generated; a copy the source does not have still is.
    inputs, plan, files = _seed()
    section = files[DRAFT].partition("== 2023 Tirana camp raid ==")[2]
    in_conflict = {v.key for c in plan.clusters if getattr(c, "conflict", False) for v in c.values}
    kept = next(sp for sp in plan.sentences  # one that opens a paragraph, in no conflict
                if sp.include and f"\n{sp.text}" in section and sp.key not in in_conflict)
    head, sep, _ = files[DRAFT].partition("== 2023 Tirana camp raid ==")
    twice = dict(files)
    twice[DRAFT] = head + sep + section.replace(kept.text, f"{kept.text} {kept.text}", 1)
    assert not {"generated-count", "generated-facts"} & _rules(files)
    assert {"generated-count", "generated-facts"} & _rules(twice)


# A paragraph that opens with a hidden note (here the seed's pointer note, "“These” points
# back to ...") is prose like any other: the note is cut out, the rest is checked.
_NOTE_END = "-->These Iranian dissidents"


def test_invented_sentence_after_a_leading_hidden_note():
    files = _edit(DRAFT, _NOTE_END, "-->The camp was closed in 2024. These Iranian dissidents")
    assert "sentence-origin" in _rules(files)


def test_generated_figure_after_a_leading_hidden_note():
    files = _edit(DRAFT, "protection of Saddams' regime and U.S. troops.",
                  "protection of Saddams' regime and U.S. troops. Reuters reported 4,321 people killed.")
    assert _NOTE_END in files[DRAFT]
    assert "generated-facts" in _rules(files)


@pytest.mark.parametrize("note_text", [
    "left out here --> The camp was closed in 2024.",  # input text that closed the note
    "left out here -- see the talk page",  # "--" is not allowed inside a comment
    "left out here </ref> see the talk page",  # would end the <ref> around a note
])
def test_a_hidden_note_broken_open(note_text):
    files = _edit(DRAFT, "left out here", note_text)
    assert "hidden-note" in _rules(files)


def test_an_unclosed_hidden_note():
    files = _edit(DRAFT, _NOTE_END, "These Iranian dissidents")
    assert "hidden-note" in _rules(files)


def test_the_seed_notes_are_clean():
    assert "hidden-note" not in _rules(_seed()[2])


def test_an_old_revision_notice_in_the_section():
    notice = ("This is an old revision of this page, as edited by Moscow Mule (talk | contribs) at 17:45, "
              "29 March 2017. ")
    files = _edit(DRAFT, "== 2023 Tirana camp raid ==\n", "== 2023 Tirana camp raid ==\n" + notice)
    assert "furniture" in _rules(files)


@pytest.mark.parametrize("line", ["; Шаблон:Short description Шаблон:Use dmy dates Шаблон:Infobox eruption",
                                  "Vorlage:Infobox Vulkan"])
def test_page_names_in_the_section(line):
    # a Russian mirror's unexpanded templates, carried as a section line of the draft
    assert "furniture" not in _rules(_seed()[2])
    files = _edit(DRAFT, "== 2023 Tirana camp raid ==\n", f"== 2023 Tirana camp raid ==\n{line}\n")
    assert "furniture" in _rules(files)


def test_a_sentence_that_names_a_template_is_no_furniture():
    files = _edit(DRAFT, "== 2023 Tirana camp raid ==\n",
                  "== 2023 Tirana camp raid ==\nTemplate:Cite news was used for the citations.\n")
    inputs, plan, _ = _seed()
    assert not any("page names" in v.detail for v in audit(inputs, plan, files, afd_given=True))


@pytest.mark.parametrize("copy", [
    # wagatha-christie: WikiMili's copy spaces the full stop off before its markers
    "It was leaked that Rooney had planned to appear on Strictly Come Dancing . [2] [3] Vardy denied it.",
    "The club , a member of the league ; was it promoted ? [1] Nobody knows : it was not !",
    # shuri-castle-fire: an editor's word in brackets, which the audit reads as a marker
    'According to news sources, "Six castle buildings were [destroyed]."[4][5] The fire was put out.',
])
def test_the_audit_reads_a_rendered_source_as_the_reader_spaces_its_sentences(copy):
    # one normalisation for both (``tidy_spacing``): every sentence the reader gives is in
    # the source as the audit reads it, and what the copy does not say still is not
    source = parse_rendered(copy)
    sentences = [s.text for _, s in source.sentences()]
    assert sentences and all(" ." not in s and " ?" not in s for s in sentences)
    as_read = _source_as_read(source)
    assert [s for s in sentences if _unmarked(s) not in as_read] == []
    assert "Rooney had planned to appear on Strictly Come." not in as_read

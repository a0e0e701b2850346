"""Nothing is lost silently: prose under bare heading lines is prose, not a box, and prose
that a copy runs into a box of page furniture is shown to the editor when the box goes
(``mergekit.load.rendered``: ``_opening_headings``, ``_edge_prose``; ``mergekit.draft.lists``).

The inputs are real: copies of tuning cases' sources edited the way mirrors print them
(heading lines with no blank line around them, a paragraph with no blank line under the
infobox), their words untouched.
"""

from __future__ import annotations

import logging
import re
import shutil
from dataclasses import replace
from pathlib import Path

from mergekit.audit import audit
from mergekit.check.rsp import builtin_table
from mergekit.load.inputs import load_folder
from mergekit.load.rendered import boxed_prose, looks_rendered, parse_rendered
from mergekit.load.wikitext import looks_like_wikitext, parse_wikitext
from mergekit.pipeline import render_merge

REAL = Path(__file__).parent / "cases" / "real"
CATTELAN = REAL / "cattelan-gold-toilet-theft" / "input"
DALFSEN = REAL / "dalfsen-train-crash" / "input" / "Dalfsen_train_crash.txt"
HEADINGS = "==History==\n===Guggenheim Museum exhibition===\n"


def _edited(tmp_path: Path, old: str, new: str) -> Path:
    """The cattelan case's inputs, its source edited (``old`` -> ``new``)."""
    folder = tmp_path / "input"
    shutil.copytree(CATTELAN, folder)
    source = folder / "America_Cattelan.txt"
    text = source.read_text(encoding="utf-8")
    assert old in text
    source.write_text(text.replace(old, new), encoding="utf-8")
    return folder


def _texts(section) -> list[str]:
    return [s.text for s in section.sentences]


def test_bare_heading_lines_right_above_a_paragraph_are_headings_and_its_prose_is_kept(tmp_path, caplog):
    # A corpus author's report: "History" / "Guggenheim Museum exhibition" printed as bare
    # lines right above the paragraph made a block of three lines, one of them a sentence,
    # which was dropped whole as a box: five sentences gone, with no word to the editor.
    folder = _edited(tmp_path, HEADINGS, "History\nGuggenheim Museum exhibition\n")
    text = (folder / "America_Cattelan.txt").read_text(encoding="utf-8")
    assert not looks_like_wikitext(text) and not looks_rendered(text)  # read as plain rendered text
    with caplog.at_level(logging.WARNING):
        source = load_folder(folder).source
    original = parse_wikitext((CATTELAN / "America_Cattelan.txt").read_text(encoding="utf-8"),
                              title="America (Cattelan)")
    assert [(s.title, len(s.sentences)) for s in source.sections] == [
        ("", 8), ("History", 0), ("Guggenheim Museum exhibition", 9)]
    # the same sentences as the stored copy with its "==" headings reads
    assert _texts(source.sections[2]) == _texts(original.sections[-1])
    assert _texts(source.sections[2])[4] == "The museum stated that the work was paid for with private funds."
    assert not any(entry.startswith("box: Cattelan created") for entry in source.removed)
    assert source.lists == () and "left out with a box" not in caplog.text


def test_the_lead_has_no_heading_and_a_title_repeat_is_no_heading():
    # before any prose, a short line above the lead is a title or an infobox's name, not a heading
    text = "America\nAmerica was a sculpture created in 2016 by the Italian artist Maurizio Cattelan.\n"
    assert [s.title for s in parse_rendered(text).sections] == [""]
    later = ("America (Cattelan)\n\nAmerica was a sculpture created in 2016.\n\nAmerica (Cattelan)\nHistory\n"
             "It was stolen in 2019 from Blenheim Palace.\n")
    article = parse_rendered(later, title="America (Cattelan)")
    assert [s.title for s in article.sections] == ["", "History"]
    assert article.removed.count("title: America (Cattelan)") == 2


def test_more_heading_lines_than_a_section_and_its_subsection_leave_a_box_and_say_so(tmp_path, caplog):
    # three bare lines above the paragraph read as no headings (a list of names above
    # prose would look the same): the block is dropped as before, and its prose is shown
    folder = _edited(tmp_path, HEADINGS, "History\nGuggenheim Museum exhibition\nThe toilet\n")
    with caplog.at_level(logging.WARNING):
        inputs = load_folder(folder)
    paragraph = next(line for line in (CATTELAN / "America_Cattelan.txt").read_text(encoding="utf-8").splitlines()
                     if line.startswith("Cattelan created it in 2016"))
    assert boxed_prose(inputs.source) == (paragraph,)
    assert "1 line of prose left out with a box" in caplog.text and '"Cattelan created it in 2016 for' in caplog.text
    rendered = render_merge(inputs, rsp=builtin_table())
    assert audit(inputs, rendered.decided.plan, rendered.files) == []
    draft = next(text for name, text in rendered.files.items()
                 if name.endswith(".wikitext") and "talk" not in name and name != "redirect.wikitext")
    talk = rendered.files["talk.wikitext"]
    note = next(line for line in draft.splitlines() if line.startswith("<!-- not merged: prose of"))
    assert "The museum stated that the work was paid for with private funds." in note  # all of it, to add by hand
    assert "A passage of prose read with a box is not (see \u201cNot carried over\u201d below)." in talk
    assert "* Prose in the lead (\u201cCattelan created it in 2016 for the Solomon R." in talk


def test_a_paragraph_run_into_an_infobox_is_shown_and_the_boxs_caption_stays_silent():
    # dalfsen-train-crash (tune): the lead with no blank line under it above the infobox,
    # whose name, image, caption ("The Spurt train pictured on the right was involved in the
    # accident.") and rows follow. The box goes whole; the lead at its edge is prose run
    # into it and is shown; the caption inside it is the box's own and is not; and the
    # box's name is no heading.
    text = DALFSEN.read_text(encoding="utf-8")
    lead = text.splitlines()[2]
    assert lead.startswith("The Dalfsen train crash occurred on 23 February 2016")
    joined = parse_rendered(text.replace(lead + "\n\n", lead + "\n", 1), title="Dalfsen train crash")
    assert boxed_prose(joined) == (lead,)
    assert [(x.section, x.paragraph, x.kind) for x in joined.lists] == [("", 0, "box")]
    assert "box: The Spurt train pictured on the right was involved in the accident." in joined.removed
    assert "Dalfsen train crash" not in [s.title for s in joined.sections]
    # the page as stored: the box is furniture, nothing is shown
    assert parse_rendered(text, title="Dalfsen train crash").lists == ()


def test_a_box_note_carries_the_prose_and_its_citations():
    from mergekit.draft.lists import list_note, list_point
    from mergekit.model import SourceList

    found = SourceList("Accident", 1, (), ("The train hit a crane. One person -- the driver -- was killed.",),
                       ("2",), kind="box")
    note = list_note(found, "Dalfsen train crash", ("Train hits crane",))
    assert note == ('<!-- not merged: prose of "Dalfsen train crash", section "Accident", that its copy runs into '
                    'a box of page furniture (an infobox, a navbox), left out whole; cited there: "Train hits '
                    'crane": "The train hit a crane. One person &#45;- the driver &#45;- was killed."; add it by '
                    'hand, with a source, if it belongs here -->')
    point = list_point(replace(found, items=("A [[link]] " + "word " * 80 + "end.",)))
    assert point.startswith("* Prose in section \u201cAccident\u201d (\u201cA &#91;&#91;link&#93;&#93; word")
    assert "\u2026\u201d) \u2014 not merged" in point


def test_the_notice_over_an_old_revision_is_furniture_not_the_leads_prose():
    # sherbini-courtroom-murder (tune): "This is an old revision of this page, as edited by
    # ... The present address (URL) is a permanent link to this revision, ..." was read as
    # the lead's first two sentences (and flagged unsourced)
    path = REAL / "sherbini-courtroom-murder" / "input" / "Murder_of_Marwa_El-Sherbini.txt"
    article = parse_rendered(path.read_text(encoding="utf-8"))
    assert article.sections[0].sentences[0].text.startswith("Marwa Ali El-Sherbini (Arabic:")
    # the rule "revision" (mergekit.load.furniture: MediaWiki's revision-info, whole line)
    assert any(entry.startswith("revision: This is an old revision of this page, as edited by 125.138.191.93")
               for entry in article.removed)
    assert not [s.text for _, s in article.sentences() if re.search(r"revision|permanent link", s.text)]

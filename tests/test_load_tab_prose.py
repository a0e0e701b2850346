"""A paragraph indented with a tab is prose, not a table row; a table row's cell that reads
as prose is shown when the row goes (``mergekit.load.rendered``: ``_indented_prose``,
``_Page.clean``; ``mergekit.load.furniture`` "table").

The text is dalfsen-train-crash's source (tune), edited the way a copy indents paragraphs
or lays an infobox out as tab-separated rows, its words untouched.
"""

from __future__ import annotations

import logging
import re
import shutil
from pathlib import Path

from mergekit.load.furniture import furniture_rule
from mergekit.load.inputs import load_folder
from mergekit.load.rendered import boxed_prose, parse_rendered

INPUT = Path(__file__).parent / "cases" / "real" / "dalfsen-train-crash" / "input"
DALFSEN = INPUT / "Dalfsen_train_crash.txt"


def _page() -> tuple[str, str]:
    text = DALFSEN.read_text(encoding="utf-8")
    paragraph = next(line for line in text.splitlines() if line.startswith("Two of the injured"))
    return text, paragraph


def _sentences(text: str) -> list[str]:
    return [s.text for _, s in parse_rendered(text, title="Dalfsen train crash").sentences()]


def test_a_paragraph_indented_with_a_tab_is_prose():
    text, paragraph = _page()
    assert furniture_rule("\t" + paragraph) == "table"  # a tab anywhere: the furniture rule alone
    for indent in ("\t", "\t\t", " \t"):
        assert _sentences(text.replace(paragraph, indent + paragraph)) == _sentences(text)


def test_a_table_row_stays_furniture_and_its_prose_cell_is_shown(tmp_path, caplog):
    text, paragraph = _page()
    rows = "Date\t23 February 2016\nNotes\t" + paragraph + "\n"
    edited = text.replace(paragraph + "\n", paragraph + "\n\n" + rows, 1)
    article = parse_rendered(edited, title="Dalfsen train crash")
    assert [s.text for _, s in article.sentences()] == _sentences(text)
    assert "table: Date\t23 February 2016" in article.removed
    assert boxed_prose(article) == (re.sub(r"\[\d+\]", "", paragraph).strip(),)  # without its markers
    shown = article.lists[0]
    assert (shown.kind, shown.section, shown.refs[:2]) == ("box", "", ("8", "9"))
    assert shown.paragraph == 3  # where it stood: after the lead and two paragraphs (the last its copy)
    # the loader says so, as for prose run into a box
    folder = tmp_path / "input"
    shutil.copytree(INPUT, folder)
    (folder / DALFSEN.name).write_text(edited, encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        load_folder(folder)
    assert "1 line of prose left out with a box" in caplog.text and '"Two of the injured' in caplog.text


def test_an_infobox_row_is_dropped_silently():
    # the source's own infobox row, its label and value parted by a tab
    text, paragraph = _page()
    row = "Cause\tVehicle obstructing line at level crossing"
    article = parse_rendered(text.replace(paragraph + "\n", paragraph + "\n\n" + row + "\n", 1), title="Dalfsen train crash")
    assert article.lists == () and f"table: {row}" in article.removed
    assert [s.text for _, s in article.sentences()] == _sentences(text)

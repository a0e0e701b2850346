"""Where a paragraph ends in a copied text: a blank line, or one newline between a line that
ends a sentence and one that starts one (a page copied from a browser); never a newline of
a text hard-wrapped at a fixed width (``mergekit.load.wrap``: a text browser's dump), even
where a wrapped line happens to end a sentence. Real runs through the CLI."""

from __future__ import annotations

import re
import shutil
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from mergekit.cli import main
from mergekit.load.news import clean_news_text

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SOURCE = "000_cca1debf4f80bbf1.txt"
# A line that ends a sentence (before its footnote markers), then one that starts a sentence.
_BREAK = re.compile(r"[.!?\"”](?:\[\d+\])*$")


def _outputs(folder: Path, out: Path) -> dict[str, str]:
    result = CliRunner().invoke(main, ["run", str(folder), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(out.iterdir())}


@pytest.fixture(scope="module")
def seed_outputs(tmp_path_factory) -> dict[str, str]:
    return _outputs(SEEDS, tmp_path_factory.mktemp("seeds") / "out")


def _rewrite(tmp_path: Path, change, names: list[str]) -> Path:
    folder = tmp_path / "merge"
    shutil.copytree(SEEDS, folder)
    for name in names:
        path = folder / name
        path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")
    return folder


def _single_newlines(text: str) -> str:
    """The blank line between two lines of prose (the AfD notice and the lead too) made one newline."""
    lines = text.split("\n")
    return "\n".join(line for i, line in enumerate(lines) if line or not (
        0 < i < len(lines) - 1 and len(lines[i - 1]) > 40 and len(lines[i + 1]) > 40
        and not lines[i + 1].startswith(" ")))


def _hard_wrapped(text: str) -> str:
    """Every line of prose cut at 72 columns, as a text browser dumps a page (the reference
    list's indented entries as they are)."""
    return "\n".join(textwrap.fill(line, 72, break_long_words=False, break_on_hyphens=False)
                     if len(line) > 72 and not line.startswith(" ") else line for line in text.split("\n"))


def test_a_copy_with_one_newline_between_paragraphs_drafts_as_the_page(tmp_path, seed_outputs):
    folder = _rewrite(tmp_path, _single_newlines, [SOURCE])
    copied = (folder / SOURCE).read_text(encoding="utf-8")
    assert "(August 2023)\nOn June 20th" in copied and "to the U.S.[4][5]\nIran-Albania relations" in copied
    assert _outputs(folder, tmp_path / "out") == seed_outputs


def test_a_copy_hard_wrapped_at_72_columns_drafts_as_the_page(tmp_path, seed_outputs):
    names = sorted(p.name for p in SEEDS.glob("*.txt"))  # the source and the news
    folder = _rewrite(tmp_path, _hard_wrapped, names)
    wrapped = (folder / SOURCE).read_text(encoding="utf-8").split("\n")
    # Wrapped lines that end a sentence above a line that starts one: no paragraph breaks here.
    breaks = [line for line, below in zip(wrapped, wrapped[1:], strict=False) if _BREAK.search(line) and below[:1].isupper()]
    assert len(breaks) >= 2, breaks
    assert max(len(line) for name in names[1:] for line in (folder / name).read_text().split("\n")) <= 72
    assert _outputs(folder, tmp_path / "out") == seed_outputs


def test_the_rogers_copy_keeps_its_paragraphs_and_their_closing_citations(tmp_path):
    """rogers-outage-2022 (a tuning case): the rendered source keeps one newline between its
    five lead paragraphs; read as one, "Multiple international web monitoring organizations
    observed the outage." sat before the next paragraph's citation."""
    draft = _outputs(ROOT / "tests" / "cases" / "real" / "rogers-outage-2022" / "input", tmp_path / "out")[
        "Rogers_Communications.wikitext"]
    section = draft.split("== 2022 Rogers Communications outage ==\n")[1].split("\n== ")[0]
    paragraphs = [p for p in section.split("\n\n") if p.strip()]
    assert [p[:30] for p in paragraphs] == [
        "On July 8, 2022, Canadian tele", "The 2022 outage impacted inter", "The event spurred new governme",
        "Rebates for customers are esti", "An executive summary was publi"]
    assert paragraphs[1].endswith("observed the outage.{{citation needed|date=August 2024}}")


HEADLINE = "Boat that sank in Lake Toba had four times the number of passengers allowed"
PROSE = ("The ferry was carrying about 200 people when it sank in rough weather on Monday evening, officials said "
         "at a news conference in Medan on Tuesday.")


def test_a_headline_over_a_lower_case_byline_stays_two_lines_in_a_copied_page():
    cleaned = clean_news_text(f"{HEADLINE}\nby Mathias Hariyadi\n\n{PROSE}\n\n{PROSE}\n")
    assert cleaned.title == HEADLINE and "masthead: by Mathias Hariyadi" not in cleaned.paragraphs


def test_a_wrapped_headline_is_one_line_in_a_hard_wrapped_text():
    wrapped = "\n\n".join(textwrap.fill(p, 60) for p in (HEADLINE + " on Monday", PROSE, PROSE, PROSE))
    assert len(wrapped.split("\n\n")[0].split("\n")) == 2
    cleaned = clean_news_text(wrapped)
    assert cleaned.title == HEADLINE + " on Monday" and cleaned.paragraphs == (PROSE, PROSE, PROSE)

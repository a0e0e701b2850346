"""``mergekit run --section NAME`` where the destination already has a section NAME: the
merged text joins that section (no second heading), at the end of its own prose, and every
output points at it. Real runs of the seed merge through the CLI."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from mergekit.cli import main
from tests.hostile import foreign_markup

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
EVENTS_PROSE = "Other American politicians who have visited the camp include"


def _run(folder: Path, out: Path, *args: str):
    return CliRunner().invoke(main, ["run", str(folder), "--out", str(out), *args])


def _seeds(tmp_path: Path, destination: str | None = None) -> Path:
    folder = tmp_path / "merge"
    shutil.copytree(SEEDS, folder)
    if destination is not None:
        (folder / "Camp_Ashraf_3.wikitext").write_text(destination, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def into_events(tmp_path_factory) -> dict[str, str]:
    """The seed merge with ``--section "  events "`` (the destination has ``== Events ==``)."""
    tmp = tmp_path_factory.mktemp("events")
    result = _run(_seeds(tmp), tmp / "out", "--section", "  events ")
    assert result.exit_code == 0, result.output
    assert "into its section 'Events'" in result.output.splitlines()[0]
    return {p.name: p.read_text(encoding="utf-8") for p in (tmp / "out").iterdir()}


def test_the_text_joins_the_section_under_no_second_heading(into_events):
    draft = into_events["Camp_Ashraf_3.wikitext"]
    assert draft.count("== Events ==") == 1 and "== 2023 Tirana camp raid ==" not in draft
    # After the section's own prose, before the next section; the source's sections are its subsections.
    events, security = draft.index("== Events =="), draft.index("== Security ==")
    joined = draft[events:security]
    assert joined.index(EVENTS_PROSE) < joined.index("On 20 June 2023, the Albanian police launched")
    assert [line for line in joined.splitlines() if line.startswith("=")] == [
        "== Events ==", "=== Background ===", "=== Reactions ===", "=== Aftermath ==="]
    assert joined.endswith("calm.<ref name=\"rfe-rl-s-balkan-2023-06-22\" />\n\n")


def test_every_output_points_at_the_existing_section(into_events):
    assert into_events["redirect.wikitext"].startswith("#REDIRECT [[Camp Ashraf 3#Events]]\n")
    summaries = into_events["edit-summaries.txt"]
    assert "Merged content from [[2023 Tirana camp raid]] into [[Camp Ashraf 3#Events]];" in summaries
    assert "Merged content to [[Camp Ashraf 3#Events]]; redirecting" in summaries
    assert ("I propose to merge the content of [[2023 Tirana camp raid]] into the article's section "
            "\u201cEvents\u201d, after its present text.") in into_events["talk.wikitext"]
    flags = json.loads(into_events["flags.json"])
    assert flags["section"] == "Events" and flags["section_exists"] is True and flags["home"] is None
    assert "into its section &ldquo;Events&rdquo;" in into_events["report.html"]


def test_a_name_that_only_resembles_a_heading_makes_a_new_section(tmp_path):
    result = _run(_seeds(tmp_path), tmp_path / "out", "--section", "Event")
    assert result.exit_code == 0, result.output
    draft = (tmp_path / "out" / "Camp_Ashraf_3.wikitext").read_text(encoding="utf-8")
    assert draft.count("== Event ==") == 1 and draft.count("== Events ==") == 1
    assert draft.index("== Security ==") < draft.index("== Event ==") < draft.index("== See also ==")
    assert json.loads((tmp_path / "out" / "flags.json").read_text())["section_exists"] is False


def test_an_appendix_is_refused_with_one_line_and_nothing_written(tmp_path):
    result = _run(_seeds(tmp_path), tmp_path / "out", "--section", "see  ALSO")
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert result.output.strip().splitlines() == [
        "Error: --section 'see  ALSO' is the destination's appendix section 'See also': "
        "name a section of the article's body, or a new one"]
    assert not (tmp_path / "out").exists()


def test_a_subsection_takes_the_text_with_its_subsections_a_level_below(tmp_path):
    destination = (SEEDS / "Camp_Ashraf_3.wikitext").read_text(encoding="utf-8").replace(
        "== Security ==", "=== The ''Raid'' ===\nA raid was reported.\n\n=== Later ===\nLater text.\n\n== Security ==")
    result = _run(_seeds(tmp_path, destination), tmp_path / "out", "--section", "the raid")
    assert result.exit_code == 0, result.output
    out = tmp_path / "out"
    draft = (out / "Camp_Ashraf_3.wikitext").read_text(encoding="utf-8")
    raid, later = draft.index("=== The ''Raid'' ==="), draft.index("=== Later ===")
    joined = draft[raid:later]
    assert joined.startswith("=== The ''Raid'' ===\nA raid was reported.\n\nOn 20 June 2023")
    assert [line for line in joined.splitlines() if line.startswith("=")] == [
        "=== The ''Raid'' ===", "==== Background ====", "==== Reactions ====", "==== Aftermath ===="]
    assert (out / "redirect.wikitext").read_text().startswith("#REDIRECT [[Camp Ashraf 3#The Raid]]\n")


def test_a_heading_with_markup_named_by_its_source_text_stays_data(tmp_path):
    heading = "[[Category:EVIL]] {{x}} ~~~~ <ref>y</ref>"
    destination = (SEEDS / "Camp_Ashraf_3.wikitext").read_text(encoding="utf-8").replace(
        "== Security ==", f"== {heading} ==\nHostile.\n\n== Security ==")
    result = _run(_seeds(tmp_path, destination), tmp_path / "out", "--section", f" {heading.upper()} ")
    assert result.exit_code == 0, result.output
    out = tmp_path / "out"
    files = {p.name: p.read_text(encoding="utf-8") for p in out.iterdir() if p.suffix != ".html"}
    assert files["Camp_Ashraf_3.wikitext"].count(heading) == 1  # the destination's own, untouched
    for name, signatures in (("talk.wikitext", 1), ("redirect.wikitext", 0), ("edit-summaries.txt", 0)):
        assert not foreign_markup(files[name], signatures=signatures, headings=None
                                  if name == "talk.wikitext" else 0), (name, files[name])
    flags = json.loads(files["flags.json"])
    assert flags["section_exists"] is True and "Hostile." in files["Camp_Ashraf_3.wikitext"]


def test_a_heading_that_is_the_source_title_takes_the_text_without_section(tmp_path):
    """Without --section, a destination heading that is the source's title ("=== 2023 Tirana
    camp raid ===") takes the merged text: no second heading of the same name, whose anchor
    the redirect could not reach."""
    destination = (SEEDS / "Camp_Ashraf_3.wikitext").read_text(encoding="utf-8").replace(
        "== Events ==", "== Events ==\n=== 2023 Tirana camp raid ===\nPolice entered the camp in June 2023.\n", 1)
    out = tmp_path / "out"
    result = _run(_seeds(tmp_path, destination), out)
    assert result.exit_code == 0, result.output
    draft = (out / "Camp_Ashraf_3.wikitext").read_text(encoding="utf-8")
    assert draft.count("2023 Tirana camp raid ==") == 1
    assert "Police entered the camp in June 2023." in draft
    assert json.loads((out / "flags.json").read_text(encoding="utf-8"))["section_exists"] is True
    assert (out / "redirect.wikitext").read_text(encoding="utf-8").startswith(
        "#REDIRECT [[Camp Ashraf 3#2023 Tirana camp raid]]\n")


@pytest.mark.parametrize("section", ["Events [draft", "Events ~~~~"])
def test_a_new_section_with_a_character_that_breaks_a_link_is_refused(tmp_path, section):
    """One home for the characters a link cannot hold (``load.titles.LINK_BREAKING``): a
    single "[" or "~~~" breaks the redirect's anchor as "[[" does."""
    result = _run(_seeds(tmp_path), tmp_path / "out", "--section", section)
    assert result.exit_code == 2 and "a new heading's anchor cannot link to" in result.output

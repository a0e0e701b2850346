"""Roles and titles are checked before anything is planned: a wrong one stops the run with
exit 2, one line naming the file, and nothing written."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from mergekit.cli import main
from mergekit.errors import DraftIntegrityError
from mergekit.load.inputs import load_folder
from mergekit.load.roles import contained_share
from mergekit.load.titles import title_from_filename
from mergekit.load.wikitext import parse_wikitext
from mergekit.pipeline import check_destination_kept

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SOURCE = SEEDS / "000_cca1debf4f80bbf1.txt"
TARGET = SEEDS / "Camp_Ashraf_3.wikitext"
NEWS = SEEDS / "001_59580324c2911592.txt"
MANIFEST = SEEDS / "merge.toml"


def _run(tmp_path: Path, *args: str):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", *args, "--out", str(out)])
    return result, out


def _refused(result, out: Path, *words: str) -> str:
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and "Traceback" not in result.output
    for word in words:
        assert word in lines[0], (word, lines[0])
    assert not out.exists()
    return lines[0]


def test_swapped_source_and_destination(tmp_path):
    """Before: exit 0 and a 'destination' that had lost all of its text."""
    result, out = _run(tmp_path, "--source", str(TARGET), "--target", str(SOURCE), "--news", str(NEWS),
                       "--manifest", str(MANIFEST))
    _refused(result, out, SOURCE.name, "AfD merge notice", "swap")


def test_a_rendered_destination(tmp_path):
    rendered = ROOT / "tests" / "cases" / "articles" / "rendered-simple.txt"
    result, out = _run(tmp_path, "--source", str(SOURCE), "--target", str(rendered), "--news", str(NEWS),
                       "--manifest", str(MANIFEST))
    _refused(result, out, rendered.name, "not wikitext")


def _source_prose() -> list[str]:
    text = SOURCE.read_text(encoding="utf-8")
    body = text[: text.index("\nSee also")]
    return [p for p in body.split("\n\n")[1:] if p.rstrip().endswith((".", "]"))]


def test_a_source_the_destination_already_contains(tmp_path):
    merged = tmp_path / "Camp_Ashraf_3.wikitext"
    original = TARGET.read_text(encoding="utf-8")
    cut = original.index("== See also ==")
    section = "== 2023 Tirana camp raid ==\n" + "\n\n".join(
        re.sub(r"\[(\d+)\]", r"<ref name=r\1 />", p) for p in _source_prose()) + "\n\n"
    merged.write_text(original[:cut] + section + original[cut:], encoding="utf-8")
    result, out = _run(tmp_path, "--source", str(SOURCE), "--target", str(merged), "--news", str(NEWS),
                       "--manifest", str(MANIFEST))
    _refused(result, out, SOURCE.name, "already contains its text")


@pytest.mark.parametrize("copy, role", [(SOURCE, "source"), (TARGET, "destination")])
def test_a_news_file_that_is_one_of_the_articles(tmp_path, copy, role):
    news = tmp_path / "report.txt"  # the article again, with a line of site furniture: not the same file
    news.write_bytes(copy.read_bytes() + b"\nShare this page\n")
    result, out = _run(tmp_path, "--source", str(SOURCE), "--target", str(TARGET), "--news", str(news),
                       "--manifest", str(MANIFEST))
    _refused(result, out, "report.txt", f"is the {role} article")


def test_real_news_is_nowhere_near_wholesale():
    inputs = load_folder(SEEDS)
    prose = " ".join(s.text for _, s in inputs.source.sentences())
    target = " ".join(s.text for _, s in inputs.target.sentences())
    for item in inputs.news:
        assert contained_share(prose, item.text) < 0.2 and contained_share(target, item.text) < 0.2
    assert contained_share(prose, target) < 0.2


def test_no_source_title_stops_and_says_how_to_give_it(tmp_path):
    """Before: the file name '000_cca1debf4f80bbf1' became the section heading and redirect anchor."""
    result, out = _run(tmp_path, "--source", str(SOURCE), "--target", str(TARGET), "--news", str(NEWS))
    _refused(result, out, SOURCE.name, "[source] title", "merge.toml")


def test_the_title_line_of_a_rendered_source_is_its_title(tmp_path):
    source = tmp_path / "copied.txt"
    source.write_text("2023 Tirana camp raid\n\nFrom Wikipedia, the free encyclopedia\n\n"
                      + SOURCE.read_text(encoding="utf-8"), encoding="utf-8")
    result, out = _run(tmp_path, "--source", str(source), "--target", str(TARGET), "--news", str(NEWS))
    assert result.exit_code == 0, result.output
    assert "#REDIRECT [[Camp Ashraf 3#2023 Tirana camp raid]]" in (out / "redirect.wikitext").read_text()
    draft = (out / "Camp_Ashraf_3.wikitext").read_text(encoding="utf-8")
    assert draft.count("2023 Tirana camp raid ==") == 1  # the title line is no second heading


def test_no_destination_title_stops(tmp_path):
    """A source without an AfD notice and a destination whose file name is no title."""
    folder = tmp_path / "merge"
    folder.mkdir()
    text = SOURCE.read_text(encoding="utf-8")
    (folder / "source.txt").write_text(text[text.index("\n\n") + 2:], encoding="utf-8")  # notice cut
    shutil.copy(TARGET, folder / "target.wikitext")
    (folder / "merge.toml").write_text('[source]\ntitle = "2023 Tirana camp raid"\n', encoding="utf-8")
    result, out = _run(tmp_path, str(folder))
    _refused(result, out, "target.wikitext", "[target] title")
    (folder / "target.wikitext").rename(folder / "Camp_Ashraf_3.wikitext")
    result, out = _run(tmp_path, str(folder))
    assert result.exit_code == 0, result.output
    assert (out / "Camp_Ashraf_3.wikitext").is_file()


@pytest.mark.parametrize("name, lead, title", [
    ("Camp_Ashraf_3.wikitext", "'''Camp Ashraf 3''' is a compound.", "Camp Ashraf 3"),
    ("Port_of_Vlore.wikitext", "The '''Port of Vlorë''' is a seaport.", "Port of Vlore"),
    ("target.wikitext", "'''Target''' is a shop.", None),
    ("5f3a9c1d2e4b7a60.wikitext", "'''Harbor Street''' is a street.", None),
    ("003_harbor.wikitext", "'''Harbor''' is a street.", None),
    ("Harbor_Street.wikitext", "'''Quay Road''' is a street.", None),  # the lead names another page
    ("Rossdale,_Edmonton.wikitext", "'''Rossdale''' is a neighbourhood of Edmonton.", "Rossdale, Edmonton"),
    ("Huguenot_High_School_(Virginia).wikitext", "'''Huguenot High School''' is a school.",
     "Huguenot High School (Virginia)"),
    ("2019–2020_measles_outbreaks.wikitext", "The '''2019 measles outbreaks''' were global.",
     "2019–2020 measles outbreaks"),
    ("report.wikitext", "'''Harbor Street''' is a street.", None),
])
def test_destination_title_from_its_file_name(name, lead, title):
    assert title_from_filename(Path(name), parse_wikitext(lead + "\n")) == title


def test_the_write_time_guard():
    original = "a\n\n== B ==\ntext\n\n== See also ==\n* x\n"
    check_destination_kept(original, original.replace("== See also ==", "== New ==\nnew\n\n== See also =="))
    check_destination_kept(original, original + "\n== New ==\n")
    with pytest.raises(DraftIntegrityError, match="lose"):
        check_destination_kept(original, "== New ==\nnew\n")
    with pytest.raises(DraftIntegrityError, match="lose"):
        check_destination_kept(original, original.replace("text\n", "== New ==\n"))


def test_the_write_time_guard_writes_nothing(tmp_path, monkeypatch):
    """Should a renderer ever drop destination text, the run stops before writing (a bug, not exit 2)."""
    from mergekit import pipeline

    real = pipeline.render_outputs

    def lossy(plan, inputs, **kwargs):
        files = real(plan, inputs, **kwargs)
        return {k: (v.replace("== History ==", "") if k == "Camp_Ashraf_3.wikitext" else v) for k, v in files.items()}

    monkeypatch.setattr(pipeline, "render_outputs", lossy)
    result, out = _run(tmp_path, str(SEEDS))
    assert isinstance(result.exception, DraftIntegrityError) and result.exit_code == 1
    assert not out.exists()


def test_a_source_copied_without_its_reference_list_is_reported(tmp_path, caplog):
    from mergekit.load.inputs import load_files
    from mergekit.load.manifest import read_manifest

    text = SOURCE.read_text(encoding="utf-8")
    source = tmp_path / "source.txt"
    source.write_text(text[: text.index("\nReferences")], encoding="utf-8")
    load_files(source, TARGET, [NEWS], manifest=read_manifest(MANIFEST))
    assert "cites references 1, 2, 3" in caplog.text and "cannot be checked" in caplog.text


def test_word_runs_zipped_are_the_runs_sliced():
    # roles reads a text's word 5-grams by zipping its words (speed only): the same runs
    import random

    from mergekit.load.roles import _ngrams

    rng = random.Random(1)
    for _ in range(2000):
        words = [rng.choice("abcde") for _ in range(rng.randrange(0, 12))]
        for n in range(1, 7):
            assert _ngrams(words, n) == {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


_RAID = ("{{Afd-merge to|%s|2023 Tirana camp raid|1 August 2023}}\n"
         "The '''2023 Tirana camp raid''' was a police raid on Camp Ashraf 3 in June 2023.<ref>{{cite news "
         "|title=Albania police raid exiled Iran opposition camp |work=Middle East Monitor |date=21 June 2023}}</ref>\n\n"
         "== References ==\n{{Reflist}}\n")


def _raid_folder(tmp_path: Path, target: str, manifest: str = "") -> Path:
    folder = tmp_path / "merge"
    folder.mkdir()
    (folder / "2023_Tirana_camp_raid.wikitext").write_text(_RAID % target, encoding="utf-8")
    shutil.copy(TARGET, folder / "Camp_Ashraf_3.wikitext")
    shutil.copy(NEWS, folder / NEWS.name)
    if manifest:
        (folder / "merge.toml").write_text(manifest, encoding="utf-8")
    return folder


def test_a_destination_named_with_a_section_is_that_page(tmp_path, caplog):
    """Before: the AfD notice's 'Camp Ashraf 3#History' was taken as the page title, so the
    redirect read [[Camp Ashraf 3&#35;History#2023 Tirana camp raid]] and the edit summaries
    linked to no page. The page is Camp Ashraf 3; the closer's section is named to the editor."""
    result, out = _run(tmp_path, str(_raid_folder(tmp_path, "Camp Ashraf 3#History")))
    assert result.exit_code == 0, result.output
    assert (out / "redirect.wikitext").read_text().startswith("#REDIRECT [[Camp Ashraf 3#2023 Tirana camp raid]]")
    assert "&#35;" not in (out / "edit-summaries.txt").read_text()
    assert (out / "Camp_Ashraf_3.wikitext").is_file()
    assert "run again with --section 'History'" in caplog.text


@pytest.mark.parametrize("manifest, where", [
    ('[source]\ntitle = "Raid }} | [[Category:X]]"\n', "merge.toml [source] title"),
    ('[source]\ntitle = "Raid <script>"\n', "merge.toml [source] title"),
    ('[target]\ntitle = "Camp {{Delete}}"\n', "merge.toml [target] title"),
    ('[source]\ntitle = "Raid ~~~~"\n', "merge.toml [source] title"),
])
def test_a_title_no_page_can_have_is_refused(tmp_path, manifest, where):
    """Before: exit 0, and links such as [[:Raid &#125;&#125; &#124; …]] in the edit summaries,
    the redirect and {{Copied}}, which point at no page."""
    result, out = _run(tmp_path, str(_raid_folder(tmp_path, "Camp Ashraf 3", manifest)))
    _refused(result, out, where, "no page title can have")


def test_an_afd_notice_naming_an_impossible_destination_is_refused(tmp_path):
    result, out = _run(tmp_path, str(_raid_folder(tmp_path, "Camp <b>Ashraf</b>")))
    _refused(result, out, "the source's AfD notice", "no page title can have", "[target] title")


def test_a_folder_whose_source_has_no_merge_notice_says_how_to_name_it(tmp_path):
    """Before: "(0 carry an AfD notice or reference list): name it in merge.toml [source] file",
    for a wikitext article whose notice was still the discussion's ({{Article for deletion/dated}}),
    and the README's merge.toml showed no `file` key."""
    folder = _raid_folder(tmp_path, "Camp Ashraf 3")
    source = folder / "2023_Tirana_camp_raid.wikitext"
    source.write_text(source.read_text().replace("{{Afd-merge to|Camp Ashraf 3|",
                                                 "{{Article for deletion/dated|page="), encoding="utf-8")
    result, out = _run(tmp_path, str(folder))
    line = _refused(result, out, "none carries an {{Afd-merge to}} notice", '[source] file = "..."')
    (folder / "merge.toml").write_text('[source]\nfile = "2023_Tirana_camp_raid.wikitext"\n'
                                       'title = "2023 Tirana camp raid"\n', encoding="utf-8")
    result, out = _run(tmp_path, str(folder))
    assert result.exit_code == 0, (line, result.output)

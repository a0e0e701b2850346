"""Defects an AfD-backlog editor found in trial 4 (docs/trial-4.md), on the trial's own texts
(tests/data/trial4: two real reports, a source article written from them)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from mergekit.load.inputs import MergeInputs, load_folder
from mergekit.plan import MergePlan, plan_merge

DATA = Path(__file__).parent / "data" / "trial4"


@cache
def _inputs() -> MergeInputs:
    return load_folder(DATA, run_date="2023-07-21")


@cache
def _plan() -> MergePlan:
    return plan_merge(_inputs())


def test_the_citation_added_is_the_report_that_says_the_sentence_word_for_word():
    # Both reports are judged citable; Sky Sports names Cummins only in its headline and
    # lacks "withdrawn" and "captain", yet scores higher (its contradiction head is lower).
    (sp,) = [sp for sp in _plan().sentences if sp.text.startswith("Australia's captain Pat Cummins")]
    assert sp.supporting[0] == "arynews.txt"


def test_the_review_hint_names_the_inputs_so_the_rerun_is_not_the_seed_merge(tmp_path):
    from click.testing import CliRunner

    from mergekit.cli.app import main

    out = tmp_path / "draft1"
    ran = CliRunner().invoke(main, ["run", str(DATA), "--out", str(out), "--date", "2023-07-21"])
    assert ran.exit_code == 0, ran.output
    reviewed = CliRunner().invoke(main, ["review", "--out", str(out), "--accept-all"])
    assert reviewed.exit_code == 0, reviewed.output
    # `mergekit run --out OUT` alone drafts the seeds (Camp Ashraf 3) into OUT.
    assert f"`mergekit run --out {out}`" not in reviewed.output
    assert f"`mergekit run FOLDER --out {out}`" in reviewed.output


def test_a_carried_source_citation_keeps_its_other_parameters(tmp_path):
    from click.testing import CliRunner

    from mergekit.cli.app import main

    out = tmp_path / "draft"
    ran = CliRunner().invoke(main, ["run", str(DATA), "--out", str(out), "--date", "2023-07-21"])
    assert ran.exit_code == 0, ran.output
    draft = (out / "2023_Ashes_series.wikitext").read_text(encoding="utf-8")
    assert "|work=ARY News |date=2 July 2023 |agency=AFP}}" in draft
    assert "|work=Glasgow Times |date=2 July 2023 |agency=PA Media}}" in draft


def test_the_other_parameters_are_read_as_plain_text_and_written_through_the_escaping_layer():
    from mergekit.draft.refs import CiteData, cite_template
    from mergekit.load.cite import reference_from_wikitext

    ref = reference_from_wikitext("a", (
        "{{cite news |title=T |url=https://example.org/a |work=W |agency=[[Agence France-Presse|AFP]] "
        "|archive-url=https://web.archive.org/web/2023/https://example.org/a |archive-date=July 3, 2023 "
        "|url-status=live |via=javascript:alert(1) |chapter-url=javascript:alert(1) |page=}}"))
    assert ref.extra == (("agency", "AFP"), ("archive-url", "https://web.archive.org/web/2023/https://example.org/a"),
                         ("archive-date", "July 3, 2023"), ("url-status", "live"), ("via", "javascript:alert(1)"),
                         ("chapter-url", "javascript:alert(1)"))
    written = cite_template(CiteData("ref:a", ref.title, ref.work, extra=ref.extra + (("quote", "a}}b|c"),)),
                            style="dmy")
    assert "|agency=AFP |archive-url=https://web.archive.org/web/2023/https://example.org/a" in written
    assert "|archive-date=3 July 2023 |url-status=live" in written  # the page's date style
    assert "chapter-url" not in written  # a URL parameter only as an http(s) URL
    assert "a}}b|c" not in written and written.count("}}") == 1 and written.count("|") == 8


def test_a_work_parameter_the_fields_took_is_not_written_twice():
    from mergekit.load.cite import reference_from_wikitext

    assert reference_from_wikitext("a", "{{cite news |title=T |agency=AFP}}").extra == ()
    assert reference_from_wikitext("a", "{{cite news |title=T |publisher=P}}").extra == ()  # P stands as the work
    assert reference_from_wikitext("a", "{{cite news |title=T |work=W |publisher=P}}").extra == (("publisher", "P"),)


def test_a_copied_texts_masthead_line_confirms_the_outlet_the_source_reference_gives():
    # "Sky Sports, Monday 3 July 2023" above the headline; the source's <ref name="sky"> has the
    # same headline, |work=Sky Sports and the date: one report, not two citations of it.
    inputs = _inputs()
    assert inputs.cited.get("sky") == "skysports.txt"
    (sky,) = [n for n in inputs.news if n.label == "skysports.txt"]
    assert sky.work == "Sky Sports" and sky.masthead == ("Sky Sports, Monday 3 July 2023",)


def test_a_masthead_line_only_confirms_an_outlet_and_never_rules_one_out():
    from mergekit.load.refmatch import same_outlet
    from mergekit.model import NewsItem, Reference

    def item(line: str) -> NewsItem:
        return NewsItem(label="a.txt", text="", sentences=(), masthead=(line,))

    ref = Reference(key="g", work="Glasgow Times")
    assert same_outlet(item("Glasgow Times (PA), 2 July 2023"), ref) is True
    assert same_outlet(item("The Glasgow Times | 2 July 2023"), ref) is True
    assert same_outlet(item("LONDON, 2 July 2023"), ref) is None  # a place, not another outlet
    assert same_outlet(item("By Glasgow Times reporters, 2 July 2023"), ref) is None
    assert same_outlet(item("Glasgow Times"), ref) is None  # no date after it: not the dateline form
    assert same_outlet(NewsItem(label="a.txt", text="", sentences=()), ref) is None

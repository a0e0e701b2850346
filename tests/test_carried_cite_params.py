"""A carried source citation's other parameters (trial-4's ``Reference.extra``) never clash with
what the draft writes itself (rv10: a second ``|website=``, ``|df=dmy-all``, numbered authors
twice, a sentence's ``|quote=`` on a news ref other sentences reuse)."""

from __future__ import annotations

import shutil
from pathlib import Path

from mergekit.draft.refs import CiteData, cite_template
from mergekit.load.cite import reference_from_wikitext

DATA = Path(__file__).parent / "data" / "trial4"


def test_of_the_work_like_parameters_only_agency_is_carried_and_df_mode_never():
    ref = reference_from_wikitext("a", "{{cite web |title=T |url=https://example.org/a |work=W |website=Site "
                                       "|newspaper=N |agency=AFP |df=dmy-all |mode=cs2 |via=ProQuest}}")
    assert ref.work == "W"
    assert ref.extra == (("agency", "AFP"), ("via", "ProQuest"))


def test_a_parameter_the_draft_writes_is_never_written_again():
    cite = CiteData("ref:a", "T", "W", "2023-07-02", "https://example.org/a", "2023-07-03", template="cite web",
                    extra=(("website", "Site"), ("title", "Other"), ("accessdate", "1 May 2020"),
                           ("agency", "AFP")))
    written = cite_template(cite, style="dmy")
    assert written == ("{{cite web |title=T |url=https://example.org/a |website=W |date=2 July 2023 "
                       "|access-date=3 July 2023 |agency=AFP}}")


def test_numbered_authors_are_not_written_beside_the_drafts_own_author_list():
    cite = CiteData("ref:a", "T", "W", author="Kouam, Joel; McCluskey, Mitchell",
                    extra=(("last2", "McCluskey"), ("first2", "Mitchell"), ("last3", "Ott"), ("first3", "Ann"),
                           ("author-link2", "Mitchell McCluskey"), ("agency", "AFP")))
    written = cite_template(cite, style="dmy")
    assert written.count("|last2=") == 1 and written.count("|first2=") == 1
    assert "Ott" not in written and "author-link" not in written and "|agency=AFP" in written


def test_one_author_read_from_the_same_template_keeps_the_templates_later_authors():
    ref = reference_from_wikitext("a", "{{cite news |title=T |work=W |last1=Kouam |first1=Joel "
                                       "|last2=McCluskey |first2=Mitchell}}")
    written = cite_template(CiteData("ref:a", ref.title, ref.work, author=ref.author, extra=ref.extra), style="dmy")
    assert written == "{{cite news |last=Kouam |first=Joel |title=T |work=W |last2=McCluskey |first2=Mitchell}}"


def test_a_reused_news_ref_carries_no_one_sentences_parameters_nor_the_source_refs_authors(tmp_path):
    from click.testing import CliRunner

    from mergekit.cli.app import main

    folder = tmp_path / "in"
    shutil.copytree(DATA, folder)
    page = folder / "Dismissal_of_Jonny_Bairstow.wikitext"
    text = page.read_text(encoding="utf-8")
    # <ref name="sky"> is the report skysports.txt (``inputs.cited``): a news item's ref, which the
    # draft names and reuses wherever the report supports a sentence
    assert "|work=Sky Sports |date=July 3, 2023}}" in text
    page.write_text(text.replace(
        "|work=Sky Sports |date=July 3, 2023}}",
        "|work=Sky Sports |website=Sky |agency=PA |date=July 3, 2023 |df=mdy-all |quote=Stokes hit 155. "
        "|page=3 |at=para 4 |time=01:02 |last2=McCluskey |first2=Mitchell}}"), encoding="utf-8")
    out = tmp_path / "out"
    ran = CliRunner().invoke(main, ["run", str(folder), "--out", str(out), "--date", "2023-07-21"])
    assert ran.exit_code == 0, ran.output
    draft = (out / "2023_Ashes_series.wikitext").read_text(encoding="utf-8")
    assert "|work=Sky Sports |date=3 July 2023 |agency=PA}}" in draft
    for gone in ("|website=Sky", "|df=", "|quote=", "|page=", "|at=", "|time=", "McCluskey"):
        assert gone not in draft, gone

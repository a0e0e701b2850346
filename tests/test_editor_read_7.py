"""What a demanding editor found reading the drafts of the tuning cases
cattelan-gold-toilet-theft, kelloggs-strike-2021, mississippi-flag-referendum-2020,
chris-pincher-scandal, sherbini-courtroom-murder and kim-kim-river-pollution, each as the
general rule it breaks, on the real text (each failed before its fix)."""

from __future__ import annotations

from realcases import REAL
from realcases import case_outputs as _outputs
from realcases import case_plan as _plan

from mergekit.draft.selflinks import SourceLink, source_links
from mergekit.load.inputs import load_folder
from mergekit.plan import plan_merge
from mergekit.plan.existing import titled_section

_COMPTROLLER = ("On 5 November 2017, Pincher resigned as Comptroller of the Household (Assistant Whip) and "
                "voluntarily referred himself to the Conservative Party's complaints procedure and the police, "
                "as part of the 2017 Westminster sexual misconduct allegations.")


def test_a_sentence_the_destination_has_word_for_word_is_already_there_never_a_conflict_with_it():
    # chris-pincher-scandal: the destination has this sentence word for word, yet the draft
    # called it "conflicts with this article: date (resigned): the sentence gives
    # “5 November 2017”, but Chris Pincher gives “in 2023”" (his resignation as MP, another
    # event) and left it out as a figure it "would state as fact".
    findings = [f for f in _plan("chris-pincher-scandal").findings if f.sentence == _COMPTROLLER]
    assert [f.kind.value for f in findings] == ["already_in_target"]
    assert not findings[0].carried


def test_a_disambiguated_title_joins_the_destinations_section_of_its_bare_name():
    # cattelan-gold-toilet-theft: "America (Cattelan)" merged into "Maurizio Cattelan", whose
    # "=== ''America'' ===" tells the same work, made a second section "== America (Cattelan) =="
    # (a disambiguator as a heading, one subject under two headings) and only suggested the
    # existing one. The bare name is the section's heading: the text joins it.
    outputs = _outputs("cattelan-gold-toilet-theft")
    draft = outputs["Maurizio_Cattelan.wikitext"]
    assert "America (Cattelan) ==" not in draft
    assert draft.count("=== ''America'' ===") == 1
    assert outputs["redirect.wikitext"].startswith("#REDIRECT [[Maurizio Cattelan#America]]")
    assert "into [[Maurizio Cattelan#America]]" in outputs["edit-summaries.txt"]
    # the source's own subsection is now one level below the joined section's
    assert "\n==== Guggenheim Museum exhibition ====\n" in draft


def test_a_bare_name_never_takes_a_different_heading_or_an_appendix():
    page = "Lead.\n\n== Works ==\nText.\n\n== Notes ==\n{{notelist}}\n"
    assert titled_section(page, "Works (Cattelan)").title == "Works"
    assert titled_section(page, "Work (Cattelan)") is None  # nothing looser than the bare name
    assert titled_section(page, "Notes (album)") is None  # an appendix: a new section, no error
    assert titled_section(page, "Works of Cattelan") is None


def test_the_destinations_links_to_the_source_are_shown_with_the_link_to_write_instead():
    # mississippi-flag-referendum-2020: the destination says "approved by voters in the [[2020
    # Mississippi flag referendum]]"; after the merge that page redirects back here (a
    # circular link) and nothing told the editor. The draft keeps the destination's text as
    # it is, so the link is named with its replacement and the follow-up edit's summary.
    source, section = "2020 Mississippi flag referendum", "2020 Mississippi flag referendum"
    page = (REAL / "mississippi-flag-referendum-2020" / "input" / "Flag_of_Mississippi.wikitext").read_text()
    assert source_links(page, source, section) == (
        SourceLink("[[2020 Mississippi flag referendum]]",
                   "[[#2020 Mississippi flag referendum|2020 Mississippi flag referendum]]"),)
    assert _outputs("mississippi-flag-referendum-2020")["edit-summaries.txt"].endswith(
        "Edit summary for [[Flag of Mississippi]] (a follow-up edit, after the redirect is saved):\n"
        "Pointed the link to [[2020 Mississippi flag referendum]], now a redirect here, at the merged section\n")


def test_a_hatnote_naming_the_source_is_shown_and_titles_compare_as_mediawiki_compares_them():
    # norilsk-oil-spill: "{{main|Norilsk oil spill}}" heads the destination's summary of the
    # spill; merged, it names the page itself.
    page = (REAL / "norilsk-oil-spill" / "input" / "Nornickel.wikitext").read_text()
    assert source_links(page, "Norilsk oil spill", "Norilsk oil spill") == (SourceLink("{{main|Norilsk oil spill}}"),)
    assert "Removed the hatnote naming [[Norilsk oil spill]]" in _outputs("norilsk-oil-spill")["edit-summaries.txt"]
    text = "The [[storm_Arwen|storm]] hit; see [[:Storm Arwen#Aftermath]], not [[Storm Arwen damage]] or [[storm arwen]]."
    assert [link.instead for link in source_links(text, "Storm Arwen", "Arwen")] == [
        "[[#Arwen|storm]]", "[[#Arwen|Storm Arwen]]"]
    assert source_links("<!-- [[Storm Arwen]] --> <nowiki>[[Storm Arwen]]</nowiki>", "Storm Arwen", "Arwen") == ()


def test_a_sentence_the_source_gives_twice_is_a_point_to_check_once():
    # mississippi-flag-referendum-2020: the rendered copy gives "Voters were asked whether
    # ..." and "The referendum passed by a 72.98% ..." twice each; the proposed text said
    # both twice and no bullet told the reader the repeat was the source's, not the draft's.
    talk = _outputs("mississippi-flag-referendum-2020")["talk.wikitext"]
    repeats = [line for line in talk.splitlines() if "'''repeated in the source'''" in line]
    assert [line.split(" \u2014 ")[0] for line in repeats] == [
        "* \u201cVoters were asked whether the design proposed by the commission to Redesign the Mississippi State "
        "Flag, which does not contain the Confederate battle flag and\u2026\u201d",
        "* \u201cThe referendum passed by a 72.98% to 27.02% margin on November 3, 2020.\u201d"]
    assert "7 sentences need attention" in talk  # each repeat was a point already: not counted twice
    assert "repeated in the source" not in _outputs("kelloggs-strike-2021")["talk.wikitext"]


def test_the_already_there_rule_holds_whatever_the_figures_layer_pairs(tmp_path):
    # main's facts layer now tells the two Pincher resignations apart, so the real text above
    # no longer raises the conflict; the planner's rule is held by a destination that itself
    # gives two opening dates: the source's sentence, there word for word, is not the one to
    # flag, and dropping it as a conflict would drop a sentence the article already has.
    (tmp_path / "merge.toml").write_text(
        'date = "2026-11-30"\n[source]\ntitle = "Nipigon bridge opening"\nfile = "src.txt"\n'
        '[target]\ntitle = "Nipigon"\nfile = "dest.wikitext"\n')
    (tmp_path / "src.txt").write_text("Nipigon bridge opening\n\nThe Nipigon River Bridge opened to traffic on "
                                      "29 November 2015. It carries four lanes.\n")
    (tmp_path / "dest.wikitext").write_text(
        "Nipigon is a township in Ontario.\n\n== Transport ==\nThe Nipigon River Bridge opened to traffic on "
        "29 November 2015. The bridge opened to traffic in 2017, after repairs.\n\n== References ==\n{{reflist}}\n")
    findings = plan_merge(load_folder(tmp_path)).findings
    opened = [f.kind.value for f in findings if f.sentence.startswith("The Nipigon River Bridge opened")]
    assert opened == ["already_in_target"]

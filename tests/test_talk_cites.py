"""The talk post lists the citations the proposal adds (``mergekit.draft.talkcites``): on the
tuning cases optus-data-breach, colleyville-synagogue-hostage and dalfsen-train-crash, whose
drafts cite news reports for sentences the source article leaves uncited (or cites only to
references the copy does not list), and which the talk post used to pass over in silence."""

from __future__ import annotations

import re
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from mergekit.draft.section import AddedCite
from mergekit.draft.talkcites import COLLAPSED_OVER, added_citations
from tests.hostile import foreign_markup, hostile_text
from tests.realcases import case_outputs, case_plan


def _section(case: str) -> list[str]:
    """The lines of the case's "Citations added" section, its heading first."""
    lines = case_outputs(case)["talk.wikitext"].splitlines()
    start = lines.index("=== Citations added ===")
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("=") or not lines[i]), len(lines))
    return lines[start:end]


def test_optus_lists_each_added_citation_under_its_outlet_with_the_passage():
    # The draft cites WAtoday for "It was then identified that Optus's systems had sustained a
    # data breach." (uncited in the source) and FBC News for "Around 24 hours later, ..."
    # (the source's reference 1, which the copy does not list): the talk post said neither.
    # The second's passage is quoted under its point ("... cites FBC News ..., which says it"),
    # and is not quoted twice.
    section = _section("optus-data-breach")
    assert section[2:] == [
        "* WAtoday, 22 September 2022",
        "** \u201cIt was then identified that Optus's systems had sustained a data breach.\u201d \u2014 \u201c\u2026Hackers "
        "have breached Optus\u2019 systems in one of the largest "
        "cyberattacks in Australian history, accessing names, dates of birth, phone numbers, email addresses, "
        "physical addresses and driver\u2019s licence numbers of millions of the telecommunications "
        "giant\u2019s customers.\u201d",
        "* FBC News (BBC News), 29 September 2022",
        "** \u201cAround 24 hours later, the company went public with the data breach.\u201d (the source article "
        "cites reference 1 here) \u2014 its passage is quoted above, under \u201cPoints to check\u201d.",
    ]
    assert section[1].startswith("The proposal cites these news reports for sentences that the source article "
                                 "leaves uncited or cites only to other references.")
    talk = case_outputs("optus-data-breach")["talk.wikitext"]
    assert "The proposal also adds a news citation to 2 sentences (listed under \u201cCitations added\u201d)." in talk
    # never a file name or a score
    assert not re.search(r"\.txt|\.html|\d\.\d\d|P\(", "\n".join(section))


def test_every_news_citation_the_proposal_adds_is_listed_and_none_other():
    # colleyville: two sentences, one under each outlet. "It ended when the FBI hostage team
    # went into the synagogue." is no longer cited to The Washington Post, whose passage has
    # "hostage" and "team" only in the name "Hostage Rescue Team" (own_words_in_names_only):
    # it is a needs_citation point, not a citation added.
    section = _section("colleyville-synagogue-hostage")
    outlets = [line for line in section if line.startswith("* ")]
    assert outlets == ["* Intermountain Jewish News", "* The Washington Post, January 16, 2022"]
    bullets = [line for line in section if line.startswith("** ")]
    assert [b.split("\u201d")[0] for b in bullets] == [
        "** \u201cThe synagogue is called Congregation Beth Israel.",
        "** \u201cAt 10:41 in the morning, a man with a gun went inside the building and took hostages.",
    ]
    assert "(the source article cites references 1 and 2 here)" in bullets[0]
    # each is cited in the proposal right after its sentence, by a reference to that outlet
    article = case_outputs("colleyville-synagogue-hostage")["Congregation_Beth_Israel_(Colleyville,_Texas).wikitext"]
    assert re.search(r"The synagogue is called Congregation Beth Israel\.<ref[^>]*>\{\{cite news[^}]*"
                     r"\|work=Intermountain Jewish News", article)


def test_the_passage_quoted_is_the_cited_reports_even_below_the_three_best():
    # dalfsen-train-crash: NL Times (23 February 2016) is cited for "There were fifteen
    # passengers on board the train." but scored below three reports that do not say it; the
    # plan kept no passage of it, and the list had nothing to quote.
    [fifteen] = [line for line in _section("dalfsen-train-crash") if "fifteen passengers" in line]
    assert fifteen.endswith("(the source article cites reference 4 here) \u2014 its passage is quoted above, under "
                            "\u201cPoints to check\u201d.")  # under the sentence's point, which names the citation
    lines = case_outputs("dalfsen-train-crash")["talk.wikitext"].splitlines()
    point = next(i for i, line in enumerate(lines) if line.startswith("* \u201cThere were fifteen passengers"))
    assert lines[point + 1].startswith("** NL Times, 23 February 2016: ")
    assert lines[point + 1].endswith("There were about 15 passengers on board.\u201d")
    sp = next(sp for sp in case_plan("dalfsen-train-crash").sentences if "fifteen passengers" in sp.text)
    assert any(ev.source == sp.supporting[0] and "about 15 passengers" in ev.quote for ev in sp.evidence)


def test_a_case_that_adds_no_citation_has_no_such_section():
    talk = case_outputs("fyre-festival")["talk.wikitext"]
    assert "Citations added" not in talk and "adds a news citation" not in talk


def test_the_destination_is_this_article_on_its_own_talk_page():
    # fyre-festival into Ja Rule: "Ja Rule already says this" and "** Ja Rule: “In 2017 …”"
    # read, on Talk:Ja Rule, as the rapper's words.
    talk = case_outputs("fyre-festival")["talk.wikitext"]
    assert ("'''already in this article''': this article already says this, but its passage lacks the word "
            "\u201cfraudulent\u201d; not copied again" in talk)
    assert "** This article: \u201cIn 2017 Ja Rule and businessman Billy McFarland organized" in talk
    assert "Ja Rule already says" not in talk and "** Ja Rule:" not in talk


def _optus_cites() -> tuple[AddedCite, ...]:
    """Added citations made of the Optus case's real sentences and WAtoday's real passage."""
    plan = case_plan("optus-data-breach")
    label = next(label for label, name in plan.source_names if name.startswith("WAtoday"))
    passage = "Hackers have breached Optus\u2019 systems in one of the largest cyberattacks in Australian history."
    return tuple(AddedCite(sp.text, label, passage) for sp in plan.sentences)


def test_a_long_list_is_collapsed_and_a_short_one_is_not():
    plan = case_plan("optus-data-breach")
    cites = _optus_cites()
    assert len(cites) > COLLAPSED_OVER
    long = added_citations(cites, plan)
    assert long[3] == f"{{{{Collapse top|title={len(cites)} citations added, by source}}}}"
    assert long[-1] == "{{Collapse bottom}}"
    assert sum(line.startswith("** ") for line in long) == len(cites)
    assert sum(line.startswith("* ") for line in long) == 1  # one outlet, one group
    short = added_citations(cites[:COLLAPSED_OVER], plan)
    assert not any("Collapse" in line for line in short)
    assert short[2].startswith("The proposal cites this news report for sentences")


def test_a_replaced_citation_names_the_report_it_replaces():
    plan = case_plan("optus-data-breach")
    labels = {name.split(",")[0]: label for label, name in plan.source_names}
    cite = replace(_optus_cites()[3], dropped=(labels["Express Digest"],), beside_refs=(("2", ""),))
    [line] = [line for line in added_citations((cite,), plan) if line.startswith("** ")]
    assert ("(in place of Express Digest, which does not say it; the source article also cites reference 2 here)"
            in line)
    assert added_citations((), plan) == []


@settings(max_examples=60, deadline=None)
@given(outlet=hostile_text, sentence=hostile_text, passage=hostile_text, key=hostile_text,
       many=st.booleans())
def test_no_input_string_adds_markup_to_the_list(outlet, sentence, passage, key, many):
    plan = case_plan("optus-data-breach")
    label = plan.source_names[0][0]
    plan = replace(plan, source_names=((label, outlet), *plan.source_names[1:]))
    cites = (AddedCite(sentence, label, passage, beside=(label,), beside_refs=((key, ""), (key, outlet)), dropped=(label,)),) * (COLLAPSED_OVER + 1 if many else 1)
    text = "\n".join(added_citations(cites, plan))
    assert foreign_markup(text, headings=1) == []


def test_a_passage_quoted_under_another_sentence_names_that_sentence():
    # zanesville-animal-escape (held out, read at the end of session 17) and wakashio: the
    # added citation's passage had been quoted under the point on another sentence, and the
    # bullet said only "quoted above, under “Points to check”", where the editor found it
    # under a sentence the citation is not for.
    [line] = [line for line in _section("wakashio-oil-spill") if "did not immediately begin leaking oil" in line]
    assert "\u2014 its passage is quoted above, under the point on \u201cAt the time of her grounding" in line
    talk = case_outputs("wakashio-oil-spill")["talk.wikitext"]
    assert "\n* \u201cAt the time of her grounding, Wakashio was sailing" in talk  # that point exists above

"""A source's lists of no prose: never joined into a sentence, never carried with a lead-in
that lost them; the draft names them to the editor in a hidden note where they stood
(``mergekit.load.wikitext``, ``mergekit.draft.lists``)."""

from __future__ import annotations

from pathlib import Path

from mergekit.audit import audit
from mergekit.check.rsp import builtin_table
from mergekit.load.inputs import load_folder
from mergekit.load.wikitext import parse_wikitext
from mergekit.model import SourceList
from mergekit.pipeline import render_merge

STRAWBERRY = Path(__file__).parent / "cases" / "real" / "strawberry-needle-contamination" / "input"
QUEENSLAND = ("Donnybrook Berries", "Love Berry", "Delightful Strawberries", "Oasis brands", "Berry Obsession",
              "Berry Licious")


def _texts(article) -> list[str]:
    return [s.text for sec in article.sections for s in sec.sentences]


def test_a_stored_copys_dash_items_are_a_list_not_prose():
    # strawberry-needle-contamination (tune): "Strawberries grown in Queensland:" then
    # "- Donnybrook Berries" ... was read as "Strawberries grown in Queensland: - Donnybrook
    # Berries - Love Berry - ...", and the lead-ins were carried without their lists.
    source = load_folder(STRAWBERRY).source
    brands = next(sec for sec in source.sections if sec.title == "Affected brands")
    assert [(s.paragraph, s.text) for s in brands.sentences] == [
        (0, "Police and state health authorities recommended consumers either dispose of affected brands or "
            "return them to the place of purchase."),
        (0, "They also recommended that consumers cut up other brands before eating."),
        (0, 'Queensland chief health officer Dr Jeannette Young stated that "If they do have any strawberries it '
            'would be safest to dispose of them."'),
    ]
    assert not any(" - " in text or text.endswith(":") for text in _texts(source))
    assert source.lists == (
        SourceList("Affected brands", 0, (
            "By 16 September 2018, the following brands had been identified by authorities as being involved in "
            "the contamination:", "Strawberries grown in Queensland:"), QUEENSLAND),
        SourceList("Affected brands", 0, ("Strawberries grown in Western Australia:",),
                   ("Mal's Black Label", "Australian Choice")),
    )


def test_infobox_rows_stay_furniture_not_a_list():
    text = "= Spill =\n\nNorilsk diesel oil spill\n- Location: Norilsk\n- Operator: NTEK\n\nThe spill began in May.\n"
    article = parse_wikitext(text)
    assert _texts(article) == ["The spill began in May."] and article.lists == ()


def test_wikitext_lists_sentence_items_and_where_a_list_stands():
    text = ("== Victims ==\nThe first death came in May.\n\nThe dead were:\n* Anna Kovacs, 12\n"
            "* Béla Tóth, 40<ref>{{cite news |title=Dead}}</ref>\n\nThe mayor spoke.\n"
            "* The school closed for a week.\n- Two roads closed\n")
    article = parse_wikitext(text)
    assert [(s.paragraph, s.text) for s in article.sections[-1].sentences] == [
        (0, "The first death came in May."), (1, "The mayor spoke."), (2, "The school closed for a week.")]
    assert article.lists == (
        SourceList("Victims", 1, ("The dead were:",), ("Anna Kovacs, 12", "Béla Tóth, 40"), ("#1",)),
        SourceList("Victims", 3, (), ("Two roads closed",)),
    )


def test_the_draft_names_each_list_where_it_stood_and_keeps_every_promise():
    inputs = load_folder(STRAWBERRY)
    rendered = render_merge(inputs, rsp=builtin_table())
    assert audit(inputs, rendered.decided.plan, rendered.files) == []
    draft = next(text for name, text in rendered.files.items()
                 if name.endswith(".wikitext") and "talk" not in name and name != "redirect.wikitext")
    brands = draft[draft.index("=== Affected brands ===\n"):].splitlines()
    notes = [line for line in brands if line.startswith("<!--")]
    assert len(notes) == 2 and brands[1] == notes[0] and brands[3] == notes[1]  # before the prose that followed
    assert brands[5].startswith("Police and state health authorities recommended")
    assert '"Affected brands", under "By 16 September 2018,' in notes[0]
    assert f"(6 items: {'; '.join(QUEENSLAND)})" in notes[0]
    assert "(2 items: Mal's Black Label; Australian Choice)" in notes[1]
    prose = "\n".join(line for line in draft.splitlines() if not line.startswith("<!--"))
    assert "Donnybrook Berries" not in prose and "grown in Queensland:" not in prose


def test_a_lists_citations_go_into_its_note():
    # tests/cases/articles/wikitext-lists.wikitext: "The harbour authority gave these
    # figures:<ref name="hn">" was carried as a sentence without its figures
    from mergekit.draft.lists import list_note

    article = parse_wikitext((Path(__file__).parent / "cases" / "articles" / "wikitext-lists.wikitext")
                             .read_text(encoding="utf-8"))
    found = SourceList("Casualties", 0, ("The harbour authority gave these figures:",),
                       ("2 passengers killed", "30 injured"), ("hn",))
    assert article.lists == (found,)
    note = list_note(found, "Norvale ferry fire", ("Ferry fire: two dead", "a --> b"))
    assert note == ('<!-- not merged: a list of "Norvale ferry fire", section "Casualties", under "The harbour '
                    'authority gave these figures:" (2 items: 2 passengers killed; 30 injured; cited there: '
                    '"Ferry fire: two dead"; "a &#45;-&#62; b"): a list is not checked item by item against the '
                    'sources; add it by hand, with a source, if it belongs here -->')


def test_a_list_whose_section_carries_nothing_is_named_after_the_rest():
    # a section of the source with a list and no sentence the merge carries: the note goes
    # at the end of the new section, never under a heading of its own
    from dataclasses import replace

    inputs = load_folder(STRAWBERRY)
    lonely = SourceList("Retailers", 0, ("Shops:",), ("Coles", "Aldi"))
    inputs = replace(inputs, source=replace(inputs.source, lists=(*inputs.source.lists, lonely)))
    rendered = render_merge(inputs, rsp=builtin_table())
    assert audit(inputs, rendered.decided.plan, rendered.files) == []
    draft = next(text for name, text in rendered.files.items()
                 if name.endswith(".wikitext") and "talk" not in name and name != "redirect.wikitext")
    section = draft[draft.index("=== Affected brands ===\n"):draft.index("== References ==")].strip().splitlines()
    assert section[-1].startswith('<!-- not merged: a list of "2018 Australian strawberry contamination", '
                                  'section "Retailers", under "Shops:" (2 items: Coles; Aldi): ')
    assert "=== Retailers ===" not in draft


def test_a_lead_in_closing_a_paragraph_of_prose_leaves_the_prose():
    text = ("== Victims ==\nThe fire began at noon.<ref>{{cite news |title=Noon}}</ref> Those killed "
            "were:<ref>{{cite news |title=Dead}}</ref>\n* Anna Kovacs\n* Béla Tóth\n\nThe mayor spoke.\n")
    article = parse_wikitext(text)
    assert [(s.paragraph, s.text, s.refs) for s in article.sections[-1].sentences] == [
        (0, "The fire began at noon.", ("#1",)), (1, "The mayor spoke.", ())]
    assert article.lists == (SourceList("Victims", 1, ("Those killed were:",), ("Anna Kovacs", "Béla Tóth"), ("#2",)),)
    # a second list below the first has no lead-in of its own: the prose above stays
    again = parse_wikitext(text.replace("\n\nThe mayor", "\n\n* Ceza Nagy\n\nThe mayor"))
    assert [s.text for s in again.sections[-1].sentences] == ["The fire began at noon.", "The mayor spoke."]
    assert [(x.lead_in, x.items) for x in again.lists] == [
        (("Those killed were:",), ("Anna Kovacs", "Béla Tóth")), ((), ("Ceza Nagy",))]

"""Which template a source article's reference is drafted as (``mergekit.draft.citekind``):
``{{cite web}}`` for a web page, ``{{cite news}}`` for a news report, by what the source says."""

from __future__ import annotations

from pathlib import Path

from mergekit.draft.citekind import CITE_NEWS, CITE_WEB, source_template
from mergekit.draft.refs import CiteData, cite_template
from mergekit.load.cite import reference_from_wikitext
from mergekit.load.inputs import load_folder
from mergekit.load.reflist import parse_reference_entry
from mergekit.outputs import render_outputs
from mergekit.plan import plan_merge

_WALTERDALE = Path(__file__).parent / "cases" / "real" / "walterdale-bridge" / "input"


def test_a_rendered_reference_whose_work_is_a_site_address_is_a_web_page():
    # walterdale-bridge's entry 3 was drafted as {{cite news |work=edmonton.ca}}
    city = parse_reference_entry("3", '"Walterdale Bridge". edmonton.ca. April 23, 2012. Retrieved 2012-04-23.')
    assert source_template(city) == CITE_WEB
    ispr = parse_reference_entry("9", '"Inter Services Public Relations Pakistan". www.ispr.gov.pk. Retrieved 9 May 2023.')
    assert source_template(ispr) == CITE_WEB


def test_a_rendered_reference_that_does_not_tell_stays_news():
    # A rendered copy prints an organisation and a newspaper alike: "Parks Canada" is not told
    # apart from "BBC News" by the entry, so it is not guessed to be a web page.
    parks = parse_reference_entry("2", '"John Walter Historic Area". Parks Canada. Retrieved April 25, 2014.')
    assert source_template(parks) == CITE_NEWS
    bbc = parse_reference_entry("4", '"Madeira crash: At least 28 killed on tourist bus near Caniço". BBC News. 17 April 2019.')
    assert source_template(bbc) == CITE_NEWS


def test_a_wikitext_reference_keeps_the_template_the_source_wrote():
    web = reference_from_wikitext("a", "{{Cite web |title=John Walter Historic Area |publisher=Parks Canada}}")
    news = reference_from_wikitext("b", "{{cite news |title=Walterdale Bridge |work=edmonton.ca}}")
    assert (source_template(web), source_template(news)) == (CITE_WEB, CITE_NEWS)


def test_a_template_name_with_a_run_of_spaces_or_underscores_is_the_same_template():
    # MediaWiki reads "Cite  web" and "Cite__web" as "Cite web": it was drafted as cite news
    for name in ("Cite  web", "Cite__web", "cite _ web", " Template:Cite  web "):
        web = reference_from_wikitext("a", f"{{{{{name} |title=John Walter Historic Area |publisher=Parks Canada}}}}")
        assert source_template(web) == CITE_WEB, name


def test_cite_web_names_its_work_website():
    cite = CiteData("ref:3", "Walterdale Bridge", "edmonton.ca", "2012-04-23", template=CITE_WEB)
    assert cite_template(cite, style="mdy") == "{{cite web |title=Walterdale Bridge |website=edmonton.ca |date=April 23, 2012}}"


def test_walterdale_draft_cites_the_city_page_as_a_web_page():
    inputs = load_folder(_WALTERDALE)
    draft = render_outputs(plan_merge(inputs), inputs, flags=False)["talk.wikitext"]
    assert "{{cite web |title=Walterdale Bridge |website=edmonton.ca" in draft
    assert "{{cite news |title=John Walter Historic Area |work=Parks Canada}}" in draft

"""Reference names in the draft: reuse what the destination cites, never collide."""

from __future__ import annotations

from mergekit.draft.refs import CiteData, RefRegistry, cite_template
from mergekit.load.cite import reference_from_wikitext
from mergekit.load.reflist import parse_reference_entry
from mergekit.model import Reference

EURACTIV = CiteData("003.txt", "Police raid compound", "Euractiv", None, None, None)


def test_new_name_avoids_a_name_the_destination_uses_for_another_source():
    registry = RefRegistry(style="dmy", taken={"euractiv", "euractiv-2"})
    first = registry.ref(EURACTIV)
    assert first.startswith('<ref name="euractiv-3">{{cite news')
    assert registry.ref(EURACTIV) == '<ref name="euractiv-3" />'


def test_a_source_the_destination_cites_is_reused_by_its_name_and_never_redefined():
    registry = RefRegistry(style="dmy", taken={"memo-raid"}, existing={"003.txt": "memo-raid"})
    assert registry.ref(EURACTIV) == '<ref name="memo-raid" />'
    assert registry.ref(EURACTIV) == '<ref name="memo-raid" />'


def test_two_sources_from_one_outlet_and_day_get_two_names():
    registry = RefRegistry(style="dmy", taken=set())
    a = CiteData("a.txt", "One", "Daily", "2024-01-02")
    b = CiteData("b.txt", "Two", "Daily", "2024-01-02")
    assert registry.name_for(a) == "daily-2024-01-02" and registry.name_for(b) == "daily-2024-01-02-2"


def test_names_are_never_purely_numeric():
    registry = RefRegistry(style="dmy", taken=set())
    assert not registry.name_for(CiteData("x.txt", "1999", "1999")).isdigit()


def test_cite_news_fields_and_escaping():
    cite = CiteData("x.txt", "A | B [[x]]", "Times", "2023-06-21", "https://x.example/a b", "2023-07-26", "Doe, Jane")
    text = cite_template(cite, style="dmy")
    assert text == ("{{cite news |last=Doe |first=Jane |title=A &#124; B &#91;&#91;x&#93;&#93; "
                    "|url=https://x.example/a%20b |work=Times |date=21 June 2023 |access-date=26 July 2023}}")
    assert "access-date" not in cite_template(CiteData("y", "T", access_date="2023-07-26"), style="dmy")


def test_a_reference_s_language_is_its_own_field_never_the_work():
    # shuri-castle-fire: "(in Japanese)" was written as |work=(in Japanese), losing Jiji
    cite = CiteData("ref:6", "首里城の火災鎮火", "Jiji", "2019-10-31", language="Japanese")
    assert cite_template(cite, style="dmy") == "{{cite news |title=首里城の火災鎮火 |work=Jiji |language=Japanese |date=31 October 2019}}"


def test_a_reference_read_no_further_than_its_text_is_cited_as_written():
    # walterdale-bridge: a book entry with no quoted title became {{cite news |title=Ivany,
    # Kathryn (2004). Historic Walks of Edmonton. ...}}: a book as a news report, its whole
    # entry as the title, and "Incomplete citations" on the talk page
    raw = "Ivany, Kathryn (2004). Historic Walks of Edmonton. Red Deer Press, Calgary. pp. 25–31. ISBN 0889952981."
    book = CiteData("ref:1", raw, raw=raw, text_only=True)
    assert RefRegistry(style="dmy", taken=set()).ref(book) == f'<ref name="ivany-kathryn-2004-historic">{raw}</ref>'
    # an entry read into its fields is still a cite
    titled = CiteData("ref:2", "John Walter Historic Area", "Parks Canada", raw='"John Walter Historic Area". Parks Canada.')
    assert "{{cite news |title=John Walter Historic Area |work=Parks Canada}}" in RefRegistry(style="dmy", taken=set()).ref(titled)


def test_a_reference_cited_as_written_keeps_its_url_a_link():
    # an entry read no further than its text that gives a URL: the URL stays a link (it was
    # "https&#58;//...", shown but dead), the rest of the entry inert as before
    raw = "Ivany, Kathryn (2004). Historic Walks of Edmonton {{x}}. https://books.example.org/ivany?a=1|b (archived)."
    book = CiteData("ref:1", raw, url="https://books.example.org/ivany?a=1|b", raw=raw, text_only=True)
    body = RefRegistry(style="dmy", taken=set()).ref(book)
    assert body == ('<ref name="ivany-kathryn-2004-historic">Ivany, Kathryn (2004). Historic Walks of Edmonton '
                    '&#123;&#123;x&#125;&#125;. https://books.example.org/ivany?a=1%7Cb (archived).</ref>')
    # a URL that is no http(s) link stays inert text
    odd = CiteData("ref:2", "Notes. ftp://example.org/x", url="ftp://example.org/x", raw="Notes. ftp://example.org/x",
                   text_only=True)
    assert "://" not in RefRegistry(style="dmy", taken=set()).ref(odd)


def _cited(ref: Reference) -> str:
    cite = CiteData(f"ref:{ref.key}", ref.title, ref.work or ref.publisher, ref.date, ref.url, raw=ref.raw,
                    text_only=ref.text_only)
    return RefRegistry(style="dmy", taken=set()).ref(cite)


def test_a_wikitext_reference_of_free_text_with_markup_is_cited_as_written():
    # a wikitext source's free-text book entry with italics and a template became {{cite news
    # |title=<whole entry>}}: its title (the markup stripped) was not its raw contents, so it
    # was taken for a parsed title
    raw = "Ivany, Kathryn (2004). ''Historic Walks of Edmonton''. Red Deer Press. {{ISBN|0889952981}}"
    ref = reference_from_wikitext("1", raw)
    assert ref.text_only
    assert _cited(ref) == ('<ref name="ivany-kathryn-2004-historic">Ivany, Kathryn (2004). Historic Walks of '
                           'Edmonton. Red Deer Press.</ref>')
    # markup a hostile entry carries stays inert
    hostile = reference_from_wikitext("2", "Notes &lt;script&gt; &#123;&#123;x}} [[a]] '''b''' ~~~~ __NOTOC__")
    body = _cited(hostile)
    assert "{{" not in body and "<script" not in body and "~~~" not in body and "__NOTOC__" not in body


def test_a_reference_read_into_fields_is_never_text_only():
    assert not reference_from_wikitext("1", "{{cite web |title=Ivany}}").text_only
    assert not parse_reference_entry("1", '"John Walter Historic Area". Parks Canada.').text_only
    assert parse_reference_entry("2", "Ivany, Kathryn (2004). Historic Walks of Edmonton.").text_only
    assert not reference_from_wikitext("3", "<!-- -->").text_only


def test_a_pipe_written_as_the_bang_template_in_a_cite_title_is_kept():
    # trial-2: "title=Boat accident collapses part of bridge in China {{!}} AP" was read as
    # "... in China AP" (strip_code drops every template), and the draft cited that title.
    from mergekit.load.cite import reference_from_wikitext

    ref = reference_from_wikitext("ap", "{{cite news |title=Ship hits bridge {{!}} AP |work=[[Associated Press|AP]] "
                                        "|date=22 February 2024}}")
    assert ref.title == "Ship hits bridge | AP"
    assert ref.work == "AP"

"""rv15: references lost on load, each now carried (docs/trial-7.md, "rv15").

- a free-text ``<ref>[https://x Meeting notes]</ref>`` was drafted as "Meeting notes", its URL
  lost: its links are read (``Reference.links``) and written back as links;
- a ``{{sfn|Smith|2020|p=5}}`` was read as nothing, and its sentence tagged {{citation needed}}:
  a short citation is a reference (``mergekit.load.shortcite``), written back as written, with a
  hidden note and a point on the talk page where the destination lacks its full citation;
- a ``<ref>`` inside a link's title ("[[mayor<ref/> of Ambridge]]") made the link literal
  text, its brackets escaped: the link is read as written, the ref right after it.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import mwparserfromhell
import pytest
from hypothesis import HealthCheck, example, given, settings

from mergekit.draft.refs import CiteData, RefRegistry
from mergekit.load.cite import reference_from_wikitext
from mergekit.load.inputs import load_folder
from mergekit.load.wikitext import parse_wikitext
from mergekit.outputs import render_outputs
from mergekit.plan import plan_merge
from tests.hostile import foreign_markup, hostile_text

TARGET = """{{Use dmy dates|date=May 2021}}
'''Borsetshire''' is a county.<ref name="b">{{cite web |title=About Borsetshire |url=https://example.com/b \
|website=Borsetshire}}</ref>

== History ==
The county was founded in 1200.<ref name="b" />{FULL}

== References ==
{{reflist}}
"""
MANIFEST = """date = "2021-06-01"
[source]
file = "Ambridge_flood.wikitext"
title = "Ambridge flood"
[target]
file = "Borsetshire.wikitext"
title = "Borsetshire"
"""
LEAD = ("The '''Ambridge flood''' was a flood in May 2021.<ref>{{cite news |title=Flood hits Ambridge "
        "|work=Gazette |date=2021-05-05 |url=https://example.com/g}}</ref>\n\n== Response ==\n")
BIBLIOGRAPHY = ("\n\n== References ==\n{{reflist}}\n\n== Bibliography ==\n"
                "* {{cite book |last=Smith |first=John |year=2020 |title=Floods of Borsetshire |publisher=Borchester Press}}\n")


def _run(body: str, *, full: str = "") -> tuple[str, str]:
    """The draft's new section and the talk post, for a source of ``LEAD`` + ``body``."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "Ambridge_flood.wikitext").write_text(LEAD + body + BIBLIOGRAPHY, encoding="utf-8")
        target = TARGET.replace("{FULL}", full)
        (folder / "Borsetshire.wikitext").write_text(target, encoding="utf-8")
        (folder / "merge.toml").write_text(MANIFEST, encoding="utf-8")
        inputs = load_folder(folder)
        files = render_outputs(plan_merge(inputs), inputs)
    head, tail = target.split("== References ==")
    return files["Borsetshire.wikitext"][len(head):-len("== References ==" + tail)], files["talk.wikitext"]


# --- 1. a bracketed link in a free-text reference keeps its URL

def test_a_free_text_reference_s_links_are_read_over_its_text():
    ref = reference_from_wikitext("1", "[https://example.com/m Meeting notes]")
    assert ref.title == "Meeting notes" and ref.links == ((0, 13, "https://example.com/m"),)
    ref = reference_from_wikitext("2", "Smith, [https://a.example/x ''Report''], 2020; see https://b.example/y.")
    assert [(ref.title[a:b], url) for a, b, url in ref.links] == [("Report", "https://a.example/x"),
                                                                 ("https://b.example/y", "https://b.example/y")]


def test_a_bracketed_link_reference_is_drafted_with_its_url():
    section, _ = _run("The council met on 6 May 2021 to plan the repairs.<ref>[https://example.com/m Meeting notes]</ref>\n")
    assert '<ref name="meeting-notes">[https://example.com/m Meeting notes]</ref>' in section


def test_a_link_s_url_and_label_are_escaped_as_everywhere_else():
    ref = reference_from_wikitext("1", "Notes [https://e.example/a|b{{x}} Rep]ort ~~~~ '''b''']")
    body = RefRegistry(style="dmy", taken=set()).ref(CiteData("ref:1", ref.title, url=ref.url, raw=ref.raw,
                                                              text_only=True, links=ref.links))
    # rv17: a template in a URL gives a URL no one can know: the link is left text, never a URL
    # the source does not show (it was "[https://e.example/a%7Cb%7B%7Bx%7D%7D Rep]")
    assert "https://" not in body and "Notes Report" in body and "~~~" not in body and "{{" not in body
    assert not foreign_markup(body)
    ref = reference_from_wikitext("1", "Notes [https://e.example/a{{!}}b Rep]ort ~~~~ B]")
    body = RefRegistry(style="dmy", taken=set()).ref(CiteData("ref:1", ref.title, url=ref.url, raw=ref.raw,
                                                              text_only=True, links=ref.links))
    assert "[https://e.example/a%7Cb Rep]" in body and "~~~" not in body and "{{" not in body
    assert not foreign_markup(body)
    # a link that is no http(s) URL keeps its words, its URL in a hidden note
    ftp = reference_from_wikitext("2", "[ftp://e.example/a Archive]")
    body = RefRegistry(style="dmy", taken=set()).ref(CiteData("ref:2", ftp.title, url=ftp.url, raw=ftp.raw,
                                                              text_only=True, links=ftp.links))
    assert "Archive<!-- url: ftp://e.example/a -->" in body and "[ftp:" not in body


# --- 2. short citations

def test_a_sentence_citing_an_sfn_is_cited_never_tagged():
    section, talk = _run("The bridge reopened in 2022.{{sfn|Smith|2020|p=5}}\n")
    sentence = next(line for line in section.splitlines() if "reopened" in line)
    assert "{{sfn|Smith|2020|p=5}}" in sentence and "citation needed" not in sentence
    # the destination has no full citation of Smith 2020: said in a hidden note (the source's
    # full citation as written, for the editor to add) and on the talk page; none is made up
    assert ("<!-- short citation Smith 2020, p. 5: this page has no full citation of Smith 2020 for it to point to; "
            "add it to the page's sources (the source article lists it as: {{cite book |last=Smith |first=John "
            "|year=2020 |title=Floods of Borsetshire |publisher=Borchester Press}}) -->") in sentence
    assert "* The proposed text keeps the short citation Smith 2020, p. 5, but this article has no full citation" in talk
    assert "{{reflist-talk}}" in talk


def test_an_sfn_whose_full_citation_the_destination_has_is_carried_as_written_alone():
    section, talk = _run("The bridge reopened in 2022.{{sfn|Smith|2020|p=5}}\n",
                         full=" It floods.<ref>{{cite book |last=Smith |year=2020 |title=Floods}}</ref>")
    assert "The bridge reopened in 2022.{{sfn|Smith|2020|p=5}}\n" in section + "\n"
    assert "<!-- short citation" not in section and "keeps the short citation" not in talk


def test_a_harvnb_in_a_ref_is_cited_and_a_missing_full_citation_is_said_not_invented():
    section, _ = _run("The bridge reopened in 2022.<ref>{{harvnb|Jones|Brown|2019|pp=3–4}}</ref>\n")
    sentence = next(line for line in section.splitlines() if "reopened" in line)
    assert '{{harvnb|Jones|Brown|2019|pp=3–4}}</ref>' in sentence and "citation needed" not in sentence
    assert "(the source article lists none either)" in sentence


def test_the_reader_links_a_short_citation_to_its_full_citation_by_surname_and_year():
    article = parse_wikitext("It rose.{{sfn|Smith|2020|p=5}} It fell.{{sfn|Doe|1999}}\n\n== Sources ==\n"
                             "* {{cite book |last1=Smith |first1=J |date=3 May 2020 |title=T}}\n")
    smith, doe = (article.reference(s.refs[0]) for _, s in article.sentences())
    assert smith is not None and smith.full == "{{cite book |last1=Smith |first1=J |date=3 May 2020 |title=T}}"
    assert doe is not None and doe.short and doe.full is None


# --- 3. a ref inside a link's title

def test_a_ref_inside_a_link_s_title_leaves_the_link_a_link_and_the_ref_after_it():
    section, _ = _run('The [[mayor<ref name="g2">{{cite news |title=Mayor acts |work=Gazette |date=2021-05-07 '
                      '|url=https://example.com/g2}}</ref> of Ambridge]] closed the bridge on 7 May 2021.\n')
    assert "The [[mayor of Ambridge]]<ref name=" in section and "&#91;" not in section


def test_a_link_is_mended_only_where_its_title_is_plain_words_and_refs():
    article = parse_wikitext("The [[mayor<ref>a</ref> of<ref>b</ref> Ambridge]] spoke. A [[b{{x}}<ref>c</ref>]] d.")
    first = article.sentences()[0][1]
    assert first.text == "The mayor of Ambridge spoke." and first.markup[0].target == "mayor of Ambridge"
    assert [at for _, at in first.cite_at] == [len("The mayor of Ambridge")] * 2
    assert any(r.startswith("link mended: mayor of Ambridge") for r in article.removed)


# --- hostile: a URL with markup, an sfn with markup in its parameters

def _entities(text: str) -> str:
    """``text`` as character references: field data, never the source's own markup (as in
    ``test_hostile_outputs``: a raw "[[" there would make a link of the source's, carried as one)."""
    return "".join(c if c.isalnum() else f"&#{ord(c)};" for c in text)


@settings(max_examples=int(os.environ.get("RV15_EXAMPLES", "20")), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(url=hostile_text, label=hostile_text, who=hostile_text, page=hostile_text, title=hostile_text)
@example(url="'''", label="[[''<ref>", who="[[", page="[[", title="[[")
def test_no_reference_string_adds_markup(url, label, who, page, title):
    body = (f"The council met on 6 May 2021.<ref>[https://e.example/{url} {label}]</ref> "
            f"The bridge reopened in 2022.{{{{sfn|{who}|2020|p={page}}}}} "
            f"The [[mayor<ref>{{{{cite news |title={_entities(title)} |work=W}}}}</ref> of Ambridge]] spoke in 2021.\n")
    try:
        section, talk = _run(body.replace("\x00", ""))
    except Exception as exc:  # a hostile string may break the source's markup: a typed error, never a crash
        from mergekit.errors import MergekitError
        assert isinstance(exc, MergekitError), exc
        return
    headings = len(mwparserfromhell.parse(section).filter_headings())
    assert not _foreign(section, headings=headings), (_foreign(section, headings=headings), section)
    assert not _foreign(talk, signatures=1), (_foreign(talk, signatures=1), talk)


def _foreign(text: str, **options) -> list[str]:
    """``foreign_markup`` but for piped links: a raw "[[" of the hostile strings makes a link of
    the source's own ("[[__NOTOC__|2020…]]"), which the draft carries as a link, its target and
    label escaped (``draft.inline``, whose escaping ``test_draft_links`` checks); and a raw
    two quote marks make the source's own italics, carried as written (found by hypothesis:
    a label "[[" with two quote marks and a URL of three made italics around escaped brackets)."""
    return [problem for problem in foreign_markup(text, **options)
            if not problem.startswith(("piped link", "tag \"''"))]


def test_a_short_citation_with_markup_in_its_parameters_is_escaped():
    section, talk = _run("The bridge reopened in 2022.{{sfn|Smi]]th{{!}}|2020|p=5}}~~~~ [[x]]}}\n")
    assert not foreign_markup(section, headings=len(mwparserfromhell.parse(section).filter_headings())), section
    assert not foreign_markup(talk, signatures=1), talk


def test_the_note_on_a_short_citation_names_its_surnames_where_a_named_parameter_comes_first():
    # rv17: "{{sfn|p=5|Smith|2020}}" was said to lack a full citation of "5 2020"
    section, _ = _run("The bridge reopened in 2022.{{sfn|p=5|Smith|2020}}\n")
    sentence = next(line for line in section.splitlines() if "reopened" in line)
    assert "this page has no full citation of Smith 2020 for it to point to" in sentence


def test_a_mended_link_s_ref_goes_after_its_trail():
    # rv17: "[[Smith<ref>a</ref>]]s" put the citation at "Smith", and the draft wrote
    # "[[Smith]]<ref>…</ref>s": the word split, the link trail broken
    article = parse_wikitext("The report of [[Smith<ref>a</ref>]]s was read. The [[mayor<ref>b</ref>]] spoke.")
    (_, first), (_, second) = article.sentences()
    assert first.text == "The report of Smiths was read." and first.markup[0].target == "Smith"
    assert [at for _, at in first.cite_at] == [len("The report of Smiths")]
    assert [at for _, at in second.cite_at] == [len("The mayor")]
    section, _ = _run('The [[mayor<ref name="g2">{{cite news |title=Mayor acts |work=Gazette |date=2021-05-07 '
                      '|url=https://example.com/g2}}</ref>]]s closed the bridge on 7 May 2021.\n')
    assert "The [[mayor]]s<ref name=" in section


@pytest.mark.parametrize("body", [
    "The council met on 6 May 2021 to plan the repairs.<ref>Notes at [https://e.example/a&#xd800;b Minutes] of the council</ref>\n",
    "The council met on 6 May 2021 to plan the repairs.<ref>Notes at https://e.example/a&#xd800;b of the council</ref>\n",
    "The council met on 6 May 2021 to plan the repairs&#xd800; in full.<ref>Notes of the council</ref>\n",
    "The council met on 6 May 2021 to plan the repairs.<ref>{{cite web |url=https://e.example/a&#55296;b |title=Minutes}}</ref>\n",
    "The council met on 6 May 2021 to plan the repairs.<ref>Notes &#x110000; of the council</ref>\n",
])
def test_an_entity_of_a_character_no_text_can_hold_is_written_as_the_replacement_character(body):
    # rv18: a lone surrogate entity, decoded, stopped every output with a UnicodeEncodeError
    section, talk = _run(body)
    for text in (section, talk):
        text.encode("utf-8")
        assert "\ud800" not in text

"""Escaped text rendered by the real local MediaWiki: it shows as itself and links nothing.

mwparserfromhell stands in for MediaWiki in the property tests; here MediaWiki itself
judges the bracket rules of ``mergekit.draft.escape`` (a lone or editorial bracket stays as
it is, a pair or a bracket before a URL scheme is an entity) and a hidden note that opens
a line before the prose (``mergekit.draft.pointers``): no link, no preformatted block."""

from __future__ import annotations

import html
import re

import pytest

from mergekit.draft.escape import escape_comment, escape_param, escape_wikitext
from mergekit.net.preview import render_preview

TEXTS = [
    "the city's historic urban landscape [...] permanently unbalanced.",  # liverpool's quotation
    "[[Category:EVIL]] and [[Main Page]]", "[http://evil.example x]", "[//evil.example x]",
    "[mailto:a@evil.example x]", "[news:comp.x y]", "[ https://evil.example z]", "a [sic] b [1] c",
    "x [", "] y", "[[[x]]]", "Raid]] [[Category:EVIL|1 August 2023",
]


def _visible(page: str) -> str:
    body = re.sub(r"<[^>]+>", "", page)
    return " ".join(html.unescape(body).split())


@pytest.mark.parametrize("text", TEXTS)
def test_escaped_prose_renders_as_itself_and_links_nothing(wiki, settings, text):
    # Each text beside a link of mergekit's own on both sides: an edge bracket can pair with none.
    # A parameter as {{cite news}} shows its title: the label of the url's external link.
    wikitext = f"[[Own]]{escape_wikitext(text)}[[Own]]\n\n[https://news.example/a {escape_param(text)}]"
    page, _ = render_preview(wiki.api, wikitext, "Escape check", settings)
    hrefs = re.findall(r'href="([^"]*)"', page)
    assert [h for h in hrefs if "Own" not in h] == ["https://news.example/a"], (text, hrefs)
    assert "Category" not in "".join(re.findall(r'<div id="catlinks".*', page, re.S))
    shown = " ".join(text.split())
    assert f"Own{shown}Own" in _visible(page), _visible(page)
    label = re.search(r'href="https://news.example/a"[^>]*>(.*?)</a>', page, re.S)
    assert label and " ".join(html.unescape(label.group(1)).split()) == shown, page


def test_a_hidden_note_opening_a_line_leaves_the_prose_a_plain_paragraph(wiki, settings):
    note = escape_comment("\u201chis\u201d points back to a sentence of the source left out here: \u201cOn August\u2026\u201d")
    page, _ = render_preview(wiki.api, f"<!-- {note} -->34-year-old Tailei Qi, one of his graduate students, was "
                                       "arrested.", "Note check", settings)
    assert "<pre" not in page and "<p>34-year-old Tailei Qi" in page

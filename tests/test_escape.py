"""Text is data: escaping keeps every character and opens no markup."""

from __future__ import annotations

import html

import mwparserfromhell
import pytest

from mergekit.draft.escape import escape_url, escape_wikitext

CASES = [
    "[[Category:Spam]]", "{{delete}}", "<script>x</script>", "'''bold''' and ''italic''",
    "~~~~", "~~~~~", "__NOTOC__", "a | b", "* list", "== heading ==", "# one", ": indent",
    "&amp; stays text", "plain text, with (brackets) and 100% -- fine.", "[https://x.example link]",
]


@pytest.mark.parametrize("text", CASES)
def test_escaped_text_renders_as_itself_and_parses_as_plain_text(text):
    escaped = escape_wikitext(text)
    code = mwparserfromhell.parse(escaped)
    assert not code.filter_templates() and not code.filter_wikilinks() and not code.filter_tags()
    assert not code.filter_external_links()
    assert "~~~" not in escaped and "''" not in escaped and "__" not in escaped
    assert html.unescape(escaped) == text


def test_url_keeps_template_intact():
    url = escape_url("https://x.example/a b|c]]}}")
    assert "|" not in url and " " not in url and "]" not in url and "}" not in url


def test_hidden_note_reads_as_given_and_cannot_end_its_comment():
    # The hidden note of piatra-neamt-hospital-fire: an editor reads a comment in the edit
    # window, where an entity shows raw ("2020&#45;11&#45;15 https&#58;//..." before).
    from mergekit.draft.escape import escape_comment

    note = ("a source without a title was not cited: Stiripesurse 2020-11-15 https://www.stiripesurse.ro/"
            "piatra-neamt-fire-healthmin-eight-icu-beds-were-completely-burnt_1528440.html")
    assert escape_comment(note) == note
    for hostile in ("a --> b", "x</ref>{{y}}", "-->", "~~~~", "a---b"):
        comment = f"<!-- {escape_comment(hostile)} -->"
        code = mwparserfromhell.parse(comment)
        assert [str(c) for c in code.filter_comments()] == [comment], hostile
        assert "--" not in escape_comment(hostile) and "<" not in escape_comment(hostile)
        assert "~~~" not in escape_comment(hostile) and html.unescape(escape_comment(hostile)) == hostile


def test_the_first_character_test_finds_what_the_plain_pattern_finds():
    # _CHARS tests the characters its alternatives start with first (speed only): over every
    # corpus line and markup of every kind, including case-folded scheme letters ("ſms:"),
    # the same escaping as the plain alternation
    import re

    from mergekit.draft import escape
    from tests.test_facts_dates import _corpus_lines

    first, plain = escape._CHARS.pattern.split("))(?:", 1)
    assert first.startswith("(?=[")
    plain_chars = re.compile("(?:" + plain)
    texts = [*_corpus_lines()[::2], "<b>[[x]]{{t|a}}&amp; ''b'' ~~~~ __NOTOC__ http://x MAILTO:a@b ſms:1 Geo:1 xmpp:",
             "\u212a \u017fip:x TEL:+1 tel: Bitcoin:1 urn:x magnet:?x news:a sips:b", "&#91; & ; '' ' ~~ _"]
    assert len(texts) > 8000
    for text in texts:
        assert escape._CHARS.sub(escape._sub, text) == plain_chars.sub(escape._sub, text), text


@pytest.mark.parametrize("title", ["//", "//evil.example/x", "/sub", "Category:X", "Plain"])
def test_a_linked_title_is_one_internal_link(title):
    # Found by the hostile-input property test: a destination titled "//" gave the redirect
    # "#REDIRECT [[//#2023 Tirana camp raid]]", which parses as an external link.
    from mergekit.draft.housekeeping import redirect_page

    code = mwparserfromhell.parse(redirect_page(title, "2023 Tirana camp raid").splitlines()[0])
    assert not code.filter_external_links()
    assert [str(link.title).lstrip(":") for link in code.filter_wikilinks()] == [f"{title}#2023 Tirana camp raid"]


def test_brackets_are_entities_only_where_they_could_make_a_link():
    from mergekit.draft.escape import escape_anchor, escape_param

    # Prose: a lone or editorial bracket stays; a pair, one before a URL scheme or "//", and
    # one at an edge (the next string written could pair with it) are entities.
    assert escape_wikitext("landscape [...] permanently [sic] [1]") == "landscape [...] permanently [sic] [1]"
    for text in ("[[x]]", "[http://x.example y]", "[//x.example y]", "[mailto:a@b.example c]", "[ https://x y]"):
        escaped = escape_wikitext(text)
        assert escaped.startswith("&#91;") and "[[" not in escaped and "]]" not in escaped, escaped
        code = mwparserfromhell.parse("[[A]]" + escaped + "[[B]]")
        assert not code.filter_external_links() and len(code.filter_wikilinks()) == 2, escaped
    assert escape_wikitext("a [") == "a &#91;" and escape_wikitext("] b") == "&#93; b"
    # A parameter (a cite's title is its url's link label) and a link target: every bracket.
    assert escape_param("a [...] b") == "a &#91;...&#93; b"
    assert escape_anchor("a [1]") == "a &#91;1&#93;"

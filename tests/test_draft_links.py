"""A carried sentence of a wikitext source keeps its internal links and bold/italic
(``mergekit.load.inline``, ``mergekit.draft.inline``): written back escaped, a link to the
destination or the source unlinked, plain text where a finding rewrote the sentence."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import mwparserfromhell
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from mwparserfromhell.nodes import HTMLEntity, Tag, Wikilink

from mergekit.audit import audit
from mergekit.cli import main
from mergekit.draft.escape import escape_inline, escape_wikitext
from mergekit.draft.inline import shifted, written
from mergekit.draft.section import build_registry, compose_section
from mergekit.load.inputs import load_folder
from mergekit.load.wikitext import parse_wikitext
from mergekit.model import Markup, MarkupKind
from mergekit.outputs import render_outputs
from mergekit.plan import plan_merge

SOURCE = """{{Afd-merge to|Peloton Interactive|Peloton Tread+ recall|12 May 2021}}
The '''Peloton Tread+ recall''' was announced on May 5, 2021, by [[Peloton Interactive|Peloton]] and the \
[[U.S. Consumer Product Safety Commission]].<ref name="wjw">{{cite news |title=Peloton recalls two treadmills \
after child's death |work=[[WJW (TV)|WJW]] |date=May 5, 2021 |url=https://fox8.com/news/peloton-recall}}</ref> \
The Tread+ had been unveiled at the [[Consumer Electronics Show]] in ''[[Las Vegas]]''.<ref name="wjw" /> \
The [[Peloton Tread+ recall|recall]] followed a [[Peloton Interactive#Products|product]] review by \
[[Foo|bar]]]]{{evil}} and [[Baz|&lt;script&gt;alert(1)&lt;/script&gt;]] owners.<ref name="wjw" />

== References ==
{{reflist}}
"""
TARGET = """{{Use dmy dates|date=May 2021}}
'''Peloton Interactive''' is an American exercise equipment and media company.<ref>{{cite web |title=About \
Peloton |url=https://example.com/about |website=Peloton |access-date=1 May 2021}}</ref>

== History ==
The company was founded in 2012.<ref>{{cite web |title=About Peloton |url=https://example.com/about \
|website=Peloton |access-date=1 May 2021}}</ref>

== References ==
{{reflist}}
"""
NEWS = """Peloton recalls two treadmills after child's death

WJW, May 5, 2021

Peloton and the U.S. Consumer Product Safety Commission announced the recall of the Tread+ on May 5, 2021.

The Tread+ had been unveiled at the Consumer Electronics Show in Las Vegas.

The recall followed a product review by bar and owners.
"""
MANIFEST = """date = "2021-06-01"

[[news]]
file = "wjw.txt"
url = "https://fox8.com/news/peloton-recall"
work = "WJW"
"""


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "peloton"
    folder.mkdir()
    (folder / "Peloton_Tread+_recall.wikitext").write_text(SOURCE)
    (folder / "Peloton_Interactive.wikitext").write_text(TARGET)
    (folder / "wjw.txt").write_text(NEWS)
    (folder / "merge.toml").write_text(MANIFEST)
    return folder


def _section(draft: str) -> str:
    return draft.split("== Peloton Tread+ recall ==\n", 1)[1].split("\n== References ==", 1)[0]


def test_the_reader_gives_each_sentence_its_piped_and_plain_links():
    article = parse_wikitext(SOURCE, title="Peloton Tread+ recall")
    first, second, third = (s for _, s in article.sentences())
    assert first.text.startswith("The Peloton Tread+ recall was announced on May 5, 2021, by Peloton and the U.S.")
    assert [(first.text[m.start:m.end], m.kind, m.target) for m in first.markup] == [
        ("Peloton Tread+ recall", "bold", ""),
        ("Peloton", "link", "Peloton Interactive"),
        ("U.S. Consumer Product Safety Commission", "link", "U.S. Consumer Product Safety Commission"),
    ]
    # outermost first: the italic around the link
    assert [(second.text[m.start:m.end], m.kind) for m in second.markup] == [
        ("Consumer Electronics Show", "link"), ("Las Vegas", "italic"), ("Las Vegas", "link")]
    assert "<script>alert(1)</script>" in third.text  # the label's words, as a reader sees them


def test_written_keeps_links_and_escapes_each_piece():
    text = "It was shown at CESs in Las Vegas by Peloton."
    marks = (Markup(16, 19, MarkupKind.LINK, "Consumer Electronics Show"), Markup(24, 33, MarkupKind.ITALIC),
             Markup(24, 33, MarkupKind.LINK, "Las Vegas"), Markup(37, 44, MarkupKind.LINK, "Peloton Interactive"))
    assert written(text, marks, own=()) == (
        "It was shown at [[Consumer Electronics Show|CES]]s in ''[[Las Vegas]]'' by [[Peloton Interactive|Peloton]].")
    # without markup: exactly as before
    assert written("''x'' [[y]]", (), own=()) == escape_wikitext("''x'' [[y]]")


def test_a_link_to_the_destination_or_the_source_is_unlinked():
    text = "The recall by Peloton of the Tread+ was reported."
    marks = (Markup(4, 10, MarkupKind.LINK, "Peloton Tread+ recall"),
             Markup(14, 21, MarkupKind.LINK, "peloton_Interactive#Products"),
             Markup(29, 35, MarkupKind.LINK, "#History"))
    assert written(text, marks, own=("Peloton Interactive", "Peloton Tread+ recall")) == text


def test_a_hostile_target_or_label_stays_data():
    text = "A bar]]{{evil}} and <script>x</script> ~~~~ owners."
    marks = (Markup(2, 15, MarkupKind.LINK, "Foo"), Markup(20, 38, MarkupKind.LINK, "Baz"),
             Markup(39, 43, MarkupKind.LINK, "Qux]]{{evil}}"), Markup(44, 50, MarkupKind.LINK, "Foo|bar"))
    out = written(text, marks, own=())
    assert out == ("A [[Foo|bar&#93;&#93;&#123;&#123;evil&#125;&#125;]] and [[Baz|&lt;script&gt;x&lt;/script&gt;]] "
                   "&#126;&#126;&#126;&#126; owners.")
    for bad in ("{{", "<script", "~~~", "]]]]"):
        assert bad not in out
    # a label that opens with an apostrophe next to the italics we write makes no bold
    assert written("'Tis the title.", (Markup(0, 14, MarkupKind.ITALIC),), own=()) == "''&#39;Tis the title''."


def test_escape_inline_keeps_the_spaces_at_its_ends():
    assert escape_inline(" in ") == " in "
    assert escape_inline("* x", line_start=True) == escape_wikitext("* x")
    assert escape_inline("a [") == "a &#91;"  # a "[" ending it could open a link with what follows
    # an entity or a free link the next stretch (or bold written after it) could finish
    assert escape_inline("AT&") == "AT&amp;"
    assert escape_inline("write to mailto:") == "write to mailto&#58;"


def test_shifted_keeps_only_the_marks_whose_words_are_unchanged():
    before, after = "On May 5, 2021, Peloton recalled it.", "On 5 May 2021, Peloton recalled it."
    marks = (Markup(3, 8, MarkupKind.LINK, "May 5"), Markup(16, 23, MarkupKind.LINK, "Peloton Interactive"))
    assert shifted(marks, before, after) == (Markup(15, 22, MarkupKind.LINK, "Peloton Interactive"),)


def test_a_sentence_a_finding_rewrote_is_plain_text(tmp_path):
    inputs = load_folder(_folder(tmp_path))
    plan = plan_merge(inputs)
    first = plan.sentences[0]
    assert first.include
    corrected = replace(first, text=first.text.replace("by Peloton", "by Peloton Interactive"))
    changed = replace(plan, sentences=(corrected, *plan.sentences[1:]))
    section = compose_section(changed, inputs, build_registry(inputs)).wikitext()
    assert "by Peloton Interactive and the U.S. Consumer Product Safety Commission." in section
    assert "'''" not in section.split("<ref", 1)[0]  # no formatting either: the words are the finding's
    assert "[[Consumer Electronics Show]]" in section  # the next sentence, unchanged, keeps its links


def test_run_on_a_wikitext_source_writes_its_links(tmp_path):
    folder = _folder(tmp_path)
    result = CliRunner().invoke(main, ["run", str(folder), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    section = _section((tmp_path / "out" / "Peloton_Interactive.wikitext").read_text())
    assert section.startswith(
        "The '''Peloton Tread+ recall''' was announced on 5 May 2021, by Peloton and the "
        "[[U.S. Consumer Product Safety Commission]].<ref")
    assert "The Tread+ had been unveiled at the [[Consumer Electronics Show]] in ''[[Las Vegas]]''.<ref" in section
    assert ("The recall followed a product review by [[Foo|bar]]&#93;&#93; and "
            "[[Baz|&lt;script&gt;alert(1)&lt;/script&gt;]] owners.<ref") in section
    assert "[[Peloton Interactive" not in section and "[[Peloton Tread+ recall" not in section
    # the promises hold on the plain text, links and all
    inputs = load_folder(folder)
    plan = plan_merge(inputs)
    assert audit(inputs, plan, render_outputs(plan, inputs)) == []


def test_the_audit_refuses_a_self_link_and_a_link_the_source_lacks(tmp_path):
    inputs = load_folder(_folder(tmp_path))
    plan = plan_merge(inputs)
    files = dict(render_outputs(plan, inputs))
    name = "Peloton_Interactive.wikitext"
    for old, new in (("by Peloton and", "by [[Peloton Interactive|Peloton]] and"),
                     ("[[Consumer Electronics Show]]", "[[Made-up page|Consumer Electronics Show]]")):
        planted = dict(files)
        planted[name] = files[name].replace(old, new, 1)
        assert {v.rule for v in audit(inputs, plan, planted)} == {"link-origin"}


_WORDS = st.one_of(
    st.text(alphabet="ab '[]{}|<>~=&#;:*-_\n", max_size=30),
    st.lists(st.sampled_from(["http", "://", "mailto", ":", "x", " ", "'", "''", "[", "]", "//", "&amp;"]),
             max_size=12).map("".join))


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_written_text_reads_back_as_its_words_whatever_the_marks(data):
    text = data.draw(_WORDS.map(lambda t: " ".join(t.split())), label="text")
    marks = []
    for _ in range(data.draw(st.integers(0, 4))):
        if len(text) < 2:
            break
        start = data.draw(st.integers(0, len(text) - 2))
        end = data.draw(st.integers(start + 1, len(text)))
        kind = data.draw(st.sampled_from(list(MarkupKind)))
        marks.append(Markup(start, end, kind, data.draw(_WORDS) if kind == MarkupKind.LINK else ""))
    out = written(text, tuple(marks), own=("a",))
    code = mwparserfromhell.parse(out)
    # nothing but our links and quotes: no template, no tag, no external link, no heading
    assert not code.filter_templates() and not code.filter_external_links() and not code.filter_headings()
    assert all(str(tag.tag) in {"i", "b", "nowiki"} for tag in code.filter_tags())
    assert "~~~" not in out and "\n" not in out
    assert " ".join(_read(code.nodes).split()) == text


def test_a_link_whose_words_open_with_a_colon_keeps_its_colon_in_view():
    # Found by hypothesis: a link on "://" to ":://" was written "[[://]]", which MediaWiki
    # shows as "//" (a leading colon is read as the colon trick, not as text).
    for text, mark in ((":://", Markup(1, 4, MarkupKind.LINK, ":://")), (":// x", Markup(0, 3, MarkupKind.LINK, ":://"))):
        out = written(text, (mark,), own=("a",))
        assert " ".join(_read(mwparserfromhell.parse(out).nodes).split()) == text, out


def _read(nodes) -> str:
    """What a reader sees of wikitext made of text, entities, links and bold/italic."""
    out = []
    for node in nodes:
        if isinstance(node, Wikilink):
            out.append(_read(node.text.nodes) if node.text is not None else str(node.title).lstrip(":"))
        elif isinstance(node, Tag):
            out.append(_read(node.contents.nodes) if node.contents is not None else "")
        elif isinstance(node, HTMLEntity):
            out.append(node.normalize())
        else:
            out.append(str(node))
    return "".join(out)

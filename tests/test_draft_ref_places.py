"""A carried sentence keeps its citations where the source put them (trial-7, D5).

On Wikipedia the place of a citation is meaning (WP:INTEGRITY): one put after a clause
supports that clause, not the clause after it. The loaders keep where each ref or ``[n]``
marker stood in its sentence (``Sentence.cite_at``, ``mergekit.load.sentences.split_placed``);
the writer puts each of the source's citations back after the same words
(``mergekit.draft.section``, ``mergekit.draft.inline.written``), and the citations and tags
mergekit adds itself at the end. A sentence a finding or the review rewrote has its
citations at the end. The audit checks both ways (``cite-place``).
"""

from __future__ import annotations

import html
import re
from dataclasses import replace
from pathlib import Path

import mwparserfromhell
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from mwparserfromhell.nodes import Tag, Wikilink

from mergekit.audit import audit
from mergekit.draft.inline import written
from mergekit.draft.section import build_registry, compose_section
from mergekit.draft.titles import link_key
from mergekit.errors import MergekitError
from mergekit.load.inputs import load_folder
from mergekit.load.rendered import parse_rendered
from mergekit.load.sentences import split_placed
from mergekit.load.wikitext import parse_wikitext
from mergekit.model import Article
from mergekit.outputs import render_outputs
from mergekit.plan import plan_merge
from tests.hostile import INVISIBLE, foreign_markup, hostile_text

TARGET = """{{Use dmy dates|date=May 2021}}
'''Borsetshire''' is a county.<ref name="b">{{cite web |title=About Borsetshire |url=https://example.com/b \
|website=Borsetshire}}</ref>

== History ==
The county was founded in 1200.<ref name="b" />

== References ==
{{reflist}}
"""
GAZETTE = '{{cite news |title=Flood hits Ambridge |work=Gazette |date=2021-05-05 |url=https://example.com/g}}'
HERALD = '{{cite news |title=Bridge shut |work=Herald |url=https://example.com/h}}'
MANIFEST = """date = "2021-06-01"
[source]
file = "{source}"
title = "Ambridge flood"
[target]
file = "Borsetshire.wikitext"
title = "Borsetshire"
"""
D5 = "The mayor closed the bridge and residents donated some €50,000 to the church."


NEWS = """Donations pour in

Courier, 7 May 2021

Residents have donated some 50,000 euros to the church since the mayor closed the bridge.
"""


def _run(tmp_path: Path, source: str, *, rendered: bool = False, news: bool = False):
    name = "Ambridge_flood.txt" if rendered else "Ambridge_flood.wikitext"
    (tmp_path / name).write_text(source, encoding="utf-8")
    (tmp_path / "Borsetshire.wikitext").write_text(TARGET, encoding="utf-8")
    manifest = MANIFEST.format(source=name)
    if news:
        (tmp_path / "courier.txt").write_text(NEWS, encoding="utf-8")
        manifest += '[[news]]\nfile = "courier.txt"\nurl = "https://example.com/c"\nwork = "Courier"\ntitle = "Donations pour in"\n'
    (tmp_path / "merge.toml").write_text(manifest, encoding="utf-8")
    inputs = load_folder(tmp_path)
    plan = plan_merge(inputs)
    files = render_outputs(plan, inputs)
    return inputs, plan, files


def _section(files) -> str:
    return files["Borsetshire.wikitext"].split("== Ambridge flood ==\n", 1)[1].split("\n== References ==", 1)[0]


def _wikitext(prose: str) -> str:
    return (f"The '''Ambridge flood''' was a flood in 2021.<ref name=\"g\">{GAZETTE}</ref> {prose}\n\n"
            "== References ==\n{{reflist}}\n")


def _source_markup(source: Article) -> set[tuple[str, str, str]]:
    """A wikitext source's own links and italics as the run loaded them (``Sentence.markup``, from
    ``parse_wikitext``): (kind, the page a link leads to or "", the words), of every sentence."""
    out = set()
    for _, sentence in source.sentences():
        for mark in sentence.markup:
            page = link_key(mark.target) if mark.kind == "link" else ""
            out.add((str(mark.kind), page, _seen(sentence.text[mark.start:mark.end])))
    return out


def _seen(words: str) -> str:
    """Words as a reader sees them: no invisible character (the draft writes none), spaces collapsed."""
    return " ".join(INVISIBLE.sub("", words).split())


_QUOTE_RUNS = ("''", "'''")  # italics and bold (a "*" read as a list's bullet is no formatting here)


def _words_of(wikitext: str) -> str:
    """A label's or italics' words as a reader sees them: refs out, links as their labels, bold and
    italics as their words, ``<nowiki>`` as its text, entities read; the rest (a heading's "==") as
    written."""
    def read(code) -> str:
        out = []
        for node in code.nodes:
            if isinstance(node, Wikilink):
                out.append(read(node.text) if node.text is not None else str(node.title))
            elif isinstance(node, Tag) and str(node.tag).lower() == "ref":
                continue
            elif isinstance(node, Tag) and (node.wiki_markup in _QUOTE_RUNS or str(node.tag).lower() == "nowiki"):
                out.append(read(node.contents) if node.contents is not None else "")
            else:
                out.append(str(node))
        return "".join(out)
    return _seen(html.unescape(read(mwparserfromhell.parse(wikitext))))


def _foreign(new: str, source: Article | None, headings: int) -> list[str]:
    """``foreign_markup`` of the draft's new text ``new``, but for the piped links and italics that
    are the wikitext ``source``'s own (``_source_markup``: the same page and words), which the draft
    writes back (``mergekit.draft.inline``: escaped, written by mergekit). Nothing else is excused: a
    link or italics made by joining the text on either side of a ref is no source's."""
    own = _source_markup(source) if source is not None else set()
    while True:
        code = mwparserfromhell.parse(new)
        mine = next((node for node in code.ifilter(recursive=True)
                     if (isinstance(node, Wikilink) and node.text is not None
                         and ("link", link_key(str(node.title)), _words_of(str(node.text))) in own)
                     or (isinstance(node, Tag) and node.wiki_markup == "''" and node.contents is not None
                         and ("italic", "", _words_of(str(node.contents))) in own)), None)
        if mine is None:
            return foreign_markup(new, headings=headings)
        code.replace(mine, str(mine.text if isinstance(mine, Wikilink) else mine.contents))
        new = str(code)


def _without_refs(text: str) -> str:
    return re.sub(r'<ref name="[^"]*"(?: />|>.*?</ref>)', "", text)


def test_a_wikitext_ref_inside_a_sentence_stays_after_its_clause(tmp_path):
    inputs, plan, files = _run(tmp_path, _wikitext(
        f"The mayor closed the bridge<ref name=\"h\">{HERALD}</ref> and residents donated some €50,000 to the church."))
    section = _section(files)
    assert re.search(r'The mayor closed the bridge<ref name="herald">\{\{cite news [^<]*</ref> and residents donated '
                     r"some €50,000 to the church\.\n", section), section
    assert audit(inputs, plan, files) == []


# a rendered copy whose second sentence cites [2] mid-sentence; its list holds entry 1 (a test adds 2)
RENDERED = ("Ambridge flood\n\nThe Ambridge flood was a flood in 2021.[1] The mayor closed the bridge[2] and "
            "residents donated some €50,000 to the church.\n\nReferences\n\n"
            '  1. ^ "Flood hits Ambridge". Gazette. 2021-05-05.\n')


def test_a_rendered_marker_inside_a_sentence_stays_where_it_stood(tmp_path):
    inputs, plan, files = _run(tmp_path, RENDERED + '  2. ^ "Bridge shut". Herald. 2021-05-06.\n', rendered=True)
    section = _section(files)
    assert re.search(r'The mayor closed the bridge<ref name="herald-2021-05-06">\{\{cite news [^<]*</ref> and '
                     r"residents donated some €50,000 to the church\.\n", section), section
    assert audit(inputs, plan, files) == []


def test_a_rendered_marker_with_no_list_entry_leaves_its_note_where_it_stood(tmp_path):
    inputs, plan, files = _run(tmp_path, RENDERED, rendered=True)
    assert re.search(r"The mayor closed the bridge<!-- source reference 2 could not be resolved: [^>]*--> and "
                     r"residents donated", _section(files)), _section(files)
    assert audit(inputs, plan, files) == []


def test_a_ref_at_the_end_stays_at_the_end(tmp_path):
    # before the full stop in the source ("church<ref>."), after it in the draft, as ever (WP:REFPUNCT)
    for prose in (f"{D5}<ref name=\"h\">{HERALD}</ref>", f"{D5[:-1]}<ref name=\"h\">{HERALD}</ref>."):
        _, _, files = _run(tmp_path, _wikitext(prose))
        section = _section(files)
        assert re.search(r'to the church\.<ref name="herald">\{\{cite news [^<]*</ref>\n', section), section
        assert _without_refs(section).count(D5) == 1


def test_two_refs_at_two_places(tmp_path):
    inputs, plan, files = _run(tmp_path, _wikitext(
        f"The mayor closed the bridge<ref name=\"h\">{HERALD}</ref> and residents donated some €50,000"
        "<ref name=\"g\" /> to the church."))
    section = _section(files)
    assert re.search(r'the bridge<ref name="herald">[^<]*</ref> and residents donated some €50,000'
                     r'<ref name="gazette-2021-05-05" /> to the church\.\n', section), section
    assert audit(inputs, plan, files) == []


def test_a_named_ref_reused_inside_a_sentence(tmp_path):
    # "g", defined at the end of the first sentence, is reused after the second's first clause;
    # "h", defined inside the second sentence, is defined there (its first use) and reused at its end
    inputs, plan, files = _run(tmp_path, _wikitext(
        f"The mayor closed the bridge<ref name=\"g\" /><ref name=\"h\">{HERALD}</ref> and residents donated "
        "some €50,000 to the church.<ref name=\"h\" />"))
    section = _section(files)
    assert re.search(r'The mayor closed the bridge<ref name="gazette-2021-05-05" /><ref name="herald">\{\{cite news '
                     r'[^<]*</ref> and residents donated some €50,000 to the church\.<ref name="herald" />\n',
                     section), section
    assert audit(inputs, plan, files) == []


def test_the_loaders_keep_where_each_citation_stood():
    article = parse_wikitext(_wikitext(
        f"The mayor closed the bridge<ref name=\"h\">{HERALD}</ref> and residents donated some €50,000"
        "<ref name=\"g\" /> to the church.<ref name=\"h\" />"))
    sentence = article.sentences()[1][1]
    assert sentence.text == D5
    assert sentence.refs == ("h", "g")
    assert [(key, sentence.text[:at][-10:]) for key, at in sentence.cite_at] == [
        ("h", "the bridge"), ("g", "me €50,000"), ("h", "he church.")]
    assert sentence.ref_places() == {"h": (27, len(D5)), "g": (62,)}
    rendered = parse_rendered("Ambridge flood\n\nThe mayor closed the bridge[2] and residents donated some "
                              "€50,000 to the church.[1][2]\n")
    assert rendered.sentences()[0][1].cite_at == (("2", 27), ("1", len(D5)), ("2", len(D5)))


def test_split_placed_puts_a_marker_between_words_only():
    assert split_placed("A did X[1] and B did Y[2]. Next[3], then.[4]") == [
        ("A did X and B did Y.", [("1", 7), ("2", 20)]),  # before the full stop: the clause's end
        ("Next, then.", [("3", 4), ("4", 11)])]  # before a comma: where the source put it
    assert split_placed("[1]Opening words. More.") == [("Opening words.", [("1", 14)]), ("More.", [])]
    assert split_placed('He said "yes[5]".') == [('He said "yes".', [("5", 14)])]


def test_the_added_citation_and_the_tags_go_at_the_end(tmp_path):
    inputs, plan, _ = _run(tmp_path, _wikitext(
        f"The mayor closed the bridge<ref name=\"h\">{HERALD}</ref> and residents donated some €50,000 to the church."),
        news=True)
    sp = plan.sentences[1]
    # the plan's own decisions set by hand: a news text citable for the sentence, and a tag
    decided = replace(sp, tags=("failed verification",), supporting=("courier.txt",))
    section = compose_section(replace(plan, sentences=(plan.sentences[0], decided)), inputs,
                              build_registry(inputs)).wikitext()
    assert re.search(r"the bridge<ref name=\"herald\">[^<]*</ref> and residents donated some €50,000 to the church\."
                     r"<ref name=\"courier-2021-05-07\">[^<]*</ref>\{\{failed verification\|date=June 2021\}\}",
                     section), section


def test_a_rewritten_sentence_has_its_citations_at_the_end(tmp_path):
    inputs, plan, _ = _run(tmp_path, _wikitext(
        f"The mayor closed the bridge<ref name=\"h\">{HERALD}</ref> and residents donated some €50,000 to the church."))
    sp = plan.sentences[1]
    rewritten = replace(sp, text=sp.text.replace("The mayor", "Mayor Jo Smith"))
    section = compose_section(replace(plan, sentences=(plan.sentences[0], rewritten)), inputs,
                              build_registry(inputs)).wikitext()
    assert re.search(r'Mayor Jo Smith closed the bridge and residents donated some €50,000 to the church\.'
                     r'<ref name="herald">', section), section


def test_restyled_dates_before_a_citation_move_it_with_them(tmp_path):
    inputs, plan, files = _run(tmp_path, _wikitext(
        f"On May 6, 2021, the mayor closed the bridge<ref name=\"h\">{HERALD}</ref> and residents donated."))
    section = _section(files)
    assert re.search(r'On 6 May 2021, the mayor closed the bridge<ref name="herald">[^<]*</ref> and residents donated\.',
                     section), section
    assert audit(inputs, plan, files) == []


def test_the_audit_finds_a_citation_moved_from_its_place(tmp_path):
    inputs, plan, files = _run(tmp_path, _wikitext(
        f"The mayor closed the bridge<ref name=\"h\">{HERALD}</ref> and residents donated some €50,000 to the church."))
    draft = files["Borsetshire.wikitext"]
    ref = re.search(r'<ref name="herald">.*?</ref>', draft).group(0)
    rules = []
    for moved in (draft.replace(ref, "").replace("to the church.", "to the church." + ref),  # D5: to the end
                  draft.replace(ref, "").replace("some €50,000", "some €50,000" + ref),  # to another clause
                  draft.replace(ref, ref.replace("</ref>", '</ref><ref name="gazette-2021-05-05" />'))):  # one more
        assert moved != draft
        rules.append({v.rule for v in audit(inputs, plan, {**files, "Borsetshire.wikitext": moved})})
    assert rules == [{"cite-place"}] * 3


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_written_with_citations_inside_reads_back_as_its_words(data):
    text = " ".join(data.draw(hostile_text, label="text").split())
    places = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=4), label="places"))
    inserts = tuple((at, f'<ref name="r{n}" />') for n, at in enumerate(places))
    out = written(text, (), own=(), inserts=inserts)
    assert not foreign_markup(out), (foreign_markup(out), out)
    code = mwparserfromhell.parse(out)
    assert [str(tag) for tag in code.filter_tags()] == [markup for _, markup in inserts]
    assert re.findall(r'<ref name="(r\d+)" />', out) == [f"r{n}" for n in range(len(places))]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(before=hostile_text, after=hostile_text, rendered=st.booleans())
@example(before="''", after="'''", rendered=False)  # found by hypothesis: the source's own italics
@example(before="[[", after="]]", rendered=False)
@example(before="''[[", after="[[''", rendered=False)  # found by hypothesis: a ref inside the source's italics
@example(before="X'", after="'Y ~~", rendered=True)
@example(before="''\n== H ==\n", after="'''", rendered=False)  # found by hypothesis: the source's italics around a ref
@example(before="''\n* ", after="'''", rendered=False)
@example(before="''\ufeff", after="'''", rendered=False)
@example(before="''0\x1bhttp://evil.example/a", after="'''", rendered=False)
def test_no_text_around_a_citation_inside_a_sentence_adds_markup(tmp_path_factory, before, after, rendered):
    folder = tmp_path_factory.mktemp("hostile")
    before, after = (" ".join(part.replace("\x00", "").split()) for part in (before, after))
    if rendered:
        source = (f"Ambridge flood\n\nThe Ambridge flood was a flood in 2021.[1] The mayor closed {before}[2]{after} "
                  "and residents donated.\n\nReferences\n\n  1. ^ \"Flood hits Ambridge\". Gazette. 2021-05-05.\n"
                  '  2. ^ "Bridge shut". Herald. 2021-05-06.\n')
    else:
        source = _wikitext(f"The mayor closed {before}<ref name=\"h\">{HERALD}</ref>{after} and residents donated.")
    try:
        inputs, _, files = _run(folder, source, rendered=rendered)
    except MergekitError as exc:  # a mangled source may be refused, in one line, never drafted with markup
        assert "\n" not in str(exc), exc
        return
    draft = files["Borsetshire.wikitext"]
    head = TARGET.split("== References ==")[0]
    new = draft[len(head):draft.rindex("== References ==")]
    headings = [line for line in new.splitlines() if line.startswith("=")]
    # a wikitext source's own links and italics are written back (``mergekit.draft.inline``):
    # written by mergekit, escaped, and no markup foreign to it
    problems = _foreign(new, None if rendered else inputs.source, len(headings))
    assert not problems, (problems, new)


def test_the_hostile_check_excuses_only_the_sources_own_links_and_italics():
    source = parse_wikitext(_wikitext("The mayor closed the [[Bridge (Ambridge)|bridge]] and ''residents'' donated."))
    assert _foreign("The mayor closed the [[Bridge (Ambridge)|bridge]] and ''residents'' donated.", source, 0) == []
    for joined in ("The mayor closed the [[Bridge (Ambridge)|bridge and]] residents donated.",  # words joined in
                   "The [[Mayor|mayor]] closed the bridge and residents donated.",  # a link the source lacks
                   "The mayor closed the [[Evil|bridge]] and residents donated.",  # another page
                   "The mayor ''closed the bridge'' and residents donated."):  # italics the source lacks
        assert _foreign(joined, source, 0), joined
    # the source's italics excuse none in a rendered draft
    assert _foreign("The mayor closed the bridge and ''residents'' donated.", None, 0)

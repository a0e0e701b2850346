"""A destination's unnamed ``<ref>`` is never reused by a name it does not have.

corpus-ag's load check of a new case: the source cited a report that the destination cites
too, in an unnamed ``<ref>``; the draft wrote ``<ref name="#1" />`` (the wikitext reader's
count for it), a reference no page defines, and the run's own check failed (exit 1).
"""

from __future__ import annotations

from pathlib import Path

from mergekit.load.inputs import load_files
from mergekit.load.manifest import Manifest, PageInfo
from mergekit.outputs import render_outputs
from mergekit.plan import plan_merge

URL = "https://example.org/news/outbreak-spreads"
TARGET = f"""'''Larkana''' is a city in Sindh.<ref>{{{{cite news |title=Outbreak spreads in Larkana |url={URL} |work=Example Times |date=2019-05-01}}}}</ref>

== History ==
The city grew in the 19th century.

== References ==
{{{{reflist}}}}
"""
SOURCE = f"""The '''2019 Larkana outbreak''' was an outbreak of a disease in Larkana.<ref name="et">{{{{cite news |title=Outbreak spreads in Larkana |url={URL} |work=Example Times |date=2019-05-01}}}}</ref> More than 400 children were infected by May.<ref name="et" />

== References ==
{{{{reflist}}}}
"""
NEWS = "Outbreak spreads in Larkana. More than 400 children were infected by May, officials said."


def test_a_source_reference_the_destination_cites_unnamed_is_cited_in_full(tmp_path: Path):
    (tmp_path / "source.wikitext").write_text(SOURCE, encoding="utf-8")
    (tmp_path / "Larkana.wikitext").write_text(TARGET, encoding="utf-8")
    (tmp_path / "et.txt").write_text(NEWS, encoding="utf-8")
    manifest = Manifest(source=PageInfo(title="2019 Larkana outbreak"), target=PageInfo(title="Larkana"),
                        news={"et.txt": {"url": "https://example.net/other-report", "title": "Children infected",
                                         "work": "Other Post", "date": "2019-05-02"}})
    inputs = load_files(tmp_path / "source.wikitext", tmp_path / "Larkana.wikitext", [tmp_path / "et.txt"],
                        manifest=manifest, run_date="2023-08-15")
    files = render_outputs(plan_merge(inputs), inputs)
    draft = files["Larkana.wikitext"]
    assert 'name="#' not in draft and "name=#" not in draft
    assert draft.count(URL) >= 2  # the destination's own citation, and the merged text's in full
    assert "#1" not in files["talk.wikitext"]


def test_a_ref_named_like_the_readers_count_keeps_its_own_citation(tmp_path: Path):
    # review rv10: a source's <ref name="#1"> and its first unnamed <ref> shared the key "#1",
    # so the 2001 closure was cited to the 1990 story and the Herald reference was lost.
    source = ("The bridge opened in 1990.<ref name=\"#1\">{{cite news |title=Bridge opens to traffic "
              "|url=https://a.example/open |work=Gazette |date=1990-05-01}}</ref> It was closed in 2001 after "
              "floods damaged it.<ref>{{cite news |title=Floods shut bridge |url=https://b.example/shut "
              "|work=Herald |date=2001-03-02}}</ref>\n\n== References ==\n{{reflist}}\n")
    (tmp_path / "source.wikitext").write_text(source, encoding="utf-8")
    (tmp_path / "Larkana.wikitext").write_text(TARGET, encoding="utf-8")
    (tmp_path / "n.txt").write_text("The river rose in the spring.", encoding="utf-8")
    manifest = Manifest(source=PageInfo(title="Old bridge"), target=PageInfo(title="Larkana"),
                        news={"n.txt": {"url": "https://c.example/river", "title": "River rises"}})
    inputs = load_files(tmp_path / "source.wikitext", tmp_path / "Larkana.wikitext", [tmp_path / "n.txt"],
                        manifest=manifest, run_date="2023-08-15")
    draft = render_outputs(plan_merge(inputs), inputs)["Larkana.wikitext"]
    closed = next(line for line in draft.splitlines() if "closed in 2001" in line)
    after = closed.split("closed in 2001 after floods damaged it.", 1)[1]
    assert after.startswith("<ref") and "Floods shut bridge" in after.split("</ref>", 1)[0]


def test_a_private_use_character_written_as_an_entity_is_scrubbed_like_one_written_out():
    # review rv10: "&#57344;0&#57345;" (the reader's own marker characters as entities) made
    # "It closed in 2001" cite the source's first reference, and "&#983040;" spans a link.
    from mergekit.load.wikitext import parse_wikitext

    text = ("It was paid for by the &#983040;Smith family&#57348; of Leeds.<ref name=\"a\">{{cite news "
            "|title=T |work=W}}</ref> It closed in 2001&#57344;0&#57345;.\n")
    page = parse_wikitext(text, title="Mill")
    sentences = [s for sec in page.sections for s in sec.sentences]
    closed = next(s for s in sentences if s.text.startswith("It closed"))
    assert closed.refs == ()
    assert all(not getattr(s, "markup", ()) for s in sentences)

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

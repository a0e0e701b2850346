"""A template closed too early leaves its end at the start of the prose: dropped, and recorded."""

from __future__ import annotations

from mergekit.load.wikitext import parse_wikitext

BROKEN_INFOBOX = """{{Infobox event
| title = Lixinsha Bridge
| note = a }} b
}}
On 22 February 2024, an empty container ship struck a pier of the bridge.<ref name="ap">{{cite news |title=Boat accident |work=AP}}</ref> Two people died.

== Collision ==
Five vehicles fell when the bridge collapsed.<ref name="ap" />
"""


def test_closing_braces_before_the_first_sentence_are_dropped_and_recorded():
    article = parse_wikitext(BROKEN_INFOBOX)
    texts = [s.text for _, s in article.sentences()]
    assert texts[0].startswith("On 22 February 2024, an empty container ship")
    assert not any("}}" in t or "&#125;" in t for t in texts)
    assert article.sections[0].sentences[0].refs == ("ap",)
    assert [r for r in article.removed if r.startswith(("template debris", "template end"))] == ["template end: b }}"]


def test_prose_without_debris_is_untouched():
    article = parse_wikitext("On 22 February 2024, a ship struck the bridge. Two people died.\n")
    assert [s.text for _, s in article.sentences()][0] == "On 22 February 2024, a ship struck the bridge."
    assert not any(r.startswith(("template debris", "template end")) for r in article.removed)


def test_the_editor_is_told_of_the_dropped_template_end():
    from mergekit.load.inputs import open_ends

    lines = open_ends(parse_wikitext(BROKEN_INFOBOX))
    assert len(lines) == 1 and "\u201cb }}\u201d is not carried" in lines[0]

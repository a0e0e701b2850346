"""What an editor reading the drafts of hushpuppi-sentencing, strawberry-needle-contamination,
golfgate-calleary, liverpool-world-heritage-delisting and nipigon-river-bridge found in the talk
post's quotation of the proposal, each as the general rule it breaks, on the real text (each
failed before its fix)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import mwparserfromhell

from mergekit.load.inputs import load_folder
from mergekit.outputs import render_outputs
from mergekit.plan import plan_merge

REAL = Path(__file__).parent / "cases" / "real"


@cache
def _outputs(case: str) -> dict[str, str]:
    inputs = load_folder(REAL / case / "input")
    return render_outputs(plan_merge(inputs), inputs, flags=False)


def _refs(text: str) -> tuple[set[str], set[str]]:
    """(names used, names defined) by the ``<ref>`` tags of ``text``."""
    tags = mwparserfromhell.parse(text).filter_tags(matches=lambda node: str(node.tag).strip() == "ref")
    named = [(str(t.get("name").value).strip(), t) for t in tags if t.has("name")]
    return {name for name, _ in named}, {name for name, t in named if not t.self_closing}


def test_the_talk_quotation_defines_the_destination_references_it_reuses():
    # liverpool-world-heritage-delisting: "In 2012, the site was added to the List of World
    # Heritage in Danger ...<ref name="vn" />" is quoted on the talk page above {{reflist-talk}},
    # where "vn" (defined in the article) is defined nowhere: a cite error, an empty footnote.
    outputs = _outputs("liverpool-world-heritage-delisting")
    talk = outputs["talk.wikitext"]
    used, defined = _refs(talk)
    assert "vn" in used
    assert used <= defined
    # Defined once, with the destination's own words, at its first use; the article is unchanged.
    assert talk.count('<ref name="vn">{{cite web |title=Liverpool stripped of World Heritage title') == 1
    assert 'Liverpool Waters project.<ref name="vn" />' in outputs["Liverpool.wikitext"]


def _visible(wikitext: str) -> str:
    """What a reader of the rendered page sees of ``wikitext``'s words: no hidden notes."""
    return mwparserfromhell.parse(wikitext).strip_code(keep_template_params=True)


def test_a_list_left_out_is_said_on_the_rendered_talk_page():
    # strawberry-needle-contamination: the eight affected brands (two lists, with the lead-in
    # "By 16 September 2018, the following brands had been identified ...") are left out, as
    # hidden notes in the quoted proposal, which a reader of the talk page never sees; the
    # post said only "All 12 of its sentences are carried over."
    talk = _outputs("strawberry-needle-contamination")["talk.wikitext"]
    seen = _visible(talk)
    assert "Its 2 lists are not" in seen
    for brand in ("Donnybrook Berries", "Berry Licious", "Mal's Black Label", "Australian Choice"):
        assert brand in seen
    assert "By 16 September 2018, the following brands had been identified" in seen
    bullets = [line for line in talk.splitlines() if line.startswith("* A list in section")]
    assert len(bullets) == 2
    assert talk.index("=== Not carried over ===") < talk.index(bullets[0])


def test_a_source_without_lists_says_nothing_of_lists():
    talk = _outputs("liverpool-world-heritage-delisting")["talk.wikitext"]
    assert "lists are not" not in talk and "list is not" not in talk and "Not carried over" not in talk

"""A named image put on the other side of a coin (``plan.opposite_side``). On the real tuning
case big-maple-leaf-theft the source says "The reverse shows Queen Elizabeth II."; the Globe
and Mail: "Like all Canadian gold coins, it bears the portrait of Queen Elizabeth II on the
obverse side." The Sun-Times's "a portrait of Queen Elizabeth II on one side and maple
leaves on the other" names no side and says nothing against it. The article's paragraph also
says "The obverse displays a stylized maple leaf.": it has swapped the sides, and the Globe
and Mail contradicts that sentence too (the gold has both)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mergekit.draft.reasons import describe
from mergekit.facts import Statement
from mergekit.load.inputs import load_folder
from mergekit.plan import plan_merge
from mergekit.plan.opposite_side import opposite_sides

CASE = Path(__file__).parent / "cases" / "real" / "big-maple-leaf-theft" / "input"
CLAIM = "The reverse shows Queen Elizabeth II."
GLOBE = "Like all Canadian gold coins, it bears the portrait of Queen Elizabeth II on the obverse side."


def _found(claim: str, news: str) -> list[tuple[str, str]]:
    article = [Statement(source="a", role="article", text=claim, key="s01")]
    told = [Statement(source="n", role="news", text=news, key="n#001")]
    return [(t.mine, t.theirs) for t in opposite_sides(article, told)]


@pytest.mark.parametrize(("claim", "news", "expected"), [
    (CLAIM, GLOBE, [(CLAIM.rstrip("."), "it bears the portrait of Queen Elizabeth II on the obverse side")]),
    # the same side: no conflict
    (CLAIM, "The reverse side bears the portrait of Queen Elizabeth II.", []),
    # no side named: "on one side ... on the other"
    (CLAIM, "It has a portrait of Queen Elizabeth II on one side and maple leaves on the other.", []),
    # a sentence naming both sides tells of both
    (CLAIM, "It shows Queen Elizabeth II on the obverse and a maple leaf on the reverse.", []),
    # an image with no name of two words: a single capitalised word is no image
    ("The reverse shows the Canadian maple leaf.", GLOBE, []),
    # the name outside the side's clause says nothing of the side
    ("The reverse shows a maple leaf, a design approved by Queen Elizabeth II.", GLOBE, []),
])
def test_opposite_sides_of_one_coin(claim, news, expected):
    assert _found(claim, news) == expected


MAPLE = "The obverse displays a stylized maple leaf."


def _swapped(*texts: tuple[str, tuple[int, int] | None]) -> list[tuple[str, str]]:
    article = [Statement(source="a", role="article", text=text, key=f"s{i:02d}", paragraph=paragraph)
               for i, (text, paragraph) in enumerate(texts, start=1)]
    told = [Statement(source="n", role="news", text=GLOBE, key="n#001")]
    return [(t.key, t.mine) for t in opposite_sides(article, told)]


def test_a_swapped_side_in_the_paragraph_is_contradicted_too():
    assert _swapped((MAPLE, (1, 1)), (CLAIM, (1, 1))) == [
        ("s02", CLAIM.rstrip(".")), ("s01", MAPLE.rstrip("."))]
    # another paragraph (another coin, perhaps), or paragraphs not known: only the named image
    assert _swapped((MAPLE, (1, 2)), (CLAIM, (1, 1))) == [("s02", CLAIM.rstrip("."))]
    assert _swapped((MAPLE, None), (CLAIM, None)) == [("s02", CLAIM.rstrip("."))]
    # a sentence naming both sides, or the news's image on its side, is not the swap
    assert _swapped(("It shows the Queen on the obverse and a maple leaf on the reverse.", (1, 1)),
                    (CLAIM, (1, 1))) == [("s02", CLAIM.rstrip("."))]
    assert _swapped(("The obverse also shows Queen Elizabeth II.", (1, 1)), (CLAIM, (1, 1))) == [
        ("s02", CLAIM.rstrip("."))]
    # no contradicted side, no swap
    assert _swapped((MAPLE, (1, 1))) == []


def test_the_big_maple_leaf_reverse_is_contradicted():
    plan = plan_merge(load_folder(CASE))
    (finding,) = [f for f in plan.findings if f.sentence == CLAIM and f.kind == "contradicted"]
    assert finding.rule == "opposite_side"
    assert [e.source for e in finding.evidence] == ["globeandmail-massive-gold-coin.txt"]
    assert describe(finding, plan).startswith("the sentence says \u201cThe reverse shows Queen Elizabeth II\u201d, but ")
    (maple,) = [f for f in plan.findings if f.sentence == MAPLE and f.kind == "contradicted"]
    assert maple.rule == "opposite_side" and [e.source for e in maple.evidence] == ["globeandmail-massive-gold-coin.txt"]
    assert not [f for f in plan.findings if f.sentence == MAPLE and f.kind == "needs_citation"]

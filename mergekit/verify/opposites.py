"""A quote that says the opposite word is no citation for the claim's word.

"The reverse shows Queen Elizabeth II." is not said by "it bears the portrait of Queen
Elizabeth II on the obverse side", nor "The old bridge is scheduled to be removed" by a
report on the opening of the new one: the verifier weighs the many shared words, and the
one that differs is the claim. When the claim uses one word of a pair of opposites
(``OPPOSITES``) and the quote the other but not the claim's, the quote is not cited.

The pairs are words whose opposite is one word and whose use is literal in news text
(sides, directions, sexes and kin, outcomes, changes). Words used freely in both senses
("before"/"after", "more"/"less", "first"/"last": those are words of rank, ``exact``) are
left out. Words are compared as ``spans.tokens`` gives them (lower case, accents folded).

A side or a direction (``SIDES``: "obverse"/"reverse", "north"/"south", "eastbound"/
"westbound"...) is a role the claim assigns: "The obverse displays a stylized maple leaf."
is not said by a quote that names the coin and its maple leaf and neither side ("carting
away a 100-kilogram gold coin named the 'Big Maple Leaf'"), nor "The reverse shows Queen
Elizabeth II." by "the coin bears a portrait of Queen Elizabeth II on one side and maple
leaves on the other": the quote must name the claim's side itself (``unsaid_sides``). The
other pairs are not demanded so: a claim's "son" or "old" ("10-24 year old Jordanians")
is often said in other words, and on the dev halves of ``benchmarks/citable_bench.py``
demanding them withheld two supported citations and no other.
"""

from __future__ import annotations

from mergekit.verify.spans import tokens

__all__ = ["OPPOSITES", "SIDES", "opposite_words", "unsaid_sides"]

OPPOSITES: tuple[tuple[str, str], ...] = tuple(
    tuple(pair.split("/"))  # type: ignore[misc]
    for pair in """old/new obverse/reverse north/south east/west northern/southern
    eastern/western northbound/southbound eastbound/westbound upper/lower inbound/outbound
    men/women man/woman male/female boys/girls boy/girl husband/wife son/daughter
    sons/daughters father/mother brother/sister won/lost winner/loser victory/defeat
    acquitted/convicted increase/decrease increased/decreased minimum/maximum
    import/export imports/exports bought/sold entrance/exit morning/evening""".split()
)

# The pairs that assign a side or a direction to something ("the obverse shows", "the
# eastbound span"): a quote that names neither word does not say which, though it may name
# everything else (the coin, the maple leaf, the span); see ``unsaid_sides``.
SIDES: tuple[tuple[str, str], ...] = tuple(pair for pair in OPPOSITES if pair[0] in set(
    "obverse north east northern eastern northbound eastbound inbound".split()))
_SIDE_WORDS = frozenset(w for pair in SIDES for w in pair)


def opposite_words(claim: str, quote: str) -> tuple[str, ...]:
    """The claim's words whose opposite the quote has instead ("reverse" against
    "obverse"), as "claim word/quote word"; () when there is none."""
    said, quoted = set(tokens(claim)), set(tokens(quote))
    return tuple(f"{a}/{b}" for x, y in OPPOSITES for a, b in ((x, y), (y, x))
                 if a in said and b in quoted and a not in quoted)


def unsaid_sides(claim: str, quote: str) -> tuple[str, ...]:
    """The claim's words of a side or direction (``SIDES``) the quote does not have
    ("obverse" against a quote that names neither side); () when it has each."""
    claimed = {w for w in tokens(claim) if w in _SIDE_WORDS}
    if not claimed:  # most claims name no side: the quote is not read
        return ()
    return tuple(sorted(claimed - set(tokens(quote))))

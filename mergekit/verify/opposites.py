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
"""

from __future__ import annotations

from mergekit.verify.spans import tokens

__all__ = ["OPPOSITES", "opposite_words"]

OPPOSITES: tuple[tuple[str, str], ...] = tuple(
    tuple(pair.split("/"))  # type: ignore[misc]
    for pair in """old/new obverse/reverse north/south east/west northern/southern
    eastern/western northbound/southbound eastbound/westbound upper/lower inbound/outbound
    men/women man/woman male/female boys/girls boy/girl husband/wife son/daughter
    sons/daughters father/mother brother/sister won/lost winner/loser victory/defeat
    acquitted/convicted increase/decrease increased/decreased minimum/maximum
    import/export imports/exports bought/sold entrance/exit morning/evening""".split()
)


def opposite_words(claim: str, quote: str) -> tuple[str, ...]:
    """The claim's words whose opposite the quote has instead ("reverse" against
    "obverse"), as "claim word/quote word"; () when there is none."""
    said, quoted = set(tokens(claim)), set(tokens(quote))
    return tuple(f"{a}/{b}" for x, y in OPPOSITES for a, b in ((x, y), (y, x))
                 if a in said and b in quoted and a not in quoted)

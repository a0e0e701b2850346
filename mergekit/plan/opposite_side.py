"""Which side of a coin or a medal shows a named image: "obverse" against "reverse".

"The reverse shows Queen Elizabeth II." and "it bears the portrait of Queen Elizabeth II on
the obverse side" cannot both hold of one coin (big-maple-leaf-theft: the Globe and Mail).
An article sentence is contradicted by a news sentence when

* each names one side only (``_OTHER_SIDE``, in lower case), the news sentence the other one (a
  sentence giving both sides tells of both: "the Queen on the obverse and a maple leaf on
  the reverse" is read by neither side);
* the clause of each that holds its side word (up to a comma, a semicolon, a colon or a
  dash) holds a name of two capitalised words or more (a Roman numeral counts: "Queen
  Elizabeth II"; the first word of a sentence only when it is no function word) that the
  other's clause holds too, one inside the other ("Elizabeth II" in "Queen Elizabeth II").
  A single capitalised word ("Canadian gold coins") is no image of a side.

A coin shows one image a side, so an article that puts the news's image of one side on the
other has swapped the sides: the sentence of its paragraph that gives the news's side another
image is contradicted by the same news sentence too ("The obverse displays a stylized maple
leaf.", beside "The reverse shows Queen Elizabeth II." in the article's paragraph). That
sentence names the one side only and its clause does not hold the news's name; its image
needs no name ("a stylized maple leaf").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from mergekit.facts.clauses import clause_around
from mergekit.facts.grammar import words
from mergekit.facts.statements import Statement
from mergekit.plan.told import Told, once_per_source

__all__ = ["opposite_sides"]

# each side of a coin or a medal, and the other (``verify.opposites.SIDES`` is another thing:
# the pairs of sides and directions a quote must name for a claim to be cited)
_OTHER_SIDE = {"obverse": "reverse", "reverse": "obverse"}
_SIDE = re.compile(r"\b(" + "|".join(_OTHER_SIDE) + r")\b")
_CLAUSE = re.compile(r"[,;:]|\s[\u2013\u2014-]\s")
_NAME = re.compile(r"\b[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|[IVX]+\b))+")


@lru_cache(maxsize=1 << 14)  # remembered: a merge holds many copies of one news sentence
def _side(text: str) -> tuple[str, str, tuple[str, ...]] | None:
    """The one side ``text`` names, its clause, and the names of two words or more in it."""
    found = list(_SIDE.finditer(text))
    if len({m.group(1) for m in found}) != 1:
        return None
    m = found[0]
    clause = clause_around(text, m.span(), _CLAUSE)
    names = []
    for n in _NAME.finditer(clause):
        tokens = n.group(0).split()
        while tokens and tokens[0].lower() in words()["function"]:
            tokens.pop(0)  # "The Queen": "The" opens the sentence, it names nothing
        if len(tokens) >= 2:
            names.append(" ".join(tokens))
    return m.group(1), clause.strip(), tuple(names)


def _same_name(a: Sequence[str], b: Sequence[str]) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(x)}(?!\w)", y) or re.search(rf"(?<!\w){re.escape(y)}(?!\w)", x)
               for x in a for y in b)


def opposite_sides(article: Sequence[Statement], news: Sequence[Statement]) -> list[Told]:
    """Every article sentence whose named image a news sentence puts on the other side: one
    per sentence and news text, in article then news order."""
    told = [(st, side) for st in news if (side := _side(st.text)) is not None and side[2]]
    if not told:
        return []
    out: list[Told] = []
    for st in article:
        mine = _side(st.text)
        if mine is None or not mine[2]:
            continue
        out += once_per_source(
            Told(st.key, other.source, mine[1].rstrip("."), theirs[1].rstrip("."), other.text)
            for other, theirs in told
            if theirs[0] == _OTHER_SIDE[mine[0]] and _same_name(mine[2], theirs[2]))
    return out + _swapped(article, out)


def _swapped(article: Sequence[Statement], found: Sequence[Told]) -> list[Told]:
    """The article sentences that give another image to the side a news sentence of
    ``found`` names: in the paragraph of the sentence it contradicts, naming that side only,
    not the news's name (module docstring). One per sentence and news text."""
    paragraphs = {st.key: st.paragraph for st in article}
    seen = {(t.key, t.source) for t in found}
    out: list[Told] = []
    for t in found:
        theirs = _side(t.quote)
        paragraph = paragraphs[t.key]
        if theirs is None or paragraph is None:
            continue
        for st in article:
            mine = _side(st.text)
            if (mine is None or mine[0] != theirs[0] or st.paragraph != paragraph or (st.key, t.source) in seen
                    or _same_name(mine[2], theirs[2])):
                continue
            seen.add((st.key, t.source))
            out.append(Told(st.key, t.source, mine[1].rstrip("."), t.theirs, t.quote))
    return out

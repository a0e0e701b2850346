"""One thing given two codes a digit apart: "signal SY31" against "signal SY21".

A code after a common noun ("signal SY31", "flight MH17", "platform B2") names one thing of
that kind; two texts telling the same moment with the same noun and codes of the same letters
that differ in one digit give that thing two names, and one of them is a slip (a digit
misread or mistyped). salisbury-rail-crash-2021: the article's "The SWR train failed to stop
at signal SY31, 240 yards (220 m) from Salisbury Tunnel Junction" against Rail's "The 1720
SWR service ... passed signal SY21, which was at danger, 220 metres before the junction". A
sentence is contradicted by a news sentence when

* each writes the same noun (in lower case, folded plural) right before a code of one to
  four capital letters and one to five digits ("SY31", "MH-17"), the two codes with the same
  letters and as many digits, differing in exactly one digit: a code further off ("MH17" and
  "MH370") names another thing more likely than it mistypes this one;
* the two sentences tell the same thing: besides the noun and the codes they share two
  content words or figures ("SWR", "junction", "220");
* neither text writes the other's code anywhere (a text naming both "SY31" and "SY21" tells
  of two signals).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from mergekit.align import content_words, fold_plural
from mergekit.facts.statements import Statement
from mergekit.plan.told import Told, once_per_source

__all__ = ["other_codes"]

# a lower-case noun, then a code: capital letters, an optional hyphen, digits, not part of a longer word
_CODE = re.compile(r"\b([a-z]{3,})\s+([A-Z]{1,4})-?(\d{1,5})(?![\w-])")
# how many content words or figures the two sentences must share besides the noun and codes
_SHARED = 2


@lru_cache(maxsize=1 << 14)  # remembered: a merge holds many copies of one news sentence
def _codes(text: str) -> tuple[tuple[str, str, str, str], ...]:
    """The codes ``text`` writes after a noun: (noun folded, letters, digits, as written)."""
    return tuple((fold_plural(m.group(1)), m.group(2), m.group(3), m.group(0)) for m in _CODE.finditer(text))


def _one_digit_apart(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def _words(text: str, drop: set[str]) -> frozenset[str]:
    return frozenset(fold_plural(w) for w in content_words(text)) - drop


def _writes(texts: Sequence[str], letters: str, digits: str) -> bool:
    """Whether any of ``texts`` writes the code, with or without its hyphen."""
    code = re.compile(rf"(?<![\w-]){letters}-?{digits}(?![\w-])")
    return any(code.search(t) for t in texts)


def other_codes(article: Sequence[Statement], news: Sequence[Statement]) -> list[Told]:
    """Every article sentence whose coded thing a news sentence gives a code one digit
    apart (module docstring): one per sentence and news text, in article then news order."""
    coded = [(st, codes) for st in news if (codes := _codes(st.text))]
    if not coded:
        return []
    by_source: dict[str, list[str]] = {}
    for st in news:
        by_source.setdefault(st.source, []).append(st.text)
    article_texts = [st.text for st in article]
    out: list[Told] = []
    for st in article:
        for noun, letters, digits, written in _codes(st.text):
            found: list[Told] = []
            for other, theirs in coded:
                for noun2, letters2, digits2, written2 in theirs:
                    if (noun2 != noun or letters2 != letters or not _one_digit_apart(digits, digits2)
                            or _writes(by_source[other.source], letters, digits)
                            or _writes(article_texts, letters2, digits2)):
                        continue
                    drop = {noun, letters.lower() + digits, letters2.lower() + digits2,
                            letters.lower(), digits, digits2}
                    if len(_words(st.text, drop) & _words(other.text, drop)) >= _SHARED:
                        found.append(Told(st.key, other.source, written, written2, other.text))
            out += once_per_source(found)
    return out

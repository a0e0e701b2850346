"""What a quote must hold word for word before it is cited for a claim.

The fitted heads judge how much of a claim a source says; a citation needs more: an
editor who reads the quote must find each specific of the claim in it. Three kinds of
specific are claims of their own, and a near match is no match:

* a word of rank ("largest", "first", "only", "eighth": ``lexicon.rank_words``);
* a count written in words ("three previous operators"): the quote must give the same
  value, in words or digits ("3"). Digits are already a feature of the heads
  (``num_frac_win``); "one" and "zero" are too often no count ("one of the") to demand;
* a quotation of three words or more: each stretch of it between an ellipsis or an
  editor's brackets ("were [destroyed]") is in the quote, case and punctuation aside
  ("an 'absolute lack of understanding'" is not said by "a lack of understanding");
* a word that says the claim holds for every one (``UNIVERSALS``: "Of the 29 dead, all of
  them were German" is not said by "a bus carrying German tourists", nor "a week-long
  suspension of all Turkish league football" by a report without it).
"""

from __future__ import annotations

import re
from functools import lru_cache

from mergekit.facts.attribution import QUOTE_RE
from mergekit.facts.numbers import NUMERAL_RE, parse_numeral
from mergekit.verify.lexicon import rank_words
from mergekit.verify.spans import tokens

__all__ = ["UNIVERSALS", "holds_specifics", "missing_specifics"]

# Words that say something holds for every one, always, or for none (``spans.tokens`` form).
UNIVERSALS = frozenset({"all", "every", "each", "entire", "none", "always"})

_MIN_QUOTED_WORDS = 3  # shorter quoted words are names and titles ("the 'Big Maple Leaf'")
_CUT = re.compile(r"\.{3}|…|\[[^\]]*\]")  # an ellipsis or an editor's insertion
_PUNCTUATION = re.compile(r"[^\w\s]")


def _plain(text: str) -> str:
    return " ".join(_PUNCTUATION.sub(" ", text.lower().replace("\u2019", "'").replace("'", "")).split())


@lru_cache(maxsize=1 << 14)  # remembered: every judgement asks it of its claim and its quote
def _values(text: str, *, spelled_only: bool) -> frozenset[float]:
    """The counts ``text`` gives (exact numerals; vague ones like "dozens" left out);
    ``spelled_only``: those written in words ("three", "a dozen") of 2 or more."""
    found = set()
    for m in NUMERAL_RE.finditer(text):
        if m.group("vague"):
            continue
        if spelled_only and (m.group("num") or parse_numeral(m.group(0)).value < 2):
            continue
        found.add(parse_numeral(m.group(0)).value)
    return frozenset(found)


def _quotations(text: str) -> list[str]:
    """The stretches of the claim's quotations a quote must hold verbatim."""
    pieces = (_plain(piece) for m in QUOTE_RE.finditer(text) for piece in _CUT.split(m.group(1)))
    return [p for p in pieces if len(p.split()) >= _MIN_QUOTED_WORDS]


def missing_specifics(claim: str, quote: str) -> tuple[str, ...]:
    """The claim's specifics the quote lacks, as written in the claim ("eighth", "all",
    "three", a quoted stretch); () when it holds every one."""
    missing = sorted(rank_words(claim) - rank_words(quote))
    missing += sorted(UNIVERSALS.intersection(tokens(claim)).difference(tokens(quote)))
    spelled = _values(claim, spelled_only=True)
    if spelled:
        given = _values(quote, spelled_only=False)
        missing += [f"{v:g}" for v in sorted(spelled - given)]
    plain_quote = f" {_plain(quote)} "
    missing += [q for q in _quotations(claim) if f" {q} " not in plain_quote]
    return tuple(missing)


def holds_specifics(claim: str, quote: str) -> bool:
    """Whether ``quote`` holds every specific of ``claim`` (see the module docstring)."""
    return not missing_specifics(claim, quote)

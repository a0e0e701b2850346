"""Whether a passage says a claim's frame but not its point: a count the claim writes in words.

The support heads read a claim's figures in digits (``features``: the share of its numbers
in the window, the numbers missing); a count written in words ("eighty countries", "three
previous operators") is one more word to them, and a passage that lacks it weighs little
less. A claim whose every clause tells such a count says that count and little else: a
news text on the same event shares its frame ("Miss Philippines actually won the pageant"
for "Contestants from eighty countries and territories competed in this year's pageant";
"owned and operated by Busy Bee Congo" for "It had been owned by three previous
operators"), the heads call it support, and a needs_citation lead then quotes a passage
with nothing in it the editor can check the sentence against.

The rule (``unsaid_point``): the claim is cut into clauses as the verifier cuts it
(``features._CLAUSE``: commas, brackets, dashes and conjunctions; a clause of one content
word joins the next). A clause's counts in words are those ``exact`` demands of a citation
(two or more, "one" aside). The passage gives a count in words or in digits ("3" for
"three"). The claim's point is unsaid when it has a count the quote lacks and the quote
says no clause of it otherwise: no clause whose counts it gives, or that has none, with at
least ``SAID_SHARE`` of that clause's content words in the quote. A count that one
sentence of the source gives with a word of its clause beside it (outside the window the
heads quote) is not lacking: the source says that part.

Only the support heads' label is read against it (``plan.planner.supports``); a sentence
of the source that says a part in its own words (``Judgement.part_quote``) has its own test
of a figure's words, and a citation already needs every count (``exact``)."""

from __future__ import annotations

from functools import lru_cache

from mergekit.verify.exact import spelled_counts
from mergekit.verify.features import _CLAUSE
from mergekit.verify.scan import content
from mergekit.verify.spans import split_sentences, tokens

__all__ = ["SAID_SHARE", "unsaid_point"]

# A clause without a count is said by a passage that holds this share of its content
# words: half, the point where a clause is more said than not (not fitted).
SAID_SHARE = 0.5


def _pieces(claim: str) -> list[str]:
    """The claim's clauses as text, cut as ``features._clauses`` cuts them (a clause of one
    content word joins the next; a last one, the one before)."""
    out: list[str] = []
    pending = ""
    for piece in _CLAUSE.split(claim):
        if not piece or not piece.strip():
            continue
        pending = f"{pending} {piece}".strip()
        if len(content(tokens(pending))) >= 2:
            out.append(pending)
            pending = ""
    if pending and out:
        out[-1] = f"{out[-1]} {pending}"
    return out


@lru_cache(maxsize=1 << 14)
def _gives(sentence: str) -> frozenset[str]:
    """The counts ``sentence`` gives, in words or digits (remembered: a news sentence meets
    many claims)."""
    return spelled_counts(sentence, spelled_only=False)


@lru_cache(maxsize=256)
def _sentences(evidence: tuple[str, ...]) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Each sentence of the source: the counts it gives and its content stems."""
    return tuple((_gives(s), frozenset(content(tokens(s)))) for s in split_sentences(evidence))


def _given_elsewhere(missing: frozenset[str], own: set[str], evidence: tuple[str, ...]) -> bool:
    """Whether one sentence of the source gives each of ``missing`` with a word of the
    clause (``own``, its content stems) beside it."""
    return all(any(m in gives and words & own for gives, words in _sentences(evidence)) for m in missing)


@lru_cache(maxsize=4096)
def unsaid_point(claim: str, quote: str, evidence: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The counts ``claim`` writes in words that ``quote`` lacks (as figures: "80"), when it
    says no other clause of the claim (see the module docstring); () otherwise. ``evidence``:
    the source's passages, where a count given with a word of its clause is not lacking."""
    if not quote:
        return ()
    given = _gives(quote)
    words = set(content(tokens(quote)))
    lacking: list[str] = []
    for piece in _pieces(claim):
        own = set(content(tokens(piece)))
        missing = spelled_counts(piece) - given
        if missing and _given_elsewhere(missing, own, evidence):
            return ()
        if missing:
            lacking += sorted(missing - set(lacking))
        elif own and len(own & words) >= SAID_SHARE * len(own):
            return ()
    return tuple(lacking)

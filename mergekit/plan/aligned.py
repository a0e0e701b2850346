"""Figures that disagree between a sentence and the evidence aligned with it.

Claim clusters catch conflicts about the topics their lexicon knows (injured, dead,
distance, ...). This is the general check underneath: for a sentence and each source,
take the source's sentences best aligned with it, and compare the quantities that count
the same thing (the same noun, singular or plural; "no ships" counts zero ships) where
the evidence figure's own clause shares another content word with the claim (the same
subject: "no person was touched" says nothing of a person killed). A
source contradicts the sentence when an aligned sentence gives an incompatible figure and
none of its aligned sentences gives a compatible one: a source that reports both "36" and
"more than 100" supports the sentence that says 36.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from mergekit.align import Match, content_words, fold_plural
from mergekit.facts import Quantity, quantities_agree
from mergekit.facts.memo import extract_quantities, is_count, what_counts  # each sentence read once
from mergekit.facts.quantities import PARTITIVE

__all__ = ["FigureConflict", "figure_conflicts", "counted_quantities"]

_NONE = re.compile(r"\b(?:no|zero|none of the)\s+(?:(?:more|other|further)\s+)?([a-z]+)", re.IGNORECASE)


@dataclass(frozen=True)
class FigureConflict:
    """A sentence's figure, and the aligned source sentence that gives another."""

    source: str
    noun: str  # folded ("ship"), for matching
    counted: str  # as the claim writes it ("ships")
    claim_figure: str
    source_figure: str
    quote: str


_CLAUSE_BREAK = re.compile(r"[,;:()\u201c\u201d\"]|\s[\u2013\u2014-]\s")


def _clause(text: str, span: tuple[int, int]) -> str:
    """The clause of ``text`` around ``span`` (between commas, semicolons, colons, quotes, dashes)."""
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, span[0])]
    end = _CLAUSE_BREAK.search(text, span[1])
    return text[starts[-1] if starts else 0: end.start() if end else len(text)]


def _prefix(word: str) -> str:
    return word[:5]


def _noun(word: str | None) -> str | None:
    return fold_plural(word.lower()) if word else None




def counted_quantities(text: str) -> list[tuple[str, Quantity]]:
    """(counted noun, quantity) pairs of ``text``, with "no X" as a count of zero.

    A partitive ("one of the residents") picks from a group; it does not count it.
    """
    out: list[tuple[str, Quantity]] = []
    for q in extract_quantities(text):
        counted = _noun(q.noun)
        if q.unit is not None or not counted or PARTITIVE.match(text, q.span[1]):
            continue
        if not is_count(q, text):  # not a part, a measure, a share or "several"
            continue
        found = what_counts(q, text)
        cause = f" {found[0].key}".partition(" of ")[2] if found else ""  # "two dying from pneumonia"
        out.append((counted + (f" of {cause}" if cause else ""), q))
    for match in _NONE.finditer(text):
        noun = fold_plural(match.group(1).lower())
        out.append((noun, Quantity(value=0.0, low=0.0, high=0.0, unit=None, approx=False, noun=noun,
                                   span=match.span(), text=match.group(0))))
    return out


def figure_conflicts(claim: str, aligned: Sequence[Match]) -> list[FigureConflict]:
    """Conflicts between ``claim`` and its aligned evidence, at most one per source and noun."""
    mine = counted_quantities(claim)
    if not mine:
        return []
    # Aligned and about the same thing: a content word in common besides the figures and the
    # nouns they count, compared by a 5-letter prefix ("injured" ~ "injuries").
    counted = {noun for noun, _ in mine}
    figures = {w.lower() for _, q in mine for w in q.text.split()}
    words = {_prefix(w) for w in content_words(claim)
             if not w.isdigit() and w not in figures and _noun(w) not in counted}
    by_source: dict[str, list[tuple[str, Quantity, str]]] = {}
    for match in aligned:
        text = match.passage.text
        for noun, q in counted_quantities(text):
            # The figure must be about the claim's subject: a shared word in its own clause.
            if words & {_prefix(w) for w in content_words(_clause(text, q.span))}:
                by_source.setdefault(match.passage.source, []).append((noun, q, text))
    conflicts = []
    for source in sorted(by_source):
        theirs = by_source[source]
        for noun, q in mine:
            same = [(tq, text) for tn, tq, text in theirs if tn == noun]
            if not same or any(quantities_agree(q, tq) for tq, _ in same):
                continue
            other, quote = same[0]
            conflicts.append(FigureConflict(source, noun, q.noun or noun, q.text, other.text, quote))
    return conflicts

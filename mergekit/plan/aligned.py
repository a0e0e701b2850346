"""Figures that disagree between a sentence and the evidence aligned with it.

Claim clusters catch conflicts about the topics their lexicon knows (injured, dead,
distance, ...). This is the general check underneath: for a sentence and each source,
take the source's sentences best aligned with it, and compare the quantities that count
the same thing (the same noun, singular or plural; "no ships" counts zero ships) in
sentences that share another content word with it (the same subject). A
source contradicts the sentence when an aligned sentence gives an incompatible figure and
none of its aligned sentences gives a compatible one: a source that reports both "36" and
"more than 100" supports the sentence that says 36.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from mergekit.align import Match, content_words, fold_plural
from mergekit.facts import Quantity, extract_quantities, quantities_agree

__all__ = ["FigureConflict", "figure_conflicts", "counted_quantities"]

_NONE = re.compile(r"\b(?:no|zero|none of the)\s+(?:(?:more|other|further)\s+)?([a-z]+)", re.IGNORECASE)


@dataclass(frozen=True)
class FigureConflict:
    """A sentence's figure, and the aligned source sentence that gives another."""

    source: str
    noun: str
    claim_figure: str
    source_figure: str
    quote: str


def _noun(word: str | None) -> str | None:
    return fold_plural(word.lower()) if word else None


_PARTITIVE = re.compile(r"\s+of\s+(?:the|these|those|its|their|our|his|her|them)\b", re.IGNORECASE)


def counted_quantities(text: str) -> list[tuple[str, Quantity]]:
    """(counted noun, quantity) pairs of ``text``, with "no X" as a count of zero.

    A partitive ("one of the residents") picks from a group; it does not count it.
    """
    out = [
        (_noun(q.noun), q) for q in extract_quantities(text)
        if q.unit is None and _noun(q.noun) and not _PARTITIVE.match(text, q.span[1])
    ]
    for match in _NONE.finditer(text):
        noun = _noun(match.group(1))
        out.append((noun, Quantity(value=0.0, low=0.0, high=0.0, unit=None, approx=False, noun=noun,
                                   span=match.span(), text=match.group(0))))
    return out


def figure_conflicts(claim: str, aligned: Sequence[Match]) -> list[FigureConflict]:
    """Conflicts between ``claim`` and its aligned evidence, at most one per source and noun."""
    mine = counted_quantities(claim)
    if not mine:
        return []
    # Aligned and about the same thing: a content word in common besides counts and nouns counted.
    counted = {noun for noun, _ in mine}
    words = {w for w in content_words(claim) if not w.isdigit() and _noun(w) not in counted}
    by_source: dict[str, list[Match]] = {}
    for match in aligned:
        if words & set(content_words(match.passage.text)):
            by_source.setdefault(match.passage.source, []).append(match)
    conflicts = []
    for source in sorted(by_source):
        theirs = [(noun, q, m.passage.text) for m in by_source[source] for noun, q in counted_quantities(m.passage.text)]
        for noun, q in mine:
            same = [(tq, text) for tn, tq, text in theirs if tn == noun]
            if not same or any(quantities_agree(q, tq) for tq, _ in same):
                continue
            other, quote = same[0]
            conflicts.append(FigureConflict(source, noun, q.text, other.text, quote))
    return conflicts

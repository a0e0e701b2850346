"""Decide whether evidence supports a claim.

``judge(claim, evidence)`` is the one entry point the pipeline and ``mergekit eval`` use.
This first version is lexical (rapidfuzz partial token overlap); the verification engine
replaces the internals, not the interface.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

__all__ = ["Judgement", "LABELS", "judge"]

LABELS = ("supported", "partial", "not_supported", "contradicted")


@dataclass(frozen=True)
class Judgement:
    """A verdict on one claim against one source's evidence sentences."""

    label: str  # one of LABELS
    score: float  # probability-like support score in [0, 1]
    quote: str  # the best evidence sentence ("" when there is none)
    reason: str  # a human sentence saying why


def judge(claim: str, evidence: Sequence[str], *, threshold: float = 0.72) -> Judgement:
    """Judge ``claim`` against ``evidence`` (the source's sentences or passages)."""
    best_score, best_quote = 0.0, ""
    for sentence in evidence:
        score = fuzz.token_set_ratio(claim, sentence) / 100.0
        if score > best_score:
            best_score, best_quote = score, sentence
    if best_score >= threshold:
        label = "supported"
    elif best_score >= threshold - 0.15:
        label = "partial"
    else:
        label = "not_supported"
    reason = f"best lexical overlap {best_score:.2f} (supported at >= {threshold:.2f})"
    return Judgement(label, round(best_score, 4), best_quote, reason)

"""Polarity: is a sentence (or clause) negated or a denial?

``polarity("The Ministry denies there has been a victim")`` -> negated, cues ("denies",).
Hedges ("not necessarily") are negation too: the sentence does not assert its claim, and
so are withheld confirmations ("has yet to confirm", "refused to confirm", "declined to
comment") and "ruled out". Cues cancel in pairs: "did not rule out" asserts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Polarity", "polarity", "NEGATION_RE"]

NEGATION_RE = re.compile(
    r"\b(?:not|no|never|none|nobody|neither|nor|without|"
    r"den(?:y|ies|ied|ying)|refut(?:e|es|ed|ing)|reject(?:s|ed)?|dismiss(?:es|ed)?|"
    r"(?:do|does|did|is|are|was|were|has|have|had|could|would|can|will)n[’']t|cannot|"
    # "ruled out foul play": a denial; "did not rule out" is two cues and cancels
    r"rul(?:e|es|ed|ing)\s+out|"
    # a confirmation withheld: "yet to confirm", "refused to confirm", "declined to comment";
    # the verb stays outside the cue, so "refused to deny" is two cues and cancels
    r"(?:yet|refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing))\s+to(?=\s+(?:be\s+)?"
    r"(?:confirm|comment|say|disclose|give|provide|release|acknowledge|den(?:y|ied))))\b",
    re.IGNORECASE,
)
# "no" inside these phrases does not negate the claim
_NOT_NEGATION = re.compile(
    r"\b(?:no\s+(?:longer|doubt|matter)|not\s+only|no\s+sooner|nothing\s+but)\b", re.I)


@dataclass(frozen=True)
class Polarity:
    """Whether a text asserts or denies, with the words that decided it."""

    negated: bool
    cues: tuple[str, ...]


def polarity(text: str) -> Polarity:
    """Negation and denial cues in ``text``; ``negated`` when an odd number of them remain.

    Double negation ("did not deny") cancels out, which is the usual reading in news.
    """
    cleaned = _NOT_NEGATION.sub(" ", text)
    cues = tuple(m.group(0).lower() for m in NEGATION_RE.finditer(cleaned))
    return Polarity(len(cues) % 2 == 1, cues)

"""Decide whether evidence supports a claim.

``judge(claim, evidence)`` is the one entry point the pipeline and ``mergekit eval`` use.
It splits the evidence into sentences (``spans``), measures how the claim's words,
numbers, names and negations show up there (``features``), and applies three fitted
gradient-boosted heads (``model``, parameters in ``mergekit/data/verifier.json``,
reproduced by ``scripts/train_verifier.py``). Offline, pure Python, a few milliseconds a
claim.

``label`` is the benchmark decision (a contradiction first). ``citable`` is the stricter
decision the draft acts on when it writes a citation (``model.citable``, and every word of
rank of the claim, "largest", "first", "only", in the quote). ``support`` is
what the two support heads alone decide: the contradiction head was fitted on FNC-1 (a
headline against another outlet's article) and on the citation benchmarks it fires mostly
on claims the source does support, so a citation is judged on ``support``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from mergekit.verify.features import extract
from mergekit.verify.lexicon import rank_words
from mergekit.verify.model import Verdict, citable, load_verifier
from mergekit.verify.reasons import explain

__all__ = ["Judgement", "LABELS", "judge"]

LABELS = ("supported", "partial", "not_supported", "contradicted")


@dataclass(frozen=True)
class Judgement:
    """A verdict on one claim against one source's evidence sentences."""

    label: str  # one of LABELS
    score: float  # calibrated probability that the source supports the claim (at least in part)
    quote: str  # the best evidence sentence or window ("" when there is none)
    reason: str  # a human sentence saying why
    support: str = ""  # supported | partial | not_supported, by the support heads alone
    citable: bool = False  # safe to cite for the claim (see ``model.citable``)
    coverage: float = 0.0  # share of the claim's content words found within one passage (``cov_win``)
    part_said: bool = False  # one clause of the claim (3+ content words, not only names) is in one passage

    def __post_init__(self) -> None:
        if not self.support:  # a label without a separate support decision
            object.__setattr__(self, "support", "not_supported" if self.label == "contradicted" else self.label)


def judge(claim: str, evidence: Sequence[str]) -> Judgement:
    """Judge ``claim`` against ``evidence`` (the source's pages, passages or sentences).

    ``score`` is P(supported or partial); it is lowered by the probability that the
    source disputes the claim.
    """
    if isinstance(evidence, str):  # a whole page passed by mistake: still one passage
        evidence = [evidence]
    return _judge(claim, tuple(evidence))


@lru_cache(maxsize=4096)
def _decide(values: tuple[float, ...]) -> Verdict:
    """The shipped verifier's verdict on one feature vector, remembered: many pairs give the
    same vector (2,979 pairs, 138 distinct vectors at the 60x60 benchmark merge), and the
    verdict is a pure function of it (equal floats compare equal in every threshold)."""
    return load_verifier().decide(values)


@lru_cache(maxsize=4096)
def _judge(claim: str, evidence: tuple[str, ...]) -> Judgement:
    """``judge`` on a hashable evidence tuple, remembered: a run judges the same sentence
    against the same source more than once (a sentence repeated in the article, the
    planner's passes), and the answer is a pure function of the two (frozen)."""
    if not claim.strip() or not any(p.strip() for p in evidence):
        return Judgement("not_supported", 0.0, "", "no claim or no evidence text to compare")
    features = extract(claim, evidence)
    verdict = _decide(features.values)
    score = verdict.p_any * (1 - verdict.p_contra)
    # A word of rank the quote lacks ("largest", "first", "only") is a claim it does not make
    # (a claim without one needs none: the quote is not read).
    ranked = not (claimed := rank_words(claim)) or claimed <= rank_words(features.quote)
    return Judgement(verdict.label, round(score, 4), features.quote, explain(features, verdict),
                     verdict.support, citable(verdict, features.values) and ranked, features.as_dict()["cov_win"],
                     features.part_said)

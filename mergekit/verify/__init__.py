"""Decide whether evidence supports a claim.

``judge(claim, evidence)`` is the one entry point the pipeline and ``mergekit eval`` use.
It splits the evidence into sentences (``spans``), measures how the claim's words,
numbers, names and negations show up there (``features``), and applies three fitted
gradient-boosted heads (``model``, parameters in ``mergekit/data/verifier.json``,
reproduced by ``scripts/train_verifier.py``). Offline, pure Python, a few milliseconds a
claim.

``label`` is the benchmark decision (a contradiction first). ``citable`` is the stricter
decision the draft acts on when it writes a citation (``model.citable`` on ``label``, and
the checks that read the claim against the quote word by word: every specific of the claim
in the quote, ``exact``; no opposite word instead of the claim's, ``opposites``; no plan the
source says went unmet, ``plans``; every name given as that name, ``names``; every date as
precisely, ``when``; every side named, ``opposites``; every part of a coordination,
``coordination``; the subject's number, ``plural``; how soon, ``pace``; nothing of the claim
refused, ``refusals``; the one its event befell, not another, ``befallen``, which leaves the
label as it is: a doubt that withholds a citation, never one that accuses). ``support`` is
what the two support heads alone decide: the contradiction head was fitted on FNC-1 (a
headline against another outlet's article) and on the citation benchmarks it fires mostly
on claims the source does support, so the findings that say a source supports a sentence
read ``support``. A citation does not: on ``support`` instead of ``label`` the tuning cases
gain one right citation and two wrong ones the contradiction head holds back (marapi's
"did not cause casualties" cited to "Its last eruption killed over 60 people"), and
``benchmarks/citable_bench.py`` one right one (citation_checker dev half) and nothing else.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from mergekit.verify.befallen import other_befallen
from mergekit.verify.coordination import unsaid_conjuncts
from mergekit.verify.exact import holds_specifics
from mergekit.verify.features import Features, extract
from mergekit.verify.model import Verdict, citable, load_verifier
from mergekit.verify.names import inside_longer_names
from mergekit.verify.opposites import opposite_words, unsaid_sides
from mergekit.verify.pace import unsaid_pace
from mergekit.verify.plans import unkept_plan
from mergekit.verify.plural import unsaid_number
from mergekit.verify.reasons import explain
from mergekit.verify.refusals import refused_words
from mergekit.verify.when import unsaid_dates

__all__ = ["Judgement", "LABELS", "judge", "of_another"]

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
    checkable: bool = False  # the quote shares a figure, a name and a word, or 3 words of the claim
    part_quote: str = ""  # a sentence saying a part of the claim: a whole clause, one but a word, a figure with its words

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
    # The passage tells the claim's event of another ("a retired firefighter died" for "The
    # mayor of Tirana died"), nor does its text name the claim's one anywhere: it is never
    # cited (``befallen``). The label stays the heads': "protesters" for "demonstrators" is
    # the same crowd in other words, and an existing citation is never accused on that doubt
    # (no failed verification); the reason says why it is not cited. Read where the heads say
    # "supported" only: elsewhere it changes no citation.
    other = other_befallen(claim, features.quote, evidence) if "supported" in (verdict.label, verdict.support) else ""
    # a sentence saying all of a clause but the one it befell ("Police in Korçë arrested two
    # bakers" for "Two traders were arrested") is still a lead, its note saying so
    part = other_befallen(claim, features.part_quote, evidence) if features.part_quote and not other else ""
    return Judgement(verdict.label, round(score, 4), features.quote,
                     explain(features, verdict, of_another(other or part)),
                     verdict.support, not other and _citable(claim, evidence, verdict, features),
                     features.as_dict()["cov_win"], features.part_said, features.checkable, features.part_quote)


def of_another(other: str) -> str:
    """The reason's note where the passage tells the event of another (``befallen.other_befallen``)."""
    return f"not cited: the passage tells it of another ({other})" if other else ""


def _citable(claim: str, evidence: tuple[str, ...], verdict: Verdict, features: Features) -> bool:
    """``model.citable``, and the quote holds every specific of the claim (a word of rank, a
    count, a quotation: ``exact``), has no opposite of a word of the claim instead of it
    (``opposites``), says no plan went unmet that the claim states as done (``plans``), and
    the source gives each of the claim's names as that name, not only inside a longer name
    of another thing (``names``); the quote gives each date of the claim as precisely
    (``when``) and each side or direction it assigns (``opposites.unsaid_sides``), and the
    source says every item of the claim's enumerations and every verb of its coordinated
    predicates or of a clause that gives a year (``coordination``); the quote tells what
    the claim says of several of several, and of one of one (``plural``), says how soon
    or how fast where the claim does (``pace``), and refuses none of the claim's own words
    that the claim states as had or done (``refusals``: "denied permission" for "had
    permission")."""
    quote = features.quote
    return (citable(verdict, features.values) and holds_specifics(claim, quote) and not opposite_words(claim, quote)
            and not unkept_plan(claim, quote) and not inside_longer_names(claim, evidence)
            and not unsaid_dates(claim, quote) and not unsaid_sides(claim, quote) and not unsaid_number(claim, quote)
            and not unsaid_pace(claim, quote) and not refused_words(claim, quote)
            and not unsaid_conjuncts(claim, " ".join(evidence)))

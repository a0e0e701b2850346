"""What the planner decides, as frozen dataclasses (``flags.json`` is their serialisation)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Evidence", "Finding", "SentencePlan", "MergePlan", "FINDING_KINDS", "VERDICTS"]

VERDICTS = ("supported", "partial", "not_supported", "no_source")
FINDING_KINDS = (
    "unsourced",            # no citation, and no available source supports it
    "failed_verification",  # a cited source is available and does not support it
    "unverifiable",         # cites only sources that are not available
    "contradicted",         # a source gives another figure, date, polarity or speaker
    "conflicts_target",     # the destination article says otherwise
    "already_in_target",    # the destination already says it; not copied again
)


@dataclass(frozen=True)
class Evidence:
    """A passage bearing on a sentence, and how."""

    source: str  # the input file's name (news or destination)
    quote: str
    score: float
    stance: str  # "supports" | "contradicts" | "neutral"


@dataclass(frozen=True)
class Finding:
    """Something the editor must look at, with its reason and evidence."""

    id: str
    kind: str  # one of FINDING_KINDS
    section: str
    sentence: str
    cited: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    detail: str
    article: str = "source"  # "source": a sentence to merge; "target": the destination's own text


@dataclass(frozen=True)
class SentencePlan:
    """One source sentence: its verdict and what goes into the draft."""

    key: str  # stable id of the sentence ("s03")
    section: str
    paragraph: int
    text: str  # the text to write (a misattributed speaker corrected)
    original: str  # the sentence as the source article has it
    cited: tuple[str, ...]  # the source article's reference keys (own, or the paragraph's)
    placed: tuple[str, ...]  # the reference keys written after this very sentence in the source
    verdict: str  # one of VERDICTS
    evidence: tuple[Evidence, ...]
    supporting: tuple[str, ...]  # news labels citable for it (confident full support), best first
    include: bool  # written into the draft
    tags: tuple[str, ...]  # maintenance templates to add ("citation needed", ...)
    notes: tuple[tuple[str, str], ...] = ()  # (attributed alternative figure, news label)
    failing: tuple[str, ...] = ()  # news labels the sentence cites that do not support it


@dataclass(frozen=True)
class MergePlan:
    """Everything the writers need; computed without touching files or the clock."""

    source_title: str
    target_title: str
    section_title: str
    sentences: tuple[SentencePlan, ...]
    findings: tuple[Finding, ...]
    clusters: tuple  # mergekit.facts.Cluster
    run_date: str
    source_names: tuple[tuple[str, str], ...] = ()  # (input label, how a reader knows it)

    def source_name(self, label: str) -> str:
        """"Euractiv (003_x.txt)" for an input label; the label itself when unknown."""
        return dict(self.source_names).get(label, label)

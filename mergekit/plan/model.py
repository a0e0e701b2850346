"""What the planner decides, as frozen dataclasses (``flags.json`` is their serialisation)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from mergekit.facts.clusters import Cluster

__all__ = [
    "Evidence", "Said", "Finding", "SentencePlan", "MergePlan", "Verdict", "FindingKind", "Rule", "Stance", "ArticleRole",
    "sentence_key", "target_key", "PlanSettings", "Note", "LEAD", "Home", "ExistingSection",
    "FINDING_KINDS", "VERDICTS", "RULES", "KindWords", "KIND_WORDS",
]


class Verdict(StrEnum):
    """How far the available sources support a source sentence."""

    SUPPORTED = "supported"
    PARTIAL = "partial"
    NOT_SUPPORTED = "not_supported"
    NO_SOURCE = "no_source"


class FindingKind(StrEnum):
    """What the editor must look at."""

    UNSOURCED = "unsourced"  # no citation, and no available source supports it
    NEEDS_CITATION = "needs_citation"  # no citation; a source may say it, or part of it, but not enough to cite it unchecked
    FAILED_VERIFICATION = "failed_verification"  # a cited source is available and does not support it
    UNVERIFIABLE = "unverifiable"  # cites only sources that are not available
    CONTRADICTED = "contradicted"  # a source gives another figure, date, polarity or speaker
    CONFLICTS_TARGET = "conflicts_target"  # the destination article says otherwise
    ALREADY_IN_TARGET = "already_in_target"  # the destination already says it; not copied again
    UNRESOLVED_REFERENCE = "unresolved_reference"  # a footnote marker with no entry in the reference list
    OUTDATED = "outdated"  # states a plan as still to come for a date before the run date (plan.dated)


class KindWords(NamedTuple):
    """How a finding kind is named to an editor."""

    label: str  # in the report, which shows both articles ("conflicts with the destination")
    talk: str  # in the talk post, on the destination's talk page ("conflicts with this article")


# Every kind, most severe first (the order the review walks and the report lists findings
# in), with its words: the one table the writers name kinds from.
KIND_WORDS: dict[FindingKind, KindWords] = {
    FindingKind.CONTRADICTED: KindWords("contradicted", "contradicted by a source"),
    FindingKind.FAILED_VERIFICATION: KindWords("failed verification", "failed verification"),
    FindingKind.CONFLICTS_TARGET: KindWords("conflicts with the destination", "conflicts with this article"),
    FindingKind.UNSOURCED: KindWords("unsourced", "unsourced"),
    FindingKind.NEEDS_CITATION: KindWords("needs a citation", "needs a citation (a source may say it)"),
    FindingKind.UNVERIFIABLE: KindWords("unverifiable", "cannot be verified here"),
    FindingKind.OUTDATED: KindWords("outdated", "outdated"),
    FindingKind.ALREADY_IN_TARGET: KindWords("already in the destination", "already in this article"),
    FindingKind.UNRESOLVED_REFERENCE: KindWords("reference not found", "reference not found"),
}


class Rule(StrEnum):
    """Why a finding was made; ``mergekit.draft.reasons`` turns a rule and its facts into words."""

    FIGURES_DIFFER = "figures_differ"  # a claim cluster: the sentence's figure against another input's
    ALIGNED_FIGURE = "aligned_figure"  # a figure of the passage aligned with the sentence differs
    MISATTRIBUTED = "misattributed"  # a quotation given to another speaker than the source names
    CITED_NOT_SUPPORTING = "cited_not_supporting"  # the cited source(s) do not say it
    CITES_UNAVAILABLE = "cites_unavailable"  # cites only sources that are not among the inputs
    NO_CITATION = "no_citation"  # uncited, and no available source was found to say it
    UNCITED_SUPPORT = "uncited_support"  # uncited; a source says it or part of it, not citable as it stands
    ALREADY_SAID = "already_said"  # the destination already says it
    PARTLY_SAID = "partly_said"  # the destination says it but for a figure, date or name the sentence adds
    NO_LIST_ENTRY = "no_list_entry"  # a marker with no reference-list entry
    DATED_PLAN = "dated_plan"  # a plan told as still to come for a date before the run date
    UNKEPT_PLAN = "unkept_plan"  # a plan told as still to come that a news text says was not kept (plan.unkept)
    AFTER_LAST = "after_last"  # an occurrence dated after the one a news text calls the last (plan.last_time)
    OPPOSITE_PLACE = "opposite_place"  # "inside" the place against a news text's "outside" it (plan.opposite_place)
    OPPOSITE_SIDE = "opposite_side"  # a named image on the "reverse" against a news text's "obverse" (plan.opposite_side)
    RENAMED = "renamed"  # a person (surname and age) a news text gives another name (plan.renamed)
    RENAMED_IN_ROLE = "renamed_in_role"  # a person (role, given names) a news text gives another last name (plan.renamed)
    OTHER_UTC = "other_utc"  # one local time a news text converts to another time in UTC (plan.utc_time)
    OTHER_TIME = "other_time"  # an event's time of day a news text gives another, beyond its "around" (plan.time_of_day)
    NOT_ALL = "not_all"  # "all of them were X" against a news text's "most were X" (plan.all_most)
    OTHER_CODE = "other_code"  # "signal SY31" against a news text's "signal SY21", a digit apart (plan.other_code)
    OTHER_AGENT = "other_agent"  # "shot by a police officer" against a news text's "by a security guard" (plan.other_agent)


class Stance(StrEnum):
    """How a passage bears on a sentence."""

    SUPPORTS = "supports"
    CONTRADICTS = "contradicts"
    NEUTRAL = "neutral"


class ArticleRole(StrEnum):
    """Whose text a finding is about."""

    SOURCE = "source"  # a sentence to merge
    TARGET = "target"  # the destination's own text


@dataclass(frozen=True)
class PlanSettings:
    """The planner's knobs, in one place; the defaults are what every command uses."""

    max_sources: int = 8  # news sources read per sentence: the best-aligned, judged and searched for figures
    passages_per_source: int = 3  # aligned passages of each of those searched for a conflicting figure
    top_target: int = 3  # destination passages judged per sentence (is it already said there?)


def sentence_key(number: int) -> str:
    """The stable id of the source article's ``number``-th sentence (from 1): "s03"."""
    return f"s{number:02d}"


def target_key(number: int) -> str:
    """The stable id of the destination's ``number``-th sentence (from 1): "t03"."""
    return f"t{number:02d}"


# The section name findings and flags.json give an article's lead (its text before any heading).
LEAD = "(lead)"

# The members in order; each equals its old string ("unsourced" in FINDING_KINDS).
VERDICTS = tuple(Verdict)
FINDING_KINDS = tuple(FindingKind)
RULES = tuple(Rule)


@dataclass(frozen=True)
class Evidence:
    """A passage bearing on a sentence, and how."""

    source: str  # the input file's name (news or destination)
    quote: str
    score: float
    stance: Stance


@dataclass(frozen=True)
class Said:
    """What one input gives: a figure or a speaker's words, as written, and who says it."""

    source: str  # the input's label
    what: str  # the figure or quotation as written ("more than 100", "one")
    speaker: str | None = None  # as the evidence names it ("the Ministry of Interior")
    # a figure its text says was revised (``facts.revisions``): the figure that replaced it as
    # written ("at least 19"), "" when the sentence gives none; None for a current figure
    revised: str | None = None


@dataclass(frozen=True)
class Finding:
    """Something the editor must look at: the rule that found it, its facts and evidence.

    The facts are data (``topic``, ``said``, ``sources``, ``refs``); the writers word them
    (``mergekit.draft.reasons``), so no English is built in the middle of a decision.
    """

    id: str
    kind: FindingKind
    section: str
    sentence: str
    cited: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    rule: Rule
    topic: str = ""  # what the figures count ("people injured")
    said: tuple[Said, ...] = ()  # the sentence's own figure or speaker first, then the others'
    sources: tuple[str, ...] = ()  # input labels the rule names (the cited ones, the one that says it)
    refs: tuple[str, ...] = ()  # reference keys the rule names
    inherited: bool = False  # the refs are the paragraph's closing citation, which might cover an uncited sentence
    verifier: str = ""  # the verifier's own account, for flags.json only
    article: ArticleRole = ArticleRole.SOURCE
    carried: bool = True  # the sentence goes into the draft
    uncited: tuple[str, ...] = ()  # news an attribution sentence would cite, not written: no title to cite them by
    agreeing: tuple[Said, ...] = ()  # figures_differ: news that give the sentence's own figure (its cluster's tolerance)
    lacks: tuple[str, ...] = ()  # already_in_target: the sentence's other words the destination's passage lacks, as written


class Note(NamedTuple):
    """A generated attribution sentence for a conflict (``plan.notes``)."""

    text: str  # "Figures for people killed differ: ..."
    cites: tuple[str, ...]  # the news labels it cites
    topic: str  # the conflict's topic ("people killed")


def written_uncited(sp: SentencePlan, citable: Callable[[str], bool]) -> bool:
    """Whether the draft writes ``sp`` with no citation (and so tags it {{citation needed}}:
    the draft never writes an uncited sentence bare): none it carried or placed, and no first
    supporting source that ``citable`` says can be cited (one with no title cannot: it
    becomes a hidden note, never a made-up title). The writer asks ``citable`` of each
    citation it wrote; the decisions, which run before the writer, of ``MergePlan.untitled``."""
    keys = (*sp.placed, *sp.cited, *sp.supporting[:1])
    return not sp.cited and not any(citable(key) for key in keys)


@dataclass(frozen=True)
class SentencePlan:
    """One source sentence: its verdict and what goes into the draft."""

    key: str  # stable id of the sentence ("s03")
    section: str
    paragraph: int
    text: str  # the text to write (a misattributed speaker corrected)
    original: str  # the sentence as the source article has it
    cited: tuple[str, ...]  # the source article's reference keys it rests on: its own, or those of the
    # paragraph's closing citation whose news text says it (plan.citations)
    placed: tuple[str, ...]  # the reference keys written after this very sentence in the source
    verdict: Verdict
    evidence: tuple[Evidence, ...]
    supporting: tuple[str, ...]  # news labels citable for it (confident full support), best first
    include: bool  # written into the draft
    tags: tuple[str, ...]  # maintenance templates to add ("citation needed", ...)
    notes: tuple[Note, ...] = ()  # generated attribution sentences
    failing: tuple[str, ...] = ()  # news labels the sentence (or its paragraph's closing citation) cites that do not support it


@dataclass(frozen=True)
class ExistingSection:
    """A section the destination already has, named by ``--section`` (``plan.existing``):
    the merged text goes at the end of its own prose, under no heading of its own."""

    title: str  # as a reader sees the heading (its anchor): markup stripped, spaces collapsed
    level: int  # 2 for ``== X ==``
    index: int  # its place among the page's own headings, from 0


@dataclass(frozen=True)
class Home:
    """A destination section already on the source's subject, and why (``plan.home``)."""

    section: str  # its title
    shared: tuple[str, ...]  # words of its title that the source's title has
    defining: tuple[str, ...]  # other words of its title that the source's first sentence has
    told: int  # source sentences the destination already tells there
    told_total: int  # source sentences the destination already tells anywhere
    named: bool = False  # its prose names the source's title ("known as Hushpuppi")

    def evidence(self, source_title: str) -> tuple[str, ...]:
        """Each piece of evidence, in words ("its heading shares “breach” with the title “2022 Optus data breach”")."""
        out = []
        if self.shared:
            out.append(f"its heading shares {_and(self.shared)} with the title “{source_title}”")
        if self.defining:
            out.append(f"its heading has {_and(self.defining)}, {'a word' if len(self.defining) == 1 else 'words'} "
                       f"of the first sentence of “{source_title}”")
        if self.named:
            out.append(f"its text names “{source_title}”")
        if self.told == self.told_total == 1:
            out.append("the one sentence of the source that this article already tells is there")
        elif self.told:
            which = ("both" if self.told == 2 else f"all {self.told}") if self.told == self.told_total \
                else f"{self.told} of the {self.told_total}"
            out.append(f"{which} sentences of the source that this article already tells are there")
        return tuple(out)


def _and(words: tuple[str, ...]) -> str:
    quoted = [f"“{w}”" for w in words]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


@dataclass(frozen=True)
class MergePlan:
    """Everything the writers need; computed without touching files or the clock."""

    source_title: str
    target_title: str
    section_title: str
    sentences: tuple[SentencePlan, ...]
    findings: tuple[Finding, ...]
    clusters: tuple[Cluster, ...]
    run_date: str
    source_names: tuple[tuple[str, str], ...] = ()  # (input label, how a reader knows it)
    # (a wikitext source's reference key, how a reader knows it): "syr" or "#1" -> "Syracuse.com, May 5, 2021"
    reference_names: tuple[tuple[str, str], ...] = ()
    # news the draft cannot cite: no title given, and the destination does not cite it (a hidden note names it)
    untitled: tuple[str, ...] = ()
    home: Home | None = None  # a destination section already on the source's subject (plan.home)
    existing: ExistingSection | None = None  # --section named one the destination has: the text goes into it

    def source_name(self, label: str) -> str:
        """How an editor knows an input: "Euractiv (20 June 2023)", "the destination"."""
        return self._names.get(label, label)

    @cached_property
    def _names(self) -> dict[str, str]:  # built once: a large merge names sources many times
        return dict(self.source_names)

    def sentence_plan(self, original: str) -> SentencePlan | None:
        """The first of ``sentences`` whose ``original`` is this text, None when none is."""
        return self._sentence_plans.get(original)

    @cached_property
    def _sentence_plans(self) -> dict[str, SentencePlan]:  # built once: every finding's reason asks
        first: dict[str, SentencePlan] = {}
        for sp in self.sentences:
            first.setdefault(sp.original, sp)
        return first

    def first_source_finding(self, section: str, sentence: str) -> Finding | None:
        """The first finding on the source article's sentence ``sentence`` of ``section``."""
        return self._first_source_findings.get((section, sentence))

    @cached_property
    def _first_source_findings(self) -> dict[tuple[str, str], Finding]:  # built once: every finding's reason asks
        first: dict[tuple[str, str], Finding] = {}
        for f in self.findings:
            if f.article == "source":
                first.setdefault((f.section, f.sentence), f)
        return first

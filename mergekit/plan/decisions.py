"""Apply the editor's review decisions to a plan: a pure function, plan in, plan out.

``apply_decisions(plan, decisions)`` returns a ``DecidedPlan``: the plan the draft is written
from, the decisions that were applied (with a phrase for the talk post), and the ones that
were not, each with its reason. The findings themselves are left as they are (``flags.json``
keeps every finding, so a later review can revisit them); what changes is each sentence:

- ``keep``: nothing; the tag stays.
- ``dismiss``: the tag the finding called for ({{citation needed}}, {{failed verification}})
  is left out, except {{citation needed}} on a sentence nothing cites (the draft writes no
  uncited sentence bare: the phrase says so, rather than claim a tag gone that stays); a
  sentence left out as already in the destination is carried after all (the editor finds
  the destination does not say it).
- ``edit``: the sentence's text is the editor's (escaped by the writer like any input); a
  sentence the plan left out (already in the destination, conflicting with it, contradicted)
  is carried with it (the editor wrote words to be written), and the phrase says so. A ``cite``, ``attribute`` or ``dismiss`` on a sentence the draft still
  leaves out says so.
- ``attribute``: of the sentence's attributed notes, only the chosen source's stay.
- ``cite``: the chosen source is cited first and the missing-citation tag is left out; it
  must be a source the sentence's evidence says supports it, and one the plan would not cite
  (not found to say all of the sentence) is named in the phrase with that caution.
- ``drop``: the sentence is not written.

A decision is *stale* when no finding has its id any more, or when that finding's sentence
no longer has the digest the decision was made on: it is reported, never applied. One whose
finding is gone while its sentence is unchanged and has no finding at all (the problem was
solved, say by a url in merge.toml) is reported as no longer flagged, not as stale: there is
nothing to review again; a sentence flagged under another id (another kind or section) is,
and one with a finding of the decision's kind under a new id (a sibling finding came or
went) is told that id and how to re-apply the decision there, never moved to it. A
decision on the destination's own text can only be kept or dismissed (the destination's
text is never changed); anything else is reported as not applicable.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace

from mergekit.plan.dated import TAG
from mergekit.plan.model import KIND_WORDS, LEAD, Finding, FindingKind, MergePlan, SentencePlan, written_uncited
from mergekit.review.model import Decision, sentence_digest

__all__ = ["CARRIED_EDIT", "DecidedPlan", "Decided", "NotApplied", "apply_decisions", "renamed"]

# An edit of a sentence the plan left out for a conflict: written, and the editor told so.
CARRIED_EDIT = ("reworded: carried over with the editor's words, though the merge had left the sentence out "
                "(check that the new words agree with this article and the sources)")

# The maintenance tags each kind of finding puts on its sentence (see the planner).
_TAGS = {"unsourced": ("citation needed",), "needs_citation": ("citation needed",), "failed_verification": ("citation needed", "failed verification"),
         "contradicted": ("failed verification",), "outdated": (TAG,)}


@dataclass(frozen=True)
class Decided:
    """A decision applied to its finding, with how the talk post says it."""

    finding: Finding
    decision: Decision
    phrase: str  # "dismissed after checking", "left out of the merge", ...


@dataclass(frozen=True)
class NotApplied:
    """A decision that was not applied, and why (``stale`` when its sentence changed or is gone)."""

    decision: Decision
    reason: str
    stale: bool = True


@dataclass(frozen=True)
class DecidedPlan:
    plan: MergePlan
    decided: tuple[Decided, ...] = ()
    not_applied: tuple[NotApplied, ...] = ()

    @property
    def stale(self) -> tuple[NotApplied, ...]:
        return tuple(n for n in self.not_applied if n.stale)


def _sentence_of(plan: MergePlan, finding: Finding) -> int | None:
    for index, sp in enumerate(plan.sentences):
        if sp.original == finding.sentence and (sp.section or LEAD) == finding.section:
            return index
    return None


def _change(sp: SentencePlan, finding: Finding, d: Decision, names: Mapping[str, str],
            untitled: Collection[str] = (), left_out: bool = False) -> tuple[SentencePlan, str] | str:
    """The sentence after the decision and the talk post's phrase, or why it cannot apply
    (``left_out``: the plan, not the editor, left the sentence out)."""
    untagged = tuple(t for t in sp.tags if t.partition("|")[0] not in _TAGS.get(finding.kind, ()))  # "update after|2017"
    if d.action == "keep":
        return sp, "kept as flagged"
    if d.action == "dismiss":
        if finding.kind == FindingKind.ALREADY_IN_TARGET and not sp.include:
            return replace(sp, include=True), "dismissed after checking: carried over"
        if (finding.kind in (FindingKind.UNSOURCED, FindingKind.NEEDS_CITATION)
                and written_uncited(sp, lambda key: key not in untitled)):
            # the draft never writes an uncited sentence bare: the tag stays
            return sp, ("dismissed after checking, but still tagged citation needed, as nothing cites it: "
                        "cite a source or leave it out")
        return replace(sp, tags=untagged), "dismissed after checking"
    if d.action == "drop":
        return replace(sp, include=False), "left out of the merge"
    if d.action == "edit":
        if not d.text.strip():
            return "an edit needs the new text"
        edited = replace(sp, text=" ".join(d.text.split()))
        if left_out and not sp.include:
            # the editor's words are meant to be written: carried, whatever the plan left it out
            # for (already said, conflicting with the destination, contradicted), and said (rv16)
            if finding.kind == FindingKind.ALREADY_IN_TARGET:
                return replace(edited, include=True), "reworded: carried over"
            return replace(edited, include=True), CARRIED_EDIT
        return edited, "reworded"
    # The plan names sources as an editor knows them (outlet and date), never by file.
    name = names.get(d.source) or "the chosen news source"
    if d.action == "attribute":
        notes = tuple(n for n in sp.notes if d.source in n.cites)
        if not notes:
            return f"the draft has no attributed figure from {name} for this sentence"
        return replace(sp, notes=notes), f"attributed to {name}"
    # cite
    supporting = {e.source for e in sp.evidence if e.stance == "supports"} | set(sp.supporting)
    if d.source not in supporting:
        return f"{name} is not among the sources that support this sentence"
    chosen = (d.source,) + tuple(s for s in sp.supporting if s != d.source)
    # A source the plan would not cite (its names, figures or claim were not all found in it)
    # is the editor's call: the talk post says so rather than present it as checked (trial-8).
    caution = ("" if d.source in sp.supporting else
               ", which the check did not find to say all of the sentence (its names, figures and claim): "
               "please check that it does")
    return replace(sp, supporting=chosen, tags=untagged), f"cited to {name}{caution}"


def renamed(d: Decision, findings: Iterable[tuple[str, str]]) -> str | None:
    """Why ``d`` is not applied when this run has a finding of its kind on its very sentence
    under another id (``findings``: id and sentence), or None. A finding's id names what it is
    about only while its sentence has several of its kind, so a sibling finding come or gone
    gives it a new id (rv16); it may as well be another finding, so the decision is never
    moved to it: the editor is told the id and how to decide it again."""
    prefix = d.finding.partition("-")[0]  # "contradicted", "target:contradicted"
    ids = sorted({ident for ident, sentence in findings if ident != d.finding and d.digest
                  and ident.partition("-")[0] == prefix and sentence_digest(sentence) == d.digest})
    if not ids:
        return None
    action = {"edit": "edit:NEW TEXT", "cite": f"cite:{d.source}", "attribute": f"attribute:{d.source}"}.get(
        d.action, str(d.action))
    return (f"this finding has a new id ({' or '.join(ids)}): another finding of its sentence came or went; "
            f"it may be about something else, so the decision is not moved to it: check it in `mergekit review`, "
            f"or re-apply it with `mergekit review --set {ids[0]}={action}`")


def apply_decisions(plan: MergePlan, decisions: Mapping[str, Decision]) -> DecidedPlan:
    """The plan with ``decisions`` applied (finding id -> decision), and what was not applied."""
    by_id: dict[str, Finding] = {}
    for each in plan.findings:
        by_id.setdefault(each.id, each)
    names = dict(plan.source_names)
    sentences = list(plan.sentences)
    decided: list[Decided] = []
    not_applied: list[NotApplied] = []
    for d in decisions.values():
        finding = by_id.get(d.finding)
        if finding is None:
            moved = renamed(d, ((f.id, f.sentence) for f in plan.findings))
            if moved:
                not_applied.append(NotApplied(d, moved))
                continue
            kinds = [KIND_WORDS[k].label for k in KIND_WORDS if any(  # most severe first
                f.kind == k and d.digest and sentence_digest(f.sentence) == d.digest for f in plan.findings)]
            if kinds:  # the id hashes the kind and section: the same sentence is flagged otherwise now
                not_applied.append(NotApplied(d, f"its sentence is now flagged as {' and '.join(kinds)}, a finding "
                                                 "this decision was not made on; review it again"))
                continue
            if d.digest and any(sentence_digest(sp.original) == d.digest for sp in sentences):
                # the sentence is as it was: the problem is gone (a url given, a source added)
                not_applied.append(NotApplied(d, "its sentence is no longer flagged in this run, so there is "
                                                 "nothing to apply", stale=False))
                continue
            not_applied.append(NotApplied(d, "no finding has this id in this run: its sentence changed or the "
                                             "problem is gone; review it again"))
            continue
        if d.stale_for(finding.sentence):  # a hand-written entry may have no digest
            not_applied.append(NotApplied(d, "the sentence changed since this decision; review it again"))
            continue
        if finding.article != "source":
            if d.action in ("keep", "dismiss"):
                decided.append(Decided(finding, d, "kept as flagged" if d.action == "keep" else "dismissed after checking"))
            else:
                not_applied.append(NotApplied(d, f"{d.action} does not apply to the destination's own text, "
                                                 "which the merge never changes", stale=False))
            continue
        index = _sentence_of(plan, finding)
        if index is None:
            not_applied.append(NotApplied(d, "its sentence is not in the plan", stale=False))
            continue
        outcome = _change(sentences[index], finding, d, names, plan.untitled,
                          left_out=not plan.sentences[index].include)
        if isinstance(outcome, str):
            not_applied.append(NotApplied(d, outcome, stale=False))
            continue
        sentences[index], phrase = outcome
        if d.action in ("cite", "attribute", "dismiss") and not sentences[index].include:
            # "cited to X" of a sentence the draft does not write would read as done (trial-9)
            phrase += ", but the draft leaves the sentence out" + (
                ": dismiss or edit the finding to carry it" if finding.kind == FindingKind.ALREADY_IN_TARGET else "")
        decided.append(Decided(finding, d, phrase))
    order = {f.id: i for i, f in reversed(list(enumerate(plan.findings)))}
    decided.sort(key=lambda x: order[x.finding.id])
    return DecidedPlan(replace(plan, sentences=tuple(sentences)), tuple(decided), tuple(not_applied))

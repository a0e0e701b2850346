"""The talk-page post that proposes the merge (editors propose first on contentious topics)."""

from __future__ import annotations

from mergekit.draft.dates import format_date
from mergekit.draft.escape import escape_wikitext
from mergekit.draft.housekeeping import afd_page
from mergekit.model import AfdNotice
from mergekit.plan.model import MergePlan

__all__ = ["talk_post"]

_KIND_TEXT = {
    "unsourced": "unsourced",
    "failed_verification": "failed verification",
    "unverifiable": "cannot be verified here",
    "contradicted": "contradicted by a source",
    "conflicts_target": "conflicts with this article",
    "already_in_target": "already in this article",
}


def _quote(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1].rsplit(" ", 1)[0] + "\u2026"
    return f"\u201c{escape_wikitext(text)}\u201d"


def _finding_lines(finding, plan: MergePlan) -> list[str]:
    """A finding as a bullet, with its contradicting or supporting quotes as sub-bullets."""
    bold = "'''"
    lines = [f"* {_quote(finding.sentence, 160)} \u2014 {bold}{_KIND_TEXT[finding.kind]}{bold}: "
             f"{escape_wikitext(finding.detail)}"]
    for ev in finding.evidence[:2]:
        if ev.quote and ev.stance != "neutral":
            lines.append(f"** {ev.stance} ({escape_wikitext(plan.source_name(ev.source))}): {_quote(ev.quote)}")
    return lines


def talk_post(plan: MergePlan, proposed_text: str, afd: AfdNotice, *, style: str,
              source_revid: int | None = None, unavailable: tuple[dict[str, str], ...] = (),
              decided: tuple = ()) -> str:
    """Heading, what and why, the proposed text, the flagged sentences, a signature.

    ``decided`` (``mergekit.plan.decisions.Decided``): the editor's review decisions; a
    finding decided otherwise than "keep" leaves the points to check for "Decided in review"."""
    kept = sum(sp.include for sp in plan.sentences)
    settled = {d.finding.id for d in decided if d.decision.action != "keep"}
    flagged = [f for f in plan.findings if f.kind != "already_in_target" and f.article == "source"
               and f.id not in settled]
    in_target = [f for f in plan.findings if f.article == "target" and f.id not in settled]
    skipped = [f for f in plan.findings if f.kind == "already_in_target"]
    closed = f" (closed {format_date(afd.close_date, style)})" if afd.close_date else ""
    revision = f" as of [[Special:Permalink/{source_revid}|revision {source_revid}]]" if source_revid else ""
    lines = [
        f"== Proposed merge of [[{plan.source_title}]] ==",
        f"Per [[{afd_page(afd)}]]{closed}, I propose to merge the content of "
        f"[[{plan.source_title}]]{revision} into a new section, \u201c{escape_wikitext(plan.section_title)}\u201d. "
        f"{kept} of its {len(plan.sentences)} sentences are carried over; {len(skipped)} already "
        f"appear{'s' if len(skipped) == 1 else ''} here. Each sentence was checked against the available sources; "
        f"{len(flagged)} points need attention before this goes live (listed below). "
        "Comments and corrections are welcome before I make the edit.",
        "",
        "=== Proposed text ===",
        "<div style=\"border:1px solid #a2a9b1; padding:0 1em;\">",
        proposed_text,
        "</div>",
        "{{reflist-talk}}",
        "",
        "=== Points to check ===",
    ]
    for finding in flagged:
        lines += _finding_lines(finding, plan)
    if not flagged:
        lines.append("* None.")
    if in_target:
        lines += ["", "=== Points to check in the current article ===",
                  "These are in the article already; the proposal does not change them."]
        for finding in in_target:
            lines += _finding_lines(finding, plan)
    if unavailable:
        lines += ["", "=== Sources that could not be read ==="]
        lines += [
            f"* {escape_wikitext(entry.get('url', '?'))} \u2014 "
            f"{escape_wikitext(' '.join(filter(None, (entry.get('status'), entry.get('reason')))) or 'unavailable')}"
            for entry in unavailable
        ]
    if decided:
        lines += ["", "=== Decided in review ==="]
        lines += [f"* {_quote(d.finding.sentence, 160)} \u2014 {_KIND_TEXT[d.finding.kind]}: "
                  f"{escape_wikitext(d.phrase)}" for d in decided]
    if skipped:
        lines += ["", "=== Not carried over (already in the article) ==="]
        lines += [f"* {_quote(f.sentence, 160)}" for f in skipped]
    lines += ["", "~~~~", ""]
    return "\n".join(lines)

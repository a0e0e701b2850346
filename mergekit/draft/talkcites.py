"""The talk post's list of the citations the proposal adds.

Where a news text supports a source sentence that the source article leaves uncited (or
cites only to its own references, or to a news text that does not say it), the proposal
cites that news text (``draft.section``). Nothing else on the talk page shows it: the
quotation renders the citation as one more footnote. An editor checking the merge needs
to see each one, so the post lists them under "Citations added", grouped by the source
cited (its outlet and date, as ``MergePlan.source_name`` gives them):

    * WAtoday, 22 September 2022
    ** “It was then identified that Optus's systems had sustained a data breach.” —
       “Customer data exposed in major Optus hack. Hackers have breached Optus’ systems …”

one bullet per citation: the sentence's opening words as the proposal writes it, what the
source article cites there if anything ("the source article cites reference 1 here"; "in
place of X, which does not say it"), and the passage of the cited text that was read as
saying it, cut around the sentence's words. Never file names or scores; every input
string is escaped. A long list (more than ``COLLAPSED_OVER`` citations) is collapsed
(``{{Collapse top}}``), so that it does not push the rest of the post down the page.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from mergekit.draft.dates import year_commas
from mergekit.draft.escape import escape_wikitext
from mergekit.draft.quoting import quote
from mergekit.draft.reasons import ref_names
from mergekit.draft.section import AddedCite
from mergekit.plan.model import MergePlan

__all__ = ["added_citations", "added_summary", "HEADING", "COLLAPSED_OVER"]

HEADING = "Citations added"
COLLAPSED_OVER = 6  # more citations than this are listed collapsed
_OPENING = 100  # characters of the sentence a bullet names it by
_QUOTED_ABOVE = "its passage is quoted above, under \u201cPoints to check\u201d."
_UNDER = 60  # characters of another sentence a bullet names it by, when its passage is quoted under that one
_PASSAGE = 300  # characters of the supporting passage quoted (as the points above quote theirs)


def added_summary(added: Sequence[AddedCite]) -> str:
    """The post's opening words on them (" The proposal also adds a news citation to 2 sentences (listed
    under “Citations added”)."); "" for none."""
    if not added:
        return ""
    which = "one sentence" if len(added) == 1 else f"{len(added)} sentences"
    return f" The proposal also adds a news citation to {which} (listed under \u201c{HEADING}\u201d)."


def _where(cite: AddedCite, plan: MergePlan) -> str:
    """What else the source article cites for the sentence, in words; "" when nothing."""
    parts = []
    if cite.dropped:
        names = " and ".join(escape_wikitext(plan.source_name(label)) for label in cite.dropped)
        parts.append(f"in place of {names}, which {'does' if len(cite.dropped) == 1 else 'do'} not say it")
    named = [escape_wikitext(plan.source_name(label)) for label in cite.beside]
    named += [f"\u201c{escape_wikitext(title)}\u201d" for _, title in cite.beside_refs if title]
    numbered = [key for key, title in cite.beside_refs if not title]
    if numbered:
        named.append(escape_wikitext(ref_names(numbered, plan)))
    if named:
        also = " also" if parts else ""
        parts.append(f"the source article{also} cites {_listed(named)} here")
    return f" ({year_commas('; '.join(parts))})" if parts else ""


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" and {names[-1]}"


def added_citations(added: Sequence[AddedCite], plan: MergePlan,
                    quoted: Mapping[str, Mapping[str, str]] | None = None) -> list[str]:
    """The "Citations added" section's lines (a blank line, then its heading); none for no citation added.
    ``quoted``: by news label, the quotations the post has already shown, each with the
    sentence of the point it is under (a point on the same sentence that names the citation
    quotes the same passage): such a passage is not quoted a second time, the bullet says it
    is quoted above, and under which sentence's point when that is another sentence's."""
    quoted = quoted or {}
    if not added:
        return []
    by_source: dict[str, list[AddedCite]] = {}
    for cite in added:
        by_source.setdefault(cite.source, []).append(cite)
    bullets = []
    for label, cites in by_source.items():
        bullets.append(f"* {escape_wikitext(plan.source_name(label))}")
        for cite in cites:
            passage = quote(cite.passage, _PASSAGE, about=cite.sentence) if cite.passage else ""
            under = quoted.get(label, {}).get(passage) if passage else None
            if under is not None:
                passage = (_QUOTED_ABOVE if under == cite.sentence else
                           f"its passage is quoted above, under the point on {quote(under, _UNDER)}.")
            dash = " \u2014 " if passage else ""
            bullets.append(f"** {quote(cite.sentence, _OPENING)}{_where(cite, plan)}{dash}{passage}")
    count = len(added)
    otherwise = (" or cites only to other references"
                 if any(cite.beside or cite.beside_refs or cite.dropped for cite in added) else "")
    one = len(by_source) == 1
    if count == 1:
        intro = (f"The proposal cites this news report for a sentence that the source article leaves uncited{otherwise}. "
                 "Below, the sentence and the report's passage read as saying it: please check that it does.")
    else:
        intro = (f"The proposal cites {'this news report' if one else 'these news reports'} for sentences that the "
                 f"source article leaves uncited{otherwise}. Under {'it' if one else 'each report'} are the sentences "
                 "it is cited for, each with the passage read as saying it: please check that it does.")
    lines = ["", f"=== {HEADING} ===", intro]
    if count > COLLAPSED_OVER:
        return [*lines, f"{{{{Collapse top|title={count} citations added, by source}}}}", *bullets,
                "{{Collapse bottom}}"]
    return [*lines, *bullets]

"""Whether a sentence a news text contradicts may still be sent to a source that says part of it.

A sentence with a ``contradicted`` finding gets a needs_citation finding ("a news text says
part of it, cite it") only when the passage it would show gives a figure in dispute as the
sentence gives it, as an exact figure (a bound is compatible with a figure but does not
give it): then the editor has a text that says what the sentence says on a point in
dispute ("injured six others" for "six were injured", which another report counts as
eight; "seized 150 computer devices" for "seized 150 computers", which another report
gives as dozens). Otherwise the contradiction is the sentence's one bullet
about its sources: the part a source says is rarely the part in dispute, and its passage
may give another value for it (busy-bee-goma-crash: "introduced the Do 228NG in 2007"
offered for "Busy Bee Congo, was founded in 2007", which ATC News dates 2009;
marapi-eruption-2023: "23 out of 75 climbers were found dead" offered for "Twenty-four
hikers were found dead"). A conflict that is no figure (a date, a speaker, a plan told
otherwise) is never given by such a passage.
"""

from __future__ import annotations

from collections.abc import Sequence

from mergekit.facts import quantities_agree
from mergekit.facts.quantities import extract_quantities  # a figure and a window: no sentence for the memo
from mergekit.plan.conflicts import Conflict

__all__ = ["gives_disputed_figures"]


def gives_disputed_figures(conflicts: Sequence[Conflict], passage: str) -> bool:
    """Whether ``passage`` gives, for one of ``conflicts``, the sentence's own figure (its
    first ``said``), as an exact figure."""
    theirs = [q for q in extract_quantities(passage) if not q.approx]
    for conflict in conflicts:
        mine = conflict.said[0].what.strip() if conflict.said else ""
        found = extract_quantities(mine)
        if len(found) == 1 and found[0].text == mine and any(quantities_agree(found[0], q) for q in theirs):
            return True  # not a date, a quotation or a description: a figure a passage can give
    return False

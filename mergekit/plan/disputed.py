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

The passage's figure must count what the sentence's counts, not only equal it: where the
facts layer's topics reader (``facts.topics.quantity_topic``) places both figures, in the
sentence and in the passage, it places them in the same claim. The same number told of
another claim says nothing of the one in dispute, and the needs_citation finding would
offer, beside the contradiction, a text that does not say the disputed fact
(salisbury-rail-crash-2021: Rail's "Fourteen passengers suffered minor injuries and a ...
driver was more seriously hurt" for "Fourteen people, including one of the train drivers,
were taken to hospital", which Sky News counts as 13: fourteen injured passengers and the
driver are fifteen people hurt, not fourteen taken to hospital). A figure the reader
places in no claim ("It had a 43-passenger capacity") is not told of another one, and
still gives it.
"""

from __future__ import annotations

from collections.abc import Sequence

from mergekit.facts import Quantity, quantities_agree
from mergekit.facts.quantities import extract_quantities  # a figure and a window: no sentence for the memo
from mergekit.facts.topics import quantity_topic
from mergekit.plan.conflicts import Conflict

__all__ = ["gives_disputed_figures"]


def gives_disputed_figures(conflicts: Sequence[Conflict], passage: str, sentence: str) -> bool:
    """Whether ``passage`` gives, for one of ``conflicts`` of ``sentence``, the sentence's own
    figure (its first ``said``), as an exact figure, of the same claim (module docstring)."""
    theirs = [q for q in extract_quantities(passage) if not q.approx]
    for conflict in conflicts:
        mine = conflict.said[0].what.strip() if conflict.said else ""
        found = extract_quantities(mine)
        if len(found) != 1 or found[0].text != mine:
            continue  # a date, a quotation or a description: no figure a passage can give
        claim = _claim(mine, sentence)
        if any(quantities_agree(found[0], q) and _same_claim(claim, _claim_of(q, passage)) for q in theirs):
            return True
    return False


def _claim(figure: str, text: str) -> str | None:
    """The topic id of ``figure`` as ``text`` writes it (the first figure so written), None
    when ``text`` does not write it or the reader places it in no claim."""
    q = next((q for q in extract_quantities(text) if q.text == figure), None)
    return _claim_of(q, text) if q else None


def _claim_of(q: Quantity, text: str) -> str | None:
    topic = quantity_topic(q, text)
    return topic.id if topic else None


def _same_claim(mine: str | None, theirs: str | None) -> bool:
    """Two figures are of one claim unless the reader places both and in different ones."""
    return mine is None or theirs is None or mine == theirs

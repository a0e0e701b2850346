"""Explicit revisions: a sentence that says a count was revised, and to what.

A report that writes "altered the number of deaths ... from 32 to at least 19", "revises
number of dead ... from 32 to 22", "revised the toll downward ... to 231 from 233", "an
initial toll of 32 killed ... was revised down", "the number of injured rose from 165" or
"The number is down from the original 50" gives the first figure as one it no longer
holds (``Revision.old``: superseded) and, where the sentence writes one, the figure it
holds now (``Revision.new``). A superseded figure is not the report's: it agrees with no
text that gives it, and it contradicts a text that gives it as current
(``facts.clusters``, ``plan.conflicts``).

Read by grammar, not by wording of a case:

- ``from X to Y`` / ``to Y from X`` / ``from X`` after a *change* word in the same clause
  (``_CHANGE``): a verb or noun of revision, or of a count's change, or "up"/"down";
- a figure in the subject of a passive change verb ("X ... was revised (down) (to Y)",
  "X, which was revised down to Y"), a chain "to Y and later to Z" superseding Y too.

The change words are the ones ``scope._DIFFERENCE_BEFORE`` already read as a figure a count
was revised from (up, down, rise, fall, increase, decrease, revise, lower, raise, drop,
climb, jump), with the words of revision of the contra-25 brief (alter, correct, update)
and their plain synonyms (amend, adjust, change, reduce, cut, downgrade, upgrade).

Separately, ``early`` marks a figure its report itself calls an earlier one: "an initial
toll of 32", "the original 50 victims", "Earlier it had reported 270 injured"; such a
figure is superseded only when the same report gives a later one of the same claim
(``facts.clusters``), else it stays a count so far (``scope.running``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .quantities import Quantity

__all__ = ["Revision", "revisions", "early", "revised_event"]

# the change words (see the module docstring), each with its inflections
_CHANGE_WORDS = (r"revis(?:e|ed|es|ing|ions?)|alter(?:ed|s|ing)?|correct(?:ed|s|ing|ions?)?|updat(?:e|ed|es|ing)|"
                 r"amend(?:ed|s|ing)?|adjust(?:ed|s|ing)?|chang(?:e|ed|es|ing)|lower(?:ed|s|ing)?|rais(?:e|ed|es|ing)|"
                 r"reduc(?:e|ed|es|ing|tions?)|cuts?|downgrad(?:e|ed|es|ing)|upgrad(?:e|ed|es|ing)|"
                 r"increas(?:e|ed|es|ing)|decreas(?:e|ed|es|ing)|ris(?:e|es|en|ing)|rose|climb(?:ed|s|ing)?|"
                 r"f(?:a|e)ll(?:en|s|ing)?|drop(?:ped|s|ping)?|jump(?:ed|s|ing)?|gr(?:ow|ew|own|ows|owing)")
_CHANGE = re.compile(rf"\b(?:{_CHANGE_WORDS}|up|down)\b", re.I)
# a passive change: "was revised", "had been lowered", "were later corrected downward"
_PASSIVE = re.compile(r"(?:,\s*which\s+|\s)(?:was|were|(?:has|have|had)\s+been)\s+(?:[a-z]+ly\s+|later\s+|"
                      r"since\s+|then\s+|subsequently\s+)?(?:revised|altered|corrected|updated|amended|adjusted|"
                      r"changed|lowered|raised|reduced|cut|downgraded|upgraded|increased|decreased)\b"
                      r"(?:\s+(?:up|down)(?:wards?)?)?", re.I)
# what may stand between a change word and "from": its object ("the number of deaths in the
# Sohag train collision that occurred yesterday"), up to a clause break
_GAP = r"[^,;:.!?\"“”]{0,100}?"
# between "from" and its figure: "from the original", "from an initial toll of", "from its earlier"
_FROM = re.compile(r"\bfrom\s+(?:(?:the|an?|its|their)\s+)?(?:(?:original|previous|earlier|initial|prior|first|old|"
                   r"reported|official)\s+)?(?:(?:death\s+)?(?:toll|figure|count|tally|estimate|number)\s+(?:of\s+)?)?$",
                   re.I)
_TO = re.compile(r"^\s+to\s+$", re.I)
_TO_FROM = re.compile(r"^\s+from\s+(?:(?:the|an?|its)\s+)?(?:(?:original|previous|earlier|initial|prior|first)\s+)?$",
                      re.I)
_TO_BEFORE = re.compile(r"\bto\s+$", re.I)
# a later step of a chain: "to 19 and later to 18", "to 19, then to 18"
_AND_LATER = re.compile(r"^\s*,?\s*(?:and\s+)?(?:(?:later|then|subsequently|again|finally)\s+)?(?:,\s*)?to\s+$", re.I)
# the words a count's revised noun phrase names its event by: "the number of deaths", "the toll"
_TOLL = re.compile(r"\b(?:death\s+|casualty\s+)?tolls?\b", re.I)
_NUMBER_OF = re.compile(r"\b(?:number|count|tally|total)\s+of\s+(?:the\s+)?([A-Za-z]+)", re.I)

# a figure its report calls an earlier one: "an initial toll of 32", "the original 50
# victims", "Earlier it had reported 270 injured", "Initial death tolls were given at 32"
_EARLY_NOUN = re.compile(r"\b(?:initial|first|earlier|earliest|original|previous)\s+(?:death\s+|news\s+|"
                         r"media\s+|press\s+|official\s+|police\s+)?(?:tolls?|figures?|counts?|tally|tallies|estimates?|"
                         r"reports?)\b[^,;:.!?]{0,40}?$|\b(?:the\s+)?original\s+$", re.I)
_EARLY_ADVERB = re.compile(r"(?:^|[,;:]\s*|\.\s+)(?:earlier|previously|originally|at\s+first|initially)\b[^,;:.!?]{0,40}?"
                           r"\b(?:reported|said|put|given|announced|stated|estimated|counted)\b[^,;:.!?]{0,20}?$",
                           re.I)


@dataclass(frozen=True)
class Revision:
    """One figure a sentence says was revised: the superseded figure, the current one when the
    sentence gives it, and the event its revised noun phrase names ("the number of deaths" ->
    "dead"), for a figure the topic reader gives no claim."""

    old: Quantity
    new: Quantity | None
    event: str | None


def _change_before(text: str, start: int) -> bool:
    """Whether a change word stands before ``start`` in the same clause (``_GAP`` away)."""
    return bool(re.search(rf"{_CHANGE.pattern}{_GAP}$", text[:start], re.I))


@lru_cache(maxsize=1 << 12)
def revisions(text: str) -> tuple[Revision, ...]:
    """The revisions ``text`` states (see the module docstring), in order."""
    from mergekit.facts.memo import extract_quantities

    qs = [q for q in extract_quantities(text) if not q.unit]
    out: dict[tuple[int, int], Revision] = {}  # by the superseded figure's span: one reading each
    for i, q in enumerate(qs):
        nxt = qs[i + 1] if i + 1 < len(qs) else None
        between = text[q.span[1]:nxt.span[0]] if nxt else ""
        before = text[:q.span[0]]
        from_ = _FROM.search(before)
        if from_ and _change_before(text, from_.start()):
            out.setdefault(q.span, Revision(q, nxt if nxt and _TO.match(between) else None, revised_event(before)))
        elif nxt and _TO_FROM.match(between) and _TO_BEFORE.search(before) and _change_before(text, q.span[0]):
            out[nxt.span] = Revision(nxt, q, revised_event(before))  # "revised ... to 231 from 233"
        elif (passive := _passive(text, q, nxt)) is not None:
            later = nxt if nxt and _TO.match(" " + text[passive:nxt.span[0]].lstrip()) else None
            out.setdefault(q.span, Revision(q, later, revised_event(text[:q.span[1]])))
    found = sorted(out.values(), key=lambda r: r.old.span)
    return tuple(_chained(found, qs, text))


def _passive(text: str, q: Quantity, nxt: Quantity | None) -> int | None:
    """Where a passive change verb of the clause whose subject holds ``q`` ends ("an initial
    toll of 32 killed in Friday's crash was revised down", "32, which was revised down"), or
    None: the verb within 60 characters after the figure, no clause break or other figure
    between."""
    stop = min(q.span[1] + 80, nxt.span[0] if nxt else len(text))
    m = _PASSIVE.search(text, q.span[1], stop)
    if m is None or not re.fullmatch(r"(?:(?!\b(?:and|but|while)\b)[^,;:.!?]){0,60}", text[q.span[1]:m.start()]):
        return None
    return m.end()


def _chained(found: list[Revision], qs: list[Quantity], text: str) -> list[Revision]:
    """``found`` with each chain's middle step superseded too: "revised down to 19 and later
    to 18" supersedes 19 by 18."""
    out = list(found)
    for r in found:
        if r.new is None:
            continue
        later = next((q for q in qs if q.span[0] > r.new.span[1]), None)
        if later and _AND_LATER.match(text[r.new.span[1]:later.span[0]]):
            out.append(Revision(r.new, later, r.event))
    return out


def revised_event(phrase: str) -> str | None:
    """The event the last noun phrase of ``phrase`` counts, as a toll or "the number of"
    names it ("altered the number of deaths in the Sohag train collision" -> "dead",
    "an initial toll of" -> "dead", "the number of injured" -> "injured"), or None."""
    from mergekit.facts.grammar import event_of, words

    labels = words()["event_labels"]
    found: list[tuple[int, str]] = []
    for m in _NUMBER_OF.finditer(phrase):
        event = event_of(m.group(1))
        if event is not None and event in labels:
            found.append((m.start(), event))
    found += [(m.start(), "dead") for m in _TOLL.finditer(phrase)]
    return max(found)[1] if found else None


def early(text: str, span: tuple[int, int]) -> bool:
    """Whether the figure at ``span`` is one its report calls an earlier one ("an initial
    toll of 32", "the original 50 victims", "Earlier it had reported 270 injured")."""
    before = text[:span[0]]
    return bool(_EARLY_NOUN.search(before) or _EARLY_ADVERB.search(before))

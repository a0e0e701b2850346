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
  "X, which was revised down to Y"), a chain "to Y and later to Z" superseding Y too;
- a figure, its clause, then an active revision of it to the next figure ("32 deaths, which
  it later revised to 19", "32 people were killed, a figure the minister later revised to
  at least 19", "32 deaths were reported at first, later corrected to 19"): a verb of a
  report's revision only, and no year in the new figure's clause (a change over time).

The event a revision counts (``Revision.event``) is read only from the change word's own
noun phrase: its object ("altered the number of deaths ... from"), or, when it has none, its
subject ("The death toll rose from"), or the noun phrase of a figure in the subject ("an
initial toll of 32"); never from elsewhere in the sentence ("With the death toll at 12, the
number of ambulances was increased from 20 to 35": the ambulances, no event). A figure whose
own noun names something else ("19 jets", ``names_other``) is never relabelled. Each figure
is read in the ``_WINDOW`` characters before it, so a long sentence is read in linear time.

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

from .clauses import clause_start
from .quantities import Quantity

__all__ = ["Revision", "revisions", "early", "revised_event", "names_other", "speaks_of_revision"]

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
_GAP_TO = re.compile(r"[^,;:.!?\"“”]{0,100}")  # the same, all of it up to "from" (or "to")
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
# a figure, then its clause and an active revision of it to the next figure: "32 deaths, which
# it later revised to 19", "32 people were killed, a figure the health minister later revised
# to at least 19", "32 deaths were reported at first, later corrected to 19"
_REVISED_TO = re.compile(r"[^,;:.!?\d]{0,80},\s*(?:(?:an?|the)\s+(?:figure|toll|number|count|tally|estimate|total)\s+"
                         r"|which\s+|that\s+)?(?:(?!(?:was|were|been|and|but|while)\b)[A-Za-z'’-]+\s+){0,4}?"
                         r"(?:(?:later|since|then|subsequently|afterwards|eventually)\s+)?(?:revised|corrected|lowered|"
                         r"raised|updated|amended|adjusted|downgraded|upgraded|altered)(?:\s+(?:up|down)(?:wards?)?)?"
                         r"\s+to\s+", re.I)
# a year in the clause of the new figure of that form: a count's change over time ("32 died in
# road accidents, a figure lowered to 19 in 2020"), not a report's revision
_YEAR_NEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_CLAUSE_END = re.compile(r"[,;:.!?]")
# the words a count's revised noun phrase names its event by: "the number of deaths", "the toll"
_TOLL = re.compile(r"\b(?:death\s+|casualty\s+)?tolls?\b", re.I)
_NUMBER_OF = re.compile(r"\b(?:number|count|tally|total)\s+of\s+(?:the\s+)?([A-Za-z]+)", re.I)
# what may follow the head of the revised noun phrase within it: adverbs of the change ("the
# toll downward overnight"), then a prepositional modifier with no figure ("the number of
# deaths in the Sohag train collision that occurred yesterday"), or, for a figure in the
# subject, a copula to it ("Initial death tolls were given at")
_ADVERBS = r"(?:\s+(?:up|down|upwards?|downwards?|overnight|again|further|\w+ly))*"
_HEAD_TAIL = re.compile(rf"{_ADVERBS}(?:\s+(?:in|on|at|of|from|after|for|since|during|among|across|over|near|"
                        r"following|by)\b[^\d]*)?\s*", re.I)
_COPULA_TAIL = re.compile(r"\s+(?:(?:was|were|is|are|has|have|had|been|being|stood|stands|given|put|set|placed|"
                          r"initially|first|originally)\s+)+(?:at\s+)?", re.I)
# the change word's own object, when it has one: not only adverbs, nor a prepositional phrase
# ("rose sharply from", "rose on Saturday from": the subject is what changed)
_NO_OBJECT = re.compile(rf"{_ADVERBS}(?:\s+(?:in|on|at|of|after|for|since|during|by|over|following|overall)\b.*)?\s*",
                        re.I | re.S)
# what ends a clause before its subject: a mark, or a word that opens a clause
_CLAUSE_START = re.compile(r"[,;:.!?()\"“”]|\b(?:as|while|when|whereas|after|before|because|since|with|and|but|that|"
                           r"which|who|if|although|though|once|until)\b", re.I)
# auxiliaries and adverbs between a subject and its verb: "the toll was later", "had since been"
_AUX_TAIL = re.compile(r"(?:\s+(?:was|were|is|are|has|have|had|been|being|be|will|would|later|since|then|"
                       r"subsequently|now|again|\w+ly))*\s*$", re.I)

# how far before a figure its revision is read: the reader's patterns reach no further (a change
# word at most ``_GAP`` before "from"), and a bounded window keeps a long text linear
_WINDOW = 150

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


def _change_before(text: str, start: int) -> re.Match[str] | None:
    """The change word standing before ``start`` in the same clause (``_GAP`` away), or None:
    the nearest one, whose "from" or "to" it is ("the toll rose up from 4 people the toll
    rose from 5": the second "rose"), a particle after its verb read as the verb ("rose up")."""
    found = None
    for m in _CHANGE.finditer(text, max(0, start - _WINDOW), start):
        if not _GAP_TO.fullmatch(text, m.end(), start):
            continue
        if found is not None and m.group(0).lower() in ("up", "down") and not text[found.end():m.start()].strip():
            continue  # "rose up", "revised down": the verb's own particle
        found = m
    return found


@lru_cache(maxsize=1 << 12)
def revisions(text: str) -> tuple[Revision, ...]:
    """The revisions ``text`` states (see the module docstring), in order. Each figure's
    revision is read in the ``_WINDOW`` characters before it: linear in the text's length."""
    from mergekit.facts.memo import extract_quantities

    qs = [q for q in extract_quantities(text) if not q.unit]
    out: dict[tuple[int, int], Revision] = {}  # by the superseded figure's span: one reading each
    for i, q in enumerate(qs):
        nxt = qs[i + 1] if i + 1 < len(qs) else None
        between = text[q.span[1]:nxt.span[0]] if nxt else ""
        lo = max(0, q.span[0] - _WINDOW)
        from_ = _FROM.search(text, lo, q.span[0])
        change = _change_before(text, from_.start()) if from_ else None
        to = None
        if change is None and nxt and _TO_FROM.match(between):
            to = _TO_BEFORE.search(text, lo, q.span[0])
            change = _change_before(text, to.start()) if to else None
        if from_ and to is None and change:
            new = nxt if nxt and _TO.match(between) else None
            out.setdefault(q.span, Revision(q, new, _changed_event(text, change, from_.start())))
        elif to and change and nxt:  # "revised ... to 231 from 233"
            out[nxt.span] = Revision(nxt, q, _changed_event(text, change, to.start()))
        elif (passive := _passive(text, q, nxt)) is not None:
            later = nxt if nxt and _TO.match(" " + text[passive:nxt.span[0]].lstrip()) else None
            out.setdefault(q.span, Revision(q, later, _subject_event(text, q)))
        elif nxt and len(between) < 200 and _REVISED_TO.fullmatch(between) and not _over_time(text, nxt):
            out.setdefault(q.span, Revision(q, nxt, _subject_event(text, q)))  # "32 deaths, which it later revised to 19"
    found = sorted(out.values(), key=lambda r: r.old.span)
    return tuple(_chained(found, qs, text))


def _over_time(text: str, new: Quantity) -> bool:
    """Whether a year stands in the clause of the ``new`` figure of an active revision: a
    count's change over time ("32 people died in road accidents, a figure the government
    lowered to 19 in 2020"), not a report's revision; a year by the old figure names the
    event ("32 people died in the 2019 crash, a figure later revised to 19")."""
    end = _CLAUSE_END.search(text, new.span[1])
    return bool(_YEAR_NEAR.search(text, new.span[1], end.start() if end else len(text)))


def _passive(text: str, q: Quantity, nxt: Quantity | None) -> int | None:
    """Where a passive change verb of the clause whose subject holds ``q`` ends ("an initial
    toll of 32 killed in Friday's crash was revised down", "32, which was revised down"), or
    None: the verb within 60 characters after the figure, no clause break or other figure
    between."""
    stop = min(q.span[1] + 80, nxt.span[0] if nxt else len(text))
    m = _PASSIVE.search(text, q.span[1], stop)
    # a relative clause is the figure's own ("32 deaths which were later revised") right after
    # the figure or its noun; after another noun phrase it is that one's ("32 people on a line
    # that had been upgraded")
    gap = text[q.span[1]:m.start()] if m else ""
    relative = _RELATIVE_WORD.search(gap)
    if relative and len(_GAP_WORD.findall(gap, 0, relative.start())) > 1:
        return None
    if m is None or not _SHORT_GAP.fullmatch(gap):
        return None
    return m.end()


_RELATIVE_WORD = re.compile(r"\b(?:that|which|who|whom|where)\b")
_GAP_WORD = re.compile(r"[\w'’-]+")
_SHORT_GAP = re.compile(r"(?:(?!\b(?:and|but|while)\b)[^,;:.!?]){0,60}")


def _chained(found: list[Revision], qs: list[Quantity], text: str) -> list[Revision]:
    """``found`` with each chain's middle step superseded too: "revised down to 19 and later
    to 18" supersedes 19 by 18."""
    out = list(found)
    at = {q.span: i for i, q in enumerate(qs)}
    for r in found:
        if r.new is None:
            continue
        i = at.get(r.new.span)
        later = qs[i + 1] if i is not None and i + 1 < len(qs) else None
        if later and _AND_LATER.match(text[r.new.span[1]:later.span[0]]):
            out.append(Revision(r.new, later, r.event))
    return out


def _changed_event(text: str, change: re.Match[str], end: int) -> str | None:
    """The event of what the change word ``change`` changed, whose "from" or "to" starts at
    ``end``: its own object ("altered the number of deaths ... from"), or, when it has none
    ("rose from", "was increased from"), its subject right before it ("The death toll rose");
    never a noun phrase elsewhere in the sentence ("With the death toll at 12, the number of
    ambulances was increased from 20 to 35": the ambulances)."""
    if _NO_OBJECT.fullmatch(text, change.end(), end) is None:
        return revised_event(text[change.end():end])
    lo = max(0, change.start() - _WINDOW)
    subject = text[lo:change.start()]
    aux = _AUX_TAIL.search(subject)  # "the toll was later": the subject ends before them
    return revised_event(_last_clause(subject[:aux.start()] if aux else subject))


def _subject_event(text: str, q: Quantity) -> str | None:
    """The event of the noun phrase a figure in the subject of a revision stands in ("an
    initial toll of 32 ... was revised down", "Initial death tolls were given at 32, which
    was revised"), read in its own clause only."""
    return revised_event(_last_clause(text[max(0, q.span[0] - _WINDOW):q.span[0]]), subject=True)


def _last_clause(text: str) -> str:
    """``text`` from its last clause break on: the subject of the verb that follows it."""
    breaks = list(_CLAUSE_START.finditer(text))
    return text[breaks[-1].end():] if breaks else text


def revised_event(phrase: str, *, subject: bool = False) -> str | None:
    """The event the head of noun phrase ``phrase`` counts, as a toll or "the number of"
    names it ("the number of deaths in the Sohag train collision" -> "dead", "an initial
    toll of" -> "dead", "the number of injured" -> "injured"), or None: None too when its
    last such head counts no event ("the number of ambulances", "their count of beds"), or
    another noun phrase or a figure follows that head ("the death toll at 12, the
    ambulances"). ``subject``: ``phrase`` leads up to a figure, which a copula may join to
    its head ("Initial death tolls were given at")."""
    from mergekit.facts.grammar import event_of, words

    heads = [(m.start(), m.end(), event_of(m.group(1))) for m in _NUMBER_OF.finditer(phrase)]
    heads += [(m.start(), m.end(), "dead") for m in _TOLL.finditer(phrase)]
    if not heads:
        return None
    _, end, event = max(heads)
    if event not in words()["event_labels"]:
        return None
    if not (_HEAD_TAIL.fullmatch(phrase, end) or (subject and _COPULA_TAIL.fullmatch(phrase, end))):
        return None
    return event


def names_other(q: Quantity, text: str) -> bool:
    """Whether figure ``q``'s own words count something other than an event's people as a
    whole ("19 jets", "45 beds", "four levels"; also a group, "15 children"): such a figure,
    and the one it replaced, keep their own readings whatever a revision around them names.
    Its noun as the quantity reader or ``topics.what_counts`` finds it; else its topic, when
    it is no event's count ("count-jet")."""
    from mergekit.facts.grammar import words
    from mergekit.facts.topics import quantity_topic, what_counts

    whole = words()["whole"]
    found = what_counts(q, text)
    noun = (found[0].noun if found else None) or q.noun
    if noun:
        return noun.lower() not in whole
    topic = quantity_topic(q, text)
    return topic is not None and topic.id not in words()["event_labels"]


# a figure told as the first report's, in its own clause: "first reported 32 deaths",
# "initially put the toll at 32", "32 at first"
_EARLIER_REPORT = re.compile(r"\b(?:initially|originally|at\s+first|first\s+(?:said|reported|put|gave|given|announced|"
                             r"stated))\b", re.I)


def speaks_of_revision(text: str, figure: str) -> bool:
    """Whether a sentence tells the revision of its own figure ``figure`` (as written): the
    sentence itself revises it (``revisions``: "32 deaths, a figure the minister later revised
    to 19"), calls it an earlier one (``early``: "an initial toll of 32"), or gives it as the
    first report's in its clause ("first reported 32 deaths"). Any other word of revision
    elsewhere in the sentence ("on a line upgraded in 2019", "according to an update") does
    not: the sentence still gives the old figure as current (review rv11)."""
    if not figure:
        return False
    found = revisions(text)
    for m in re.finditer(rf"(?<![\w,.]){re.escape(figure)}(?![\w]|[,.]\d)", text):
        span = m.span()
        if any(r.old.span == span for r in found) or early(text, span):
            return True
        start, end = clause_start(text, span[0], _CLAUSE_START), _clause_end(text, span[1])
        if _EARLIER_REPORT.search(text, start, end) or _FRONTED_EARLIER.match(text[:start]):
            return True
    return False


# a sentence that opens with "Initially," or "At first,": its first clause is the first report's
_FRONTED_EARLIER = re.compile(r"^\s*(?:initially|originally|at\s+first)\s*,\s*$", re.I)


_CLAUSE_STOP = re.compile(r"[,;.]")


def _clause_end(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` ends: at the next comma, semicolon or full stop."""
    m = _CLAUSE_STOP.search(text, pos)
    return m.start() if m else len(text)


def early(text: str, span: tuple[int, int]) -> bool:
    """Whether the figure at ``span`` is one its report calls an earlier one ("an initial
    toll of 32", "the original 50 victims", "Earlier it had reported 270 injured")."""
    lo = max(0, span[0] - _WINDOW)
    return bool(_EARLY_NOUN.search(text, lo, span[0]) or _EARLY_ADVERB.search(text, lo, span[0]))

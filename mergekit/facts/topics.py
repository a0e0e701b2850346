"""Which claim a figure or a date is about: a small lexicon of event words and counted nouns.

A figure's topic comes, in this order, from (1) its unit (a length with "west of Tirana"
is ``distance-tirana``), (2) an event verb right before it ("killed 5", "death toll rose
to 12"), (3) an event word in its own phrase ("36 residents injured", "one dead", "100 were
injured"), (4) an event word shortly before it ("loss of the life of one"), (5) the noun it
counts ("2,500 members", "150 computers", "1,000 police").
Durations and money ("3 thousand days", "hundreds of thousands of dollars") have none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .quantities import Quantity

__all__ = ["Topic", "quantity_topic", "date_topic", "TOPICS"]


@dataclass(frozen=True)
class Topic:
    """A claim a value can be about: a stable id and a human label."""

    id: str
    label: str


TOPICS = {
    "injured": Topic("injured", "people injured"),
    "dead": Topic("dead", "people killed"),
    "residents": Topic("residents", "residents / members"),
    "police": Topic("police", "police deployed"),
    "devices": Topic("devices", "computers and devices seized"),
}
_EVENT = [  # (topic, word regex): inflected event words
    ("injured", r"injur(?:ed|ies|y|ing)|wounded|wounding|hurt|hospitali[sz]ed"),
    ("dead", r"killed|killing|dead|died|dies|deaths?|death\s+toll|fatalit(?:y|ies)|victims?|"
             r"martyred|lost\s+(?:their|his|her)\s+li(?:fe|ves)|loss\s+of\s+(?:the\s+)?li(?:fe|ves)"),
]
_EVENT_RE = [(t, re.compile(rf"\b(?:{w})\b", re.I)) for t, w in _EVENT]
_NOUN = [
    ("residents", r"residents?|members?|inhabitants|refugees|dissidents|occupants"),
    ("police", r"police(?:men)?|officers|troops|gendarmes|agents"),
    ("devices", r"computers?|devices?|laptops?|servers?|phones?|hard\s+drives?|drones?"),
]
_NOUN_RE = [(t, re.compile(rf"^(?:{w})$", re.I)) for t, w in _NOUN]
_DWELL_RE = re.compile(
    r"^\s*(?:still\s+)?(?:remain|remained|live|lived|living|reside|resided|are\s+housed|stay)\b", re.I)
_NO_TOPIC = re.compile(r"^(?:days?|weeks?|months?|years?|hours?|minutes?|times?|dollars?|euros?|"
                       r"lek|percent|per|accounts?|countries|buildings?|calls?|hectares?|acres?|"
                       r"metres?|meters?|kg|tons?|tonnes?)$", re.I)
_PLACE_RE = re.compile(
    r"^\s*(?:\([^)]*\)\s*)?(?:away\s+)?(?:(?:north|south|east|west|north-?east|north-?west|"
    r"south-?east|south-?west)(?:ern)?\s+)?(?:of|from|outside(?:\s+of)?)\s+(?:the\s+)?"
    r"(?:(?:capital|city|town|port\s+city|village|centre|center)(?:\s+of)?,?\s+)?"
    r"(?P<place>[A-Z][\w\u00C0-\u017F'’-]+)")
_DATE_EVENTS = [
    ("date-raid", "date of the raid",
     r"raid(?:ed)?|operation|intervened|intervention|controls|searches|search|entered|attacked|clashes"),
    ("date-agreement", "date of the agreement", r"agreement|agreed|accord|deal"),
    ("date-cyberattack", "date of the cyberattack", r"cyber-?\s?attacks?|hack(?:ers|ed|ing)?"),
]
_GAP_WORDS = {"was", "were", "is", "has", "had", "been", "carried", "out", "signed", "launched",
              "back", "in", "on", "at", "conducted", "took", "place", "held", "made", "occurred",
              "happened", "began", "started", "last", "this", "that", "since"}
# an event verb can take a short object before its date: "raided the camp on Tuesday"
_OBJECT_MAX = 4  # words in the object noun phrase, articles aside
_EVENT_VERB_RE = re.compile(r"^\w+ed$", re.I)  # "raided", "entered", "attacked", "agreed"
# words that end the object: another verb or auxiliary ("the camp was ...", "homes used by")
_VERB_RE = re.compile(r"^(?:\w+ed|is|are|was|were|be|been|has|have|had|do|does|did|will|would|"
                      r"can|could|said|says|say|told|took|made|left|began|held)$", re.I)
# a clause break between the event verb and the date: punctuation or a linking word
_CLAUSE_BREAK_RE = re.compile(r"[,;:.()“”\"]|\b(?:and|but|or|that|which|who|whom|whose|where|"
                              r"while|when|after|before|because|as|then|until|since)\b", re.I)


def _event_in(text: str) -> str | None:
    hits = [(m.start(), t) for t, r in _EVENT_RE for m in r.finditer(text)]
    return min(hits)[1] if hits else None


def quantity_topic(q: Quantity, text: str) -> Topic | None:
    """The topic of quantity ``q`` found in ``text`` (the sentence), or None."""
    if q.unit in ("km", "mi"):
        m = _PLACE_RE.match(text[q.span[1]:])
        if not m:
            return Topic("distance", "distance")
        place = m.group("place")
        ascii_place = place.lower().translate(str.maketrans("ëçéèáàóòúùíì", "eceeaaoouuii"))
        slug = re.sub(r"[^a-z]+", "-", ascii_place).strip("-")
        return Topic(f"distance-{slug}", f"distance from {place}")
    if q.unit:
        return None
    noun = (q.noun or "").split(" and ")[-1]
    if noun and _NO_TOPIC.match(noun):
        return None
    # (2) a transitive event verb right before it: "killed 5 people", "injuring dozens"
    head = text[:q.span[0]]
    verb = re.search(r"\b(?:(kill(?:ed|ing|s))|(injur(?:ed|ing|es)|wound(?:ed|ing|s)|hurt(?:ing)?))\s+$", head, re.I)
    if verb:
        return TOPICS["dead" if verb.group(1) else "injured"]
    if re.search(r"\b(?:death|casualty)\s+toll\b[^,;.]{0,30}\b(?:to|of|at|reached|is|was)\s+$", head, re.I):
        return TOPICS["dead"]
    # (3) the figure's own phrase: its noun and what follows, up to the next figure or clause end
    tail = re.split(r"[,;:()“”\"]|\b(?:and|while|but)\s+(?=\d|one|two|three|dozens|more|over|about|no)\b|\d",
                    text[q.span[1]:])[0]
    phrase = (q.noun or "") + " " + " ".join(tail.split()[:6])
    topic = _event_in(phrase)
    if topic:
        return TOPICS[topic]
    # (4) an event word just before it: "loss of the life of one", "injuring 36"
    head = re.split(r"[,;:()“”\"]|\d", text[:q.span[0]])[-1]
    topic = _event_in(" ".join(head.split()[-6:]))
    if topic and q.value <= 1 or topic and re.search(r"(?:ing|of)\s*$", head):
        return TOPICS[topic]
    # (5) the counted noun, or a verb of dwelling ("Over 1000 remain in Albania")
    for topic, r in _NOUN_RE:
        if noun and r.match(noun):
            return TOPICS[topic]
    if not q.noun or _DWELL_RE.match(text[q.span[1]:]):
        if _DWELL_RE.match(text[q.span[1]:]):
            return TOPICS["residents"]
    return None


def _event_before(before: list[re.Match], word_re: re.Pattern, text: str, date_start: int) -> bool:
    """Whether ``word_re`` names the event of a date starting at ``date_start``, given the
    words ``before`` it: only gap words between ("the raid was carried out yesterday"), or
    an event verb, a short object and gap words ("Police raided the camp on Tuesday")."""
    object_words = 0
    for back in range(1, min(len(before), 5 + _OBJECT_MAX) + 1):
        m = before[-back]
        w = m.group(0)
        if word_re.match(w):
            return object_words == 0 or (
                _EVENT_VERB_RE.match(w) is not None
                and not _CLAUSE_BREAK_RE.search(text, m.end(), date_start))
        if object_words == 0 and w.lower() in _GAP_WORDS:
            continue
        if _VERB_RE.match(w) or object_words == _OBJECT_MAX:
            return False
        object_words += w.lower() not in ("the", "a", "an")  # articles come free
    return False


def date_topic(span: tuple[int, int], text: str) -> Topic | None:
    """The event a date is the date of, when the sentence ties them closely.

    Either the event word comes just before the date with only auxiliaries between
    ("the raid was carried out yesterday", "an agreement signed in 2013"), or an event
    verb takes a short object first, with no clause break or other verb
    ("Police raided the camp on Tuesday", not "raided the camp and left on Tuesday"), or
    the date opens a clause ("On June 20th, 2023, the police launched an operation").
    """
    before = list(re.finditer(r"[\w’'-]+", text[:span[0]]))
    for tid, label, words in _DATE_EVENTS:
        if _event_before(before, re.compile(rf"^(?:{words})$", re.I), text, span[0]):
            return Topic(tid, label)
    after = text[span[1]:]
    if re.match(r"\s*,", after):
        clause = re.split(r"[;.]|,(?!\d)", after.lstrip(" ,"), maxsplit=1)[0]
        for tid, label, words in _DATE_EVENTS:
            if re.search(rf"\b(?:{words})\b", clause, re.I):
                return Topic(tid, label)
    return None

"""Predicates a sentence asserts or denies of a subject: "the event did not breach the rules".

A denial contradicts the same predicate affirmed of the same thing: "It was later
determined that the event did not breach the rules" against "... attended the event, which
breached public health guidelines". ``predicates(text)`` reads each such predicate as a
``Predicate``: the verb's stem, the subject's head, the object's head and its form, and
whether the clause denies it.

What is read, in English grammar alone (no topic's words):

* **a denial**: an auxiliary of fact and "not"/"never" before the bare verb or its
  participle ("did not breach", "does not own", "has not paid", "never resigned", "didn't
  breach"); a modal's negation ("could not", "would not", "will not") tells of ability or
  intention, not of what happened, and is not read, nor is a denial a wish, hope, prayer,
  fear, condition or question governs ("we hope it did not breach": ``scope.unasserted``);
* **an affirmation**: a past form after its subject or a relative pronoun ("the event,
  which breached", "Calleary resigned", "has breached"); not after a form of "be" (a
  passive or an adjective), nor in a clause that holds a negation, a hedge ("allegedly",
  "may", "accused of"), a condition or a question;
* **the subject**: the head word just before the verb (its auxiliaries aside), or, for a
  relative pronoun, the head word just before its comma ("the event, which breached"); a
  personal pronoun ("it", "he") names nothing another text can share, and gives none;
* **the object**: the content words after the verb up to a preposition or the clause's
  end, with its head (the last), and whether it is a whole class: a plural with "the",
  "any" or no determiner ("the rules", "any laws", "public health guidelines").

``opposed(a, b)`` says whether two predicates contradict: one denied and the other
affirmed, the same verb stem and subject head, and objects that can be the same thing:
either has none, they share a content word, or the denial's object is a whole class and
the affirmation's a plural with no determiner (a denial of breaching "the rules" against
breaching "public health guidelines"). Predicates of light verbs ("be", "have", "do",
"make", "say" ...) and reporting verbs tell of too many things to compare and are not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .clauses import clause_start
from .grammar import _plural, is_verb_form, stem, words
from .polarity import polarity
from .scope import unasserted

__all__ = ["Predicate", "predicates", "denied_verbs", "opposed", "objects_meet"]


@dataclass(frozen=True)
class Predicate:
    """A verb asserted or denied of a subject in one clause."""

    verb: str  # the verb's stem: "breach"
    subject: str  # the subject head's stem: "event"
    objects: frozenset[str]  # the object's content-word stems
    whole_class: bool  # the object is a plural with "the", "any" or no determiner
    bare: bool  # the object is a plural with no determiner
    negated: bool
    span: tuple[int, int]  # the verb group: "did not breach"
    display: str  # the verb group as written
    named: str = ""  # the subject head as written: "event"
    verb_word: str = ""  # the verb as written: "breach", "breached"

    @property
    def label(self) -> str:
        """How the talk page names what two texts disagree on: "whether the event breached"."""
        named = f"the {self.named}" if self.named.islower() else self.named
        return f"whether {named} " + (f"did {self.verb_word}" if self.negated else self.verb_word)


# verbs that tell of too many things to compare what they predicate
_LIGHT = frozenset({"be", "is", "are", "was", "were", "been", "being", "have", "has", "had", "do", "does", "did",
                    "make", "made", "take", "took", "taken", "get", "got", "give", "gave", "given", "go", "went",
                    "come", "came", "know", "knew", "think", "thought", "want", "need", "use", "see", "seem",
                    "include", "expect", "happen", "appear", "become", "became", "let", "put", "set", "keep", "kept"})
_PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those", "there",
                       "who", "which", "what", "one", "anyone", "someone", "nobody", "everyone", "all"})
_DENIAL = re.compile(r"\b(?P<aux>(?:did|does|do|has|have|had)\s+(?:not|never)|(?:did|does|do|has|have|had)n[’']t|"
                     r"never)\s+(?P<verb>[a-z]+)\b", re.I)
_AFFIRMED = re.compile(r"\b(?:(?P<aux>has|have|had)\s+)?(?P<verb>[a-z]+)\b", re.I)
_BE = frozenset({"be", "is", "are", "was", "were", "been", "being", "am", "get", "got", "gets"})
_HEDGE = re.compile(r"\b(?:alleged(?:ly)?|reportedly|purportedly|may|might|could|would|should|if|whether|"
                    r"accus(?:e|es|ed|ing)|suspect(?:s|ed)?|claim(?:s|ed)?|deni(?:es|ed)|said\s+to)\b|\?", re.I)
# what opens a clause: punctuation or a linking word (a relative pronoun opens its own)
_CLAUSE = re.compile(r"[;:()“”\"]|,\s|\s[\u2013\u2014-]\s|\b(?:and|but|or|while|because|although|though|"
                     r"whereas|after|before|when|that|which|who|if|as)\b", re.I)
_RELATIVE = re.compile(r"(?P<head>[A-Za-z][\w’'-]*)\s*,?\s+(?:which|who|that)\s+$", re.I)
# auxiliaries and adverbs between a subject and its verb: "which have repeatedly", "has also"
_ADVERBS = re.compile(r"(?:\s+(?:has|have|had|also|already|just|now|then|later|[a-z]+ly))+\s*$", re.I)
# What the last letters of a text must be for ``_RELATIVE`` and ``_ADVERBS`` to match it, past
# its trailing spaces (tested on the last 5 and 7 letters: both patterns, anchored at the end,
# are tried from every position of a 300-letter window, and most windows end otherwise)
_RELATIVE_END = re.compile(r"(?:which|who|that)$", re.I)
_ADVERBS_END = re.compile(r"(?:has|have|had|also|already|just|now|then|later|ly)$", re.I)
_DETERMINER = frozenset({"the", "a", "an", "any", "its", "their", "his", "her", "our", "this", "that", "these",
                         "those", "some", "all", "every", "each", "no"})
_OBJECT_END = re.compile(r"[,;:.()“”\"?!]|\s[\u2013\u2014-]\s|\b(?:in|on|at|by|for|from|with|to|during|after|"
                         r"before|since|and|but|or|when|while|because|as|of|over|under)\b", re.I)


_FIGURE = re.compile(r"\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|"
                     r"thousands?|several|many|few|more|most|both)$", re.I)


# how far back a subject or a clause's start is looked for: a sentence's own length does
# not make each verb cost more
_WINDOW = 300


def _clause_start(text: str, pos: int) -> int:
    """``clauses.clause_start`` within ``_WINDOW`` characters before ``pos``."""
    low = max(0, pos - _WINDOW)
    return low + clause_start(text[low:pos], pos - low, _CLAUSE)


def _content(word: str) -> bool:
    w = word.lower()
    return w not in words()["function"] and w not in _PRONOUNS and w not in _DETERMINER and not w.isdigit()


def _subject(text: str, start: int) -> str | None:
    """The subject head before the verb group at ``start``, as written (module docstring)."""
    head = text[max(0, start - _WINDOW):start]
    if _ADVERBS_END.search(head.rstrip()[-7:]):
        head = _ADVERBS.sub("", head)  # "which have repeatedly guaranteed": before them
    relative = _RELATIVE.search(head) if _RELATIVE_END.search(head.rstrip()[-5:]) else None
    if relative:
        word = relative.group("head")
        return str(word) if _content(word) and not is_verb_form(word) else None
    clause = head[clause_start(head, len(head), _CLAUSE):]
    found = re.findall(r"[A-Za-z][\w’'-]*", clause)
    if not found or not _content(found[-1]) or is_verb_form(found[-1]) or found[-1].lower() in words()["auxiliary"]:
        return None
    return str(found[-1])


def _object(text: str, end: int) -> tuple[frozenset[str], bool, bool]:
    """The object after the verb ending at ``end``: its content stems, whether it is a
    whole class and whether it is a bare plural (module docstring)."""
    stop = _OBJECT_END.search(text, end)
    found = re.findall(r"[A-Za-z][\w’'-]*", text[end:stop.start() if stop else len(text)])[:6]
    content = [w for w in found if _content(w)]
    if not content:
        return frozenset(), False, False
    plural = _plural(content[-1].lower())
    first = found[0].lower()
    bare = plural and first not in _DETERMINER and not _FIGURE.match(first)
    return (frozenset(stem(w.lower()) for w in content), plural and (bare or first in ("the", "any")), bare)


def _verb(word: str) -> str | None:
    w = word.lower()
    if w in _LIGHT or w in words()["function"] or w in words()["reporting"] or w in words()["auxiliary"]:
        return None
    return stem(words()["irregular"].get(w, w))


@lru_cache(maxsize=1 << 14)
def _denials(text: str) -> tuple[tuple[Predicate, ...], frozenset[int]]:
    """The predicates ``text`` denies, and where each denial's verb stands (those verbs are
    no affirmations)."""
    out: list[Predicate] = []
    denied = set()
    for m in _DENIAL.finditer(text):
        verb, subject = _verb(m.group("verb")), _subject(text, m.start())
        denied.add(m.start("verb"))
        if verb is None or subject is None or is_verb_form(m.group("verb")) and m.group("aux").lower() != "never" \
                and not m.group("aux").lower().startswith(("has", "have", "had")):
            continue  # "did not breaching"; a participle only after "has not", "never"
        start = _clause_start(text, m.start())
        if not polarity(text[start:m.end()]).negated or unasserted(text, m.span()):
            continue  # "did not fail to breach": two cues cancel; "we hope it did not breach": no denial
        out.append(Predicate(verb, stem(subject.lower()), *_object(text, m.end()), True, (m.start(), m.end()),
                             m.group(0), subject, m.group("verb")))
    return tuple(out), frozenset(denied)


def denied_verbs(text: str) -> frozenset[str]:
    """The verbs (stems) of the predicates ``text`` denies."""
    return frozenset(p.verb for p in _denials(text)[0])


@lru_cache(maxsize=1 << 14)
def predicates(text: str, verbs: frozenset[str] | None = None) -> tuple[Predicate, ...]:
    """The predicates ``text`` asserts or denies of a named subject (module docstring). With
    ``verbs``, its affirmations only of those verbs (stems): an affirmation is compared only
    with a denial of its verb, so a reader of many texts reads their denials first
    (``denied_verbs``) and not the affirmations nothing denies."""
    denials, denied = _denials(text)
    out = list(denials)
    irregular = words()["irregular"]
    for m in _AFFIRMED.finditer(text):  # every word: the cheapest test first, each word lower-cased once
        word = m.group("verb")
        low = word.lower()
        if not (low.endswith("ed") or low in irregular) or m.start("verb") in denied:
            continue
        verb = _verb(word)
        if verbs is not None and verb not in verbs:
            continue  # no text denies it: nothing to compare it with
        before = re.findall(r"[A-Za-z’']+", text[max(0, m.start() - 40):m.start()])
        if (verb is None or (before and before[-1].lower() in _BE | {"not", "never", "to"}) or not is_verb_form(word)
                or re.match(r"\s+by\b", text[m.end():])):
            continue  # a passive, an adjective ("was closed", "a dinner hosted by"), an infinitive
        subject = _subject(text, m.start())
        if subject is None:
            continue
        start = _clause_start(text, m.start())
        stop = _CLAUSE.search(text, m.end())
        clause = text[start:stop.start() if stop else len(text)]
        if (polarity(clause).negated or _HEDGE.search(text, max(0, m.start() - 80), m.start()) or _HEDGE.search(clause)
                or unasserted(text, m.span())):
            continue
        out.append(Predicate(verb, stem(subject.lower()), *_object(text, m.end()), False, (m.start(), m.end()),
                             m.group(0), subject, word))
    return tuple(out)


def opposed(a: Predicate, b: Predicate) -> bool:
    """Whether one of two predicates denies what the other affirms of the same subject
    (module docstring)."""
    if a.negated == b.negated or a.verb != b.verb or a.subject != b.subject:
        return False
    denial, affirmation = (a, b) if a.negated else (b, a)
    return objects_meet(denial.objects, denial.whole_class, affirmation.objects, affirmation.bare)


def objects_meet(denied: frozenset[str], whole_class: bool, affirmed: frozenset[str], bare: bool) -> bool:
    """Whether a denial's object and an affirmation's can be the same thing: either has
    none, they share a content word, or the denial's is a whole class and the
    affirmation's a plural with no determiner (module docstring)."""
    return not denied or not affirmed or bool(denied & affirmed) or (whole_class and bare)

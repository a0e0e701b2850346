"""Whom or what a sentence's event befell, and whether the cited passage tells it of another.

"The mayor of Tirana died on 2 April 2025." is not said by "Separately, a retired firefighter
died on Wednesday in Tirana.": the passage tells the same event (a death), on the same day, in
the same place, of somebody else. The support heads weigh the share of the claim's words the
passage holds (two of three, "Tirana" and "died", once the day the report gives is taken out
of the claim by ``dates.without_given_dates``; with the day left in, the report's other
sentence dating the fire gives it and the heads say the same), and no check asked *who* died.
An editor asks it first: the one the event befell must be the one the passage tells it of.

Read from English grammar alone, on each verb of the claim and of the quote (a past form:
"-ed" or an irregular past of ``facts_words.toml``; not a reporting verb, whose speaker
``speakers`` reads):

* the verb is finite where its auxiliaries ("was", "had been", "will"; adverbs between) or,
  with none, a word ending its subject stand before it ("The mayor of Tirana *died*"); after a
  determiner, a figure or a preposition it is an adjective ("a *retired* teacher", "40
  *destroyed* stalls"), after "to" an infinitive ("to be *ratified*"), and a past form with
  no auxiliary that the clause's own verb group follows is a reduced relative ("110 schools
  *located* near the river were subsequently closed"): none of them is read;
* its subject is the noun phrase before it in its clause (back to a comma, a semicolon, a
  bracket, a dash, a linking word or another verb group: "In Tirana, *the health minister*
  resigned"); the phrase's head is its last word before a preposition or a participle
  ("*mayor* of Tirana", "Tirana's *mayor*", "*traders* from Korçë"); a phrase that opens with
  a preposition ("On Wednesday the minister") starts at its last determiner;
* the one the event befell is the passive subject ("Two *traders* were arrested"), the active
  object ("Police arrested *a man*"), or, where the verb has no object (a preposition, a
  particle or the clause's end after it: "died on", "resigned over a scandal"), the subject
  ("*a retired firefighter* died");
* a head is a common noun (lower case), or a name (its capitalised words: a name and its
  surname, "Erion Veliaj" and "Veliaj", share a word), or unread: a pronoun, a figure, a
  quantifier ("two of the", "23 out of 75"), a day, a month or a time noun ("died
  Wednesday"), a subject of several ("Koca and three other men"), a word that opens the
  sentence capitalised alone ("Police", "Smith": a name or a noun), an event ("the fire",
  "its blocking of Twitter": events are told in many words, "the ban"), or a noun that
  can name anyone or anything (``_GENERAL``: "people", "others", "a man", "the incident":
  "A man has been sentenced" is the assailant the claim says was sentenced).

The quote tells the claim's event of another (``other_befallen``) where it has the claim's
verb, or one of its event class ("died", "was killed": ``grammar.event_of``), and every time
it has it the one it befell is read and is another: another common noun for the claim's
common noun of the same number, a name sharing no word for its name (a common noun against a
name, "the mayor" and "Veliaj", may be one person, and one against several, "the train" and
"all four vehicles", may be their whole: neither is compared); the claim's head is nowhere in the
quote in any form (``exact.in_some_form``: "the mayor and a firefighter died" may tell it of
both); and, where the quote's noun phrase brings in no one new (not "a", "an", "another",
"one" or a figure: "The piece was later renamed"), the claim's head is nowhere in the whole
text either ("the piece" may be the painting the text named before). An event the quote
tells by a noun ("the death of a firefighter") is not compared.

Where it holds, the judgement is not citable and a "supported" label of the heads is
"not_supported" (``verify._judge``: the passage does not say the claim), a sentence of the
text that says all of a clause but the one it befell is no part said ("Police in Korçë
arrested two bakers" for "Two traders were arrested"), and neither is a sentence dating the
event to the claim's day (``plan.planner._Planner.judge_one``). It never adds a citation, a
lead or a source's support; an uncited sentence with no other source is then unsourced, a
cited one fails verification.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from mergekit import months
from mergekit.align import fold_plural
from mergekit.facts.grammar import event_of, words
from mergekit.verify.exact import in_some_form
from mergekit.verify.spans import split_sentences, tokens

__all__ = ["Befallen", "befallen", "other_befallen"]

_TOKEN = re.compile(r"[A-Za-z][\w'’-]*|\d[\d,.]*|[^\w\s]")
# what ends a subject's clause going back from its verb
_BOUNDARY_PUNCT = frozenset(",;:()[]\u2013\u2014\"“”")
_LINKING = frozenset({"and", "but", "or", "nor", "while", "whereas", "when", "after", "before", "because", "although",
                      "though", "that", "which", "who", "whom", "whose", "where", "if", "as", "since", "until", "so",
                      "then", "than", "to"})
_JOINING = frozenset({"and", "or", "nor"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my",
                          "your", "some", "all", "both", "each", "every", "any", "no", "another", "several", "many"})
_NEW = frozenset({"a", "an", "another", "one"})  # a noun phrase that brings in someone new
_PREPOSITIONS = frozenset({"of", "in", "from", "at", "on", "for", "with", "near", "by", "to", "into", "inside",
                           "outside", "across", "around", "during", "after", "before", "over", "under", "between",
                           "among", "amid", "aboard", "within", "without", "against", "since", "until", "via",
                           "per", "through", "throughout", "about", "behind", "beyond", "despite", "like", "onto",
                           "toward", "towards", "upon", "out"})
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "got", "get", "gets"})
_AUXILIARIES = _BE | {"has", "have", "had", "will", "would", "could", "can", "may", "might", "must", "should",
                      "shall"}
# words that may stand between an auxiliary or a subject and its verb ("was later arrested")
_BETWEEN = frozenset({"also", "later", "then", "subsequently", "eventually", "reportedly", "allegedly", "already",
                      "apparently", "not", "never", "still", "just", "first", "finally", "soon", "most", "more",
                      "ever", "again", "once"})
_PARTICLES = frozenset({"up", "down", "off", "out", "away", "back"})
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me", "this",
                       "that", "these", "those", "who", "which", "whom", "one", "someone", "anyone", "everyone",
                       "nobody", "none", "himself", "herself", "itself", "themselves", "something", "anything",
                       "everything", "nothing"})
# nouns that can name anyone or anything: "a man" may be the assailant, "the incident" the stampede
_GENERAL = frozenset({"man", "men", "woman", "women", "boy", "boys", "girl", "girls", "child", "children", "person",
                      "people", "thing", "things", "incident", "incidents", "event", "events", "accident",
                      "accidents", "matter", "case", "cases", "situation", "item", "items", "object", "objects",
                      "work", "works", "piece", "pieces", "group", "groups", "member", "members", "party",
                      "parties", "figure", "figures", "side", "sides", "part", "parts", "place", "site", "area",
                      "entity", "body", "bodies", "unit", "units", "number", "amount", "lot", "kind", "type"})
_WHEN = frozenset(n.lower() for n in (*calendar.day_name, *months.NAMES)) | frozenset(
    {"yesterday", "today", "tonight", "tomorrow", "overnight", "earlier", "later", "recently"})


@dataclass(frozen=True)
class Befallen:
    """One verb of a text and the one its event befell."""

    event: str  # ``grammar.event_of`` the verb: "dead" for "died", "resign" for "resigned"
    verb: str  # as written
    head: str | None  # a common noun in lower case; None for a name or when unread
    name: tuple[str, ...] = ()  # the words of a name ("Erion", "Veliaj"); () for a common noun
    new: bool = False  # its noun phrase brings in someone new: "a retired firefighter", "two traders"


def _is_word(tok: str) -> bool:
    return tok[0].isalpha()


def _adverb(tok: str) -> bool:
    """A word that may stand inside a verb group: "later", "reportedly", "most"."""
    return tok.lower() in _BETWEEN or tok.islower() and tok.endswith("ly")


def _past_form(tok: str) -> bool:
    """A past form: "-ed" (more than 3 letters) or an irregular past of ``facts_words.toml``."""
    w = tok.lower()
    return tok.islower() and (len(w) > 3 and w.endswith("ed") or w in words()["irregular"] and w != "dead")


def _group_start(toks: list[str], verb: int) -> tuple[int, bool]:
    """(where the verb group of the verb at ``verb`` starts, whether it is passive): back over
    auxiliaries and adverbs; passive where the auxiliary nearest the verb is a form of "be"."""
    k, nearest = verb, None
    while k > 0 and (toks[k - 1].lower() in _AUXILIARIES or _adverb(toks[k - 1])):
        k -= 1
        if nearest is None and toks[k].lower() in _AUXILIARIES:
            nearest = toks[k].lower()
    return k, nearest in _BE


def _verbs(toks: list[str]) -> list[tuple[int, int, bool]]:
    """(index of the verb, index where its verb group starts, passive) of each finite verb."""
    out = []
    function = words()["function"]
    for i, tok in enumerate(toks):
        if not _past_form(tok) or tok in words()["reporting"] or tok in function:
            continue
        start, passive = _group_start(toks, i)
        if start == 0 or toks[start - 1].lower() == "to":
            continue  # no subject before it; an infinitive ("to be ratified")
        auxiliary = any(t.lower() in _AUXILIARIES for t in toks[start:i])
        prev = toks[start - 1]
        if not auxiliary:
            if (not _is_word(prev) or prev.lower() in function or prev.lower() in _DETERMINERS
                    or _past_form(prev) or _participle_only(tok) or _reduced_relative(toks, i)):
                continue  # "a retired teacher", "40 destroyed stalls", "a shredder hidden in the frame",
                # "schools located near ... were closed"
        out.append((i, start, passive))
    return out


def _participle_only(tok: str) -> bool:
    """An irregular past participle that is no simple past ("hidden", "stolen", "flown"): with no
    auxiliary before it, it modifies the noun before it."""
    return tok in words()["irregular"] and (tok.endswith("en") or tok.endswith("wn") or tok in ("gone", "slain"))


def _reduced_relative(toks: list[str], verb: int) -> bool:
    """Whether the past form at ``verb`` (no auxiliary before it) modifies the noun before it:
    a verb group with an auxiliary follows it in its clause ("located near the river were
    subsequently closed")."""
    for k in range(verb + 1, len(toks)):
        if not _is_word(toks[k]) and not toks[k][0].isdigit() or toks[k].lower() in _LINKING - {"to"}:
            return False
        if toks[k].lower() in _AUXILIARIES:
            return True
    return False


def _after_noun(toks: list[str], k: int) -> bool:
    """Whether the past form at ``k`` follows a noun, and so opens a clause that modifies it
    ("schools *located* near the river"), not an adjective before one ("a *retired* teacher")."""
    if k == 0 or not _past_form(toks[k]):
        return False
    prev = toks[k - 1]
    return (_is_word(prev) and prev.lower() not in words()["function"] and prev.lower() not in _DETERMINERS
            and not _adverb(prev) and not _past_form(prev))


def _head(phrase: list[str], *, first: bool, after: str = "") -> tuple[str | None, tuple[str, ...], bool]:
    """(head, name, new) of a noun phrase: a common noun in lower case and (), or None and the
    words of a name, or (None, ()) when unread (module docstring); ``new``: the phrase opens
    with "a", "an", "another", "one" or a figure. ``first``: the phrase opens its sentence;
    ``after``: the word after the phrase ("of" after a gerund: "its blocking of Twitter")."""
    if phrase and phrase[0].lower() in _PREPOSITIONS:  # "On Wednesday the minister"
        dets = [i for i, t in enumerate(phrase) if t.lower() in _DETERMINERS]
        if not dets:
            return None, (), False
        phrase, first = phrase[dets[-1]:], False
    new = bool(phrase) and (phrase[0].lower() in _NEW or phrase[0][0].isdigit())
    if new and len(phrase) > 1 and phrase[1].lower() in _PREPOSITIONS:
        return None, (), new  # "one of the", "23 out of 75 climbers": a part of a group
    phrase = [t for t in phrase if not t[0].isdigit()]
    if not phrase or not all(_is_word(t) for t in phrase):
        return None, (), new
    end = next((i for i, t in enumerate(phrase) if i and (t.lower() in _PREPOSITIONS or _after_noun(phrase, i))),
               len(phrase))
    core = phrase[:end]
    after = phrase[end].lower() if end < len(phrase) else after.lower()
    head = core[-1]
    low = head.lower().replace("’", "'").removesuffix("'s")
    if (low in words()["function"] or low in _PRONOUNS or low in _DETERMINERS or low in words()["whole"]
            or low in _GENERAL or low in _WHEN or low in words()["time"] or fold_plural(low) in words()["time"]
            or low in words()["event_nouns"] or low in words()["nominal"] or low in _PARTICLES
            or _adverb(head) or low.endswith("ing") and after == "of"):
        return None, (), new
    if head[0].isupper():
        start = len(core) - 1
        while start > 0 and core[start - 1][0].isupper() and core[start - 1].lower() not in _DETERMINERS:
            start -= 1
        if start == 0 and first and len(core) == 1:
            return None, (), new  # "Police arrested", "Smith died": a name or a noun
        return None, tuple(t.replace("’", "'").removesuffix("'s") for t in core[start:]), new
    if not head.islower():
        return None, (), new
    return low, (), new


def _subject(toks: list[str], start: int) -> tuple[str | None, tuple[str, ...], bool]:
    """``_head`` of the subject before the verb group starting at ``start``: the words back to
    the clause's start or another verb group. One after "and", "or" or "nor" is unread: a
    subject of several ("Koca and three other men were arrested") or a clause joined to
    another."""
    i = start
    while i > 0 and toks[i - 1] not in _BOUNDARY_PUNCT and toks[i - 1].lower() not in _LINKING \
            and toks[i - 1].lower() not in _AUXILIARIES:
        i -= 1
    if i > 0 and toks[i - 1].lower() in _JOINING | _AUXILIARIES:
        return None, (), False
    return _head(toks[i:start], first=i == 0)


def _object(toks: list[str], verb: int) -> tuple[bool, str | None, tuple[str, ...], bool]:
    """(whether the verb at ``verb`` has an object, and the object's ``_head``): a phrase that
    opens with a determiner, a figure, a currency sign or a content word right after the verb
    (particles and adverbs aside), up to a function word, a participle or punctuation."""
    i = verb + 1
    while i < len(toks) and (toks[i].lower() in _PARTICLES or _adverb(toks[i])):
        i += 1
    if i >= len(toks):
        return False, None, (), False
    low = toks[i].lower()
    if not _is_word(toks[i]):
        # a figure or a sum ("paid $4.4 million"): an object whose head is no noun to compare
        return toks[i][0].isdigit() or toks[i] in "$£€¥₹", None, (), True
    if low in _WHEN or low in words()["time"] or low in words()["function"] and low not in _DETERMINERS:
        return False, None, (), False
    end = i
    while end < len(toks) and (_is_word(toks[end]) or toks[end][0].isdigit()) and (
            end == i or toks[end].lower() not in words()["function"] and not _after_noun(toks, end)
            and not _adverb(toks[end])):
        end += 1
    if end < len(toks) and toks[end].lower() in _JOINING:
        return True, None, (), False  # several: "arrested the president and three others"
    return (True, *_head(toks[i:end], first=False, after=toks[end] if end < len(toks) else ""))


@lru_cache(maxsize=1 << 14)
def befallen(sentence: str) -> tuple[Befallen, ...]:
    """Each finite verb of ``sentence`` (one sentence) and the one its event befell (module
    docstring)."""
    toks = _TOKEN.findall(sentence)
    out = []
    for verb, start, passive in _verbs(toks):
        event = event_of(toks[verb])
        if not event:
            continue
        if passive:
            head, name, new = _subject(toks, start)
        else:
            has_object, head, name, new = _object(toks, verb)
            if not has_object:
                head, name, new = _subject(toks, start)
        out.append(Befallen(event, toks[verb], head, name, new))
    return tuple(out)


def _plural(noun: str) -> bool:
    """Whether a common noun is plural: a plain "-s" (``align.fold_plural``) or one of
    ``facts_words.toml``'s plurals ("people", "police", "staff")."""
    return fold_plural(noun) != noun or noun in words()["plural"]


def _same(claimed: Befallen, told: Befallen) -> bool | None:
    """Whether two readings name one thing: True, False, or None when they cannot be compared
    (unread, or a common noun against a name)."""
    if claimed.head is not None and told.head is not None:
        a, b = fold_plural(claimed.head), fold_plural(told.head)
        if a == b or in_some_form(a, [b]):
            return True
        # one of several against one: the one may be their whole ("All four vehicles were
        # derailed" and "A Dutch passenger train derailed"), not another
        return False if _plural(claimed.head) == _plural(told.head) else None
    if claimed.name and told.name:
        return bool({w.lower() for w in claimed.name} & {w.lower() for w in told.name})
    return None


def other_befallen(claim: str, quote: str, evidence: Sequence[str] = ()) -> str:
    """How ``quote`` tells one of the claim's events of another ("died: mayor, not
    firefighter"), or "" when it does not (module docstring). ``evidence``: the whole text
    the quote is from, where a noun phrase that brings in no one new ("the piece") may name
    again what the text called otherwise before ("the painting")."""
    quoted = [b for sentence in split_sentences([quote]) for b in befallen(sentence)]
    if not quoted:
        return ""
    words_of_quote = tokens(quote)
    words_of_text: list[str] | None = None
    for sentence in split_sentences([claim]):
        for claimed in befallen(sentence):
            if claimed.head is None and not claimed.name:
                continue
            told = [b for b in quoted if b.event == claimed.event]
            if not told or any(_same(claimed, b) is not False for b in told):
                continue
            said = [claimed.head] if claimed.head else [w for n in claimed.name for w in tokens(n)]
            if any(in_some_form(w, words_of_quote) for w in said):
                continue
            if any(b.head is not None and not b.new for b in told):
                if words_of_text is None:
                    words_of_text = tokens(" ".join(evidence))
                if any(in_some_form(w, words_of_text) for w in said):
                    continue
            other = ", ".join(dict.fromkeys(b.head or " ".join(b.name) for b in told))
            return f"{claimed.verb}: {claimed.head or ' '.join(claimed.name)}, not {other}"
    return ""

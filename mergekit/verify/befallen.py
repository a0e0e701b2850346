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
common noun of the same number, or one with other role words before it ("the deputy mayor"
and "the mayor": ``_ROLES``), a name sharing no word for its name, or one with another given
name ("Jane Smith" and "John Smith"; a title is no given name: "President Erdogan") (a common
noun against a name, "the mayor" and "Veliaj", may be one person, and one against several,
"the train" and "all four vehicles", may be their whole: neither is compared); and the
claim's one is named nowhere in the quote's whole text, whatever the quote's determiner
(``_mentioned``: its noun in any form after the same role words, or every word of its name
but titles; "the mayor and a firefighter died" may tell it of both, "the piece" may be the
painting the text named before, "demonstrators" in one sentence makes "protesters" in
another the same crowd). An event the quote tells by a noun ("the death of a firefighter")
is not compared.

Two different nouns may name one thing ("protesters" and "demonstrators", "a plane" and "the
aircraft"): the rule is a doubt, never a finding. Where it holds, the judgement is not
citable, and nothing else changes (``verify._judge``; review rv16): its label stays the
heads', so an existing citation of the text is never tagged failed verification on this
doubt, and an uncited sentence's text is still a lead ("may say it, or part of it"), its
reason saying why it is not cited ("not cited: the passage tells it of another (died: mayor,
not firefighter)"; also where only a sentence saying a part, or dating the event, tells it
of another: ``plan.planner._Planner.judge_one``).

The same question asked of an event at its day (``befallen_at``; ``dates.dated_event``: a
report's sentence dates the claim's event to the claim's day only where the event befell the
one it befell in the claim) is read on the same words (``_BE``, ``_AUXILIARIES``,
``_DETERMINERS``, ``_PREPOSITIONS``, ``_PRONOUNS``, ``_OPENERS``, ``_RELATIVES``), from the event
word nearest the day, verb or noun: the stem of the head noun of its active object, else its
subject (a relative's antecedent, past a name in apposition), or of an event noun's possessor,
its "of", the noun before it or the subject of the verb it follows. The two readings keep each
its own additions to the words (``_*_ALL``: quantifiers, more prepositions and pronouns;
``_*_AT``: "do", "not", "there", "off") and its own tokens: the one compares heads across a
passage, the other one stem at one day.
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
from mergekit.facts.grammar import stem as grammar_stem
from mergekit.verify.exact import in_some_form
from mergekit.verify.features import clause_span
from mergekit.verify.spans import split_sentences, tokens

__all__ = ["Befallen", "befallen", "befallen_at", "claimed_befallen_at", "other_befallen"]

# The words both readings (a clause's verbs, ``befallen``; an event at its day, ``befallen_at``)
# read a noun phrase by (lower case); each reading adds its own.
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "got", "get", "gets"})
_AUXILIARIES = _BE | {"has", "have", "had", "will", "would", "could", "can", "may", "might", "must", "should",
                      "shall"}
_DETERMINERS = frozenset({"the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my",
                          "your", "some", "any", "every", "each", "no"})
_QUANTIFIERS = frozenset({"all", "both", "another", "several", "many"})
_PREPOSITIONS = frozenset({"of", "in", "from", "at", "on", "for", "with", "near", "by", "to", "into", "inside",
                           "outside", "across", "around", "during", "after", "before", "over", "under", "between",
                           "among", "against", "since", "through", "about", "onto"})
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "him", "them", "us", "this", "that", "these",
                       "those", "one"})
_RELATIVES = frozenset({"that", "which", "who"})
_OPENERS = frozenset({"and", "but", "or", "while", "whereas", "when", "because", "although", "though", "where",
                      "if", "as"})

# The clause's verbs (``befallen``).
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|\d[\d,.]*|[^\w\s]")  # a word opens with a letter of any script
# what ends a subject's clause going back from its verb
_BOUNDARY_PUNCT = frozenset(",;:()[]\u2013\u2014\"“”")
_LINKING = _OPENERS | _RELATIVES | {"nor", "after", "before", "whom", "whose", "since", "until", "so", "then", "than",
                                    "to"}
_JOINING = frozenset({"and", "or", "nor"})
# words before a noun that change who is meant: "the deputy mayor" is not "the mayor" (part of the head)
_ROLES = frozenset({"deputy", "vice", "former", "acting", "assistant", "ex"})
# words before a name that are no given name: "President Erdogan" and "Recep Tayyip Erdogan" may be one
_TITLES = frozenset({"mr", "mrs", "ms", "dr", "sir", "lord", "lady", "president", "prime", "minister", "mayor",
                     "king", "queen", "prince", "princess", "general", "senator", "governor", "judge", "pope",
                     "chancellor", "captain", "sheikh", "professor", "saint", "st", "chief", "police", "officer",
                     *_ROLES})
_DETERMINERS_ALL = _DETERMINERS | _QUANTIFIERS
_NEW = frozenset({"a", "an", "another", "one"})  # a noun phrase that brings in someone new
_PREPOSITIONS_ALL = _PREPOSITIONS | {"amid", "aboard", "within", "without", "until", "via", "per", "throughout",
                                     "behind", "beyond", "despite", "like", "toward", "towards", "upon", "out"}
# words that may stand between an auxiliary or a subject and its verb ("was later arrested")
_BETWEEN = frozenset({"also", "later", "then", "subsequently", "eventually", "reportedly", "allegedly", "already",
                      "apparently", "not", "never", "still", "just", "first", "finally", "soon", "most", "more",
                      "ever", "again", "once"})
_PARTICLES = frozenset({"up", "down", "off", "out", "away", "back"})
_PRONOUNS_ALL = _PRONOUNS | {"her", "me", "who", "which", "whom", "someone", "anyone", "everyone", "nobody", "none", "himself",
                             "herself", "itself", "themselves", "something", "anything", "everything", "nothing"}
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
            if (not _is_word(prev) or prev.lower() in function or prev.lower() in _DETERMINERS_ALL
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
    return (_is_word(prev) and prev.lower() not in words()["function"] and prev.lower() not in _DETERMINERS_ALL
            and not _adverb(prev) and not _past_form(prev))


def _head(phrase: list[str], *, first: bool, after: str = "") -> tuple[str | None, tuple[str, ...], bool]:
    """(head, name, new) of a noun phrase: a common noun in lower case and (), or None and the
    words of a name, or (None, ()) when unread (module docstring); ``new``: the phrase opens
    with "a", "an", "another", "one" or a figure. ``first``: the phrase opens its sentence;
    ``after``: the word after the phrase ("of" after a gerund: "its blocking of Twitter")."""
    if phrase and phrase[0].lower() in _PREPOSITIONS_ALL:  # "On Wednesday the minister"
        dets = [i for i, t in enumerate(phrase) if t.lower() in _DETERMINERS_ALL]
        if not dets:
            return None, (), False
        phrase, first = phrase[dets[-1]:], False
    new = bool(phrase) and (phrase[0].lower() in _NEW or phrase[0][0].isdigit())
    if new and len(phrase) > 1 and phrase[1].lower() in _PREPOSITIONS_ALL:
        return None, (), new  # "one of the", "23 out of 75 climbers": a part of a group
    phrase = [t for t in phrase if not t[0].isdigit()]
    if not phrase or not all(_is_word(t) for t in phrase):
        return None, (), new
    end = next((i for i, t in enumerate(phrase) if i and (t.lower() in _PREPOSITIONS_ALL or _after_noun(phrase, i))),
               len(phrase))
    core = phrase[:end]
    after = phrase[end].lower() if end < len(phrase) else after.lower()
    head = core[-1]
    low = head.lower().replace("’", "'").removesuffix("'s")
    if (low in words()["function"] or low in _PRONOUNS_ALL or low in _DETERMINERS_ALL or low in words()["whole"]
            or low in _GENERAL or low in _WHEN or low in words()["time"] or fold_plural(low) in words()["time"]
            or low in words()["event_nouns"] or low in words()["nominal"] or low in _PARTICLES
            or _adverb(head) or low.endswith("ing") and after == "of"):
        return None, (), new
    if head[0].isupper():
        start = len(core) - 1
        while start > 0 and core[start - 1][0].isupper() and core[start - 1].lower() not in _DETERMINERS_ALL:
            start -= 1
        if start == 0 and first and len(core) == 1:
            return None, (), new  # "Police arrested", "Smith died": a name or a noun
        return None, tuple(t.replace("’", "'").removesuffix("'s") for t in core[start:]), new
    if not head.islower():
        return None, (), new
    role = core[-2].lower() if len(core) > 1 else ""
    return (f"{role} {low}" if role in _ROLES else low), (), new  # "deputy mayor": another than "mayor"


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
    if low in _WHEN or low in words()["time"] or low in words()["function"] and low not in _DETERMINERS_ALL:
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


def _role(head: str) -> tuple[tuple[str, ...], str]:
    """(the role words, the noun) of a common-noun head: "deputy mayor" -> (("deputy",), "mayor");
    "ex-mayor" -> (("ex",), "mayor")."""
    parts = re.split(r"[\s-]+", head)
    roles = tuple(w for w in parts[:-1] if w in _ROLES)
    return roles, parts[-1] if roles else head


def _given(name: Sequence[str]) -> str:
    """The given name of a name: the word before its last, unless a title ("Jane" of "Jane
    Smith"; "" for "Smith", "President Erdogan")."""
    if len(name) < 2 or name[-2].lower() in _TITLES:
        return ""
    return name[-2].lower()


def _same(claimed: Befallen, told: Befallen) -> bool | None:
    """Whether two readings name one thing: True, False, or None when they cannot be compared
    (unread, or a common noun against a name)."""
    if claimed.head is not None and told.head is not None:
        (roles_a, a), (roles_b, b) = _role(claimed.head), _role(told.head)
        if roles_a != roles_b:
            return False  # "the deputy mayor" is not "the mayor"
        a, b = fold_plural(a), fold_plural(b)
        if a == b or in_some_form(a, [b]):
            return True
        # one of several against one: the one may be their whole ("All four vehicles were
        # derailed" and "A Dutch passenger train derailed"), not another
        return False if _plural(claimed.head) == _plural(told.head) else None
    if claimed.name and told.name:
        if not {w.lower() for w in claimed.name} & {w.lower() for w in told.name}:
            return False
        # "Jane Smith" and "John Smith": one surname, two people
        given_a, given_b = _given(claimed.name), _given(told.name)
        return not (given_a and given_b and given_a != given_b)
    return None


def _mentioned(claimed: Befallen, text: list[str]) -> bool:
    """Whether ``text`` (``spans.tokens`` form) names the one the claim's event befell anywhere:
    its common noun in some form, with the same role words before it ("deputy mayor"; a
    "mayor" not after a role word), or every word of its name but titles."""
    if claimed.head:
        roles, noun = _role(claimed.head)
        n = len(roles)
        return any(in_some_form(noun, [w]) and tuple(text[max(i - n, 0):i]) == roles
                   and (i - n == 0 or text[i - n - 1] not in _ROLES) for i, w in enumerate(text))
    said = [w for n in claimed.name if n.lower() not in _TITLES for w in tokens(n)]
    return bool(said) and all(w in text for w in said)


def other_befallen(claim: str, quote: str, evidence: Sequence[str] = ()) -> str:
    """How ``quote`` tells one of the claim's events of another ("died: mayor, not
    firefighter"), or "" when it does not (module docstring). ``evidence``: the whole text
    the quote is from; where it names the claim's one anywhere ("protesters" in one sentence,
    "demonstrators" in another; "the piece" after "the painting"), the quote may tell it in
    other words, and is not read as telling it of another."""
    quoted = [b for sentence in split_sentences([quote]) for b in befallen(sentence)]
    if not quoted:
        return ""
    words_of_text: list[str] | None = None
    for sentence in split_sentences([claim]):
        for claimed in befallen(sentence):
            if claimed.head is None and not claimed.name:
                continue
            told = [b for b in quoted if b.event == claimed.event]
            if not told or any(_same(claimed, b) is not False for b in told):
                continue
            if words_of_text is None:
                words_of_text = tokens(" ".join([quote, *evidence]))
            if _mentioned(claimed, words_of_text):
                continue
            other = ", ".join(dict.fromkeys(b.head or " ".join(b.name) for b in told))
            return f"{claimed.verb}: {claimed.head or ' '.join(claimed.name)}, not {other}"
    return ""


# An event at its day (``befallen_at``, ``dates.dated_event``).
_TOKEN_AT = re.compile(r"[\w'’-]+|[,;:()\u2013\u2014]")
_AUXILIARIES_AT = _AUXILIARIES | {"do", "does", "did", "not", "never", "also", "then", "first"}
_PRONOUNS_AT = _PRONOUNS | {"there"}
_PREPOSITIONS_AT = _PREPOSITIONS | {"off"}


def claimed_befallen_at(claim: str, span: tuple[int, int], event: str) -> str | None:
    """Whom or what ``claim``'s event befell, as ``befallen_at`` reads it at its day ``span``
    (``event``: a date topic's id, its head the event word: "date-dead"), for a report to
    name the same: "deputi" of "The mayor's deputy died on 2 April 2025", "trader" of "Two
    traders from Durrës were arrested on 2 April 2025" (never a place nor a time). None where
    the event word opens the clause as a noun ("the strike began on 21 May", "The fire
    started on 18 March"): the event is then the thing itself, which the report's date topic
    names already (not "The death of Smith ...": whose). "" where the claim names none ("It
    reopened ...")."""
    head = event.removeprefix("date-").split("-")[0]
    start, end = clause_span(claim, span)
    opening = re.match(r"\W*(?:(?:the|a|an)\s+)?([\w'’-]+)(\s+of\b)?", claim[start:end], re.IGNORECASE)
    if (opening and not opening.group(2) and opening.group(1).lower() in words()["event_nouns"]
            and event_of(opening.group(1)) == head):
        return None
    return befallen_at(claim, span, event)


def befallen_at(text: str, span: tuple[int, int], event: str) -> str:
    """The stem of the head noun of whom or what ``text``'s event (a date topic's id, its head
    the event word) befell, the event word nearest its day at ``span``; "" where it names
    none (a pronoun: "It filed for insolvency", "when it capsized"). Of a verb: its object
    where it is active and has one ("Police in Durrës arrested a man on Wednesday": "man"),
    else its subject ("Two traders from Durrës were arrested": "trader"; "Separately, a
    retired firefighter died": "firefight"; "a tourist bus that crashed": "bus"; "the
    lifeless body of the building owner, Femi Osibona, was recovered": "bodi", a name between
    commas being an apposition). Of an event noun (``event_nouns``, or after a determiner, a
    preposition or a possessor: "filed for insolvency"): its possessor ("Truss's resignation"),
    the noun after its "of" ("the death of Smith"), the noun before it ("the Sohag train
    collision": "train"), or else the subject of the verb it follows ("Liz Truss issued her
    resignation": "truss"). A noun phrase's head is its last word before a preposition:
    "Protesters" of "Protesters were arrested ... outside the mayor's office", "remain" of
    "The remains of Richard III will be reinterred"."""
    head = event.removeprefix("date-").split("-")[0]
    toks = [(m.group(0), m.start()) for m in _TOKEN_AT.finditer(text)]
    found = [i for i, (t, at) in enumerate(toks) if t[0].isalpha() and event_of(t) == head and not span[0] <= at < span[1]]
    if not found:
        return ""
    i = min(found, key=lambda k: (abs(toks[k][1] - span[0]), toks[k][1] > span[0]))
    low = [t.lower() for t, _ in toks]
    dated = [span[0] <= at < span[1] for _, at in toks]
    before = low[i - 1] if i else ""
    if low[i] in words()["event_nouns"] or before in _DETERMINERS | _PREPOSITIONS_AT or before.endswith(("'s", "’s")):
        if before.endswith(("'s", "’s")):
            return _stem_head(before[:-2])
        if i + 1 < len(low) and low[i + 1] == "of":
            return _phrase_head(low[i + 2:], dated[i + 2:])
        if before and before[0].isalpha() and before not in _DETERMINERS | _PREPOSITIONS_AT | _AUXILIARIES_AT | _OPENERS:
            return _stem_head(before)
        j = i - 1
        while j >= 0 and low[j] in _DETERMINERS | _PREPOSITIONS_AT:
            j -= 1
        return _subject_at(low, j, [t for t, _ in toks], dated) if j > 0 and low[j][0].isalpha() else ""
    j = i - 1
    while j >= 0 and (low[j] in _AUXILIARIES_AT or low[j].endswith("ly")):
        j -= 1
    k = i + 1
    while k < len(low) and low[k].endswith("ly") and not dated[k]:
        k += 1
    if (not (j >= 0 and low[j] in _BE) and k < len(low) and low[k][0].isalnum() and not dated[k]
            and low[k] not in _PREPOSITIONS_AT | _OPENERS | _RELATIVES):
        return _phrase_head(low[k:], dated[k:])  # the object of an active verb
    return _subject_at(low, i, [t for t, _ in toks], dated)


def _subject_at(low: list[str], i: int, original: list[str], dated: list[bool]) -> str:
    """The stem of the head of the subject of the verb at ``i`` of the tokens ``low`` (lower
    case; ``original`` as written; ``dated``: those of the day, after which the subject
    starts: "On Wednesday police arrested ..."), for ``befallen_at``."""
    j = i - 1
    while j >= 0 and (low[j] in _AUXILIARIES_AT or low[j].endswith("ly")):
        j -= 1
    if j >= 0 and low[j] in _RELATIVES:  # "a tourist bus that crashed": its antecedent
        j -= 1 + (j > 0 and low[j - 1] == ",")
        return _stem_head(low[j]) if j >= 0 and low[j][0].isalpha() and low[j] not in _PRONOUNS_AT else ""
    if j >= 0 and low[j] == ",":  # "the lifeless body of the owner, Femi Osibona, was recovered"
        j -= 1
        k = _phrase_start(low, j)
        if k > 0 and low[k - 1] == "," and all(w[0].isupper() for w in original[k:j + 1]):
            j = k - 2
    k = _phrase_start(low, j)
    k = max([k, *(n + 1 for n in range(k, j + 1) if dated[n])])
    return _phrase_head(low[k:j + 1], dated[k:j + 1])


def _phrase_start(low: list[str], j: int) -> int:
    """Where the phrase that ends at ``j`` starts: after a clause's punctuation, a relative
    pronoun or a word that opens a clause ("when", "and")."""
    k = j
    while k >= 0 and low[k][0].isalnum() and low[k] not in _RELATIVES | _OPENERS:
        k -= 1
    return k + 1


def _phrase_head(low: Sequence[str], dated: Sequence[bool]) -> str:
    """The stem of the head of the noun phrase ``low`` opens: its last word before a
    preposition, a punctuation mark or a date (``dated``); "" for a pronoun or none."""
    kept: list[str] = []
    for word, in_date in zip(low, dated, strict=False):
        if in_date or not word[0].isalnum() or (kept and word in _PREPOSITIONS_AT | _OPENERS | _RELATIVES):
            break
        kept.append(word)
    return _stem_head(kept[-1]) if kept else ""


def _stem_head(word: str) -> str:
    """``word``'s stem, "" for a pronoun, a determiner, a preposition or a figure."""
    word = word.removesuffix("'s").removesuffix("’s").rstrip("'’")
    if not word or not word[0].isalpha() or word in _PRONOUNS_AT | _DETERMINERS | _PREPOSITIONS_AT | _AUXILIARIES_AT:
        return ""
    return grammar_stem(word)

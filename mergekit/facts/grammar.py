"""What a figure counts, read from the grammar of its sentence.

``counted(text, start, end)`` reads the figure at ``text[start:end]`` (its bound cue
included) and returns a ``Counted``:

* ``noun``: the head noun of the noun phrase the figure quantifies: the last word of the
  run of modifiers and nouns after it, up to a function word, a participle or punctuation
  ("36 other camp residents injured" -> "residents", "150 computer devices allegedly
  linked" -> "devices", "dozens of bodies" -> "bodies"; two modifiers joined by "and" or
  "or" modify one noun: "9.7 million current and former customers" -> "customers", while
  "one man and two women" are two counts); ``key`` is that noun plural-folded
  with the project's Snowball stemmer ("residents"/"resident" -> "resid",
  "policemen"/"policeman" -> "policeman"), or "" for the *whole* of an event's count: no
  noun ("100 were injured"), a noun of people in general ("people", "individuals") or
  the event's own noun ("victims", "deaths", "the injured"); "others" counts the rest
  besides those named before ("two were killed and five others injured": key "other"), a
  group of the whole that "seven were wounded" may count; an event's count in one named
  place is a group too ("12 residents in Gua Musang died", "In Arkansas, one person was
  killed": key "... in arkansa"), so a figure about another place is never the toll;
* ``event``: what happens to what is counted, from the verb that governs the figure: its
  predicate after the noun phrase, through auxiliaries ("790 people were killed",
  "eight people had died", "12 people dead", "36 residents injured"), else the verb whose
  object it is ("police seized 150 computers", "arrested three managers"), else a
  participle right after it ("dozens arrested"), else the event noun it counts ("one
  death", "over 100 injured"). A noun of the people an event befalls ("victims") names
  the dead only with no verb of its own: "1,926,400 victims were targeted" by a fraud
  counts the targeted. A gerund right after the noun phrase modifies it when the
  clause has a predicate of its own ahead ("Six buildings occupying 4,200 square meters
  were [destroyed]": destroyed; an editor's brackets are no words), and so does a past
  participle that names no event class ("110 schools located near the river were
  subsequently closed": closed, not located), and an event word
  right after the verb is its complement ("were found dead", "was pronounced dead": dead). Verbs are named by their Snowball stem ("arrested" ->
  "arrest"); verbs that count the same thing share a class from the data file
  (``dead``: killed, died, dead, deaths, fatalities...; ``injured``: injured, wounded,
  hurt...). A reporting verb ("said 26 people ...") never governs the figure; a light verb's
  object names the event ("suffered gunshot wounds" -> injured, "suffering from anxiety"
  -> "anxieti"), and ``presumed`` marks an event presumed, not confirmed ("166 are feared
  dead": its topic is ``dead-presumed``, another claim than the confirmed dead);
* ``part``: the figure is a part of a whole counted elsewhere: "two of the victims", "one
  of them", "30 of 1,500", "2,500 of whom", or a figure in a clause opened by "including"
  or "among" ("including three children", "among the dead were two children"). "one of
  the residents" died is *not* a part of the dead: it counts residents. A definite set
  picked out of one counted before is a part too: "the other four victims", "the five
  other victims who sustained gunshot wounds". The base a share is taken from is set
  aside the same way: "23 out of 75 climbers were found dead" (the 75 are not the dead);
* ``time``: the figure counts a unit of time, a duration or an offset ("two days", "one
  day before", "a seven-hour gunbattle"), never compared with a count;
* the counted thing's role: a figure in apposition to a plural noun ("His captives — four
  members of the Congregation Beth Israel, ...", "The hostages, two members of staff,")
  counts what that noun names (the captives: key "captiv"), not the noun after it: four
  members taken captive are not the congregation's size ("it had around 140 members").

The words it needs (function words, auxiliaries, irregular verbs, event classes, time
nouns) are English grammar, kept in ``mergekit/data/facts_words.toml``; nothing here
knows one merge's topic.
"""

from __future__ import annotations

import calendar
import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import snowballstemmer

from mergekit import months

from .clauses import clause_start
from .numbers import NUMERAL_RE

__all__ = ["Counted", "counted", "distributive", "event_of", "event_label", "governing_verb", "noun_after", "words",
           "is_named", "is_verb_form"]


@dataclass(frozen=True)
class Counted:
    """What a figure counts: its noun, the whole/part relation, its event, or a time unit."""

    noun: str | None  # head noun as written, lower case ("residents"), None when none
    key: str  # plural-folded noun ("resid"); "" for the whole of the event's count
    event: str | None  # "dead", "injured" or a verb stem ("arrest", "seiz"), None when none
    verb: str | None  # the event word as written ("arrested", "killed")
    part: bool  # a part of a whole counted elsewhere ("two of the victims")
    time: bool  # a duration or time offset ("two days", "one day before")
    presumed: bool = False  # the event is presumed, not confirmed ("166 are feared dead")


@cache
def words() -> dict[str, Any]:
    """The word lists of ``mergekit/data/facts_words.toml`` (sets, and the two tables)."""
    data = tomllib.loads(resources.files("mergekit").joinpath("data/facts_words.toml").read_text("utf-8"))
    out: dict[str, Any] = {k: frozenset(v) for k, v in data["words"].items()}
    out["irregular"] = data["irregular"]
    out["nominal"] = data["nominal"]
    out["event_labels"] = data["event_labels"]
    out["event_class"] = {w: cls for cls, ws in data["events"].items() for w in ws}
    out["event_classes"] = frozenset(data["events"])
    return out


_ENGLISH = snowballstemmer.stemmer("english")  # the stemmer of ``verify.spans.stem``


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """The Snowball (Porter2) English stem of a lower-case word, as the verifier stems."""
    return word if len(word) <= 3 else _ENGLISH.stemWord(word)


_WORD_RE = re.compile(r"[A-Za-z][\w'’-]*|\d[\d,.]*|[^\w\s]")


def _fold(word: str) -> str:
    """A noun folded to its singular stem: "residents" -> "resid", "policemen" -> "policeman"."""
    w = word.lower().replace("’", "'")
    if w.endswith("men") and len(w) > 4:
        w = w[:-3] + "man"
    return stem(w)


def event_of(word: str) -> str | None:
    """The event a verb or event noun names: its class ("killed" -> "dead") or its stem;
    an event noun names its verb's event ("closure" -> "close", as "closed")."""
    w = word.lower().split()[-1]  # "on site" -> "site"
    w = words()["irregular"].get(w, words()["nominal"].get(w, w))
    s = stem(w)
    cls = words()["event_class"]
    return cls.get(w) or cls.get(s) or (s if w not in words()["function"] else None)


def event_label(event: str, verb: str | None, noun: str | None) -> str:
    """How the talk page names a cluster: "people killed", "shops closed", "computers seized"."""
    if event in words()["event_labels"]:
        return str(words()["event_labels"][event])
    return f"{noun or 'number'} {verb or event}".strip()


@lru_cache(maxsize=16)  # remembered by the word lists themselves: the same lists, the same answer
def _folded(nouns: frozenset[str]) -> frozenset[str]:
    """Each of ``nouns`` folded (``_fold``)."""
    return frozenset(_fold(t) for t in nouns)


@lru_cache(maxsize=16)  # remembered by the word lists themselves
def _union(*lists: frozenset[str]) -> frozenset[str]:
    """The words of all ``lists``."""
    return frozenset().union(*lists)


def is_verb_form(word: str) -> bool:
    """A past participle, a gerund or an irregular past: "killed", "seizing", "took"."""
    w = word.lower()
    return (w in words()["irregular"] or w in words()["event_class"] or stem(w) in words()["event_class"]
            or len(w) > 3 and w.endswith("ed") or len(w) > 4 and w.endswith("ing"))


def opens_infinitive(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` (right after a "to") reads as an infinitive's verb:
    no function word, participle or irregular past, and an object after it that opens with a
    content word or a determiner ("to stop increases", "to complete an IPO"). The word lists
    hold no base forms, so a bare noun is told by what follows it: "to prison and", "to
    hospital, and", "to prison for life" are prepositional phrases. A verb with no object or
    a preposition after it ("to stop and", "to live in") is not read as one either."""
    word = text[:end].rsplit(None, 1)[-1].lower() if text[:end].strip() else ""
    if not word or word in words()["function"] or is_verb_form(word) or word in words()["irregular"]:
        return False
    nxt = _WORD_RE.match(text, end + len(text[end:]) - len(text[end:].lstrip()))
    return nxt is not None and nxt.group(0)[0].isalpha() and (nxt.group(0).lower() not in words()["function"]
                                                            or nxt.group(0).lower() in _DETERMINERS)


# the function words that open an object noun phrase ("to complete an IPO", "to raise their fees")
_DETERMINERS = frozenset({"the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my",
                          "your", "them", "all", "both", "each", "every", "some", "any", "no"})


def _plural(word: str) -> bool:
    """A plural-looking noun: "residents", "policemen", "people" (a head noun ends a phrase)."""
    return (word.endswith("s") and not word.endswith(("ss", "ous", "us", "is")) or word.endswith("men")
            or word in words()["plural"])


# a determiner right after a word: that word takes an object, a verb ("113 equals the number")
_THIRD_PERSON = re.compile(r"\s+(?:the|its|their|his|her)\s")
# the figure of a toll, which needs no noun: "the death toll of 113", "the toll stood at 33"
_TOLL_FIGURE = re.compile(r"\btoll\b[^,;.]{0,30}\b(?:of|at|to|reached|is|was)\s+[\w,.-]+$", re.I)


def _modifiers_joined(second: str, noun: str) -> bool:
    """Whether "<modifier> and" is followed by a second modifier and a plural noun ("current
    and former customers"): lower-case words, neither a function word nor a verb form."""
    w = words()
    if NUMERAL_RE.match(second):  # "one man and two women": two counts, not two modifiers
        return False
    return (second.isalpha() and second.islower() and noun.isalpha() and noun.islower()
            and second not in w["function"] and noun not in w["function"]
            and not is_verb_form(second) and not is_verb_form(noun) and _plural(noun) and not _plural(second))


# the words that open a verb's object or clause: "police reports the deaths", "... reports that"
_OBJECT_START = frozenset(("the", "a", "an", "that", "this", "these", "those", "his", "her", "its", "their",
                           "it", "he", "she", "they", "we", "no", "some", "many", "several", "all"))


def _counted_reporting_noun(toks: list[re.Match[str]], i: int) -> bool:
    """Whether the reporting word ``toks[i]``, after a modifier noun in a counted phrase, is the
    counted noun ("five police reports were filed", "five police reports of assault"): a plural
    noun of the list ``reporting_nouns`` with no object after it (a determiner, a pronoun,
    "that", a figure or a name would make it the verb: "26 police reports the deaths")."""
    if toks[i].group(0).lower() not in words()["reporting_nouns"]:
        return False
    nxt = toks[i + 1].group(0) if i + 1 < len(toks) else ""
    return not (nxt.lower() in _OBJECT_START or nxt[:1].isdigit() or nxt[:1].isupper())


# remembered (a pure function of the two): the quantity reader, what a figure counts and a
# figure's context words each ask it of the same figure (8,024 asks of 2,661 at 60x60)
@lru_cache(maxsize=1 << 16)
def noun_after(text: str, end: int) -> tuple[str | None, int]:
    """The head noun of the noun phrase a figure ending at ``end`` quantifies, and where
    that phrase ends ("36 other camp residents injured" -> ("residents", after it))."""
    w = words()
    toks = list(_WORD_RE.finditer(text, end, min(len(text), end + 80)))
    head, stop = None, end
    for i, m in enumerate(toks[:6]):
        tok = m.group(0)
        low = tok.lower()
        if not tok[0].isalpha():
            break
        if i == 0 and low == "of" or head is None and low == "other":  # "dozens of computers", "six other patients"
            continue
        if (low in ("and", "or") and head is not None and not _plural(head) and i + 2 < len(toks)
                and _modifiers_joined(toks[i + 1].group(0), toks[i + 2].group(0))):
            continue  # "9.7 million current and former customers": two modifiers of one noun
        if low in w["function"] or len(low) > 4 and low.endswith("ly"):
            break
        if head is not None and not tok[0].isupper() and not _counted_reporting_noun(toks, i) and (
                is_verb_form(low) or low in w["reporting"] or _plural(head) and not _plural(low)):
            break  # "36 residents injured", "officers said", "people live": the predicate
        if (head is None and _THIRD_PERSON.match(text, m.end()) and low.endswith("s")
                and _TOLL_FIGURE.search(text, max(0, end - 60), end)):
            break  # "The death toll of 113 equals the number ...": a verb taking its object, no noun
        if head is None and is_verb_form(low) and low not in w["whole"]:
            nxt = toks[i + 1].group(0).lower() if i + 1 < len(toks) else ""
            if not nxt[:1].isalpha() or nxt in w["function"]:
                break  # "dozens arrested was ...": a participle, no noun
        head, stop = low, m.end()
        nxt = toks[i + 1].group(0) if i + 1 < len(toks) else ""
        if low in w["whole"] and not (nxt[:1].isalpha() and nxt.lower() not in w["function"]
                                      and not is_verb_form(nxt)):
            break  # "one dead", "over 100 injured"; but "the injured officers" goes on
    if head in ("other",):
        head = None
    return head, stop


def _verb_after(text: str, end: int) -> tuple[str | None, bool, int]:
    """The predicate after a noun phrase ending at ``end`` and whether an auxiliary led to
    it, and where it ends ("were killed" -> ("killed", True, ...)). Coordinated noun
    phrases are stepped over ("computers and laptops as well as phones were seized")."""
    w = words()
    pos = end
    for _ in range(3):
        coord = _COORD_RE.match(text, pos)
        after = noun_after(text, coord.end())[1] if coord else pos
        if not coord or after == coord.end():
            break
        pos = after
    aux = False
    for m in [t for t in _WORD_RE.finditer(text, pos, min(len(text), pos + 60)) if t.group(0) not in "[]"][:6]:
        tok = m.group(0)  # an editor's brackets are no words: "were [destroyed]"
        low = tok.lower()
        if not tok[0].isalpha() or tok[0].isupper():
            return None, aux, pos
        if low in w["auxiliary"] or low in ("who", "which", "that") and not aux:
            aux = aux or low in w["be_have"]
            continue
        if aux and len(low) > 4 and low.endswith("ly") and not is_verb_form(low):
            continue  # an adverb between the auxiliary and the verb: "were critically injured"
        place = _LOCATIVE_RE.match(text, m.start()) if aux else None
        if place and place.group("place") not in _union(w["function"], w["not_a_name"], w["whole"], w["idiom"]):
            # "62 people were on site", "75 workers were present on the site"
            return place.group(0), True, place.end()  # event: the place noun (``event_of``)
        if is_verb_form(low) or aux and low not in w["function"]:
            return tok, aux, m.end()
        return None, aux, pos
    return None, aux, pos


# a copula's locative predicate: where the counted were ("were on site", "were present
# on the site", "were aboard the ferry"); its noun names the state that is counted
_LOCATIVE_RE = re.compile(r"(?:present\s+)?(?:on|at|in|inside|aboard|on\s+board)\s+(?:the\s+|a\s+)?"
                          r"(?P<place>[a-z]+)\b(?!\s+(?:of|to)\b)")
# a place right after the counted noun phrase restricts it: "ten people on the ground"
_PLACE_AFTER_RE = re.compile(r"\s+(?:on|at|inside|aboard|on\s+board)\s+(?:the\s+)?(?P<place>[A-Za-z]+)\b"
                             r"(?!\s+(?:of|to)\b)")
_COORD_RE = re.compile(r"\s*(?:,\s*)?(?:and|or|as\s+well\s+as)\b", re.I)
# the auxiliary of a clause's own predicate after a gerund's phrase, in the clause (a
# figure's separators are no break): "occupying some 4,200 square meters in total were"
_PREDICATE_AHEAD = re.compile(r"(?:[^,;:.()\u2013\u2014]|(?<=\d)[,.](?=\d)){0,60}?\s(were|was|are|is|had|have|has)\s")
# a predicative complement right after the verb: "were found dead", "was left injured"
_COMPLEMENT = re.compile(r"\s+([a-z]+)\b")
# a named place restricting a count: "12 residents in Gua Musang died", "three people died
# in Independence County"; a sentence opening "In Arkansas, ..." restricts all its counts;
# a pronoun opening a clause ("It was reported that ...") is no place
_PLACE_NAME = r"(?P<name>(?!(?:The|A|An|This|That|It|He|She|They|We|There|Its|His|Her|Their|" + months.ANY + "|" + "|".join(calendar.day_name) + \
    r")\b)[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
# "in the city of", "in northwestern", "in neighbouring": what may stand before the name
_PLACE_KIND = r"(?:city|town|village|province|state|county|region|district|municipality)"
_PLACE_ADJ = r"(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west|central)(?:ern)?\s+|neighbou?ring\s+|nearby\s+)"
_PLACE_LEAD = rf"(?:the\s+)?{_PLACE_ADJ}?(?:{_PLACE_KIND}\s+of\s+)?{_PLACE_ADJ}?"
_IN_PLACE_RE = re.compile(r"\s+(?:in|near)\s+" + _PLACE_LEAD + _PLACE_NAME + r"(?!\s*\d)")
_FRONTED_PLACE = re.compile(r"\s*(?:(?:Meanwhile|Elsewhere|Separately),?\s+)?(?:In|in|Near|near)\s+" + _PLACE_LEAD
                            + _PLACE_NAME + r"(?=\s*,|\s+(?:at|about|some|more|nearly|over|up|\d))")
# a place that is the subject of the figure's clause: "The state of Morelos, just south of
# the capital, was hardest hit with 42 deaths", "Puebla, a town southeast of Mexico City,
# saw 11 deaths", "while Mexico state ... recorded eight deaths"
_SUBJECT_PLACE = re.compile(rf"\s*(?:(?:while|and|but|whereas)\s+)?(?:[Tt]he\s+)?(?:{_PLACE_KIND}\s+of\s+)?"
                            + _PLACE_NAME + rf"(?:\s+{_PLACE_KIND})?\s*(?:,[^,;]{{0,60}},\s*)?(?:was|were|saw|"
                            r"recorded|registered|suffered)\b")
_CLAUSE_OPEN = re.compile(r"[;:]|,\s+(?=(?:while|whereas|and|but)\b)|^")
# "arriving in Gansu, where 113 people were killed": the place a relative "where" names
_WHERE_PLACE = re.compile(_PLACE_NAME + r"(?:\s+[a-z]+)?,?\s+where\s+(?:[\w-]+\s+){0,2}$")
# an aside between the counted and its verb: ", including the doctor on duty,"
_ASIDE = re.compile(r"\s*,\s+(?:including|among\s+(?:them|whom)|such\s+as|mostly|most\s+of\s+them|many\s+of\s+them)"
                    r"\b[^,;:.()]{0,60},")
# more places before the predicate: "in neighbouring Qinghai province were also killed"
_AUX_AHEAD = re.compile(r"[^,;:.()]{0,50}?\s(were|was|are|is|had|have|has)\s")


def _subject_place(text: str, start: int) -> re.Match[str] | None:
    """A named place that is the subject of the clause holding the figure at ``start``."""
    for opening in reversed(list(_CLAUSE_OPEN.finditer(text, 0, start))):
        m = _SUBJECT_PLACE.match(text, opening.end())
        if m and m.end() <= start:
            return m
    return None


def _named_place(text: str, end: int) -> re.Match[str] | None:
    """A named place right after ``end`` ("in Gua Musang"), not a date ("in May 2019")."""
    return _IN_PLACE_RE.match(text, end)


_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                 "twelve", "all", "dozens", "hundreds")
_CONJUNCT_RE = re.compile(r"(?:\s+|,\s*)(?:and|or)\s+$", re.I)


def _verb_before(text: str, start: int) -> str | None:
    """The verb whose object a figure starting at ``start`` is ("seized 150", "killed his"),
    also for the second of two coordinated objects ("killing 21 of the 22 on board and 6
    on the ground": the verb before the first, with no clause break between)."""
    conj = _CONJUNCT_RE.search(text, max(0, start - 8), start)
    if conj:
        head = text[max(0, conj.start() - 80):conj.start()]
        first = list(re.finditer(r"(?<![\w,.])(?:\d[\d,]*|(?:" + "|".join(_NUMBER_WORDS) + r"))\b", head, re.I))
        if first and not re.search(r"[;:.()]", head[first[-1].start():]):
            found = _verb_before(text, max(0, conj.start() - 80) + first[0].start()) if len(first) < 3 else None
            if found:
                return found
    toks = list(_WORD_RE.finditer(text, max(0, start - 40), start))
    for m in reversed(toks[-3:]):
        low = m.group(0).lower()
        if low in ("the", "all", "another", "an", "a"):
            continue
        if not m.group(0)[0].isalpha() or m.group(0)[0].isupper() and m.start() > 0:
            return None
        w = words()
        if low in w["function"] or low in w["reporting"]:
            return None
        if not low.endswith("ing") and _PASSIVE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            return None  # "were suspended one (game apiece)": a passive's patient is its subject, not the figure
        return m.group(0) if is_verb_form(low) or event_of(low) in w["event_labels"] else None
    return None


# a form of "be" right before a past participle (an adverb may stand between): the participle is
# passive ("were suspended", "was reportedly fined"; not "was carrying") and the figure after it
# is no object of it
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$", re.I)


# the preposition whose object a figure's noun phrase is, with what may stand between ("for a
# total of 146 games", "in six games", "for more than 140 games": the bound is the figure's)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:for|in|over|during|within|across|after|from|at|with|into|on|through|throughout|under|until)\s+"
    r"(?:(?:a|an|the|all|just|only)\s+)?(?:(?:combined\s+)?total\s+of\s+)?$", re.I)
# the determiners an object noun phrase between a verb and its preposition may hold
_OBJECT_DETERMINERS = frozenset(("the", "a", "an", "his", "her", "its", "their", "our", "all", "both"))
_FRAME_WORDS = 6  # words of an object noun phrase a frame's verb may stand before the preposition


@lru_cache(maxsize=1 << 15)
def governing_verb(text: str, start: int) -> str | None:
    """The event of the verb whose prepositional phrase holds the figure starting at ``start``:
    "which the Pistons won in six games" -> "win", "was suspended for 30 games" and "suspended
    nine players for a total of 146 games" -> "suspend", "banning nine players for more than
    140 games" -> "ban"; the verb stands right before the preposition or before its object
    noun phrase, in the same clause. None when the figure is no object of a preposition or no
    verb governs it ("the first win in six games", "O'Neal for 25"): the frame a count of a
    noun no event governs is told in (``clusters._same_scope``)."""
    prep = _PREPOSITION_BEFORE.search(text, max(0, start - 40), start)
    if prep is None:
        return None
    w = words()
    toks = list(_WORD_RE.finditer(text, max(0, prep.start() - 80), prep.start()))
    for m in reversed(toks[-_FRAME_WORDS:]):
        tok, low = m.group(0), m.group(0).lower()
        if not tok[0].isalnum():
            return None  # a clause's or a phrase's break: "... in the rain, in six games"
        if NUMERAL_RE.fullmatch(tok) or tok[0].isdigit() or low in _NUMBER_WORDS:
            continue  # the object's own figure: "banning nine players for ..."
        if low in _OBJECT_DETERMINERS or tok[0].isupper():
            continue  # a determiner or a name of the object: "suspended Indiana's Ron Artest for"
        if low in w["function"] or low in w["reporting"] or low in w["auxiliary"]:
            return None
        if is_verb_form(low):
            return event_of(low)
    return None


# the event a verb's figure undergoes, named after it: "were treated for injuries", "were
# taken to hospital with injuries"
_FOR_RE = re.compile(r"(?:\s+to\s+(?:a\s+|the\s+)?[a-z]+)?\s+(?:for|with)\s+"
                     r"(?:(?:minor|serious|severe|critical|multiple|their|his|her)\s+)?([a-z]+)", re.I)
# a count restricted, after its verb, to where or when only some of an event's dead or hurt
# died or were counted: "Seventy people died at the scene and two people died later in
# hospital" (each a part of the toll, never the toll itself), "one died on the way to hospital"
_PART_OF_EVENT = re.compile(
    r"\s*(?:,\s*)?(?:(?:later|subsequently|afterwards|soon\s+after)\b|"
    r"(?:at|on)\s+the\s+(?:scene|spot)\b|in\s+(?:the\s+|a\s+)?hospitals?\b|"
    r"(?:on\s+the\s+way|en\s+route)\s+to\b)", re.I)


def _another_count(text: str, start: int, event: str | None) -> bool:
    """Whether the sentence gives another count of the same event ("Seventy people died at the
    scene and two people died later in hospital"): a count restricted to a place or a time is
    then one of the parts, where alone ("Three people were pronounced dead at the scene") it
    may be the whole toll."""
    return any(m.start() != start and counted(text, m.start(), m.end(), _parts=False).event == event
               for m in NUMERAL_RE.finditer(text))


_LOST_LIVES = re.compile(r"\blo(?:st|se|ses|sing)\s+(?:their|his|her|its)\s+li(?:fe|ves)\b", re.I)
# who "were sent to hospital" are patients, not what a service sent out: "Five people were sent
# to hospital" is no count of the class ``dispatch`` ("deployed 30 people to the area")
# a count its own sentence calls a mistake: "were mistakenly reported dead", "wrongly listed as missing"
_MISTAKEN = re.compile(r"\b(?:mistakenly|wrongly|falsely|erroneously|incorrectly)\b", re.I)
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def _other_event_next(text: str, end: int, event: str | None) -> bool:
    """Whether the word right after a noun phrase ending at ``end`` takes the count to
    another event than ``event``: a light verb ("116 victims suffer from bone fractures",
    which the predicate reader does not take in the present tense), or a word of another
    event the counts are labelled by ("victims injured"); not any verb ("The 12 victims
    drowned", "came from four villages" still count the dead)."""
    m = _NEXT_WORD.match(text, end)
    if not m:
        return False
    other = event_of(m.group(1))
    if stem(m.group(1)) in words()["light_verbs"]:
        return True
    return other is not None and other != event and other in words()["event_labels"]


# a second event word joined to the first ("dead or injured", "killed and wounded")
_JOINED = re.compile(r"\s+(?:or|and|and/or)\s+([a-z]+)\b", re.I)


def _joined_other_event(text: str, end: int, event: str) -> bool:
    """Whether the event word ending at ``end`` is joined by "or"/"and" to a word of another
    event: "64 people dead or injured" counts the dead and the injured together."""
    m = _JOINED.match(text, end)
    other = event_of(m.group(1)) if m else None
    return other is not None and other != event and other in words()["event_labels"]


_TO_HOSPITAL = re.compile(r"\s+to\s+(?:(?:a|the|local|nearby)\s+)*hospitals?\b", re.I)
_PART_AFTER = re.compile(
    r"\s+of\s+(?:(?:whom|which|them|those|these|us)\b|(?:about\s+|some\s+|around\s+|nearly\s+)?(?:\d|"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\b)"
    r"|(?:the|these|those|its|their)\s+(?P<whole>(?:\d[\d,]*\s+|[\w-]+\s+){0,2}?[\w-]+))", re.I)
_PART_CLAUSE = re.compile(r"\b(?:including|includes|included|among)\b", re.I)
_CLAUSE_START = re.compile(r"[,;:(]|\b(?:and|but|while)\b")


# "the other four victims", "the five other victims who ...": a definite set picked out of
# one counted before ("the three officers who disappeared" still counts the disappeared)
_DEFINITE_BEFORE = re.compile(r"\bthe\s+(?P<other>other\s+)?$", re.I)


# "23 out of 75 climbers": the figure after "out of" is the whole a share is taken from
_OUT_OF = re.compile(r"\bout\s+of\s+(?:(?:the|a|an|some|about|around|nearly|over)\s+)?$", re.I)


def _is_part(text: str, start: int, end: int) -> bool:
    if _OUT_OF.search(text, max(0, start - 24), start):
        return True  # not a count of what happens to the share
    definite = _DEFINITE_BEFORE.search(text, max(0, start - 12), start)
    if definite and (definite.group("other") or re.match(r"\s+other\b", text[end:], re.I)):
        return True
    m = _PART_AFTER.match(text, end)
    if m:
        whole = m.group("whole")
        if whole is None:
            return True
        last = whole.split()[-1].lower()
        return bool(re.search(r"\d", whole)) or last in words()["whole"] or event_of(last) in words()["event_labels"]
    clause = text[clause_start(text, start, _CLAUSE_START):start]
    cue = _PART_CLAUSE.search(clause)
    # "Among the dozens arrested": the figure is the object of "among", the whole itself
    return cue is not None and not (cue.group(0).lower() == "among"
                              and re.fullmatch(r"\s*(?:the\s+)?", clause[cue.end():]))


# "each" as a floating quantifier or a determiner in a figure's clause before it: "were each
# suspended for one game", "Each player was fined 500"; not "each other", nor a time's "each
# year" (a rate, read elsewhere)
_EACH = re.compile(r"\beach\b(?:\s+(?P<next>[A-Za-z]+))?", re.I)
# right after the noun phrase, no comma between: "arrested 30 people, each on charges of ..." counts 30
_DISTRIBUTIVE_AFTER = re.compile(r"\s+(?P<word>apiece|each)\b(?:\s+(?P<next>[A-Za-z]+))?", re.I)


def distributive(text: str, start: int, np_end: int) -> bool:
    """Whether the figure at ``text[start:]``, whose noun phrase ends at ``np_end``, is each
    member's share, not a count of the members or a total: "apiece" or "each" right after its
    noun phrase ("were suspended one game apiece", "20 games each", "three each"), or "each" in
    its clause before it ("were each suspended for one game", "Each of the four received
    five"). Such a figure is a part of the total the members make up (``Counted.part``)."""
    w = words()
    after = _DISTRIBUTIVE_AFTER.match(text, np_end)
    if after:
        nxt = (after.group("next") or "").lower()
        if after.group("word").lower() == "apiece" or not nxt or nxt in w["function"] and nxt not in ("other", "of"):
            return True  # "one game each for leaving", not "each other", "each of", "each year"
    clause = text[clause_start(text, start, _CLAUSE_START):start]
    for m in _EACH.finditer(clause):
        nxt = (m.group("next") or "").lower()
        if nxt != "other" and _fold(nxt) not in _folded(w["time"]) and (nxt != "of" or _verb_between(clause, m.end())):
            return True
    return False


def _verb_between(clause: str, at: int) -> bool:
    """Whether a verb stands in ``clause`` after ``at`` (after an "each of"), before the
    figure that ends the clause: "Each of the four received five" is each member's; "Each of
    the 30 passengers" names the whole, the figure inside the "each of" phrase (rv15). A
    participle right after a determiner is an adjective ("each of the injured 30")."""
    toks = [m.group(0).lower() for m in _WORD_RE.finditer(clause, at)]
    return any(t in _FINITE or is_verb_form(t) and not (i and toks[i - 1] in _DETERMINERS)
               for i, t in enumerate(toks))


# finite forms of "be", "have" and the modals: a verb of their own ("Each player was fined 500")
_FINITE = frozenset(("is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
                     "may", "might", "must", "shall", "should", "gets", "got", "get"))


# a figure in apposition to a plural noun, between two dashes after the noun ("His captives
# — four members ..., — each made it out") or two commas after a sentence-opening noun
# phrase ("The hostages, two members of staff, were released"); a dash that opens a clause
# of its own ("school students—110 schools located near the river were closed") closes none
_APPOSED_DASH = re.compile(r"\b(?P<role>[a-z][a-z’'-]+)\s*(?P<mark>[\u2013\u2014]|\s-\s|--)\s*$")
_APPOSED_COMMA = re.compile(r"^\s*(?:the|his|her|their|its|our)\s+(?:[a-z-]+\s+)?(?P<role>[a-z][a-z’'-]+)"
                            r"\s*(?P<mark>,)\s*$", re.I)
_APPOSITION_LENGTH = 120  # characters the apposition may run before it closes


def _apposed_to(text: str, start: int, end: int) -> str | None:
    """The plural noun the figure at ``text[start:end]`` is in apposition to, whose
    referents it counts (module docstring), or None."""
    m = (_APPOSED_DASH.search(text, max(0, start - 80), start)
         or (_APPOSED_COMMA.match(text[:start]) if start <= 80 else None))
    if m is None or m.group("mark").strip() not in text[end:end + _APPOSITION_LENGTH]:
        return None
    role = m.group("role").lower()
    w = words()
    if not _plural(role) or role in w["function"] | w["reporting"] or _fold(role) in _folded(w["time"]):
        return None
    return role


def counted(text: str, start: int, end: int, noun: str | None = None, *, _parts: bool = True) -> Counted:
    """What the figure at ``text[start:end]`` counts (see the module docstring). ``noun`` is
    the counted noun when the caller has read it already."""
    w = words()
    glued = re.match(r"-([A-Za-z]+)", text[end:end + 20])  # "a seven-hour gunbattle"
    if glued and _fold(glued.group(1)) in _folded(w["time"]):
        return Counted(glued.group(1).lower(), _fold(glued.group(1)), None, None, False, True)
    head, np_end = noun_after(text, end)
    head = noun if noun is not None else head
    if head and _fold(head) in _folded(w["time"]):
        return Counted(head, _fold(head), None, None, False, True)
    if head:  # a figure with a noun of its own ("three each" has none)
        head = _apposed_to(text, start, end) or head
    part = _is_part(text, start, end) or distributive(text, start, np_end)
    p = _predicate(text, start, np_end)
    after, aux, after_end = p.verb, p.aux, p.end
    before = _verb_before(text, start)
    nominal = head if head and event_of(head) in w["event_labels"] else None
    if nominal in w["sufferers"] and any(is_verb_form(v.lower()) and v.lower() not in w["reporting"]
                                         for v in ((after if aux else None), before) if v):
        nominal = None  # "1,926,400 victims were targeted": the verb names what befell them
    if nominal is not None and nominal in w["sufferers"] and _other_event_next(text, np_end, event_of(nominal)):
        nominal = None  # "116 victims suffer from bone fractures": not a count of the dead
    candidates = [v for v in (nominal, (after if aux else None), before, after) if v]
    named = [v for v in candidates if event_of(v) in w["event_labels"]]
    verb = next(iter(named or candidates), None)
    event = event_of(verb) if verb else None
    if event == "lose" and _LOST_LIVES.search(text, end, min(len(text), end + 80)):
        event = "dead"  # "19 people lost their lives"
    if event in w["event_labels"] and after and verb == after and _MISTAKEN.search(text, np_end, after_end):
        event = None  # "20 victims were mistakenly reported dead": they were not
    if event is not None and event in w["event_labels"] and after and verb == after \
            and _joined_other_event(text, after_end, event):
        event = None  # "64 people dead or injured": one count of both, of neither alone
    if event == "dispatch" and after and verb == after and _TO_HOSPITAL.match(text, after_end):
        event = "dispatch-hospital"  # "Five people were sent to hospital": patients, not units sent out
    presumed = bool(event in w["event_labels"] and after and _PRESUMED.search(text, np_end, after_end))
    if (_parts and not part and event in w["event_labels"] and after and verb == after
            and _PART_OF_EVENT.match(text, after_end) and _another_count(text, start, event)):
        part = True  # "Seventy people died at the scene and two ... later in hospital": parts of a toll
    return Counted(head, _key(text, head, event, p), event, verb, part, False, presumed)


@dataclass(frozen=True)
class _Predicate:
    """What follows a counted noun phrase: the verb (through auxiliaries, a place, a cause
    or a light verb's object), whether an auxiliary led to it, where it ends, and what
    restricts the counted: a place noun ("on the ground"), a named place ("in Gua
    Musang"), the kind a light verb's object gives ("unrelated" injuries)."""

    verb: str | None
    aux: bool
    end: int
    where: str | None
    named_place: re.Match[str] | None
    kind: str


def _predicate(text: str, start: int, np_end: int) -> _Predicate:
    w = words()
    where = _PLACE_AFTER_RE.match(text, np_end)  # "ten people on the ground were killed"
    where_noun = where.group("place").lower() if where else None
    if where_noun in _union(w["function"], w["not_a_name"], w["whole"], w["idiom"]):
        where_noun = None
    named_place = _named_place(text, np_end)  # "12 residents in Gua Musang died"
    aside = _ASIDE.match(text, np_end)  # "seven people, including the doctor on duty, were injured"
    verb_from = (where.end() if where and where_noun else named_place.end() if named_place
                 else aside.end() if aside else np_end)
    after, aux, after_end = _verb_after(text, verb_from)
    if named_place and not after:  # "13 people in the city of Haidong in Qinghai province were killed"
        aux_next = _AUX_AHEAD.match(text, named_place.end())
        if aux_next:
            after, aux, after_end = _verb_after(text, aux_next.start(1) - 1)
    if after and not aux and (after.lower().endswith("ing") and stem(after.lower()) not in w["light_verbs"]
                              or after.lower().endswith("ed") and event_of(after) not in w["event_labels"]):
        # a gerund right after the noun phrase modifies it, when the clause has its own
        # predicate ahead: "Six castle buildings occupying some 4,200 square meters in
        # total were destroyed" counts the destroyed, not what occupies
        aux_next = _PREDICATE_AHEAD.match(text, after_end)
        ahead = _verb_after(text, aux_next.start(1) - 1) if aux_next else (None, False, after_end)
        if ahead[0] and ahead[1]:
            after, aux, after_end = ahead
    complement = (_COMPLEMENT.match(text, after_end)
                  if after and stem(after.lower()) not in w["light_verbs"] and event_of(after) not in w["event_labels"]
                  else None)
    if complement and event_of(complement.group(1)) in w["event_labels"] and not _plural(complement.group(1)):
        after, after_end = complement.group(1), complement.end()  # "were found dead", "was pronounced dead"
    named_place = (named_place or (_named_place(text, after_end) if after else None)
                   or _WHERE_PLACE.search(text, max(0, start - 80), start) or _FRONTED_PLACE.match(text)
                   or _subject_place(text, start))
    cause = _FOR_RE.match(text, after_end) if after else None
    if cause and event_of(cause.group(1)) in w["event_labels"]:
        after, aux = cause.group(1), True  # "two people were treated for injuries"
    # "were critically injured", "slightly hurt": a degree narrows the event to a group of it
    degree = re.search(r"\b([a-z]{3,}ly)\s+[a-z]+$", text[verb_from:after_end]) if after else None
    kind = (_fold(degree.group(1)) if degree and not is_verb_form(degree.group(1))
            and degree.group(1) not in _union(w["auxiliary"], w["function"]) else "")
    if after and stem(after.lower()) in w["light_verbs"]:  # "four others suffered gunshot wounds"
        obj, modifiers = _light_object(text, after_end)
        if obj:
            after, aux, kind = obj, True, "-".join(sorted(_fold(m) for m in modifiers))
    return _Predicate(after, aux, after_end, where_noun, named_place, kind)


def _key(text: str, head: str | None, event: str | None, p: _Predicate) -> str:
    """The counted group's key: "" for the whole, the folded head noun, narrowed by the
    predicate's place, named place, kind and cause (module docstring)."""
    w = words()
    whole = head is None or head in w["whole"] or event_of(head) in w["event_labels"]
    key = "" if whole or head is None else _fold(head)
    if head == "others" and event:  # "two were killed and five others injured": the rest
        key = "other"
    if p.where:  # the counted in one place are a group of the count: "6 on the ground"
        key = f"{key} at {_fold(p.where)}".strip()
    elif p.named_place and event:  # so are an event's in one named place: "In Arkansas, one person was killed"
        key = f"{key} in {'-'.join(_fold(t) for t in p.named_place.group('name').split())}".strip()
    if p.kind and event in w["event_labels"]:  # "suffered unrelated injuries": a group of the injured
        key = f"{key} {p.kind}".strip()
    died_of = _cause(text, p.end) if p.verb and event in w["event_labels"] else None
    if died_of:  # "four died of measles": the dead of one cause, a group of the dead
        key = f"{key} of {died_of}".strip()
    return key


_CAUSE_RE = re.compile(r"\s+(?:of|from)\s+(?!\d)", re.I)
_OBJECT_RE = re.compile(r"\s+(?:from\s+)?((?:[A-Za-z-]+\s+){0,3}[A-Za-z-]+)")


def _light_object(text: str, end: int) -> tuple[str | None, list[str]]:
    """The noun a light verb ending at ``end`` takes and the words qualifying it
    ("suffered gunshot wounds" -> ("wounds", ["gunshot"]), "injuries unrelated to the
    gunfire" -> ("injuries", ["unrelated"]), "suffering from anxiety" -> ("anxiety", [])):
    the first event noun of its object noun phrase, else the phrase's head."""
    m = _OBJECT_RE.match(text, end)
    if not m:
        return None, []
    phrase = []
    for word in m.group(1).split():
        if word.lower() in words()["function"]:
            break
        phrase.append(word.lower())
    named = [t for t in phrase if event_of(t) in words()["event_labels"]]
    noun = (named or phrase[-1:] or [None])[0]
    return noun, [t for t in phrase if t != noun and event_of(t) not in words()["event_labels"]]
# a presumption between the count and its event: "are feared dead", "presumed to have died"
_PRESUMED = re.compile(r"\b(?:feared|presumed|believed|thought)\b", re.I)


def _cause(text: str, end: int) -> str | None:
    """The folded cause named right after an event verb ("died of measles" -> "measl",
    "dying from pneumonia complications" -> "complic"); None when there is none or the
    cause is the event's own kind ("died from their injuries" counts all the dead)."""
    m = _CAUSE_RE.match(text, end)
    if not m:
        return None
    pos = m.end()
    det = re.match(r"(?:the|their|his|her|its|a|an)\s+", text[pos:], re.I)
    noun = noun_after(text, pos + (det.end() if det else 0))[0]
    if noun is None or noun in words()["whole"] or event_of(noun) in words()["event_labels"]:
        return None
    return _fold(noun)


def is_named(speaker: str) -> bool:
    """Whether a speaker is a named person or organisation: a proper noun that is not a
    sentence word ("Meanwhile", "Another witness"), or an organisation's head noun ("the
    police", "the Interior Ministry"). Pronouns, "a statement", "a spokesperson",
    "sources" and "residents" name nobody."""
    w = words()
    toks = re.findall(r"[^\W\d_][\w.’'-]*", speaker)
    if not toks:
        return False
    proper = [t for t in toks if (t[0].isupper() or t.isupper()) and t.lower().strip(".") not in w["not_a_name"]]
    if proper:
        return True
    return toks[-1].lower() in w["organisation"]


# a proper name as written: capitalised words, maybe joined by "of", "for", "and", "the" and
# in quotes ("Chamberlayne Junior College", "“Mount Ida School for Girls”", "UMass")
_NAME_WORD = r"[A-Z][\w’'&.-]*"
_NAME = rf"[“\"]?{_NAME_WORD}(?:\s+(?:(?:of|for|and|the|de|on)\s+)?{_NAME_WORD})*[”\"]?"
# a name and the words after it to the figure: the verb it is the subject of (after a comma,
# or a relative "which"/"who" after the name), its auxiliaries and adverbs, a few words more
_SUBJECT = re.compile(rf"\s*(?:(?:and|that|as)\s+)?(?P<name>{_NAME})(?:\s*,)?(?P<rest>(?:\s+[a-z][\w’'-]*)(?:\s+[\w’'-]+)*)\s*$")
_RELATIVE = re.compile(r"\s*(?:which|who)(?P<rest>(?:\s+[a-z][\w’'-]*)(?:\s+[\w’'-]+)*)\s*$")
_NAME_BEFORE = re.compile(rf"(?P<name>{_NAME})\s*$")
# what makes the name before a relative the object of something, or a part of a place ("in
# Sohag, Upper Egypt, which killed 32", "heading from Aswan to Cairo, which destroyed two
# carriages"): a relative there may be of the clause, not of the name
_PLACE_BEFORE = re.compile(r"(?:\b(?:in|at|near|from|of|to|for|with|by|on|into|between|outside|inside|"
                           r"than)|,)\s*$", re.I)
_SUBJECT_WINDOW = 160  # characters before a figure its subject's name may start
_SUBJECT_TAIL = 6  # words of the predicate between the subject's verb and the figure
_CLAUSE_END = re.compile(r"[,;:.!?()\[\]]")  # no subject is read across these (a comma: see below)


def _name_words(name: str) -> tuple[str, ...]:
    """The words of a name that name something: no function word, sentence word ("After",
    "Meanwhile"), number word, month or day ("In January 2017" names nothing)."""
    w = words()
    days = {d.lower() for d in calendar.day_name}
    out = []
    for tok in re.findall(r"[A-Za-z][\w’'&.-]*", name):
        low = tok.lower().strip(".")
        if low in w["function"] or low in w["not_a_name"] or low in days or low in months.NUMBER:
            continue
        out.append(tok.strip(".’'"))
    return tuple(out)


def _subjects_predicate(rest: str) -> bool:
    """Whether the words between a subject and a figure are its verb's predicate up to the
    figure: auxiliaries and adverbs, a verb that is no copula, function or reporting word,
    and at most ``_SUBJECT_TAIL`` words more, none a reporting word, a relative or another
    verb form ("was founded in", "enrolls more than", "employed about"; not "said the firm
    hired", "is small compared to")."""
    w = words()
    toks = rest.split()
    i = 0
    while i < len(toks) - 1 and (toks[i] in w["be_have"] or toks[i].endswith("ly")):
        i += 1  # "was founded", "has since been", "was reportedly"
    verb, tail = toks[i] if toks else "", toks[i + 1:]
    if (not verb or not verb[0].islower() or verb in w["function"] or verb in w["reporting"]
            or verb in w["not_a_name"] or verb in w["be_have"]):
        return False  # a copula, a reporting verb or no verb: no predicate of a figure
    return len(tail) <= _SUBJECT_TAIL and not any(
        t.lower() in w["reporting"] or t.lower() in ("that", "which", "who")
        or t[0].islower() and is_verb_form(t) and t.lower() not in w["function"] for t in tail)


@lru_cache(maxsize=1 << 15)
def named_subject(text: str, start: int) -> tuple[str, ...]:
    """The proper name that is the subject of the verb whose predicate holds the figure or
    date starting at ``start``: "Chamberlayne Junior College, was founded in 1892" ->
    ("Chamberlayne", "Junior", "College"), "Mount Ida, which was established in 1899" ->
    ("Mount", "Ida"), "Greensill Capital employed 1,000 people" -> ("Greensill", "Capital").
    () when none is read: a common noun ("The campus enrolls"), a pronoun, a name that only
    opens its sentence in one word ("Police arrested 30": a sentence's capital, maybe no
    name), a possessive ("UMass's campus enrolls"), a name that is the object of something
    ("compared to UMass", also before a relative: "compared to UMass, which enrolls 74,000"
    may say it of the clause's subject), a reporting
    verb ("Smith said the firm hired 300"), a copula ("Mount Ida is about 1,450"), or a
    predicate of more than a few words or with a clause's break or another verb before the
    figure."""
    lo = max(0, start - _SUBJECT_WINDOW)
    window = text[lo:start]
    breaks = [b.end() for b in _CLAUSE_END.finditer(window)]
    s = breaks[-1] if breaks else 0
    name_at, name, rest, rel = -1, "", "", False
    relative = _RELATIVE.match(window, s) if s and window[s - 1] == "," else None
    if relative:  # "UMass, which enrolls more than 74,000": the name right before the comma
        before = _NAME_BEFORE.search(window, 0, s - 1)
        if before is None or _PLACE_BEFORE.search(window, 0, before.start("name")):
            return ()  # "in Sohag, Upper Egypt, which killed 32": the relative is the collision's
        name_at, name, rest, rel = before.start("name"), before.group("name"), relative.group("rest"), True
    else:
        m = _SUBJECT.match(window, s)
        if m is None and s and window[s - 1] == ",":
            # "Chamberlayne Junior College, was founded in": a comma between the name and its
            # verb, the name opening its sentence (not "meeting in Fuzhou, China, voted")
            s0 = breaks[-2] if len(breaks) > 1 else 0
            opened = lo + s0 == 0 or window[s0 - 1] in ".;!?" if s0 else lo == 0 or text[lo - 1] in ".;!?"
            m = _SUBJECT.match(window, s0) if opened else None
        if m is None:
            return ()
        name_at, name, rest = m.start("name"), m.group("name"), m.group("rest")
    if not _subjects_predicate(rest) or re.search(r"[’']s?[”\"]?$", name):
        return ()  # no predicate of the figure; "UMass's campus enrolls": the subject is the campus
    named = _name_words(name)
    opens = lo + name_at == 0 or re.search(r"[.!?]\s*[“\"]?$", text[:lo + name_at]) is not None
    if not named or opens and len(named) < 2 and not rel and not re.match(r"[“\"]?The\s+[A-Z]", name):
        return ()  # "Police arrested 30" may be a sentence's capital; "The Pistons won" is a name
    return named


def other_names(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two subjects' names (``named_subject``) name two things: both read, no word in
    common, and neither the other's initials ("UMass" and "University of Massachusetts", "the
    FBI" and "Federal Bureau of Investigation" are one)."""
    if not a or not b:
        return False
    if {x.lower() for x in a} & {y.lower() for y in b}:
        return False
    return not (_initials_of(a, b) or _initials_of(b, a))


# "Meta Platforms, formerly Facebook Inc", "Facebook Inc (now Meta Platforms)", "Facebook Inc was
# renamed Meta Platforms": one thing under two names (``renamings``)
_RENAME_NAME = r"[A-Z][\w.&'’-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w.&'’-]*)*"
# what ends the second name: the appositive's or the sentence's end, a dash, or a date ("was
# renamed Meta Platforms in October 2021"); not more words of a longer noun phrase ("formerly
# Beta Ltd's rival", "now known as Acme Radio's host")
_RENAME_END = (r"(?=\s*(?:[,);.:\u2013\u2014]|--|$)"
               r"|\s+(?:in|on|from|since)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?\d{4}\b"
               r"(?=\s*(?:[,);.:\u2013\u2014]|--|$)))")  # the date ends the clause too: not "now Beta in 2020 sales" (rv18)
_RENAMED = re.compile(
    rf"(?P<a>{_RENAME_NAME})\s*(?:,|\(|\u2013|\u2014)\s*(?:formerly|previously|now|later)\s+(?:known\s+as\s+|called\s+|named\s+)?"
    rf"(?P<b>{_RENAME_NAME}){_RENAME_END}"
    rf"|(?P<c>{_RENAME_NAME})\s+(?:was|has\s+been|had\s+been|is)\s+(?:later\s+)?renamed\s+(?:as\s+|to\s+)?(?P<d>{_RENAME_NAME}){_RENAME_END}")
# the words ``_RENAMED`` cannot match without (each alternative needs one)
_RENAME_CUES = ("formerly", "previously", "now", "later", "renamed")
# the words of an office or a role, not of a name: a name whose words before any "of" are all
# of these is a post held ("formerly Chief Executive of Beta Ltd", "now Prime Minister")
_ROLE_WORDS = frozenset({
    "chief", "executive", "executives", "officer", "president", "vice", "deputy", "prime", "minister",
    "secretary", "director", "managing", "manager", "chairman", "chairwoman", "chair", "chairperson",
    "head", "governor", "mayor", "senator", "ambassador", "commissioner", "chancellor", "editor",
    "founder", "co-founder", "ceo", "cfo", "coo", "cto", "general", "senior", "assistant", "acting",
    "interim", "spokesman", "spokeswoman", "spokesperson", "host", "presenter", "coach", "captain",
    "leader", "member", "owner", "partner", "principal", "dean", "professor", "judge", "justice",
    "premier", "foreign", "finance", "defence", "defense", "interior", "health", "state", "attorney",
    "first", "lady", "speaker", "mp", "chief-executive"})


def _a_name(name: str) -> bool:
    """Whether a run ``_RENAMED`` read is a name: no possessive ("Beta Ltd's", the start of
    "Beta Ltd's rival") and not a post ("Chief Executive of Beta Ltd", "Prime Minister",
    "Home Secretary")."""
    toks = name.split()
    if any(re.search(r"[’']s?$", t.rstrip(".")) for t in toks):
        return False
    head = toks[:toks.index("of")] if "of" in toks else toks
    # a post is named by its last word ("Home Secretary", "Transport Minister": rv18), or is
    # role words throughout ("Chief Executive of Beta Ltd")
    return bool(head) and head[-1].lower().strip(".") not in _ROLE_WORDS


def renamings(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """The pairs of names ``text`` says name one thing ("formerly", "previously known as",
    "now known as", "renamed"), each as its words (a closing full stop dropped). The second
    name ends the appositive (a comma, a bracket, a dash, the sentence's end or a date
    follows); a possessive or a post is no second name (rv17).

    >>> renamings("Meta Platforms, formerly Facebook Inc, employed 71,000 people.")
    [(('Meta', 'Platforms'), ('Facebook', 'Inc'))]
    >>> renamings("Facebook Inc was renamed Meta Platforms in 2021.")
    [(('Facebook', 'Inc'), ('Meta', 'Platforms'))]
    >>> renamings("Meta Platforms employed 71,000 people, formerly 58,000.")
    []
    >>> renamings("Acme Corp, formerly Beta Ltd's rival, grew.")
    []
    >>> renamings("Acme Corp hired Jane Smith, formerly Chief Executive of Beta Ltd.")
    []
    >>> renamings("Bob Jones, now known as Acme Radio's host, spoke.")
    []
    >>> renamings("Jane Smith, formerly Home Secretary, spoke.")
    []
    >>> renamings("Acme, now Beta in 2020 sales, rose.")
    []
    """
    if not any(word in text for word in _RENAME_CUES):
        return []  # ``_RENAMED`` is case-sensitive and needs one of these words: no scan
    out = []
    for m in _RENAMED.finditer(text):
        a, b = (m.group("a"), m.group("b")) if m.group("a") else (m.group("c"), m.group("d"))
        if _a_name(a) and _a_name(b):
            out.append((tuple(w.rstrip(".") for w in a.split()), tuple(w.rstrip(".") for w in b.split())))
    return out


def _initials_of(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    caps = "".join(c for c in "".join(short) if c.isupper())
    return len(caps) >= 2 and caps == "".join(x[0] for x in long if x[0].isupper())

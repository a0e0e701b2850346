"""Every part of a coordination in the claim is said by the source cited for it.

A sentence that joins several things with "and" or "or" claims each of them; a source that
names some is support for part of it, and cited for the whole it tells the reader that the
rest is sourced too. The heads weigh the share of the claim's words a source has, and a
list of three with two in the source, or two predicates with one in it, still reads as
mostly said. Three forms are read, by their punctuation and function words (no tagger):

* an enumeration: three or more items, the last joined by "and", "or" or "as well as"
  ("red, amber and yellow warnings were issued"; "names, dates of birth, phone numbers and
  email addresses"): each item has a word in the source (the first item the word before
  its comma, the last the word after the conjunction, each middle item any of its words).
  A middle item longer than ``ITEM`` words is no item (a clause between commas: "In 2012,
  the site was added to the list, and ..."), and no enumeration is read there;
* a coordinated predicate: a second verb phrase joined to the first with an auxiliary
  ("The coin was acquired by the Bode Museum in 2010, and was displayed there";
  "Construction began in early 2013, and will continue through 2015"): the verb each
  auxiliary of the claim carries (the first word after it, past adverbs, "not", forms of
  "be" and plan words: "acquired", "displayed", "continue") is in the source in some form.
  A word after the auxiliary that is a function word, a name or a figure ("was the first",
  "is a member", "has two children") carries no verb to find. Two infinitives joined so
  ("to stop increases in student fees as well as to increase government funding") are
  read the same way: the verb after each "to" ("stop", "increase") is in the source; a
  report that fees will not rise this year and that students demand free education, with
  no word of stopping anything, is no source for the movement's two goals;
* a clause with its date: a verb an auxiliary carries with a date written with its year
  after it in its phrase ("Busy Bee Congo was founded in 2007 and uses Goma as its base")
  is in the source in some form. The heads count the year as found wherever the passage
  gives it, and AeroTime gives 2007 as the year RUAG "introduced the Do 228NG" and never
  says when the airline was founded. A date without a year ("the next year") has no figure
  to be matched by accident, and is not read so: on the dev half of WiCE reading it withheld
  a supported citation ("their son, Bear, was born the next year").

The whole source is read, not only the passage the verifier quotes: the citation is to the
source, a list is often given over more than one sentence, and what is cited wrongly is a
source that does not name the part at all ("acquired" is in no sentence of the report
that has the coin "on loan from a private collection"). On the dev halves of
``benchmarks/citable_bench.py`` these rules withhold no citation; demanding every word of
a middle item, not one, withheld a supported one ("Any movement, especially rapid or
unguarded movement": an aside read as a list).

Words are compared by Snowball stem, or a shared stem (``align.share_stem``: "display" for
"displayed"); function words (``spans.STOPWORDS``) and light words (``exact.LIGHT``) are
never demanded.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mergekit.facts.grammar import opens_infinitive
from mergekit.facts.memo import extract_dates
from mergekit.verify.exact import carries_content, in_some_form
from mergekit.verify.spans import STOPWORDS, WORD, tokens

__all__ = ["ITEM", "unsaid_items", "unsaid_verbs", "unsaid_conjuncts"]

ITEM = 3  # at most this many words in a middle item of an enumeration
# the only function words an item holds ("dates of birth", "the New Republic"); any other
# ("was released in 2011", "such as boating", "who threatened to") makes it a clause
_ITEM_WORDS = frozenset({"of", "the", "a", "an"})

_AUX = r"(?:is|are|was|were|has|have|had|will|would|shall|should|can|could|may|might|must)"
# words between an auxiliary and its verb: forms of "be", adverbs, and the plan words that
# tell an event as planned ("is scheduled for completion", "was expected to open": the
# event is the next word, and "expected to wrap up" says "scheduled for completion")
_TO_SKIP = frozenset({"be", "been", "being", "not", "also", "then", "still", "now", "later", "since", "subsequently",
                      "again", "never", "already", "reportedly", "allegedly", "scheduled", "expected", "due", "slated",
                      "planned", "projected", "anticipated", "intended", "estimated", "set", "going", "likely"})
# a second verb phrase joined with an auxiliary: "and was displayed", ", but will continue"
_COORDINATED = re.compile(rf"(?:,\s*|\s)(?:and|but|or)\s+(?:(?:then|also|later|subsequently)\s+)?{_AUX}\s",
                          re.IGNORECASE)
_AUXILIARY = re.compile(rf"\b{_AUX}\b(?P<rest>(?:\s+[\w'’-]+){{1,4}})")  # lower case: "May 2019", "Will Smith"
# two infinitives joined in one clause: "to stop increases ... as well as to increase funding"
# (lower-case verbs: "from September to November and to ..." has no first infinitive); the
# gap is bounded, as one clause's is (at most 126 characters in every tuning input): an
# unbounded lazy gap costs the square of a long run without a full stop, a hostile input's
_INFINITIVES = re.compile(r"\bto\s+(?P<first>[a-z][\w'’-]*)[^.;:()]{0,200}?(?:,\s*|\s)(?:and|but|or|as\s+well\s+as)\s+"
                          r"(?:also\s+)?to\s+(?P<second>[a-z][\w'’-]*)")
# "A, B(,) and C": the items before the conjunction, split on commas, within one clause
_CONJUNCTION = re.compile(r",?\s+(?:and|or|as\s+well\s+as)\s+", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[;:()\[\]\u2013\u2014]|\.(?:\s|$)")
_PHRASE_END = re.compile(r"[,;:()]|\s(?:and|but|or|while|when|after|before)\s")  # where a verb's phrase ends


def _item(words: list[str]) -> bool:
    """Whether ``words`` (one stretch between commas) can be an item: 1 to ``ITEM`` words, no
    function word but those of ``_ITEM_WORDS``."""
    return 0 < len(words) <= ITEM and all(w in _ITEM_WORDS or w not in STOPWORDS for w in words)


def _items(claim: str) -> list[list[list[str]]]:
    """Each enumeration of ``claim`` read as the words of each item to look for: the first
    item's last word, each middle item's words, the last item's first word."""
    out = []
    for conj in _CONJUNCTION.finditer(claim):
        start = max((m.end() for m in _CLAUSE_END.finditer(claim, 0, conj.start())), default=0)
        before = claim[start:conj.start()].split(",")
        if len(before) < 2:  # the first item and at least one middle item: three in all
            continue
        middle = [tokens(item) for item in before[1:]]
        if any(not _item(words) for words in middle):
            continue
        after = [w for w in tokens(claim[conj.end():]) if w not in _ITEM_WORDS]
        first = tokens(before[0])
        if not first or not after:
            continue
        out.append([[first[-1]], *middle, [after[0]]])
    return out


@lru_cache(maxsize=256)
def _said(source: str) -> frozenset[str]:
    """The words of ``source``, read once per source: every claim cited to it, and both
    forms of coordination, look them up."""
    return frozenset(tokens(source))


def unsaid_items(claim: str, source: str) -> tuple[str, ...]:
    """The items of the claim's enumerations with none of their words in ``source``."""
    enumerations = _items(claim)
    if not enumerations:
        return ()
    said = _said(source)
    missing = []
    for items in enumerations:
        for item in items:
            words = [w for w in item if carries_content(w)]
            if words and not any(in_some_form(w, said) for w in words):
                missing.append(" ".join(item))
    return tuple(missing)


def _carried(claim: str) -> list[re.Match[str]]:
    """The verb each auxiliary of ``claim`` carries (past adverbs, "not", forms of "be" and
    plan words); none where the next word is a function word, a name or a figure."""
    out = []
    for aux in _AUXILIARY.finditer(claim):
        verb = next((m for m in WORD.finditer(claim, aux.start("rest"), aux.end("rest"))
                     if m.group(0).lower() not in _TO_SKIP and not m.group(0).lower().endswith("ly")), None)
        if verb is not None and not verb.group(0)[0].isupper():
            out.append(verb)
    return out


def _dated(claim: str, verb: re.Match[str], dates: list[int]) -> bool:
    """Whether a date of ``claim`` (its start in ``dates``) stands in the clause of ``verb``,
    after it ("was founded in 2007", not "In 2012, the site was added")."""
    end = _PHRASE_END.search(claim, verb.end())
    return any(verb.end() <= start < (end.start() if end else len(claim)) for start in dates)


def _infinitives(claim: str) -> list[str]:
    """The verbs of the claim's joined infinitives ("stop", "increase" of "to stop ... as
    well as to increase ..."), those that carry content."""
    return [m.group(g) for m in _INFINITIVES.finditer(claim) for g in ("first", "second")
            if opens_infinitive(claim, m.end(g))  # a verb: "to prison and to hospital" is none
            and len(tokens(m.group(g))) == 1 and carries_content(tokens(m.group(g))[0])]


def unsaid_verbs(claim: str, source: str) -> tuple[str, ...]:
    """The verbs the claim's auxiliaries carry that ``source`` has in no form, where the claim
    has a coordinated predicate (every such verb) or a verb phrase with a date (that verb),
    and the verbs of its joined infinitives ``source`` has in no form; () when there is none
    or the source has each."""
    missing = [verb for verb in _infinitives(claim) if not in_some_form(tokens(verb)[0], _said(source))]
    coordinated = _COORDINATED.search(claim) is not None
    dates = [] if coordinated else [d.span[0] for d in extract_dates(claim) if d.year_written]
    if not coordinated and not dates:
        return tuple(missing)
    for verb in _carried(claim):
        folded = tokens(verb.group(0))
        if len(folded) != 1 or not carries_content(folded[0]) or not (coordinated or _dated(claim, verb, dates)):
            continue
        if not in_some_form(folded[0], _said(source)):
            missing.append(verb.group(0))
    return tuple(missing)


def unsaid_conjuncts(claim: str, source: str) -> tuple[str, ...]:
    """Every part of the claim's coordinations ``source`` does not say (both forms above)."""
    return unsaid_items(claim, source) + unsaid_verbs(claim, source)

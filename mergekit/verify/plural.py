"""A claim about several is not said by a passage about one, nor a claim about one by a
passage about several.

"Some of the students brought to the hospital were already fainted and with symptoms such as
vomiting" is not said by "after a student suffered shortness of breath, vomiting and
fainted": the heads find "students", "fainted" and "vomiting" and cannot hear that the
source tells it of one student. The grammatical number of the claim's subject is part of
what it claims, and is read without a tagger, by agreement and determiners:

* the claim's subject and its number: the first auxiliary or copula of the claim that agrees
  in number (``is``/``was``/``has`` one, ``are``/``were``/``have`` several), and the words
  that open its clause before it: determiners, quantifiers, figures and names ("Some of the",
  "The four", "37 Nobel"), then the content words of the subject. Several is read where one
  of those has a plain plural ``-s`` ("many local *residents*", ``align.fold_plural``), one
  where the last has none and "a", "an", "one" or "single" stands before them ("A local
  *student* was"); that word is the subject's *head*, at most ``NEAR`` words before its verb
  ("students brought to the hospital were"). A subject that is a pronoun ("They were", "it
  contributes to fires that are"), a bare singular ("The driver was": one driver, or the
  only one), or a noun and verb that do not agree tell no number to check;
* what the claim says of it: its *predicate words*, the content words after the auxiliary
  in its clause ("fainted"), not adverbs ("already", "-ly");
* what the quote tells them of: in each quote sentence with a predicate word, the last
  mention of the head (in either number) before the first predicate word, where English puts
  the subject. The claim's number is unsaid when such a mention is of the other number and
  none is of the claim's: for a claim of several, the singular marked by "a", "an", "one"
  or "single" ("a student"; a bare "student" is often a modifier, "the student union", and
  is left to the heads); for a claim of one, the plural.

So "1,400 ... students were ordered to vacate the schools premises after a student suffered
... vomiting and fainted" tells the fainting of one: its last mention before "fainted" is "a
student". A quote without a predicate word, or without the head before it, is left to the
heads. On the dev halves of ``benchmarks/citable_bench.py`` the rule withholds no citation.
"""

from __future__ import annotations

import re

from mergekit.align import fold_plural
from mergekit.facts.numbers import NUMERAL_RE
from mergekit.verify.exact import carries_content, in_some_form
from mergekit.verify.spans import STOPWORDS, WORD, split_sentences, tokens

__all__ = ["NEAR", "claimed_number", "unsaid_number"]

_AGREEING = re.compile(r"\b(?P<aux>is|are|was|were|has|have)\b")  # lower case: "Is" opens a question
_SEVERAL = frozenset({"are", "were", "have"})
_ONE = frozenset({"a", "an", "one", "single"})
_CLAUSE_START = re.compile(r"[,;:()\u2013\u2014]")
_CLAUSE_END = re.compile(r"[,;:()\u2013\u2014]|\.(?:\s|$)|\s(?:and|but|or|while|when|after|before|because)\s")
_PRONOUNS = frozenset("""they them it he she we you this that these those who which there""".split())
_PERSONAL = frozenset({"i", "you", "he", "she", "it", "we", "they"})  # a subject that names no noun
_RELATIVE = frozenset({"that", "which", "who", "whom", "whose", "where", "when"})  # a clause inside the sentence
_ADVERBS = frozenset({"already", "still", "never", "often", "soon"})  # and any -ly word: not what is said of it
NEAR = 4  # at most this many words between the head and its auxiliary ("students brought to the hospital were")


def _leading(word: str, *, first: bool) -> bool:
    """Whether ``word`` can stand before the head's words in the subject: a determiner or
    quantifier ("Some of the"), a figure ("The four", "37") or a name ("Nobel laureates"; the
    claim's first word is capitalised for the sentence)."""
    return (word.lower() in STOPWORDS and word.lower() not in _RELATIVE or bool(NUMERAL_RE.fullmatch(word.lower()))
            or (word[0].isupper() and not first))


def _noun(word: str) -> bool:
    """Whether ``word`` can be a word of the head: one content word, not a pronoun."""
    folded = tokens(word)
    return len(folded) == 1 and carries_content(folded[0]) and folded[0] not in _PRONOUNS


def claimed_number(claim: str) -> tuple[str, str, tuple[str, ...]] | None:
    """(head, "several" or "one", predicate words) of the claim's subject (see the module
    docstring), or None when its number is not told."""
    aux = _AGREEING.search(claim)
    if aux is None:
        return None
    start = max((m.end() for m in _CLAUSE_START.finditer(claim, 0, aux.start())), default=0)
    words = [m.group(0) for m in WORD.finditer(claim, start, aux.start())]
    i = 0
    while i < len(words) and _leading(words[i], first=not (i or start)):
        i += 1
    if any(w.lower() in _PERSONAL for w in words[:i]):  # "it contributes to fires that are"
        return None
    run = i
    while run < len(words) and _noun(words[run]) and (not words[run][0].isupper() or not (run or start)):
        run += 1
    several = aux.group("aux") in _SEVERAL
    nouns = [tokens(w)[0] for w in words[i:run]]
    # several: the first plural of the run ("many local residents"); one: its last word ("a local student")
    index = next((i + k for k, w in enumerate(nouns) if fold_plural(w) != w), None) if several else run - 1
    if index is None or index < i or len(words) - index - 1 > NEAR:
        return None
    head = tokens(words[index])[0]
    if several != (fold_plural(head) != head):  # the verb and the noun agree
        return None
    if not several and (i == 0 or words[i - 1].lower() not in _ONE):
        return None
    end = _CLAUSE_END.search(claim, aux.end())
    predicate = tuple(t for t in tokens(claim[aux.end():end.start() if end else len(claim)])
                      if carries_content(t) and not t.endswith("ly") and t not in _ADVERBS)
    return head, "several" if several else "one", predicate


def _mentions(sentence: list[str], head: str, predicate: tuple[str, ...]) -> str | None:
    """The number of the last mention of ``head`` before the sentence's first predicate word:
    "several", "one" (marked by a determiner of one), "bare" (a singular without one), or
    None when there is none."""
    first = next((i for i, w in enumerate(sentence) if in_some_form(w, predicate)), None)
    if first is None:
        return None
    singular = fold_plural(head)
    for i in range(first - 1, -1, -1):
        word = sentence[i]
        if word == head or word == singular or fold_plural(word) == singular:
            if fold_plural(word) != word:
                return "several"
            return "one" if _ONE.intersection(sentence[max(0, i - 2):i]) else "bare"
    return None


def unsaid_number(claim: str, quote: str) -> str:
    """The claim's subject ("several students") when the quote tells its predicate only of
    the other number; "" when it is said, or not told either way."""
    read = claimed_number(claim)
    if read is None or not read[2]:
        return ""
    head, number, predicate = read
    found = {n for sentence in split_sentences([quote])
             if (n := _mentions([w.lower() for w in WORD.findall(sentence)], head, predicate)) is not None}
    if number == "one":  # a bare singular tells of one too ("the student fainted")
        found = {"one" if n == "bare" else n for n in found}
    other = "one" if number == "several" else "several"
    return f"{number} {head}" if other in found and number not in found else ""

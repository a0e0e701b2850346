"""The passage cited for a sentence that lists who or what was "including" says them of it.

A sentence such as "Another 27 more were injured, including the Portuguese driver and guide."
says of each listed item what its clause says ("injured"); a news passage that names the same
words elsewhere ("the driver lost control of the bus", a guide among the passengers) shares
the sentence's words without saying it (madeira-bus-crash). ``own_words`` and the support
heads read the passage, not which sentence of it holds which word, so the planner adds a
citation for such a sentence only where one sentence of the verifier's quote holds the head
(last content word of its first run of them) of every item of its "including" list, in some form
(``exact.in_some_form``: "drivers" for "driver"), together with one of the own words of the
clause the list hangs on. Items end with common nouns ("the Portuguese driver"): a list of names is ``lists``'s, which
reads how many of them a sentence gives. A quote that fails it may still say the sentence in
part: the planner then shows it as a lead, never as a ``<ref>``.
"""

from __future__ import annotations

import re

from mergekit.facts.grammar import is_verb_form
from mergekit.verify.exact import in_some_form
from mergekit.verify.features import own_words
from mergekit.verify.spans import STOPWORDS, split_sentences, tokens

__all__ = ["unsaid_included"]

_INCLUDING = re.compile(r"^(?P<clause>.*?),?\s+including\s+(?P<items>[^.;:!?()]+)", re.IGNORECASE)
_SEPARATOR = re.compile(r",|\s(?:and|or)\s")
_FINITE = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would"})


def _head(words: list[str]) -> str:
    """The last content word of an item's first run of them: "driver" of "the Portuguese
    driver", "doctor" of "the doctor on duty", "dates" of "dates of birth"."""
    head = ""
    for word in words:
        if word in STOPWORDS or word.isdigit():
            if head:
                break
            continue
        head = word
    return head


def _included(claim: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The own words of the clause before the claim's "including" and the heads of the
    common-noun items after it; no heads where the claim has no such list."""
    match = _INCLUDING.match(claim)
    if not match:
        return frozenset(), ()
    heads: list[str] = []
    for piece in _SEPARATOR.split(match.group("items")):
        words = tokens(piece)
        if not words or any(w in _FINITE or is_verb_form(w) for w in words):
            break  # the rest of the claim, not an item: "... the doctor on duty, were critically injured"
        if piece.split()[-1][:1].isupper():  # an item that ends with a name: a named list
            return frozenset(), ()
        head = _head(words)
        if head:
            heads.append(head)
    return own_words(match.group("clause")), tuple(heads)


def unsaid_included(claim: str, quote: str) -> tuple[str, ...]:
    """The heads of the claim's "including" items that no one sentence of ``quote`` gives
    together with a word of the clause they hang on (those of the sentence giving most of
    them); () when one does, or the claim lists no common nouns."""
    clause, heads = _included(claim)
    if not heads:
        return ()
    best: tuple[str, ...] = heads
    for sentence in split_sentences([quote]):
        words = tokens(sentence)
        missing = tuple(h for h in heads if not in_some_form(h, words))
        if clause and not any(in_some_form(w, words) for w in clause):
            missing = heads
        if len(missing) < len(best):
            best = missing
    return best

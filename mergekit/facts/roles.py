"""Names written with a role: "Museum Deputy Director Luiz Fernando Dias Daniel", "Luiz
Fernando Dias Duarte, the museum's deputy director".

``named_roles(text)`` reads every run of capitalised words (``Named.words``: "Museum Deputy
Director Luiz Fernando Dias Daniel"; a run is broken by anything else, so "Museum of Brazil" is
two) with the words that give its role (``Named.role``, folded stems):

* the lower-case words right before it in its clause ("the museum's deputy director Luiz ..."),
  at most three, past a possessive;
* an appositive right after it, set off by a comma ("Luiz Fernando Dias Duarte, the museum's
  deputy director, said"): its lower-case words up to the next comma, six at most, when it
  opens with a determiner or a lower-case noun (not a verb: "Duarte, said" gives none).

Where a title ends and a name begins inside one run cannot be told from the run alone
("Museum Deputy Director Luiz ..."): the run is kept whole, and a reader pairing two runs
takes the capitalised words before their common end as a title, part of the role
(``title_role``). Function words, reporting verbs and verb forms are no role words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from mergekit.accents import fold

from .grammar import is_verb_form, stem, words

__all__ = ["Named", "named_roles", "role_words", "title_role"]


@dataclass(frozen=True)
class Named:
    """A run of capitalised words and the role words written around it."""

    words: tuple[str, ...]  # as written: ("Museum", "Deputy", "Director", "Luiz", ...)
    role: frozenset[str]  # folded stems of the lower-case role words around the run


_RUN = re.compile(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)+")
_CLAUSE_BREAK = re.compile(r"[,;:.()“”\"]")
_APPOSITIVE = re.compile(r",\s+([^,;:.()“”\"]{2,80}?)\s*(?=[,;:.)]|$)")
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
_BEFORE = 3
_AFTER = 6


def role_words(tokens: list[str]) -> frozenset[str]:
    """The folded stems of ``tokens`` that can name a role: no function word, reporting verb
    or verb form ("museum's deputy director" -> museum, deputi, director)."""
    out = set()
    for token in tokens:
        low = fold(re.sub(r"['’]s$", "", token)).lower()
        if (len(low) > 2 and low not in words()["function"] and low not in words()["reporting"]
                and not is_verb_form(low)):
            out.add(stem(low))
    return frozenset(out)


def _before(text: str, start: int) -> list[str]:
    """The lower-case words right before ``start`` within the clause, at most ``_BEFORE``."""
    clause = _CLAUSE_BREAK.split(text[:start])[-1]
    tokens = _WORD.findall(clause)
    out: list[str] = []
    for token in reversed(tokens):
        if not token[0].islower() or len(out) == _BEFORE:
            break
        out.append(token)
    return out[::-1]


def _after(text: str, end: int) -> list[str]:
    """The words of an appositive right after ``end`` (", the museum's deputy director,")."""
    m = _APPOSITIVE.match(text, end)
    if not m:
        return []
    tokens = _WORD.findall(m.group(1))
    if not tokens or len(tokens) > _AFTER or not tokens[0][0].islower() or is_verb_form(tokens[0]):
        return []
    if any(t.lower() in words()["reporting"] or t.lower() in words()["auxiliary"] for t in tokens):
        return []  # ", police said", ", who was": a clause, no appositive
    return [t for t in tokens if t[0].islower()]


@lru_cache(maxsize=1 << 14)  # remembered: a merge holds many copies of one news sentence
def named_roles(text: str) -> tuple[Named, ...]:
    """Every run of two or more capitalised words of ``text`` with its role words (module
    docstring), in order; a run with no role word around it is left out."""
    out = []
    for m in _RUN.finditer(text):
        role = role_words(_before(text, m.start()) + _after(text, m.end()))
        tokens = tuple(m.group(0).split())
        if role or len(tokens) > 3:  # a longer run can hold its title: "Deputy Director Luiz ..."
            out.append(Named(tokens, role))
    return tuple(out)


def title_role(named: Named, name_length: int) -> frozenset[str]:
    """``named``'s role with the capitalised words before its last ``name_length`` words
    taken as a title ("Museum Deputy Director" of "Museum Deputy Director Luiz Fernando Dias
    Daniel" when the name is its last four words)."""
    return named.role | role_words(list(named.words[:-name_length]))

"""A plan the source says was not kept does not support the claim that states it.

"Construction began in early 2013, and will continue through 2015." is not said by "Construction
began in early 2013 and was supposed to wrap up in late 2015": the source tells what was
planned and, by the words it chooses, that it did not go so. The verifier weighs the
shared words ("construction", "2013", "2015") and cannot hear the difference; a citation
must. A quote with such words ("was supposed to", "was meant to", "was originally
scheduled to") is not cited for a claim that shares a word or a number with what was
planned (the rest of that clause: "wrap up in late 2015") and does not say the same (has
none of those words). The same quote still supports the rest ("Construction began in
early 2013.").

Only the unmistakable phrasings are read: "was scheduled to" and "was expected to" tell
plans that were kept as often as ones that were not.
"""

from __future__ import annotations

import re

from mergekit.verify.spans import STOPWORDS, tokens

__all__ = ["unkept_plan", "unkept_plans", "planned", "plan_words"]

_UNKEPT = re.compile(
    r"\b(?:supposed|meant|originally\s+(?:scheduled|planned|expected|slated|due|set|intended))\s+to\b"
    r"(?P<plan>[^.;:!?]*)",
    re.IGNORECASE,
)


def unkept_plan(claim: str, quote: str) -> str:
    """The words of ``quote`` that tell a plan ``claim`` states was not kept ("supposed to
    be wrap up in late 2015"), else ""."""
    if _UNKEPT.search(claim):
        return ""
    said = set(tokens(claim)) - STOPWORDS
    for found in _UNKEPT.finditer(quote):
        if said & set(tokens(found.group("plan"))):
            return found.group(0).strip()
    return ""


def unkept_plans(text: str) -> tuple[tuple[int, int, int], ...]:
    """Each plan ``text`` says was not kept: the start of its words ("was supposed to"), and
    the span of what was planned, to the end of its clause ("be wrap up in late 2015")."""
    return tuple((m.start(), m.start("plan"), m.end("plan")) for m in _UNKEPT.finditer(text))


# A plan or expectation told as still to come: present or future tense only ("is scheduled
# for", "is expected to", "is due to", "will", "plans to"); "was scheduled for" tells it as past.
_PLANNED = re.compile(
    r"\b(?:(?:is|are)\s+(?:now\s+|currently\s+|also\s+|still\s+)?"
    r"(?:(?:scheduled|expected|due|set|slated|planned|projected|anticipated|intended|estimated)\b|to\b)"
    r"|will\b|shall\b|(?:plans?|intends?|aims?|hopes?|expects?)\s+to\b)",
    re.IGNORECASE,
)
# Where the plan's clause ends: a stop, or "but" ("is expected in 2017 but ...").
_CLAUSE_END = re.compile(r"[;:!?]|\.(?:\s|$)|\bbut\b", re.IGNORECASE)


def planned(text: str) -> tuple[int, int] | None:
    """The span of ``text`` that tells a plan as still to come: from the end of its first plan
    words ("is scheduled for") to the end of their clause, else None."""
    found = plan_words(text)
    return found[1:] if found else None


def plan_words(text: str) -> tuple[int, int, int] | None:
    """Where ``text``'s first plan words start and end, and where their clause ends, else None."""
    found = _PLANNED.search(text)
    if found is None:
        return None
    end = _CLAUSE_END.search(text, found.end())
    return found.start(), found.end(), end.start() if end else len(text)

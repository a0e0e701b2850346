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

__all__ = ["unkept_plan"]

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

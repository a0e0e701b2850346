"""The words of a text as written behind the stems the verifier matched by.

The verifier matches claim and source by Snowball stems ("believed" -> "believ", "Despite"
-> "despit"); a stem is for matching only and never shown to an editor. A reason that names
a word ("words not found: ...") names it as the claim writes it: the first word of the claim
whose stem it is, with its capitals, accents and inner dots ("U.S."), a hyphenated word
whole ("Jay-Z", "well-known"), a possessive's word without the "'s".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from mergekit.verify.spans import stem, tokens

__all__ = ["as_written"]

_EDGES = "\"'“”‘’()[]{},;:!?…"
_INITIALISM = re.compile(r"(?:[^\W\d_]\.)+")  # "U.S.", "U.K.": the dots are the word's own
_POSSESSIVE = re.compile(r"['’]s$")


def _word(raw: str) -> str:
    """A whitespace-separated word without the punctuation around it."""
    word = raw.strip(_EDGES)
    if word.endswith(".") and not _INITIALISM.fullmatch(word):
        word = word.rstrip(".").strip(_EDGES)
    return _POSSESSIVE.sub("", word)


@lru_cache(maxsize=4096)
def _written(text: str) -> dict[str, str]:
    """Stem -> the first word of ``text`` (as written) that has it."""
    out: dict[str, str] = {}
    for raw in text.split():
        word = _word(raw)
        # A word of several tokens is shown whole: "U.S." for "u" and "s", "Jay-Z" for "z"
        # (a part alone, "Z", is no word the sentence writes).
        for part in tokens(word):
            out.setdefault(stem(part), word)
    return out


def as_written(text: str, stems: Iterable[str]) -> tuple[str, ...]:
    """The words of ``text`` behind ``stems``, as written, in the order ``text`` gives them,
    each once ("U.S." for both "u" and "s"). A stem no word of ``text`` has is left out."""
    written = _written(text)
    order = {piece: i for i, piece in reversed(list(enumerate(written.values())))}
    found = {written[s] for s in stems if s in written}
    return tuple(sorted(found, key=order.__getitem__))

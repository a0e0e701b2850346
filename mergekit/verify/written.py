"""The words of a text as written behind the stems the verifier matched by.

The verifier matches claim and source by Snowball stems ("believed" -> "believ", "Despite"
-> "despit"); a stem is for matching only and never shown to an editor. A reason that names
a word ("words not found: ...") names it as the claim writes it: the first word of the claim
whose stem it is, with its capitals, accents and inner dots ("U.S."), a hyphenated word
whole ("Jay-Z", "well-known"), a possessive's word without the "'s".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache
from types import MappingProxyType

from mergekit.verify.spans import stem, tokens

__all__ = ["as_written", "whole_words"]

# Words stand apart at a space, a dash or a slash ("sent—quickly—to", "police/army"); a
# hyphen ("well-known") joins.
_APART = re.compile(r"[\s/\u2012-\u2015]+")
_INITIALISM = re.compile(r"(?:[^\W\d_]\.)+")  # "U.S.", "U.K.": the dots are the word's own
_POSSESSIVE = re.compile(r"['’]s$")


def _trim(word: str, keep: str = "") -> str:
    """``word`` without the punctuation of any script around it (quotation marks «», „“,
    brackets, commas), but for a trailing character of ``keep``."""
    start, end = 0, len(word)
    while start < end and unicodedata.category(word[start]).startswith("P"):
        start += 1
    while end > start and word[end - 1] not in keep and unicodedata.category(word[end - 1]).startswith("P"):
        end -= 1
    return word[start:end]


def _word(raw: str) -> str:
    """A word (or a run of words) as it stands between spaces, dashes or slashes, without the
    punctuation around it."""
    word = _trim(raw, keep=".")
    if word.endswith(".") and not _INITIALISM.fullmatch(_APART.split(word)[-1]):
        word = _trim(word)
    return _POSSESSIVE.sub("", word)


@lru_cache(maxsize=4096)
def _written(text: str) -> Mapping[str, str]:
    """Stem -> the first word of ``text`` (as written) that has it; read-only, as every
    caller of the cache shares it."""
    out: dict[str, str] = {}
    for raw in _APART.split(text):
        word = _word(raw)
        # A word of several tokens is shown whole: "U.S." for "u" and "s", "Jay-Z" for "z"
        # (a part alone, "Z", is no word the sentence writes).
        for part in tokens(word):
            out.setdefault(stem(part), word)
    return MappingProxyType(out)


def as_written(text: str, stems: Iterable[str]) -> tuple[str, ...]:
    """The words of ``text`` behind ``stems``, as written, in the order ``text`` gives them,
    each once ("U.S." for both "u" and "s"). A stem no word of ``text`` has is left out."""
    written = _written(text)
    found = {written[s] for s in stems if s in written}
    return tuple(sorted(found, key=_order(text).__getitem__))


@lru_cache(maxsize=4096)
def _order(text: str) -> Mapping[str, int]:
    """Each word ``_written`` gives of ``text`` -> its first place among them (remembered by
    text, as ``_written`` is: the verifier asks ``as_written`` of one claim for each source)."""
    return MappingProxyType({piece: i for i, piece in reversed(list(enumerate(_written(text).values())))})


def whole_words(text: str, start: int, end: int) -> str:
    """``text[start:end]`` widened to the whole words it cuts into, as ``as_written`` names
    them: "cereal-producing" for "producing", "Jay-Z" for "Z"; without the punctuation
    around it."""
    while start > 0 and not _APART.match(text[start - 1]):
        start -= 1
    while end < len(text) and not _APART.match(text[end]):
        end += 1
    return _word(text[start:end])

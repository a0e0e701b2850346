"""A name of the claim is not found inside a longer name of the source.

The verifier counts a name as found when its words occur in the source (``ent_frac``). For
a citation that is not enough when the source has the name only as the first part of a
longer name that names another thing:

* the name of a building or a structure named after it, the kind said by the next word
  (``KINDS``): "The former community of Walterdale ... was also named after John Walter"
  is not said by a report that names only the "Walterdale Bridge";
* any longer name when the claim itself tells the two apart, naming both: "Shuri Castle is
  located in Shuri." is not said by a report that names only "Shuri Castle" and the
  "Shuri Community Center".

Otherwise a longer name counts as the name: a shortened name is common ("Nazir" for "Nazir
Razak", "Alexander Muss" for "Alexander Muss High School"), and a longer name in front
("Barack Obama" for "Obama", "Lake Toba" for "Toba") is the same name. A name the source
also gives on its own, or never gives (the heads' name features judge that), is no concern.

A name is a run of capitalised words with nothing but spaces between them, accents folded
and case ignored, leading function words ("The Walterdale Bridge") left out; a hyphenated
word is one word ("Shuri-jo" is not "Shuri"). The claim's first word starts a name only
when more name follows it ("Shuri Castle is ..."): alone it is capitalised for the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from mergekit.accents import fold
from mergekit.verify.spans import STOPWORDS

__all__ = ["KINDS", "inside_longer_names"]

# The word after a name that makes it the name of a building or a structure named after a
# place or a person ("Walterdale Bridge", "Bode Museum"): lower case, accents folded.
KINDS = frozenset(
    """castle palace fort fortress tower bridge tunnel dam road street avenue square station
    airport port harbour harbor stadium arena museum gallery library hospital school college
    university academy church cathedral chapel temple mosque shrine hall house building hotel
    theatre theater park garden mine prison monument memorial center centre""".split()
)

_LEADING = STOPWORDS - {"new"}  # capitalised for the sentence, no part of a name ("New York" is)
_WORD = re.compile(r"[^\W_][\w'’\-]*|\S")  # a word (hyphens and apostrophes inside) or one mark
_POSSESSIVE = re.compile(r"['’]s?$")

Name = tuple[str, ...]


def _names(text: str, *, sentence: bool) -> list[Name]:
    """The runs of capitalised words in ``text`` (see the module docstring); ``sentence``:
    ``text`` is one sentence, whose first word alone is no name."""
    names: list[Name] = []
    run: list[str] = []
    start = 0
    words = [m.group(0) for m in _WORD.finditer(text)]
    for i, word in enumerate([*words, "."]):
        if word[:1].isupper():
            start = i if not run else start
            run.append(_POSSESSIVE.sub("", fold(word).casefold()))
            continue
        while run and run[0] in _LEADING:
            run.pop(0)
            start += 1
        if run and not (sentence and start == 0 and len(run) == 1):
            names.append(tuple(run))
        run = []
    return names


@lru_cache(maxsize=1 << 16)  # a passage is read once however many sources and claims hold it
def _passage_names(passage: str) -> tuple[Name, ...]:
    return tuple(_names(passage, sentence=False))


# A source is read against every claim aligned with it, and a run reads its sources in the
# order of the article's sentences, each against several sources: a cache smaller than the
# run's sources misses on every return to a source (256 thrashed at 960 sources). Kept by
# passage above, a source's names are one cheap join on a miss here.
@lru_cache(maxsize=1 << 12)
def _source_names(evidence: tuple[str, ...]) -> tuple[Name, ...]:
    return tuple(name for passage in evidence for name in _passage_names(passage))


def _next_words(name: Name, longer: Sequence[Name]) -> list[str]:
    """The word after each occurrence of ``name`` in the names ``longer`` ("" at the end)."""
    n = len(name)
    return [run[i + n] if i + n < len(run) else "" for run in longer
            for i in range(len(run) - n + 1) if run[i:i + n] == name]


def inside_longer_names(claim: str, evidence: Sequence[str]) -> tuple[str, ...]:
    """The claim's names that the source gives only inside a longer name of another thing
    ("Walterdale" only in "Walterdale Bridge"), as words; () when there is none."""
    claimed = set(_names(claim, sentence=True))
    given = _source_names(tuple(evidence))
    out = []
    for name in sorted(claimed):
        after = _next_words(name, given)
        if not after or "" in after:
            continue
        told_apart = any(_next_words(name, [other]) not in ([], [""]) for other in claimed if other != name)
        if told_apart or all(word in KINDS for word in after):
            out.append(" ".join(name))
    return tuple(out)

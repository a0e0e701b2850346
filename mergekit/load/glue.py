"""Spaces a copied page lost at link boundaries, put back conservatively.

A rendered Wikipedia page copied from a mirror may lose the space before a link's text,
so the word before the link runs into it: "has beenFIFA listed", "a member of theUEFA
Elite", "in the2017–18 season", "in whichBeşiktaş won", "his firstUEFA Champions League
match". A name glued so is hidden from every check (already in the destination, support,
contradiction) and would be copied into the draft as is. A space is put back between a
lower-case word and what follows it only where

- the word is a closed-class function word (``GLUED_WORDS``: articles, prepositions,
  conjunctions, auxiliaries, possessives, relative words) and a capital or a year follows
  ("beenFIFA", "the2017–18", "whichBeşiktaş"); or
- the word, of ``MIN_LEFT`` letters or more, also stands on its own in the same text, and
  what follows is a capitalised word (the letters up to the next non-letter) that also
  stands on its own in the same text where no sentence starts, as a name does ("firstUEFA":
  "first" and "UEFA" both occur alone; "Case" opening a sentence is no name).

Either way the glued word must start a word: not after a letter, a digit, "#", "@", "/"
or "." (a hashtag, a handle, a URL). Words written with a capital inside stay as they
are: "iPhone", "eBay", "mySMS", "deGrom" start with a word shorter than ``MIN_LEFT``
that is no function word, "McDonald", "YouTube", "PlayStation" with a capital, and
"macOS" or "camelCase" would need "mac" and "camel" alone in the text and "OS" and
"Case" alone inside a sentence (a page that writes all that is the rule's known risk). A glue between
two lower-case words ("Turkishfootballreferee") cannot be told from a word and stays too.

Over the tuning cases' inputs, the seeds and tests/cases/merges, every token of the shape
lower-case run then capital is either such a glue in prose (all 20 in one mirror copy) or
a word the rules leave alone: an infobox label run into its value ("Cause of
deathStabbing", dropped as a box row before prose is read), a heading's edit link ("See
alsoEdit", cut as one) or a name ("mySMS", "iNewsToday", "theCHIVE" in wikitext fields,
which are not read as rendered text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["GLUED_WORDS", "MIN_LEFT", "Glue", "unglue"]

# Closed-class words that a lost link space glues to the link's first word. None of them
# starts an English word or brand written with a capital inside ("iPhone", "eBay", "macOS").
GLUED_WORDS = (
    "a an the and or but nor of in on at to for from with by into onto between among as "
    "been being be is was were are has have had his her its their our this that these those "
    "under over after before during against versus than which who whom whose where when while"
).split()
MIN_LEFT = 3
_START = r"(?<![\w#@/.])"
_FUNCTION = re.compile(
    _START + r"(?:" + "|".join(sorted(GLUED_WORDS, key=len, reverse=True)) + r")"
    r"(?=[^\W\d_a-z]|(?:1[5-9]|20)\d\d(?!\d))"
)
# A lower-case run glued to a capitalised run of letters (the name's first word).
_GLUED = re.compile(_START + rf"(?P<left>[^\W\d_A-Z]{{{MIN_LEFT},}})(?P<right>[^\W\d_a-z][^\W\d_]+)")
# A run of letters standing alone: no letter, digit or underscore either side; and one of
# them where a sentence starts (a line's first word, or after ".", "!" or "?").
_ALONE = re.compile(r"(?<!\w)[^\W\d_]+(?!\w)")
_OPENING = re.compile(r"(?:^|(?<=[.!?])[\"'”’)\]]*\s+)[^\w\n]*", re.MULTILINE)


@dataclass(frozen=True)
class Glue:
    """The words a text writes on their own (``alone``), and those of them it writes so where
    no sentence starts (``inside``): what the second rule asks of the two halves."""

    alone: frozenset[str]
    inside: frozenset[str]

    @classmethod
    def of(cls, text: str) -> Glue:
        found = [(m.group(0), m.start()) for m in _ALONE.finditer(text)]
        openings = {m.end() for m in _OPENING.finditer(text)}
        return cls(frozenset(word for word, _ in found), frozenset(word for word, at in found if at not in openings))


def _function_space(match: re.Match[str]) -> str:
    after = match.string[match.end()]
    return match.group(0) + " " if after.isupper() or after.isdigit() else match.group(0)


def unglue(text: str, glue: Glue | None = None) -> str:
    """``text`` with the spaces a copy lost at link boundaries put back ("beenFIFA" ->
    "been FIFA", "the2017–18" -> "the 2017–18"; with ``glue``, the words of the whole
    text, "firstUEFA" -> "first UEFA" too): see the module docstring."""
    text = _FUNCTION.sub(_function_space, text)
    if glue is None:
        return text

    def space(match: re.Match[str]) -> str:
        left, right = match.group("left"), match.group("right")
        if left in glue.alone and right in glue.inside:
            return f"{left} {right}"
        return match.group(0)

    return _GLUED.sub(space, text)

"""The named lists of a claim, and how many of their items a news sentence gives.

A sentence that lists people, groups or bodies by name ("Artists initially announced for
the lineup included the Killers, Imagine Dragons, Halsey, Miley Cyrus, Robert Plant, the
Raconteurs, Cage the Elephant and Janelle Monáe"; "Other candidates included former mayor
Harvey Johnson, Jr., city council members Melvin Priester and Margaret Barrett-Simon, and
state senator John Horhn") says a part of itself wherever a news sentence gives several of
its items, whatever words frame them: "booked more than 80 acts, including Jay-Z, Miley
Cyrus, the Killers, Santana, Imagine Dragons, Chance the Rapper, Halsey and Dead and
Company" gives four of the eight acts; "the field of 13 candidates that including a former
mayor, a state senator and two additional members of the Jackson City Council" gives three
of the candidates by their roles. Names alone are what any text on the event shares, so one
or two are no part (``LIST_ITEMS``).

A list is read by its punctuation and capitals, with no tagger: the claim cut at commas,
semicolons, "and" and "or"; a piece is an item when it ends with a name (capitalised words,
"the", "of" and particles between them: "Cage the Elephant") with at most ``ROLE_WORDS``
lower-case words before it that are neither function words nor verb forms ("former mayor",
"city council members"), and nothing else but an article. The first item of a list may
have the list's lead-in before it ("... lineup included the Killers"); the last may have
the rest of the claim after it ("... and Miley Cyrus headlined the festival"). A piece
that is no item ends the list. An item is given by a sentence that holds every word of its
name, or every word of its role when that has two or more ("state senator"; "mayor" alone
is what any text on an election says).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from mergekit.facts.grammar import is_verb_form
from mergekit.verify.scan import content
from mergekit.verify.spans import STOPWORDS, tokens

__all__ = ["LIST_ITEMS", "ROLE_WORDS", "Item", "gives_items", "named_lists"]

# The fewest items of one list a sentence gives to say a part of it, and the fewest a list
# has: two names are what a text on the event shares ("Lumumba and Yarber"); three of a
# list, as three content words of a clause (``features.PART_WORDS``), tell what it lists.
LIST_ITEMS = 3
# At most this many lower-case words before an item's name are its role ("city council members").
ROLE_WORDS = 3
_SEPARATOR = re.compile(r"[,;]|\s(?:and|or)\s")
_ARTICLES = frozenset({"the", "a", "an"})
# lower-case words that stand inside a name between capitalised ones ("Cage the Elephant",
# "Department of Public Safety", "Marcelo Rebelo de Sousa")
_INSIDE = frozenset({"the", "of", "de", "da", "do", "dos", "das", "del", "della", "van", "von", "der", "den",
                     "bin", "ibn", "al", "el", "la", "le", "y"})


@dataclass(frozen=True)
class Item:
    """One item of a named list: the stems of its name and of its role (maybe none)."""

    name: frozenset[str]
    role: frozenset[str]

    def given(self, stems: frozenset[str]) -> bool:
        """Whether a sentence with content ``stems`` gives this item (see the module)."""
        return self.name <= stems or (len(self.role) >= 2 and self.role <= stems)


def _capital(word: str) -> bool:
    return word[:1].isupper()


def _bare(piece: str) -> list[str]:
    """The words of ``piece`` without the punctuation around them."""
    return [w for w in (w.strip("\"'“”‘’()[].:!?") for w in piece.split()) if w]


def _name_span(words: list[str], end: int) -> int:
    """The start of the name that ends at ``words[end - 1]`` (``end`` when there is none)."""
    start = end
    while start > 0:
        word = words[start - 1]
        if _capital(word) or word[:1].isdigit() and start > 1 and _capital(words[start - 2]):  # "Fox Hunt 2"
            start -= 1
        elif word.lower() in _INSIDE and start < end and start > 1 and _capital(words[start - 2]):
            start -= 1
        else:
            break
    while start < end and not _capital(words[start]):  # "the Killers": the name starts at a capital
        start += 1
    return start


def _role(words: list[str], start: int) -> tuple[int, list[str]]:
    """The role words before a name starting at ``words[start]``: where they start, and they."""
    at = start
    while at > 0 and start - at < ROLE_WORDS:
        word = words[at - 1]
        if _capital(word) or word.lower() in STOPWORDS or is_verb_form(word) or not word.isalpha():
            break
        at -= 1
    return at, words[at:start]


def _stems(words: list[str]) -> frozenset[str]:
    return frozenset(content(tokens(" ".join(words))))


def _ending_item(words: list[str], first: bool) -> Item | None:
    """The item ``words`` (one piece) holds as an item ending in a name: the whole piece,
    or its end after the lead-in when it is the ``first`` of a list."""
    start = _name_span(words, len(words))
    name = _stems(words[start:])
    if not name:
        return None
    at, role = _role(words, start)
    if not first and any(w.lower() not in _ARTICLES for w in words[:at]):
        return None
    return Item(name, _stems(role))


def _opening_item(words: list[str]) -> Item | None:
    """The item that opens ``words``, the last piece of a list ("Miley Cyrus headlined ...")."""
    at = 1 if words and words[0].lower() in _ARTICLES else 0
    end = at
    while end < len(words) and (_capital(words[end]) or words[end].lower() in _INSIDE and end + 1 < len(words)
                                and _capital(words[end + 1]) and end > at):
        end += 1
    name = _stems(words[at:end])
    return Item(name, frozenset()) if name else None


@lru_cache(maxsize=4096)
def named_lists(claim: str) -> tuple[tuple[Item, ...], ...]:
    """Each list of ``LIST_ITEMS`` or more named items in ``claim`` (see the module)."""
    pieces = [words for words in (_bare(p) for p in _SEPARATOR.split(claim)) if words]
    if pieces and pieces[0][0].lower() in STOPWORDS:  # "The Killers, ..." opening the sentence: "The" is no name word
        pieces[0] = pieces[0][1:] or pieces[0]
    out: list[tuple[Item, ...]] = []
    run: list[Item] = []
    for words in pieces:
        item = _ending_item(words, first=not run)
        if item is None and run:  # the list ends here, maybe with an item opening this piece
            last = _opening_item(words)
            if last is not None:
                run.append(last)
            if len(run) >= LIST_ITEMS:
                out.append(tuple(run))
            run = []
            item = _ending_item(words, first=True)  # this piece may lead in a list of its own
        if item is not None:
            run.append(item)
    if len(run) >= LIST_ITEMS:
        out.append(tuple(run))
    return tuple(out)


def gives_items(lists: tuple[tuple[Item, ...], ...], stems: frozenset[str]) -> bool:
    """Whether a sentence with content ``stems`` gives ``LIST_ITEMS`` items of one of ``lists``."""
    return any(sum(item.given(stems) for item in items) >= LIST_ITEMS for items in lists)

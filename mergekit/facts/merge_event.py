"""The merge's own event: how long it lasted, whatever each text calls it.

A duration is a claim about what lasted (``topics.lasted_subject``: "The stand-off lasted for
11 hours" is ``duration-standoff-hour``), and two texts seldom call one event by one noun: the
article's "a hostage situation that lasted 10 hours" and a report's "The stand-off lasted for
11 hours" are both the merge's event. No list of synonyms says so; each text's own title does,
since a title names what its text is about:

* the article's title names its subject, and its lead's first paragraph
  (``Statement.paragraph`` (0, 0)) introduces it: a duration there whose noun phrase has a
  word of the title ("a hostage situation", title "Colleyville synagogue hostage crisis") is
  the event's, unless that word is a possessor's or before one ("the synagogue's first
  service" is a service, not the synagogue);
* a news report's headline names its story (``headlines``: the title and the words of the
  URL's path, "texas-synagogue-hostage-standoff"): a duration whose head noun is a word of
  its own report's headline is the event's (a modifier is not enough: "jail terms lasting"
  in a report headlined "activists jailed" are the terms, not the event).

A noun the title does not name is kept apart, however definite: a report on a siege that
says "The lockdown lasted for 3 hours" tells of a part of it, or of what it caused. Such a
duration joins ``duration-event-<unit>`` instead of its noun's topic, so the two are compared
(within one unit, as any duration).

The destination's subject is another, so no title of its own names the event; a duration it
gives is the event's when its head noun is a word of the article's title or of any report's
headline (a modifier is not enough: those titles name the destination's subject too, "The
synagogue's first service", "The Texas drought" are not the standoff): the destination of
colleyville tells "the remaining three hostages escaped eleven hours into the standoff"
(``topics.elapsed``: the standoff lasted at least that long), The Talon's headline
"texas-synagogue-hostage-standoff". A duration of another year is still not compared
(``clusters._same_scope``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the readers are imported where they read: ``headline`` needs none of them
    from .statements import Statement
    from .topics import Lasted

__all__ = ["EVENT_PREFIX", "event_duration", "headline", "title_words"]

EVENT_PREFIX = "duration-event-"
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_SCHEME_AND_HOST = re.compile(r"^[A-Za-z][A-Za-z+.-]*://[^/?#]*")


def headline(title: str | None, url: str | None) -> str:
    """A news report's headline words: its title and its URL's path, the scheme and host
    left out (a URL is taken as written, however malformed)."""
    return f"{title or ''} {_SCHEME_AND_HOST.sub('', url or '')}"


@lru_cache(maxsize=256)
def title_words(title: str) -> frozenset[str]:
    """The stems of a title's words that can name its subject (no function words): a
    headline's, its URL's path's too; a hyphenated word is read whole and by its parts, as a
    noun ("Stand-off": "standoff") or a path's words ("texas-synagogue-hostage-standoff")."""
    from .grammar import stem, words

    out = set()
    for word in _WORD.findall(title.lower()):
        for w in {word.replace("-", ""), *word.split("-")}:
            if w and w not in words()["function"]:
                out.add(stem(w))
    return frozenset(out)


def _of_event(st: Statement, what: Lasted, title: str, headlines: Mapping[str, str]) -> bool:
    """Whether what lasted is the merge's event (module docstring): its head noun named by the
    title that names the event for ``st``'s text; in the article's lead, a modifier too."""
    from .grammar import stem

    if st.role == "article" and st.paragraph == (0, 0):
        named = title_words(title)
        said = _after_possessor(what.words)  # "a hostage situation" is the "hostage crisis"
    elif st.role == "news":
        named, said = title_words(headlines.get(st.source, "")), what.words[-1:]
    elif st.role == "target":  # the article's title and every report's headline name the event
        named = title_words(title).union(*(title_words(h) for h in headlines.values()))
        said = what.words[-1:]
    else:
        return False
    return bool(named & {stem(w.replace("-", "")) for w in said})


def _after_possessor(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words of a noun phrase past its last possessor: "synagogue's first service" ->
    ("first", "service"); a possessor names whose the thing is, not the thing."""
    cut = max((i + 1 for i, w in enumerate(words) if w.endswith(("'s", "’s", "s'", "s’"))), default=0)
    return words[cut:]


def event_duration(st: Statement, tid: str, label: str, display: str, title: str,
                   headlines: Mapping[str, str]) -> tuple[str, str]:
    """The topic id and label of the duration ``display`` (``tid``, ``label``) of ``st``: the
    merge's event's (``EVENT_PREFIX`` and its unit, module docstring) or as given. ``title`` is
    the article's, ``headlines`` each news text's (by its label)."""
    from .memo import extract_quantities
    from .topics import lasted_subject

    for q in extract_quantities(st.text):
        if q.text != display:
            continue
        what = lasted_subject(q, st.text)
        if what is not None and _of_event(st, what, title, headlines):
            unit = tid.rsplit("-", 1)[1]
            return f"{EVENT_PREFIX}{unit}", f"how long the event lasted in {label.rsplit(' in ', 1)[1]}"
    return tid, label

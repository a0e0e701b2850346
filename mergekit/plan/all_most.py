""""All of them were X" against a news text's "most were X": not all were.

"Of the 29 dead, all of them were German." and the Portuguese president's "some of the victims
were from Madeira but most were German" (Reuters) cannot both hold: "most" says some were not.
An article sentence is contradicted by a news sentence when

* the article sentence says "all" (or "all of them", "all of the <noun>") "were"/"are" a word,
  and the news sentence says "most" (or "most of them", "most of the <noun>") "were"/"are" the
  same word (case aside: "German");
* both tell of one event: each has a word of one event class of the facts layer's data file
  (``events``: "dead" and "victims" are both ``dead``), so that most passengers being German
  says nothing of all the dead;
* the news sentence does not itself say "all ... were" that word.

"some ... were X" is not read: "some" does not say that others were not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from mergekit.facts.statements import Statement
from mergekit.plan.renamed import event_classes
from mergekit.plan.told import Told, once_per_source

__all__ = ["not_all"]

_OF = r"(?:\s+of\s+(?:them|those|these|the\s+[a-z]+))?"
_ALL = re.compile(r"\ball" + _OF + r"\s+(?:were|are)\s+([A-Za-z][\w-]*)", re.IGNORECASE)
_MOST = re.compile(r"\bmost" + _OF + r"\s+(?:were|are)\s+([A-Za-z][\w-]*)", re.IGNORECASE)


def not_all(article: Sequence[Statement], news: Sequence[Statement]) -> list[Told]:
    """Every article sentence's "all ... were X" that a news sentence's "most ... were X" denies,
    for the same event: one per sentence and news text, in article then news order."""
    most = [(st, m) for st in news if "most" in st.text.lower() for m in _MOST.finditer(st.text)]
    if not most:
        return []
    out: list[Told] = []
    for st in article:
        out += once_per_source(
            Told(st.key, other.source, mine.group(0), theirs.group(0), other.text)
            for mine in (_ALL.finditer(st.text) if "all" in st.text.lower() else ())
            for other, theirs in most
            if theirs.group(1).lower() == mine.group(1).lower()
            and event_classes(st.text) & event_classes(other.text)
            and not any(m.group(1).lower() == mine.group(1).lower() for m in _ALL.finditer(other.text)))
    return out

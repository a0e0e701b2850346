"""One decision of the editor on one finding, as a frozen value.

A decision names its finding by id and carries a digest of the sentence it was made on:
when the sentence of the finding with that id no longer has that digest (or no finding has
that id any more), the decision is *stale* and is reported, never silently applied. An entry
written by hand without a digest applies to the finding with its id (the id is itself a hash
of the kind, section and sentence).

Actions:

- ``keep``: the finding stands; its maintenance tag stays in the draft.
- ``dismiss``: the editor checked it; its tag is left out.
- ``edit``: the draft writes ``text`` instead of the sentence (escaped like any input).
- ``attribute``: of the attributed notes for a conflicting figure, the draft keeps the one
  from news source ``source``.
- ``cite``: the draft cites news source ``source`` (one the sentence's evidence supports it
  with) and drops the tag the missing citation called for.
- ``drop``: the sentence is left out of the merge.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from enum import StrEnum

from mergekit.plan.model import KIND_WORDS

__all__ = ["Action", "ACTIONS", "CHOICE_ACTIONS", "SEVERITY", "FIGURE", "Decision", "sentence_digest", "severity"]


class Action(StrEnum):
    """What the editor decided (see the module's list)."""

    KEEP = "keep"
    DISMISS = "dismiss"
    EDIT = "edit"
    ATTRIBUTE = "attribute"
    CITE = "cite"
    DROP = "drop"


ACTIONS = tuple(Action)  # each equals its name in decisions.toml ("keep" in ACTIONS)
CHOICE_ACTIONS = (Action.ATTRIBUTE, Action.CITE)  # these need a ``source``


def sentence_digest(sentence: str) -> str:
    """A short digest of a sentence, whitespace-insensitive (re-wrapping is not a change)."""
    return hashlib.sha1(" ".join(sentence.split()).encode()).hexdigest()[:12]


@dataclass(frozen=True)
class Decision:
    """The editor's answer to one finding."""

    finding: str  # the finding's id
    action: Action  # a name read from a file is checked and made an Action on creation
    digest: str  # sentence_digest of the finding's sentence when decided
    at: str  # when, ISO 8601 UTC ("2026-11-30T04:30:00Z")
    text: str = ""  # edit: the new sentence
    source: str = ""  # attribute/cite: the news source's label
    sentence: str = ""  # the sentence as decided on, for a human reading the file
    kind: str = ""  # the finding's kind, for a human reading the file

    def __post_init__(self) -> None:
        if self.action not in ACTIONS:
            raise ValueError(f"unknown action {self.action!r}: use one of {', '.join(ACTIONS)}")
        object.__setattr__(self, "action", Action(self.action))

    def stale_for(self, sentence: str) -> bool:
        """Whether this decision was made on another version of ``sentence`` (an entry
        written by hand without a digest is never stale)."""
        return bool(self.digest) and sentence_digest(sentence) != self.digest


# Most severe first: the order the review walks and the report lists findings in (``KIND_WORDS``').
SEVERITY = tuple(KIND_WORDS)


def severity(kind: str) -> int:
    """Rank of a finding kind (0 is the most severe); an unknown kind comes last."""
    return SEVERITY.index(kind) if kind in SEVERITY else len(SEVERITY)


# A figure in a quote, as the review and the report mark it: "36", "1,000", "2.5".
FIGURE = re.compile(r"\d[\d,.]*\d|\d")

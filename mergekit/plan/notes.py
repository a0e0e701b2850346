"""Generated attribution sentences: one per conflict, worded as an editor would, or none.

When a figure of the source article conflicts with a news figure, the draft may add one
sentence that names both figures and who gives each:

    Figures for people killed differ: the MEK gave one, while the Ministry of Interior
    gave none, according to Euronews Albania.

Every piece of it comes from the evidence: each figure appears in its quote (as written,
or, for a count of zero, as "none"), each speaker appears in its quote and is written as
the quote writes it (with "the" when the quote has "the" before it), and each outlet is
the news item's own. A speaker must be a person or an organisation: a proper-noun phrase
(not a capitalised word that only opens a sentence) or a noun phrase headed by an
organisation noun ("the state police"); a discourse word ("Meanwhile"), a pronoun or a
document ("a statement", "a report") names nobody. A side without a speaker is given to
its outlet ("Euractiv reported over 100"); a figure that comes with a speaker who is not
a person or organisation is not restated at all. If no clean sentence can be formed,
none is generated: the finding and the talk post carry the conflict.

A generated sentence attributes a figure to a news source, so it must carry that
source's citation, and a citation needs the source's title (CS1's ``|title=``), which
mergekit never makes up. A sentence whose cited source has no title (none in the text,
the page's metadata or the manifest) and that the destination does not already cite is
not written (:func:`citable_notes`): the conflict stays with the editor, in the finding
(which says why no sentence was written), the talk post and the report.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache

from mergekit.plan.model import Note

__all__ = ["Side", "as_written", "speaker_phrase", "conflict_sentence", "citable_notes"]

# Words that open a clause without naming anyone, and pronouns.
_NOBODY = {
    "meanwhile", "however", "moreover", "furthermore", "also", "then", "later", "still", "thus",
    "therefore", "instead", "nevertheless", "nonetheless", "besides", "indeed", "yet", "otherwise",
    "subsequently", "earlier", "finally", "overall", "here", "there", "now", "today", "yesterday",
    "he", "she", "they", "it", "we", "i", "you", "this", "that", "these", "those", "who", "someone",
    "anyone", "everyone", "one", "some", "many", "others", "both",
}
# Heads of noun phrases that name a document or a channel, not who speaks through it.
_DOCUMENTS = {"statement", "statements", "report", "reports", "source", "sources", "document",
              "documents", "letter", "post", "data", "study", "survey", "footage", "video",
              "media", "figures", "release", "note", "record", "records"}
# Heads of noun phrases that name an organisation (general English, not any one topic's).
_ORGANISATIONS = {
    "police", "ministry", "government", "council", "court", "army", "agency", "department",
    "office", "committee", "commission", "authority", "authorities", "service", "company",
    "party", "parliament", "embassy", "prosecutor", "prosecutors", "administration",
    "municipality", "organisation", "organization", "union", "association", "forces",
    "military", "navy", "bureau", "institute", "hospital", "university", "secretariat",
    "board", "cabinet", "presidency", "federation", "club", "corporation", "firm", "operator",
}
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|[\u201c\"]\s*)$")


@dataclass(frozen=True)
class Side:
    """One figure of a conflict: as written, the quote it comes from, who gives it."""

    figure: str  # as the quote writes it ("more than 100"); "" for a count of zero
    zero: bool
    quote: str
    speaker: str | None  # as the facts layer found it, or None
    outlet: str | None  # the news item's outlet, or None for the source article


def _find(speaker: str, quote: str) -> re.Match[str] | None:
    """``speaker`` in ``quote`` (any case), with the determiner the quote puts before it."""
    if not speaker.strip():
        return None
    return _speaker_pattern(speaker.strip()).search(quote)


@lru_cache(maxsize=4096)  # compiled once per speaker: a large merge names one speaker in many quotes
def _speaker_pattern(speaker: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:(the|an?)\s+)?({re.escape(speaker)})(?!\w)", re.IGNORECASE)


def as_written(speaker: str, quote: str) -> str:
    """``speaker`` with the determiner and case ``quote`` gives it ("a statement", "the MEK");
    ``speaker`` itself when the quote does not have it."""
    match = _find(speaker, quote)
    if not match:
        return speaker
    return f"{match.group(1).lower()} {match.group(2)}" if match.group(1) else match.group(2)


def speaker_phrase(speaker: str, quote: str) -> str | None:
    """``speaker`` as ``quote`` writes it, with the quote's own "the"; None if it names no
    person or organisation (a discourse word, a pronoun, a document) or the quote lacks it."""
    words = speaker.split()
    if not words or words[0].lower() in _NOBODY or words[-1].lower() in _DOCUMENTS:
        return None
    match = _find(speaker, quote)
    if not match or (match.group(1) or "the").lower() != "the":
        return None  # "a spokesperson", "an official": nobody in particular
    written = match.group(2)
    capitals = [w for w in written.split() if w[:1].isupper()]
    opens_sentence = bool(_SENTENCE_START.search(quote[:match.start()]))
    proper = bool(capitals) and (len(capitals) >= 2 or not opens_sentence or match.group(1) is not None
                                 or any(len(w) > 1 and w.isupper() for w in capitals))
    if not proper and written.split()[-1].lower() not in _ORGANISATIONS:
        return None
    return f"the {written}" if match.group(1) else written


def _figure(side: Side) -> str | None:
    """The figure as the sentence writes it, if its quote has it."""
    if side.zero:
        return "none"
    if not side.figure or side.figure.lower() not in side.quote.lower():
        return None
    first, _, rest = side.figure.partition(" ")
    return (first.lower() if first[:1].isupper() and not first.isupper() else first) + (f" {rest}" if rest else "")


def _clause(side: Side) -> str | None:
    """"the MEK gave one" / "Euractiv reported over 100" / "the State Police gave none,
    according to Euronews Albania"; None when it cannot be said cleanly."""
    figure = _figure(side)
    if figure is None:
        return None
    if side.speaker:
        who = speaker_phrase(side.speaker, side.quote)
        if who is None:
            return None  # a figure given to nobody in particular is not restated
        return f"{who} gave {figure}" + (f", according to {side.outlet}" if side.outlet else "")
    return f"{side.outlet} reported {figure}" if side.outlet else None


def conflict_sentence(topic: str, mine: Side, other: Side) -> str | None:
    """One sentence naming both figures and both attributions, or None."""
    a, b = _clause(mine), _clause(other)
    if not (topic and a and b):
        return None
    return f"Figures for {topic} differ: {a}, while {b}."


def citable_notes(notes: Sequence[Note], citable: Collection[str]) -> tuple[tuple[Note, ...], tuple[Note, ...]]:
    """(the notes every cited source of which can be cited, the notes left out because one
    cannot): ``citable`` are the labels of the news with a title or already cited by the
    destination."""
    kept = tuple(note for note in notes if all(label in citable for label in note[1]))
    return kept, tuple(note for note in notes if note not in kept)

"""Kept sentences that point back to a sentence the draft leaves out.

A sentence leans on the one before it when it points back to it:

- at its start, with a demonstrative or a pronoun, after at most a connective ("Despite
  these requests", "This generated", "Such fines", "It was confirmed as the host", "His
  son"); an "it" that announces a clause ("It was reported that", "It is unclear whether")
  points nowhere;
- early, with a time or thing named as the one before ("On the same day", "Later that
  year", "At this point");
- early (within ``EARLY`` words), with a personal pronoun that no name of its own clause
  comes before: "34-year-old Tailei Qi, one of his graduate students" ("his" is not Qi: an
  appositive after a comma names someone else's), but not "Yan said his lab" (Yan's own).

When the sentence before it in its paragraph is left out of the draft (whatever the
reason: already in the destination, a conflict, an editor's decision) and it is kept, the
draft would read a pronoun of nothing. mergekit never rewrites the prose: the kept
sentence gets a hidden comment at the spot naming the left-out sentence
(``mergekit.draft.section``), and the left-out sentence's bullet in the talk post and its
finding's ``detail`` say the next sentence points back to it (``mergekit.draft.reasons``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mergekit.plan.model import MergePlan, SentencePlan

__all__ = ["EARLY", "Orphan", "opening", "orphans", "pointing_words"]

EARLY = 8  # words: a personal pronoun this early with no name before it in its clause points back

_STARTS = re.compile(r"^(?:(?:despite|after|following|because of|due to|besides|unlike|in addition to)\s+)?"
                     r"(?P<word>this|these|those|such|it|its|he|his|him|she|her|they|their|them)\b", re.IGNORECASE)
_ANNOUNCING_IT = re.compile(r"^it\s+(?:is|was|has been|had been|will be|would be|remains|remained|seems|seemed|"
                            r"appears|appeared)\s+(?:\S+\s+){0,3}?(?:that|to|whether|if|how|why|when)\b",
                            re.IGNORECASE)
# "On the same day", "Later that year", "At this point", "By then"-like anchors near the start.
_ANCHOR = re.compile(
    r"^(?:\S+\s+){0,2}?(?:(?:in|on|at|by|during|later|earlier|from|after|before|until|since|of|within)\s+)"
    r"(?P<word>(?:the\s+same|that(?:\s+same)?|this|these|those)\s+(?:day|days|week|weeks|month|months|year|"
    r"years|time|night|morning|afternoon|evening|period|point|stage|moment|date|event|incident|attack))\b"
    r"|^(?P<same>(?:that|the)\s+same\s+\w+)\b",
    re.IGNORECASE)
_PERSONAL = frozenset({"he", "his", "him", "she", "her"})
_PUNCT = ",;:.()\"'\u201c\u201d\u2018\u2019"


def pointing_words(text: str) -> str:
    """The words by which ``text`` points back to the sentence before it, as it gives
    them ("These", "the same day", "his"); "" when it stands on its own."""
    if (m := _STARTS.match(text)) and not _ANNOUNCING_IT.match(text):
        return m.group("word")
    if m := _ANCHOR.match(text):
        return m.group("word") or m.group("same")
    split = text.split()
    words = [w.strip(_PUNCT) for w in split]
    for at, word in enumerate(words[:EARLY]):
        if word.lower() not in _PERSONAL:
            continue
        # The pronoun's own clause: the words after the last comma before it.
        commas = [i for i, w in enumerate(split[:at]) if w.endswith(",")]
        clause = words[commas[-1] + 1 if commas else 0:at]
        if not commas and clause and clause[0].lower() in _FUNCTION_STARTS:
            clause = clause[1:]  # the sentence's capitalised first word, no name
        return "" if any(w[:1].isupper() for w in clause) else word
    return ""


# Words that open a sentence capitalised without being a name.
_FUNCTION_STARTS = frozenset("""the a an in on at by after before during later earlier when while as since
    then following despite although though and but so until from for with within once""".split())


@dataclass(frozen=True)
class Orphan:
    """A kept sentence that points back to the left-out sentence before it."""

    left_out: SentencePlan
    kept: SentencePlan
    words: str  # what points back, as the kept sentence gives it


# The plan whose orphans ``orphans`` found last, and them (speed only: the talk post asks
# once per finding, and a plan's sentences are fixed once it is made).
_LAST: list[tuple[MergePlan, tuple[Orphan, ...]]] = []


def orphans(plan: MergePlan) -> tuple[Orphan, ...]:
    """Every kept sentence whose paragraph's previous sentence is left out and which points
    back to it (see the module docstring)."""
    if _LAST and _LAST[0][0] is plan:
        return _LAST[0][1]
    found = []
    for mine, after in zip(plan.sentences, plan.sentences[1:], strict=False):
        if (not mine.include and after.include and after.section == mine.section
                and after.paragraph == mine.paragraph and (words := pointing_words(after.text))):
            found.append(Orphan(mine, after, words))
    _LAST[:] = [(plan, tuple(found))]
    return tuple(found)


def opening(orphan: Orphan, words: int = 6) -> str:
    """The kept sentence's first ``words`` words, or as many more as reach what points back."""
    split = orphan.kept.text.split()
    last = orphan.words.split()[-1].lower()
    reach = next((i + 1 for i, word in enumerate(split) if word.strip(_PUNCT).lower() == last), words)
    return " ".join(split[:max(words, reach)])

"""Whether the destination already has a section on the source's subject (its *home*).

A merge writes the source's content as a new section; a destination that already has a
section on the same event ("Data breach" in "Optus" for "2022 Optus data breach") would
then carry two sections on it, where the merged text belongs in the one it has. mergekit
does not move its draft there by itself (where in that section, and how to join the two
texts, is the editor's call); it tells the editor, in the talk post, ``flags.json`` and the
run's summary, which section and on what evidence. A destination section is the home when
its heading (not the lead, not an appendix such as "References") or its prose has at least one of:

1. **Title words.** A word of its heading is a distinctive word of the source's title:
   one that is no year or number and not a word of the destination's own title ("breach"
   and "data" of "2022 Optus data breach" in "Optus"; "Arrests" for "Arrest of Imran Khan").
2. **Defining words.** A word of its heading is in the source's first sentence, which
   defines its subject ("murder" of "Murder conviction" in "... was the trial of ... Alex
   Murdaugh for the murder of his wife ..."). Headings' generic words (``GENERIC``:
   "History", "Events", "Accidents and incidents", ...) count for neither, nor do words of
   the destination's title.
3. **Where the destination already tells it.** It holds at least ``MIN_TOLD`` of the
   source sentences the destination already tells (``plan.already``), and more than half
   of them (those the lead repeats count against it).
4. **Where the destination names it.** Its prose names the source's title as a whole
   phrase ("known as Hushpuppi" in "Notable cases" of "Cybercrime in Nigeria" for
   "Hushpuppi"), when the title has a distinctive word (as in 1). The weakest evidence:
   it only decides when no section has any of the others.

Words match as the already-there reading matches them: the same word, its plural, or a
shared five-letter stem ("Mayor" ~ "mayoral"). When two sections have the same evidence
the home is not known and none is named. An explicit ``--section`` always wins: no home is
looked for (``plan_merge``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from mergekit.align import content_words, fold_plural, share_stem
from mergekit.draft.insert import APPENDIX_SECTIONS
from mergekit.load.inputs import MergeInputs
from mergekit.plan.model import LEAD, Finding, FindingKind, Home

__all__ = ["GENERIC", "MIN_TOLD", "find_home"]

# Heading words that name a kind of section, not a subject: a section so named is about
# whatever the article's subject did, and a source's title or first sentence that has
# the word ("history", "accident") says nothing of which section is its home.
GENERIC = frozenset("""
    history background overview introduction summary events event incidents incident accidents accident
    notable other others see also references notes sources further reading external links gallery
    aftermath reaction reactions response legacy reception timeline description early late later life
    career personal recent today present current general miscellaneous various list
""".split())
# A single sentence told in a section is thin evidence of where the subject lives: two at least.
MIN_TOLD = 2
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def _words(text: str) -> list[str]:
    """``text``'s content words, lower case, plural folded, without numbers."""
    return list(_surface(text))


def _surface(text: str) -> dict[str, str]:
    """``text``'s content words (as ``_words``) -> each as ``text`` writes it."""
    out: dict[str, str] = {}
    for match in _WORD.finditer(text):
        word = match.group(0)
        if any(c.isdigit() for c in word) or not content_words(word):
            continue
        out.setdefault(fold_plural(word.lower()), word)
    return out


def _naming(title: str) -> re.Pattern[str] | None:
    """A pattern for ``title`` as a whole phrase of prose (any case, any run of spaces);
    None for an empty title. A disambiguator ("Hushpuppi (rapper)") is no part of the name."""
    words = re.sub(r"\s*\([^()]*\)\s*$", "", title).split()
    if not words:
        return None
    return re.compile(r"(?<![\w])" + r"\s+".join(map(re.escape, words)) + r"(?![\w])", re.IGNORECASE)


def _among(word: str, words: Sequence[str]) -> bool:
    return any(share_stem(word, w) for w in words)


@dataclass(frozen=True)
class _Reading:
    title: str
    shared: tuple[str, ...]
    defining: tuple[str, ...]
    told: int
    named: bool

    def key(self, told_total: int) -> tuple[int, int, int, int]:
        """Strength of the evidence, strongest highest (all zero: none)."""
        told = self.told if self.told >= MIN_TOLD and 2 * self.told > told_total else 0
        return (len(self.shared), told, len(self.defining), int(self.named))


def _told_in(findings: Sequence[Finding], sections: Sequence[tuple[str, str]]) -> tuple[dict[str, int], int]:
    """Section title -> how many source sentences the destination tells there, and how
    many it tells in all (a window never leaves its paragraph, so it lies in one section)."""
    counts: dict[str, int] = {}
    told = {(f.section, f.sentence): f.evidence[0].quote for f in findings
            if f.kind == FindingKind.ALREADY_IN_TARGET and f.article == "source" and f.evidence}
    for quote in told.values():
        where = next((title for title, text in sections if quote and quote in text), None)
        if where is not None:
            counts[where] = counts.get(where, 0) + 1
    return counts, len(told)


def find_home(inputs: MergeInputs, findings: Sequence[Finding]) -> Home | None:
    """The destination section already on the source's subject, with its evidence; None
    when no section has any, or two have the same (module docstring)."""
    target, source = inputs.target, inputs.source
    theirs = _words(target.title or inputs.afd.target or "")
    distinctive = [w for w in _words(source.title or "") if not _among(w, theirs)]
    lead = next((sec for sec in source.sections if not sec.title), None)
    first = lead.sentences[0].text if lead and lead.sentences else ""
    defining = [w for w in _words(first) if not _among(w, theirs)]
    texts = [(sec.title or LEAD, " ".join(s.text for s in sec.sentences)) for sec in target.sections]
    counts, told_total = _told_in(findings, texts)
    named = _naming(source.title or "") if distinctive else None
    readings = []
    for sec in target.sections:
        title = sec.title.strip()
        if not title or title.lower() in APPENDIX_SECTIONS or not sec.sentences:
            continue
        heading = {w: said for w, said in _surface(title).items() if w not in GENERIC and not _among(w, theirs)}
        shared = tuple(said for w, said in heading.items() if _among(w, distinctive))
        # The defining words the title words have not already given.
        also = tuple(said for w, said in heading.items() if _among(w, defining) and said not in shared)
        says = named is not None and any(named.search(s.text) for s in sec.sentences)
        readings.append(_Reading(title, shared, also, counts.get(sec.title, 0), says))
    ranked = sorted(readings, key=lambda r: r.key(told_total), reverse=True)
    if not ranked or not any(ranked[0].key(told_total)):
        return None
    if len(ranked) > 1 and ranked[1].key(told_total) == ranked[0].key(told_total):
        return None  # two sections alike: which one is not known
    best = ranked[0]
    return Home(best.title, best.shared, best.defining, best.told, told_total, best.named)

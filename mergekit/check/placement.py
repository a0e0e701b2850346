"""Where footnotes and inline tags sit (MOS:REFPUNCT) and whether maintenance tags are dated.

- ``place/before-punctuation`` (warning): a ``<ref>`` (or ``{{sfn}}``, ``{{efn}}``, ``{{r}}``, an
  inline maintenance tag) directly followed by ``. , ; : ! ?``: it goes after the punctuation;
- ``place/space-before`` (warning): a space between the text and the footnote (after a dash is fine);
- ``place/undated-tag`` (warning): a maintenance template with no ``date=`` or one that is not
  ``Month YYYY`` with the full month name (bots and the cleanup categories read it); a tag
  dated by its own parameters ({{Update after|2017}}) is not asked for one.
"""

from __future__ import annotations

import re

from mwparserfromhell.nodes import Tag, Template

from mergekit import months
from mergekit.check.document import Document, Located, template_name
from mergekit.check.model import WARNING, Finding

__all__ = ["check", "INLINE_TAGS", "BANNERS"]

RULES = ("place/before-punctuation", "place/space-before", "place/undated-tag")

FOOTNOTES = frozenset({"sfn", "sfnp", "sfnm", "efn", "r", "refn"})
INLINE_TAGS = frozenset({
    "citation needed", "cn", "fact", "failed verification", "verification failed", "better source needed",
    "better source", "unreliable source?", "unreliable source", "dubious", "disputed inline", "disputed-inline",
    "contradictory inline", "clarify", "when", "who", "which", "by whom", "according to whom", "vague",
    "page needed", "full citation needed", "dead link", "original research inline", "peacock inline",
    "weasel inline", "verify source", "self-published inline", "third-party inline", "update inline",
    "specify", "cite quote", "irrelevant citation", "more citations needed span", "update after",
})
# inline tags dated by their own parameters, not ``date=``: {{Update after|2017|06}}
SELF_DATED = frozenset({"update after"})
BANNERS = frozenset({
    "unreferenced", "unreferenced section", "more citations needed", "refimprove", "citation style", "pov", "npov", "cleanup",
    "peacock", "weasel", "original research", "primary sources", "one source", "update", "disputed",
    "contradictory", "use dmy dates", "use mdy dates", "merge to", "merge from", "merge", "orphan",
    "dead end", "tone", "expand section", "bare urls", "cleanup bare urls", "unreliable sources",
})
_MONTH_YEAR = re.compile(rf"(?:{months.FULL}) \d{{4}}")
_PUNCT = ".,;:!?"


def _footnote(loc: Located) -> bool:
    node = loc.node
    if isinstance(node, Tag):
        return str(node.tag).strip().lower() == "ref"
    return isinstance(node, Template) and (template_name(node) in FOOTNOTES or template_name(node) in INLINE_TAGS)


def _next_char(footnotes: dict[int, int], end: int) -> int:
    """The offset after ``end`` and any footnotes that follow it directly."""
    while end in footnotes:
        end = footnotes[end]
    return end


def check(doc: Document) -> list[Finding]:
    out: list[Finding] = []
    top = [loc for loc in doc.nodes if _footnote(loc) and doc.in_prose(loc)]
    starts = {loc.start: loc.end for loc in top}
    ends = {loc.end for loc in top}
    text = doc.text
    for loc in top:
        after = _next_char(starts, loc.end)
        if loc.start not in ends and after < len(text) and text[after] in _PUNCT and text[after:after + 3] != "...":
            out.append(doc.finding("place/before-punctuation", WARNING, loc.start,
                                   f"the footnote comes before \u201c{text[after]}\u201d",
                                   f"move \u201c{text[after]}\u201d before the footnote (MOS:REFPUNCT)"))
        before = text[loc.start - 1] if loc.start else "\n"
        if before in " \t" and loc.start not in ends:
            prev = text[:loc.start].rstrip(" \t")[-1:]
            if prev and prev not in "\n|*#:=\u2013\u2014-":
                out.append(doc.finding("place/space-before", WARNING, loc.start - 1,
                                       "a space before the footnote",
                                       "delete the space: the footnote follows the text or punctuation directly"))
    for loc in doc.templates:
        name = template_name(loc.node)
        if name in SELF_DATED or (name not in INLINE_TAGS and name not in BANNERS):
            continue
        date = str(loc.node.get("date").value).strip() if loc.node.has("date") else ""
        if not _MONTH_YEAR.fullmatch(date):
            problem = f"date={date} is not Month YYYY" if date else "no date="
            out.append(doc.finding("place/undated-tag", WARNING, loc.start,
                                   f"{{{{{loc.node.name.strip()}}}}} has {problem}",
                                   "add |date=Month YYYY (full month name, the month it was tagged)"))
    return out

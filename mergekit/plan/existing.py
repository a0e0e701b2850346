"""Whether ``--section`` (or, without one, the source's title) names a section the
destination already has.

An editor who gives ``--section "Data breach"`` for a destination that has
``== Data breach ==`` wants the merged text in that section, not a second heading of the
same name (two sections on one subject, and a redirect anchor that reaches only the first).
The name matches a heading when the two are the same text after case folding and with runs
of whitespace taken as one space, compared with the heading as a reader sees it (its
markup stripped: ``== The ''Kursk'' ==`` is "The Kursk") or as it is written. Nothing
looser: "Data breaches" is not "Data breach", and a name that matches no heading makes a
new section as before. Of two headings with the same text the first is taken (the one its
anchor reaches). Only headings of the page itself count (not ones inside a comment or a
tag), and an appendix (MOS:ORDER: "References", "See also", ...) is refused: merged prose
never belongs there.

Without ``--section`` the source's title is the name, and so is its *bare name*: the title
without a closing parenthetical disambiguator (WP:NCDAB), which only tells the title apart
from other pages of that name. "America (Cattelan)" merged into "Maurizio Cattelan" joins
its ``=== ''America'' ===``: inside the artist's article the work's section is "America",
and a second section "America (Cattelan)" would tell one subject under two headings. A
title that names an appendix this way makes a new section instead (no error: the editor
named nothing).

The section found is where the merged text goes: at the end of its own prose, before the
next heading of any level (``mergekit.draft.insert.insert_into_section``), so that the
text is the section's own and does not fall under one of its subsections.
"""

from __future__ import annotations

import re

import mwparserfromhell
from mwparserfromhell.nodes import Heading

from mergekit.draft.insert import APPENDIX_SECTIONS
from mergekit.errors import InputError
from mergekit.plan.model import ExistingSection

__all__ = ["existing_section", "titled_section"]


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _shown(heading: Heading) -> str:
    """The heading's text as the page shows it, which is its anchor; its source text when
    stripping leaves nothing (a heading made only of markup)."""
    shown = " ".join(heading.title.strip_code().split())
    return shown or " ".join(str(heading.title).split())


def _same(heading: Heading, name: str) -> bool:
    """Whether ``name`` is ``heading``'s text (module docstring: case and spacing aside)."""
    return _key(name) in (_key(_shown(heading)), _key(str(heading.title)))


def existing_section(wikitext: str, name: str) -> ExistingSection | None:
    """The destination section ``name`` names, or None when it names none; an appendix
    named raises ``InputError``."""
    if not _key(name):
        return None
    for index, heading in enumerate(mwparserfromhell.parse(wikitext).filter_headings(recursive=False)):
        if _same(heading, name):
            title = _shown(heading)
            if _key(title) in APPENDIX_SECTIONS:
                raise InputError(f"--section {name!r} is the destination's appendix section {title!r}: "
                                 "name a section of the article's body, or a new one")
            return ExistingSection(title, heading.level, index)
    return None


_DISAMBIGUATOR = re.compile(r"\s+\([^()]+\)\s*$")  # "America (Cattelan)": " (Cattelan)"


def titled_section(wikitext: str, title: str) -> ExistingSection | None:
    """The destination section the source's title names, as written or by its bare name
    (module docstring); None when none does, or when it is an appendix."""
    bare = _DISAMBIGUATOR.sub("", title)
    for name in dict.fromkeys((title, bare)):
        try:
            found = existing_section(wikitext, name)
        except InputError:
            return None
        if found is not None:
            return found
    return None

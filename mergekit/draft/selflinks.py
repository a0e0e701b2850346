"""The destination's links to the source article, which the merge turns into links to itself.

Once the source is a redirect to the merged section, a link in the destination to the
source leads the reader back to the page they are on (a circular link, MOS:CIRCULAR; a
``{{Main|Source}}`` hatnote likewise names the page itself). Destinations often link the
article they summarise ("approved by voters in the [[2020 Mississippi flag referendum]]"),
and a merging editor points such links at the new section in a follow-up edit. The draft
never changes the destination's own text (``pipeline.check_destination_kept``), so these
links are found here and shown to the editor, each with the link to write instead:
``[[Source]]`` -> ``[[#Section|Source]]``, ``[[Source|the vote]]`` -> ``[[#Section|the
vote]]`` (the reader's words unchanged); a hatnote is named for the editor to remove or
point at the section.

A title is compared as MediaWiki compares titles (``draft.titles``): character references
and percent-escapes decoded, bidi marks removed, the first letter in either case,
underscores as spaces, runs of spaces as one, nothing looser ("2020 Mississippi flag" is
another page). A link to a part of the source (``[[Source#Aftermath]]``) counts too: its
section is now somewhere in the destination, or nowhere. Links in comments and
``<nowiki>`` are no links.
"""

from __future__ import annotations

from dataclasses import dataclass

import mwparserfromhell
from mwparserfromhell.wikicode import Wikicode

from mergekit.draft.escape import escape_anchor, escape_link
from mergekit.draft.titles import link_key, title_key

__all__ = ["SourceLink", "title_key", "source_links", "follow_up_summary", "links_line"]

_HATNOTES = frozenset({"main", "main article", "further", "see also", "details", "further information"})


@dataclass(frozen=True)
class SourceLink:
    """One link of the destination to the source, as written, and what to write instead
    (empty for a hatnote: remove it, or name the section in it)."""

    written: str
    instead: str = ""


def source_links(wikitext: str, source: str, section: str, *,
                 parsed: Wikicode | None = None) -> tuple[SourceLink, ...]:
    """The links and hatnotes of ``wikitext`` that name ``source``, in the page's order.
    ``parsed``: ``wikitext`` already parsed, only read here [default: parsed here]."""
    key = title_key(source)
    if not key:
        return ()
    code = mwparserfromhell.parse(wikitext) if parsed is None else parsed
    found: list[tuple[int, SourceLink]] = []
    for link in code.filter_wikilinks():
        page = str(link.title).split("#", 1)[0]
        if link_key(str(link.title)) != key:
            continue
        text = str(link.text) if link.text is not None else ""
        shown = text if text.strip() else page.strip().lstrip(":")
        found.append((wikitext.find(str(link)), SourceLink(str(link), f"[[#{escape_anchor(section)}|{shown}]]")))
    for template in code.filter_templates():
        if title_key(str(template.name)).casefold() not in _HATNOTES:
            continue
        if any(not p.showkey and title_key(str(p.value)) == key for p in template.params):
            found.append((wikitext.find(str(template)), SourceLink(str(template))))
    return tuple(link for _, link in sorted(found, key=lambda pair: pair[0]))


def follow_up_summary(source: str, target: str, links: tuple[SourceLink, ...]) -> str:
    """The edit summary of the follow-up edit on the destination that fixes ``links``; ""
    when there are none."""
    if not links:
        return ""
    linked = sum(1 for link in links if link.instead)
    hatnotes = len(links) - linked
    done = ([f"pointed {'the link' if linked == 1 else f'the {linked} links'} to [[{escape_link(source)}]], now a "
             "redirect here, at the merged section"] if linked else [])
    done += [f"removed {'the hatnote' if hatnotes == 1 else f'the {hatnotes} hatnotes'} naming "
             f"[[{escape_link(source)}]]"] if hatnotes else []
    text = "; ".join(done)
    return (f"Edit summary for [[{escape_link(target)}]] (a follow-up edit, after the redirect is saved):\n"
            f"{text[0].upper()}{text[1:]}\n")


def links_line(source: str, links: tuple[SourceLink, ...]) -> str:
    """What the command line tells the editor about ``links`` (""  when there are none)."""
    if not links:
        return ""
    each = "; ".join(f"{link.written} -> {link.instead}" if link.instead else f"{link.written} -> remove it, "
                     "or name the section in it" for link in links)
    return (f"The destination links to {source!r} ({len(links)} link{'' if len(links) == 1 else 's'}); after the "
            f"redirect is saved {'it leads' if len(links) == 1 else 'they lead'} back to the page itself "
            f"(MOS:CIRCULAR): {each} "
            "(edit-summaries.txt has the follow-up edit's summary)")

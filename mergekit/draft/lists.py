"""The source's lists, shown to the editor where they stood: a hidden note, never prose.

A list of names or figures ("Strawberries grown in Queensland:" then "- Donnybrook
Berries", "- Love Berry", ...) is checked by no sentence of a source, and its lead-in says
nothing without it; the loader (``mergekit.load.wikitext``) keeps both out of the prose,
and the draft does not join the items into a sentence nor carry them unchecked. It leaves
one hidden note per list at the list's place in its section, naming the lead-in, the
items (up to ``SHOWN``, as data) and the titles of the sources they cite, so that the
editor can add the list by hand, with a source, if it belongs in the destination.

A hidden note is seen only in the edit window: on the talk page, whose quotation of the
proposal shows none, each list is also a visible point (``list_point``), so that a reader
of the rendered post is not told the content is carried over while a list is left out.

Prose that a rendered copy of the source ran into a box of page furniture (an infobox, a
navbox), which its loader leaves out whole (``SourceList`` of kind "box",
``mergekit.load.rendered``), is shown the same way: a note with its text where it stood,
and a point on the talk page.
"""

from __future__ import annotations

from mergekit.draft.escape import escape_comment, escape_wikitext
from mergekit.draft.shorten import cut_at_word
from mergekit.model import SourceList

__all__ = ["list_note", "list_point", "SHOWN"]

SHOWN = 12
_QUOTED = 300  # characters of prose left out with a box that a talk-page point quotes


def _items(found: SourceList) -> str:
    """"6 items: Donnybrook Berries; Love Berry; ..." (up to ``SHOWN`` named)."""
    items = "; ".join(found.items[:SHOWN])
    if len(found.items) > SHOWN:
        items += f"; and {len(found.items) - SHOWN} more"
    return f"{len(found.items)} item{'s' if len(found.items) != 1 else ''}: {items}"


def list_point(found: SourceList) -> str:
    """A talk-page bullet for ``found``, in visible wikitext (its words escaped, as data)."""
    where = f"section \u201c{escape_wikitext(found.section)}\u201d" if found.section else "the lead"
    if found.kind == "box":
        shown = cut_at_word(" ".join(found.items), _QUOTED)
        return (f"* Prose in {where} (\u201c{escape_wikitext(shown)}\u201d) \u2014 not merged: the copy of the "
                "source runs it into a box of page furniture (an infobox, a navbox), which is left out whole; it is "
                "left as a hidden note where it stood, to add by hand, with a source, if it belongs here.")
    lead = f", under \u201c{escape_wikitext(' '.join(found.lead_in))}\u201d" if found.lead_in else ""
    return (f"* A list in {where}{lead} ({escape_wikitext(_items(found))}) \u2014 not merged: a list is not checked "
            "item by item against the sources; it is left as a hidden note where it stood, to add by hand, "
            "with a source, if it belongs here.")


def list_note(found: SourceList, title: str | None, cites: tuple[str, ...] = ()) -> str:
    """The hidden note for ``found``, a list of the source article ``title`` whose lead-in
    and items cite ``cites`` (their titles)."""
    where = f'section "{found.section}"' if found.section else "its lead"
    lead = f', under "{" ".join(found.lead_in)}"' if found.lead_in else ""
    cited = "; cited there: " + "; ".join(f'"{c}"' for c in cites) if cites else ""
    if found.kind == "box":
        text = (f'not merged: prose of "{title or "the source article"}", {where}, that its copy runs into a box of '
                f'page furniture (an infobox, a navbox), left out whole{cited}: "{" ".join(found.items)}"; add it '
                "by hand, with a source, if it belongs here")
    else:
        text = (f'not merged: a list of "{title or "the source article"}", {where}{lead} ({_items(found)}{cited}): '
                "a list is not checked item by item against the sources; add it by hand, with a source, if it "
                "belongs here")
    return f"<!-- {escape_comment(text)} -->"

"""The source's lists, shown to the editor where they stood: a hidden note, never prose.

A list of names or figures ("Strawberries grown in Queensland:" then "- Donnybrook
Berries", "- Love Berry", ...) is checked by no sentence of a source, and its lead-in says
nothing without it; the loader (``mergekit.load.wikitext``) keeps both out of the prose,
and the draft does not join the items into a sentence nor carry them unchecked. It leaves
one hidden note per list at the list's place in its section, naming the lead-in, the
items (up to ``SHOWN``, as data) and the titles of the sources they cite, so that the
editor can add the list by hand, with a source, if it belongs in the destination.
"""

from __future__ import annotations

from mergekit.draft.escape import escape_comment
from mergekit.model import SourceList

__all__ = ["list_note", "SHOWN"]

SHOWN = 12


def list_note(found: SourceList, title: str | None, cites: tuple[str, ...] = ()) -> str:
    """The hidden note for ``found``, a list of the source article ``title`` whose lead-in
    and items cite ``cites`` (their titles)."""
    where = f'section "{found.section}"' if found.section else "its lead"
    lead = f', under "{" ".join(found.lead_in)}"' if found.lead_in else ""
    items = "; ".join(found.items[:SHOWN])
    if len(found.items) > SHOWN:
        items += f"; and {len(found.items) - SHOWN} more"
    count = f"{len(found.items)} item{'s' if len(found.items) != 1 else ''}"
    cited = "; cited there: " + "; ".join(f'"{c}"' for c in cites) if cites else ""
    text = (f'not merged: a list of "{title or "the source article"}", {where}{lead} ({count}: {items}{cited}): '
            "a list is not checked item by item against the sources; add it by hand, with a source, if it belongs here")
    return f"<!-- {escape_comment(text)} -->"

"""Put the new section into the destination, leaving every other byte as it was."""

from __future__ import annotations

import mwparserfromhell
from mwparserfromhell.nodes import Comment, Template, Text, Wikilink

__all__ = ["insert_section", "APPENDIX_SECTIONS"]

# Standard appendices, which come after the body (MOS:ORDER).
APPENDIX_SECTIONS = ("see also", "notes", "references", "citations", "sources",
                     "further reading", "external links")


def _is_end_matter(node) -> bool:
    """Categories, navboxes, stub tags, DEFAULTSORT, comments and blank text end a page."""
    if isinstance(node, Text):
        return not str(node).strip()
    if isinstance(node, Wikilink):
        return str(node.title).strip().lower().startswith("category:")
    return isinstance(node, (Template, Comment))


def insert_section(wikitext: str, section: str) -> str:
    """``wikitext`` with ``section`` inserted before the first appendix section; without
    one, before the page's end matter (categories, stub templates); else at the end.

    The section goes in as one text node (its bytes as they are): parsed, it would be a node
    per entity or tag, and mwparserfromhell moves every later node for each one it inserts
    (quadratic: 500,000 nodes took 14 s)."""
    code = mwparserfromhell.parse(wikitext)
    for heading in code.filter_headings(recursive=False):
        if heading.level == 2 and heading.title.strip_code().strip().lower() in APPENDIX_SECTIONS:
            code.insert_before(heading, Text(section))
            return str(code)
    nodes = code.nodes
    first = len(nodes)
    while first > 0 and _is_end_matter(nodes[first - 1]):
        first -= 1
    # Start the end matter at a line of its own: skip the blank text that opens it.
    while first < len(nodes) and isinstance(nodes[first], Text) and not str(nodes[first]).strip():
        first += 1
    if 0 < first < len(nodes):
        before = str(nodes[first - 1])
        prefix = "" if before.endswith("\n\n") else ("\n" if before.endswith("\n") else "\n\n")
        code.insert_before(nodes[first], Text(prefix + section))
        return str(code)
    return wikitext.rstrip("\n") + "\n\n" + section.rstrip("\n") + "\n"

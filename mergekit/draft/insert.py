"""Put the new section into the destination, leaving every other byte as it was.

A section that brings footnotes into a page with no reference list brings the list too
(``== References ==`` with ``{{Reflist}}``) right after it, as one block (the page's own
text stays whole around it); without it MediaWiki dumps the notes at the very bottom of
the page, under the navboxes and stub tags. (On a page with "See also" but no list, MOS:ORDER
would put the list after "See also": the editor moves it.)
"""

from __future__ import annotations

import mwparserfromhell
from mwparserfromhell.nodes import Comment, Node, Template, Text, Wikilink
from mwparserfromhell.wikicode import Wikicode

__all__ = ["insert_section", "APPENDIX_SECTIONS", "REFERENCES_SECTION"]

# Standard appendices, which come after the body (MOS:ORDER).
APPENDIX_SECTIONS = ("see also", "notes", "references", "citations", "sources",
                     "further reading", "external links")
REFERENCES_SECTION = "== References ==\n{{Reflist}}\n\n"
# Templates that show the default group's footnotes (and their redirects in use).
_LIST_TEMPLATES = {"reflist", "references", "refs", "reference list", "reflist-talk"}


def _is_end_matter(node: Node) -> bool:
    """Categories, navboxes, stub tags, DEFAULTSORT, comments and blank text end a page."""
    if isinstance(node, Text):
        return not str(node).strip()
    if isinstance(node, Wikilink):
        return str(node.title).strip().lower().startswith("category:")
    return isinstance(node, (Template, Comment))


def _has_list(code: Wikicode) -> bool:
    """A ``<references />`` tag or a reference-list template anywhere on the page."""
    if any(str(tag.tag).strip().lower() == "references" for tag in code.filter_tags()):
        return True
    return any(" ".join(str(t.name).replace("_", " ").split()).lower() in _LIST_TEMPLATES
               for t in code.filter_templates())


def insert_section(wikitext: str, section: str) -> str:
    """``wikitext`` with ``section`` inserted before the first appendix section; without
    one, before the page's end matter (categories, stub templates); else at the end. A
    section with footnotes, on a page with no reference list, brings one (module docstring).

    The section goes in as one text node (its bytes as they are): parsed, it would be a node
    per entity or tag, and mwparserfromhell moves every later node for each one it inserts
    (quadratic: 500,000 nodes took 14 s)."""
    code = mwparserfromhell.parse(wikitext)
    if "<ref" in section.lower() and not _has_list(code):
        section = section.rstrip("\n") + "\n\n" + REFERENCES_SECTION
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

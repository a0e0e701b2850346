"""Put the new section into the destination, leaving every other byte as it was.

A ``--section`` the destination already has (``plan.existing``) takes the merged text
instead, with no heading of its own: at the end of that section's own prose, before the
next heading of any level. Before its first subsection, not after its last, because the
merged paragraphs without a subsection title are the section's own text: after the last
subsection they would read as that subsection's.

A section that brings footnotes into a page with no reference list brings the list too
(``== References ==`` with ``{{Reflist}}``) right after it, as one block (the page's own
text stays whole around it); without it MediaWiki dumps the notes at the very bottom of
the page, under the navboxes and stub tags. (On a page with "See also" but no list, MOS:ORDER
would put the list after "See also": the editor moves it.)
"""

from __future__ import annotations

import mwparserfromhell
from mwparserfromhell.nodes import Comment, Heading, Node, Template, Text, Wikilink
from mwparserfromhell.wikicode import Wikicode

from mergekit.plan.model import ExistingSection

__all__ = ["insert_section", "insert_into_section", "APPENDIX_SECTIONS", "REFERENCES_SECTION"]

# Standard appendices, which come after the body and hold no subject (MOS:ORDER).
APPENDIX_SECTIONS = ("bibliography", "see also", "notes", "references", "citations", "sources",
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
    # check.document.template_name's normalisation, written out: importing it here would load
    # the check's document model with the pipeline (test_cache keeps warm runs without it).
    return any(" ".join(str(t.name).replace("_", " ").split()).lower() in _LIST_TEMPLATES
               for t in code.filter_templates())


def _end_matter(nodes: list[Node], start: int = 0) -> int:
    """Where the page's end matter begins (``len(nodes)`` when it has none), not before ``start``."""
    first = len(nodes)
    while first > start and _is_end_matter(nodes[first - 1]):
        first -= 1
    # Start the end matter at a line of its own: skip the blank text that opens it.
    while first < len(nodes) and isinstance(nodes[first], Text) and not str(nodes[first]).strip():
        first += 1
    return first


def _gap(before: str) -> str:
    """The newlines that put a blank line between ``before`` and what follows it."""
    return "" if before.endswith("\n\n") else ("\n" if before.endswith("\n") else "\n\n")


def _is_appendix(heading: Heading) -> bool:
    return heading.level == 2 and " ".join(heading.title.strip_code().split()).lower() in APPENDIX_SECTIONS


def insert_section(wikitext: str, section: str, *, parsed: Wikicode | None = None) -> str:
    """``wikitext`` with ``section`` inserted before the first appendix section; without
    one, before the page's end matter (categories, stub templates); else at the end. A
    section with footnotes, on a page with no reference list, brings one (module docstring).
    ``parsed``: ``wikitext`` already parsed, read and never changed [default: parsed here].

    The section goes in as text, spliced in at the offset of the node it precedes: the page
    parsed is only read (inserted as nodes, it would be a node per entity or tag, and
    mwparserfromhell moves every later node for each one it inserts: quadratic, 500,000
    nodes took 14 s)."""
    code = mwparserfromhell.parse(wikitext) if parsed is None else parsed
    if "<ref" in section.lower() and not _has_list(code):
        section = section.rstrip("\n") + "\n\n" + REFERENCES_SECTION
    nodes = code.nodes
    for heading in code.filter_headings(recursive=False):
        if _is_appendix(heading):
            at = _offset(nodes, _position(nodes, heading))
            return wikitext[:at] + section + wikitext[at:]
    first = _end_matter(nodes)
    if 0 < first < len(nodes):
        before = str(nodes[first - 1])
        at = _offset(nodes, first)
        return wikitext[:at] + _gap(before) + section + wikitext[at:]
    return wikitext.rstrip("\n") + "\n\n" + section.rstrip("\n") + "\n"


def _position(nodes: list[Node], node: Node) -> int:
    """The index of ``node`` (itself, not an equal one) among ``nodes``."""
    return next(i for i, each in enumerate(nodes) if each is node)


def _offset(nodes: list[Node], index: int) -> int:
    """Where ``nodes[index]`` starts in the page's text (a parse gives the text back whole)."""
    return sum(len(str(node)) for node in nodes[:index])


def insert_into_section(wikitext: str, into: ExistingSection, text: str, *, parsed: Wikicode | None = None) -> str:
    """``wikitext`` with ``text`` (paragraphs and subsections, no heading of its own) at the
    end of the section ``into``'s own prose, before the next heading of any level or, for the
    page's last section, before its end matter (module docstring). Text with footnotes, on a
    page with no reference list, brings one when the section ends the page's body (the next
    heading is an appendix, or there is none); anywhere else a list would split the body, and
    ``mergekit check`` reports it missing instead. ``parsed``: as for ``insert_section``."""
    if not text.strip():
        return wikitext
    code = mwparserfromhell.parse(wikitext) if parsed is None else parsed
    headings = code.filter_headings(recursive=False)
    nodes = code.nodes
    start = code.index(headings[into.index]) + 1
    if into.index + 1 < len(headings):
        following = headings[into.index + 1]
        end = code.index(following)
        ends_body = _is_appendix(following)
    else:
        end, ends_body = _end_matter(nodes, start), True
    if "<ref" in text.lower() and ends_body and not _has_list(code):
        text = text.rstrip("\n") + "\n\n" + REFERENCES_SECTION
    before = wikitext[:_offset(nodes, end)]
    if not "".join(str(node) for node in nodes[start:end]).strip():  # no prose yet: right under the heading
        prefix = "" if before.endswith("\n") else "\n"
    else:
        prefix = _gap(before)
    block = prefix + text.rstrip("\n") + ("\n\n" if end < len(nodes) else "\n")
    return before + block + wikitext[len(before):]

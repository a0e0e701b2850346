"""Reference integrity: what the Cite extension would turn into a red "Cite error".

- ``refs/undefined`` (error): ``<ref name="x" />`` with no ``<ref name="x">...</ref>`` anywhere;
- ``refs/redefined`` (error): one name defined twice with different content;
- ``refs/unused-list-defined`` (error): a definition in ``{{reflist|refs=}}`` or
  ``<references>...</references>`` that the text never uses;
- ``refs/empty`` (error): ``<ref></ref>`` with nothing in it and no name;
- ``refs/nested`` (error): a ``<ref>`` inside another (``{{#tag:ref}}`` is the way to nest);
- ``refs/unclosed`` (error): ``<ref>`` or ``<ref name="x">`` never closed;
- ``refs/numeric-name`` (error): a purely numeric name, which Cite rejects;
- ``refs/no-reflist``: footnotes in the text but no ``{{reflist}}``/``<references />`` for
  their group (an error for a named group, which Cite reports; a warning for the default
  group, whose list MediaWiki appends at the very end of the page).
Short footnotes (``{{sfn}}``, ``{{efn}}``, ``{{r}}``) count as footnotes, and a name given by
``{{#tag:ref|...|name=x}}``, ``{{refn|name=x}}`` or ``{{efn|name=x}}`` counts as a definition.
"""

from __future__ import annotations

import re
from collections import defaultdict

from mwparserfromhell.nodes import Tag, Template, Text

from mergekit.check.document import Document, template_name
from mergekit.check.model import ERROR, WARNING, Finding

__all__ = ["check"]

RULES = ("refs/undefined", "refs/redefined", "refs/unused-list-defined", "refs/empty", "refs/nested",
         "refs/unclosed", "refs/numeric-name", "refs/no-reflist")

_OPEN_REF = re.compile(r"<ref(?:\s[^<>]*)?(?<!/)>", re.IGNORECASE)
FOOTNOTE_TEMPLATES = {"sfn": "", "sfnp": "", "sfnm": "", "r": "", "efn": "lower-alpha", "efn-ua": "upper-alpha",
                      "efn-lr": "lower-roman", "efn-ur": "upper-roman"}
LIST_TEMPLATES = {"reflist": None, "refs": None, "references": None, "reference list": None,
                  "notelist": "lower-alpha", "notes": "lower-alpha", "notelist-ua": "upper-alpha",
                  "notelist-lr": "lower-roman", "notelist-ur": "upper-roman", "reflist-talk": None}


def _norm(content: str) -> str:
    return " ".join(content.split())


def _lists(doc: Document) -> set[str]:
    """The footnote groups that have a references list."""
    groups: set[str] = set()
    for loc in doc.nodes:
        node = loc.node
        if isinstance(node, Tag) and str(node.tag).strip().lower() == "references":
            groups.add(next((str(a.value).strip() for a in node.attributes
                             if str(a.name).strip().lower() == "group" and a.value is not None), ""))
        elif isinstance(node, Template) and template_name(node) in LIST_TEMPLATES:
            default = LIST_TEMPLATES[template_name(node)]
            group = str(node.get("group").value).strip() if node.has("group") else (default or "")
            groups.add(group)
    return groups


# Templates that define a named footnote: name -> default group.
DEFINING_TEMPLATES = {"#tag:ref": "", "refn": "", "efn": "lower-alpha", "efn-ua": "upper-alpha",
                      "efn-lr": "lower-roman", "efn-ur": "upper-roman"}


def _template_definitions(doc: Document) -> dict[tuple[str, str], str]:
    out = {}
    for loc in doc.templates:
        name = template_name(loc.node)
        key = "#tag:ref" if name.replace(" ", "").startswith("#tag:ref") else name
        if key in DEFINING_TEMPLATES and loc.node.has("name"):
            group = str(loc.node.get("group").value).strip() if loc.node.has("group") else DEFINING_TEMPLATES[key]
            out[(group, str(loc.node.get("name").value).strip())] = _norm(str(loc.node))
    return out


def check(doc: Document) -> list[Finding]:
    out: list[Finding] = []
    defined: dict[tuple[str, str], str] = _template_definitions(doc)
    used: set[tuple[str, str]] = set()
    groups_used: dict[str, int] = {}
    for ref in doc.refs:
        key = (ref.group, ref.name or "")
        groups_used.setdefault(ref.group, ref.start)
        if ref.located.inside(Tag, lambda a: str(a.tag).strip().lower() == "ref"):
            out.append(doc.finding("refs/nested", ERROR, ref.start, "a <ref> inside another <ref>",
                                   "move it out, or nest with {{#tag:ref|...}} / {{efn}}"))
        if ref.name is not None and ref.name.strip().isdigit():
            out.append(doc.finding("refs/numeric-name", ERROR, ref.start,
                                   f"the ref name \u201c{ref.name}\u201d is purely numeric, which Cite rejects",
                                   "give it a descriptive name, e.g. outlet-year"))
        if ref.content is not None and not ref.content.strip():
            if not ref.name:
                out.append(doc.finding("refs/empty", ERROR, ref.start, "an empty <ref></ref>",
                                       "put the citation in it or delete it"))
            elif not ref.list_defined:
                used.add(key)
            continue
        if not ref.name:
            continue
        if ref.content is None:
            used.add(key)
            continue
        if not ref.list_defined:
            used.add(key)
        earlier = defined.get(key)
        if earlier is None:
            defined[key] = _norm(ref.content)
        elif earlier != _norm(ref.content):
            out.append(doc.finding("refs/redefined", ERROR, ref.start,
                                   f"the ref name \u201c{ref.name}\u201d is defined again with different content",
                                   "keep one definition and reuse it as <ref name=\"...\" />, or rename one if "
                                   "they are different sources"))
    for ref in doc.refs:
        key = (ref.group, ref.name or "")
        if ref.name and not (ref.content or "").strip() and key not in defined:
            out.append(doc.finding("refs/undefined", ERROR, ref.start,
                                   f"<ref name=\u201c{ref.name}\u201d /> is used but never defined",
                                   "define it once with its citation: <ref name=\"...\">{{cite ...}}</ref>"))
        if ref.name and ref.list_defined and ref.content and key not in used:
            out.append(doc.finding("refs/unused-list-defined", ERROR, ref.start,
                                   f"the list-defined ref \u201c{ref.name}\u201d is never used in the text",
                                   "cite it in the text with <ref name=\"...\" /> or remove the definition"))
    for loc in doc.nodes:
        if isinstance(loc.node, Text) and not loc.inside(Tag, lambda a: str(a.tag).strip().lower() != "ref"):
            for match in _OPEN_REF.finditer(str(loc.node)):
                out.append(doc.finding("refs/unclosed", ERROR, loc.start + match.start(),
                                       "a <ref> that is never closed",
                                       "close it with </ref> (or make a reuse self-closing: <ref name=\"...\" />)"))
        elif isinstance(loc.node, Template) and template_name(loc.node) in FOOTNOTE_TEMPLATES:
            groups_used.setdefault(FOOTNOTE_TEMPLATES[template_name(loc.node)], loc.start)
    lists = _lists(doc)
    for group, offset in sorted(groups_used.items()):
        if group not in lists:
            label = f" in group \u201c{group}\u201d" if group else ""
            # MediaWiki appends a missing default list itself; a named group's is a Cite error.
            out.append(doc.finding("refs/no-reflist", ERROR if group else WARNING, offset,
                                   f"footnotes{label} but no references list to show them",
                                   "add {{Reflist" + (f"|group={group}" if group else "") +
                                   "}} under a == References == heading"))
    return out

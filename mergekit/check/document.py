"""The checked text, parsed once with mwparserfromhell, with every node's offset.

mwparserfromhell gives a tree but no positions; :func:`walk` recovers them from the
nodes' own text (``str(node)`` is exactly its source), so every rule can say where a
problem is as a 1-based line and column. Derived views the rules share are computed
once: the ``<ref>`` tags (:class:`Ref`), the citation templates (:class:`Cite`), and the
reader-visible prose (:attr:`Document.prose`: the text with everything that is not prose
blanked to spaces, so offsets stay the same).
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Generic, TypeGuard, TypeVar, cast

import mwparserfromhell
from mwparserfromhell.nodes import Comment, ExternalLink, Heading, Node, Tag, Template, Text, Wikilink
from mwparserfromhell.wikicode import Wikicode

from mergekit.check.model import Finding

__all__ = ["Located", "Ref", "Cite", "Document", "template_name", "param", "shown", "walk", "is_ref", "is_cite"]

# Tags whose content readers see as running prose (formatting and layout wrappers).
PROSE_TAGS = frozenset({"b", "i", "u", "s", "small", "big", "span", "div", "p", "center", "sup", "sub", "em",
                        "strong", "br", "li", "ul", "ol", "dl", "dd", "dt", "table", "tr", "td", "th", "font"})
# Sections whose lists are apparatus, not prose.
APPARATUS_SECTIONS = frozenset({"see also", "references", "notes", "footnotes", "sources", "bibliography",
                                "further reading", "external links", "citations", "works cited", "notes and references"})
LINK_NAMESPACES = ("file:", "image:", "category:", "media:")
_NEWLINE = re.compile("\n")


def template_name(node: Template) -> str:
    """The template's name as editors compare it: stripped, lower case, ``_`` as space."""
    return " ".join(str(node.name).replace("_", " ").split()).lower()


def shown(value: str) -> str:
    """A parameter's wikitext as a reader sees it, for quoting in a finding's message: its
    character references decoded ("A &lt; B" is "A < B"). A message is text, not wikitext: each
    output escapes it once for its own context (the talk post, flags.json, the terminal)."""
    return html.unescape(value)


def param(node: Template, *names: str) -> str | None:
    """The stripped value of the first of ``names`` the template has (None if none)."""
    for name in names:
        if node.has(name):
            return str(node.get(name).value).strip()
    return None


N = TypeVar("N", bound=Node, covariant=True)


@dataclass(frozen=True)
class Located(Generic[N]):
    """A node, where it starts in the text, and the nodes it sits inside (outermost first)."""

    node: N
    start: int
    ancestors: tuple[Node, ...]
    length: int = 0  # len(str(node)), computed once by walk

    @property
    def end(self) -> int:
        return self.start + self.length

    def inside(self, kind: type, pred: Callable[[Any], bool] = lambda n: True) -> bool:
        return any(isinstance(a, kind) and pred(a) for a in self.ancestors)


def is_ref(node: Node) -> TypeGuard[Tag]:
    return isinstance(node, Tag) and str(node.tag).strip().lower() == "ref"


def _children(node: Node, start: int, text: str) -> Iterator[tuple[Wikicode, int]]:
    """The wikicode inside a tag or an external link's title, with its offset."""
    if isinstance(node, Tag) and node.contents is not None and not node.self_closing:
        contents = str(node.contents)
        close = text.rfind("</") if not node.implicit else len(text)
        at = close - len(contents) if close >= 0 and text[close - len(contents):close] == contents else text.find(contents)
        yield node.contents, start + at
    elif isinstance(node, ExternalLink) and node.title is not None:
        yield node.title, start + len(text) - 1 - len(str(node.title))


def _walk(code: Wikicode, start: int, ancestors: tuple[Node, ...], out: list) -> int:
    """Append [node, start, ancestors, length] for ``code``'s nodes, depth first; its length.

    Lengths are summed from the children where the node's text is a plain concatenation
    (text, templates, wikilinks, headings), so ``str()`` of a big node is never rebuilt;
    other nodes (tags, external links, comments, entities) are measured by their text."""
    pos = start
    for node in code.nodes:
        entry = [node, pos, ancestors, 0]
        out.append(entry)
        inner = ancestors + (node,)
        if isinstance(node, Text):
            length = len(node.value)
        elif isinstance(node, Template):
            at = pos + 2
            at += _walk(node.name, at, inner, out)
            for p in node.params:
                at += 1 + (len(str(p.name)) + 1 if p.showkey else 0)
                at += _walk(p.value, at, inner, out)
            length = at + 2 - pos
        elif isinstance(node, Wikilink):
            at = pos + 2 + _walk(node.title, pos + 2, inner, out)
            if node.text is not None:
                at += 1 + _walk(node.text, at + 1, inner, out)
            length = at + 2 - pos
        elif isinstance(node, Heading):
            length = 2 * node.level + _walk(node.title, pos + node.level, inner, out)
        else:
            text = str(node)
            length = len(text)
            for child, at in _children(node, pos, text):
                _walk(child, at, inner, out)
        entry[3] = length
        pos += length
    return pos - start


def walk(code: Wikicode, start: int = 0) -> list[Located]:
    """Every node of ``code``, depth first, with its offset, ancestors and length."""
    out: list = []
    _walk(code, start, (), out)
    return [Located(node, at, ancestors, length) for node, at, ancestors, length in out]


@dataclass(frozen=True)
class Ref:
    """One ``<ref>`` tag. ``content`` is None for a reuse (``<ref name="x" />``)."""

    located: Located[Tag]
    name: str | None
    group: str
    content: str | None
    list_defined: bool  # inside {{reflist|refs=}} or <references>...</references>

    @property
    def start(self) -> int:
        return self.located.start


@dataclass(frozen=True)
class Cite:
    """A citation template (``{{cite ...}}`` or ``{{citation}}``) and its non-empty parameters."""

    located: Located[Template]
    kind: str  # "cite news", "citation", ...
    params: dict[str, str]  # name (lower case) -> stripped value, empty values dropped

    @property
    def start(self) -> int:
        return self.located.start

    def describe(self) -> str:
        title = self.params.get("title")
        return "{{" + self.kind + "}}" + (f" \u201c{shown(title)}\u201d" if title else "")


def _attr(tag: Tag, name: str) -> str | None:
    for attr in tag.attributes:
        if str(attr.name).strip().lower() == name:
            return str(attr.value).strip() if attr.value is not None else ""
    return None


def _list_container(node: Node) -> bool:
    if isinstance(node, Tag):
        return str(node.tag).strip().lower() == "references"
    return isinstance(node, Template) and template_name(node) in ("reflist", "references", "refs", "reference list")


def is_cite(node: Node) -> TypeGuard[Template]:
    return isinstance(node, Template) and (template_name(node).startswith("cite ") or template_name(node) == "citation")


@dataclass(frozen=True)
class Document:
    """The text to check and everything the rules read from it."""

    text: str
    code: Wikicode = field(repr=False)
    nodes: tuple[Located, ...] = field(repr=False)

    @classmethod
    def parse(cls, text: str) -> Document:
        code = mwparserfromhell.parse(text)
        return cls(text, code, tuple(walk(code)))

    # -- positions -----------------------------------------------------------------
    @cached_property
    def _line_starts(self) -> list[int]:
        starts = [0]
        starts += [m.end() for m in _NEWLINE.finditer(self.text)]
        return starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of ``offset``."""
        index = bisect.bisect_right(self._line_starts, offset) - 1
        return index + 1, offset - self._line_starts[index] + 1

    def line_text(self, line: int) -> str:
        starts = self._line_starts
        if not 1 <= line <= len(starts):
            return ""
        end = starts[line] - 1 if line < len(starts) else len(self.text)
        return self.text[starts[line - 1]:end]

    def snippet(self, offset: int, width: int = 60) -> str:
        """The stretch of the line around ``offset``, at most ``2*width`` characters."""
        line, col = self.position(offset)
        text = self.line_text(line)
        lo, hi = max(0, col - 1 - width // 2), min(len(text), col - 1 + width + width // 2)
        return ("\u2026" if lo else "") + text[lo:hi] + ("\u2026" if hi < len(text) else "")

    def finding(self, rule: str, severity: str, offset: int, message: str, fix: str) -> Finding:
        line, column = self.position(offset)
        return Finding(line, column, rule, severity, message, fix, self.snippet(offset))

    # -- shared views --------------------------------------------------------------
    @cached_property
    def _index(self) -> dict[int, int]:
        return {id(loc.node): i for i, loc in enumerate(self.nodes)}

    def descendants(self, loc: Located) -> Iterator[Located]:
        """The nodes inside ``loc``'s node (they follow it in :attr:`nodes`, one level deeper or more)."""
        depth = len(loc.ancestors)
        for other in self.nodes[self._index[id(loc.node)] + 1:]:
            if len(other.ancestors) <= depth:
                return
            yield other

    @cached_property
    def refs(self) -> tuple[Ref, ...]:
        out = []
        for loc in self.nodes:
            if is_ref(loc.node):
                tag = loc.node
                content = None if tag.self_closing or tag.contents is None else str(tag.contents)
                out.append(Ref(cast("Located[Tag]", loc), _attr(tag, "name"), _attr(tag, "group") or "", content,
                               any(_list_container(a) for a in loc.ancestors)))
        return tuple(out)

    @cached_property
    def cites(self) -> tuple[Cite, ...]:
        out = []
        for loc in self.nodes:
            if is_cite(loc.node):
                node = loc.node
                params = {}
                for p in node.params:
                    key = str(p.name).strip().lower()
                    value = str(p.value).strip()
                    if value and key not in params:
                        params[key] = value
                out.append(Cite(cast("Located[Template]", loc), template_name(node), params))
        return tuple(out)

    @cached_property
    def templates(self) -> tuple[Located[Template], ...]:
        return tuple(cast("Located[Template]", loc) for loc in self.nodes if isinstance(loc.node, Template))

    @cached_property
    def sections(self) -> tuple[tuple[int, str], ...]:
        """(offset, lower-case title) of every heading, in order."""
        return tuple((loc.start, str(loc.node.title).strip().lower())
                     for loc in self.nodes if isinstance(loc.node, Heading) and not loc.ancestors)

    @cached_property
    def _section_starts(self) -> list[int]:
        return [start for start, _ in self.sections]

    def section_at(self, offset: int) -> str:
        """The lower-case title of the section ``offset`` is in ("" for the lead)."""
        index = bisect.bisect_right(self._section_starts, offset) - 1
        return self.sections[index][1] if index >= 0 else ""

    def in_prose(self, loc: Located) -> bool:
        """Whether ``loc`` is reader-visible running prose (not in a ref, template, tag, link
        target, comment or an apparatus section)."""
        for a in loc.ancestors:
            if isinstance(a, (Template, Comment)):
                return False
            if isinstance(a, Tag) and str(a.tag).strip().lower() not in PROSE_TAGS:
                return False
            if isinstance(a, ExternalLink):
                return False
        return self.section_at(loc.start) not in APPARATUS_SECTIONS

    @cached_property
    def prose(self) -> str:
        """The text with all non-prose blanked to spaces (newlines kept): what a reader reads
        as the article's running text, at the same offsets."""
        chars = [" " if ch != "\n" else "\n" for ch in self.text]
        for loc in self.nodes:
            if not isinstance(loc.node, Text) or not self.in_prose(loc):
                continue
            link = next((a for a in reversed(loc.ancestors) if isinstance(a, Wikilink)), None)
            if link is not None:
                target = str(link.title).strip().lower()
                if target.startswith(LINK_NAMESPACES):
                    continue
                # The link's title is shown only when it has no text of its own.
                if link.text is not None and not self._within(loc, link.text):
                    continue
            chars[loc.start:loc.end] = str(loc.node)
        return "".join(chars)

    @staticmethod
    def _within(loc: Located, code: Wikicode) -> bool:
        return any(n is loc.node for n in code.nodes) or any(
            any(n is a for n in code.nodes) for a in loc.ancestors)

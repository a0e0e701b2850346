"""The documents mergekit reads, as frozen dataclasses.

Loaders build these from files (or fetched pages); everything downstream is pure and
works on them alone.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from enum import StrEnum

__all__ = ["Reference", "MarkupKind", "Markup", "Sentence", "Section", "AfdNotice", "Article", "SourceList", "NewsItem"]


@dataclass(frozen=True)
class Reference:
    """A cited source, from a rendered reference list or a cite template."""

    key: str  # "9" in a rendered list; the ref name (or "#n") in wikitext
    title: str | None = None
    work: str | None = None
    publisher: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD when known
    access_date: str | None = None  # ISO
    url: str | None = None
    author: str | None = None  # as written ("Last, First")
    raw: str = ""  # the entry or the <ref> contents as written
    language: str | None = None  # the language the source is in, when the citation says ("Japanese")
    template: str | None = None  # the cite template the source wrote ("cite web"), when it is wikitext
    # the loader read the entry no further than its text (no cite template, no quoted title):
    # ``title`` is then that whole text, as a reader sees it, and names no title
    text_only: bool = False
    # the cite template's other named parameters, as plain text, in the order written
    # ("agency", "AFP"; "archive-url", ...): what the draft's citation carries beside its own
    extra: tuple[tuple[str, str], ...] = ()
    # a free-text wikitext reference's external links over ``title``: (start, end, URL), the
    # words ``title[start:end]`` the source wrote as the link's label ("[https://x Meeting
    # notes]"), or the URL itself for a bare one; empty where the loader found none
    links: tuple[tuple[int, int, str], ...] = ()
    # a short citation's parameters as written, as plain text ({{sfn|Smith|2020|p=5}}: ("1", "Smith"),
    # ("2", "2020"), ("p", "5")), its name in ``template``; empty for any other reference
    # (``mergekit.load.shortcite``)
    short: tuple[tuple[str, str], ...] = ()
    full: str | None = None  # the source's full citation a short one points to, as written; None: none found

    @property
    def unnamed(self) -> bool:
        """Whether this is an unnamed wikitext ``<ref>`` (its key, "#1", is the reader's count, no
        name the page has) or one whose name opens with "#" (read as "##1", apart from those):
        either way it is not reused as ``<ref name=… />``."""
        return self.key.startswith("#")


class MarkupKind(StrEnum):
    """What a ``Markup`` is. Members, not strings: a member is one object however it was
    made, so an input pickles to the same bytes freshly read or read from the results cache."""

    LINK = "link"
    ITALIC = "italic"
    BOLD = "bold"


@dataclass(frozen=True)
class Markup:
    """A wikitext source's link or inline formatting over a stretch of a sentence's plain text
    (``mergekit.load.inline``): ``text[start:end]`` is the link's label or the formatted words."""

    start: int
    end: int
    kind: MarkupKind
    target: str = ""  # a link's page title as written, its fragment ("#Aftermath") included


@dataclass(frozen=True)
class Sentence:
    """One sentence of prose, with the references and maintenance tags attached to it."""

    text: str  # plain prose, footnote markers removed
    refs: tuple[str, ...] = ()  # Reference.key of each citation, in order
    tags: tuple[str, ...] = ()  # maintenance templates, e.g. ("citation needed",)
    paragraph: int = 0  # the paragraph's number within its section
    # a wikitext source's internal links and bold/italic over ``text``, outermost first (empty
    # for a rendered copy, which has none)
    markup: tuple[Markup, ...] = ()
    # where each citation stands in ``text``: (Reference.key, offset of the character after the
    # words it follows), in reading order, a key again where the source cites it again; the
    # offset ``len(text)`` is the sentence's end (``mergekit.load.sentences.split_placed``). A
    # citation the source puts after a clause supports that clause (WP:INTEGRITY), so the draft
    # writes it there. Empty: every ref of ``refs`` at the end (a sentence built without them).
    cite_at: tuple[tuple[str, int], ...] = ()

    def ref_places(self) -> dict[str, tuple[int, ...]]:
        """Each of ``refs`` with the offsets it stands at in ``text`` (``cite_at``), in order;
        the end (``len(text)``) for a ref ``cite_at`` does not place."""
        places: dict[str, list[int]] = {key: [] for key in self.refs}
        for key, at in self.cite_at:
            if key in places and at not in places[key]:
                places[key].append(at)
        return {key: tuple(at) if at else (len(self.text),) for key, at in places.items()}


@dataclass(frozen=True)
class Section:
    """A section of prose; the lead has the title ``""`` and level 1."""

    title: str
    level: int
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class AfdNotice:
    """What an Articles-for-deletion "merge" close says."""

    target: str | None  # the destination's title (None: not known)
    close_date: str | None = None  # ISO
    discussion: str | None = None  # the part after "Wikipedia:Articles for deletion/"


@dataclass(frozen=True)
class SourceList:
    """A list of the source that is no prose ("- Donnybrook Berries", "* 12 killed"), with the
    lead-in paragraphs ending in ":" that introduce it: neither is merged as prose (a list
    of names is checked by no sentence of a source), the draft shows it to the editor."""

    section: str  # its section's title ("" for the lead)
    paragraph: int  # where it stands: the number of the section's next prose paragraph
    lead_in: tuple[str, ...]  # "Strawberries grown in Queensland:", as plain text
    items: tuple[str, ...]  # each item as plain text, its bullet and footnote markers removed
    refs: tuple[str, ...] = ()  # Reference.key of each citation of its lead-in and items, in order
    # "list"; or "box": lines of prose a rendered page's loader left out with a box of page
    # furniture (``mergekit.load.rendered.boxed_prose``), shown to the editor the same way
    kind: str = "list"


@dataclass(frozen=True)
class Article:
    """A Wikipedia article, read from rendered text or wikitext."""

    title: str | None
    sections: tuple[Section, ...]
    references: tuple[Reference, ...] = ()
    afd: AfdNotice | None = None
    wikitext: str | None = None  # the exact input, when it was wikitext
    text: str | None = None  # the exact input, when it was rendered text (for the audit)
    revid: int | None = None
    label: str = ""  # the input's name, for evidence and findings
    removed: tuple[str, ...] = ()  # what the loader dropped or changed ("rule: line"): furniture, glue, debris, transclusion
    lists: tuple[SourceList, ...] = ()  # lists of no prose, left out with their lead-ins; prose left out with a box
    # A rendered copy that ends inside its reference list, cut before entries its markers
    # cite: the key of the list's last whole entry (``mergekit.load.reflist.list_cut``)
    list_cut: str | None = None

    def reference(self, key: str) -> Reference | None:
        """The reference with ``key`` (the first, should two share it), or None."""
        return self._by_key.get(key)

    @functools.cached_property
    def _by_key(self) -> dict[str, Reference]:
        """``references`` by key, the first of each, made at the first ``reference`` asked: a
        search of the list for each ask read an article of thousands of references once per
        sentence citing one."""
        by_key: dict[str, Reference] = {}
        for r in self.references:
            by_key.setdefault(r.key, r)
        return by_key

    def sentences(self) -> list[tuple[Section, Sentence]]:
        """Every (section, sentence) pair in reading order."""
        return [(sec, s) for sec in self.sections for s in sec.sentences]

    def paragraphed(self) -> list[tuple[tuple[int, int], Sentence]]:
        """Every sentence in reading order (as ``sentences``), with its paragraph: (the
        section's number, the paragraph's number within it)."""
        return [((n, s.paragraph), s) for n, sec in enumerate(self.sections) for s in sec.sentences]


@dataclass(frozen=True)
class NewsItem:
    """A news report, cleaned of site furniture, with what is known about it."""

    label: str  # the input file's name
    text: str  # the cleaned main text
    sentences: tuple[str, ...]
    title: str | None = None
    work: str | None = None
    date: str | None = None  # ISO
    url: str | None = None
    author: str | None = None
    access_date: str | None = None  # ISO
    removed: tuple[str, ...] = field(default=())  # lines the cleaner dropped, for -v and tests
    # the short lines above the headline that the cleaner read a date from ("ESPNcricinfo, 2
    # July 2023"): they may name the outlet, which only confirms a reference (``refmatch``)
    masthead: tuple[str, ...] = field(default=())

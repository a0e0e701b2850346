"""References in the draft: cite templates, and names that never collide.

A source the destination already cites is reused by its existing name; a new one is
defined once, at its first use, under a readable name made from the outlet and date that
no other reference of the destination uses.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field

from mergekit.accents import fold
from mergekit.draft.dates import format_date
from mergekit.draft.escape import (
    escape_comment,
    escape_inline,
    escape_param,
    escape_url,
    escape_wikitext,
    ref_name_attr,
)
from mergekit.load.dates import parse_date
from mergekit.load.shortcite import FOOTNOTES, Anchor, full_citations, reference_anchor, short_words

__all__ = ["CiteData", "RefRegistry", "cite_template"]


@dataclass(frozen=True)
class CiteData:
    """What a ``{{cite news}}`` says; the key identifies the source for reuse."""

    key: str  # news label or "ref:<source key>"
    title: str | None
    work: str | None = None
    date: str | None = None  # ISO
    url: str | None = None
    access_date: str | None = None  # ISO
    author: str | None = None
    raw: str = ""  # the reference as the source article writes it
    language: str | None = None  # "Japanese": the language the source is in, when its reference says
    template: str = "cite news"  # "cite web" for a web page (``mergekit.draft.citekind``)
    text_only: bool = False  # ``title`` is a whole entry its loader read no further (``Reference.text_only``)
    extra: tuple[tuple[str, str], ...] = ()  # the source's other parameters (``Reference.extra``)
    links: tuple[tuple[int, int, str], ...] = ()  # external links over ``title`` (``Reference.links``)
    short: tuple[tuple[str, str], ...] = ()  # a short citation's parameters (``Reference.short``), ``template`` its name
    full: str | None = None  # the source's full citation a short one points to, as written (``Reference.full``)



def _authors(author: str) -> list[str]:
    """The name parameters of ``author`` as a reference list writes it: "Last, First", or
    several such names joined by ";" ("Kouam, Joel; McCluskey, Mitchell"), each its own
    numbered ``last``/``first`` pair (a name without a comma is a whole ``author``)."""
    names = [name.strip() for name in author.split(";") if name.strip()]
    out = []
    for n, name in enumerate(names, 1):
        number = str(n) if len(names) > 1 else ""
        last, _, first = name.partition(",")
        if first.strip():
            out += [f" |last{number}={escape_param(last)}", f" |first{number}={escape_param(first)}"]
        else:
            out.append(f" |author{number}={escape_param(name)}")
    return out


def cite_template(cite: CiteData, *, style: str) -> str:
    """The ``{{cite news}}`` (or ``{{cite web}}``, its work as ``website``) template;
    ``access-date`` only with a URL, as the template requires."""
    url = escape_url(cite.url) if cite.url else None
    parts = ["{{" + cite.template]
    if cite.author:
        parts += _authors(cite.author)
    if cite.title:  # a cite without a title is never given a made-up one (see section.py)
        parts.append(f" |title={escape_param(cite.title)}")
    if url:
        parts.append(f" |url={url}")
    if cite.work:
        parts.append(f" |{'website' if cite.template == 'cite web' else 'work'}={escape_param(cite.work)}")
    if cite.language:
        parts.append(f" |language={escape_param(cite.language)}")
    if cite.date:
        parts.append(f" |date={format_date(cite.date, style)}")
    if url and cite.access_date:
        parts.append(f" |access-date={format_date(cite.access_date, style)}")
    parts += _extra_params(cite.extra, style, written={_param_key(part) for part in parts[1:]},
                           authors=";" in (cite.author or ""))
    # A URL that is not http(s) is shown to the editor after the template, never a live link.
    hidden = f"<!-- url: {escape_comment(cite.url)} -->" if cite.url and not url else ""
    return "".join(parts) + "}}" + hidden


# Names the same parameter goes by (CS1's aliases), as the draft writes it.
_ALIASES = {"accessdate": "access-date", "lang": "language", "surname": "last", "given": "first",
            "authors": "author", "vauthors": "author", "newspaper": "work", "magazine": "work",
            "journal": "work", "periodical": "work", "website": "work"}
_NUMBERED_AUTHOR = re.compile(r"(?:last|first|surname|given|author)(\d*)\Z")
AUTHOR_NAME = re.compile(r"(?:last|first|surname|given|authors?|vauthors|author-?link|author-?mask)\d*\Z")


def _param_key(name_or_part: str) -> str:
    """``name`` (or a written `` |name=value``) as the one name its aliases share: "accessdate"
    and "access-date" are one parameter, and so are "last" and "last1"."""
    name = name_or_part.strip().lstrip("|").partition("=")[0].strip().lower()
    name = _ALIASES.get(name, name)
    if (m := _NUMBERED_AUTHOR.match(name)) and m.group(1) == "1":
        name = name[:-1]
    return _ALIASES.get(name, name)


def _extra_params(extra: tuple[tuple[str, str], ...], style: str, *, written: Collection[str] = (),
                  authors: bool = False) -> list[str]:
    """The source citation's other parameters, carried (trial-4: ``|agency=AFP`` was lost, and
    so would an ``|archive-url=`` be): a URL parameter only as an http(s) URL, a date in the
    page's style when it reads as one, any other value escaped as plain text. Never one the
    draft writes itself (``written``: a second ``|website=`` is a duplicate argument, of which
    the last wins), and no author name when the draft writes a list of authors itself (``authors``:
    its "last2" beside the source's would name one author twice, or a stranger third; one author
    the draft read from the same template is that template's first, and its "last2" follows it)."""
    out = []
    for name, value in extra:
        if _param_key(name) in written or (authors and AUTHOR_NAME.match(name)):
            continue
        if name.endswith("url"):
            url = escape_url(value)
            if url:
                out.append(f" |{name}={url}")
        elif name.endswith("date") and (iso := parse_date(value)):
            out.append(f" |{name}={format_date(iso, style)}")
        else:
            out.append(f" |{name}={escape_param(value)}")
    return out


def _slug(text: str) -> str:
    """Up to four ASCII words of ``text`` joined by hyphens: "Korçë Herald" -> "korce-herald"."""
    words = re.findall(r"[a-z0-9]+", fold(text).lower().removeprefix("www."))
    return "-".join(words[:4])


@dataclass
class RefRegistry:
    """Hands out ``<ref>`` markup: the definition at first use, ``<ref name=... />`` after."""

    style: str
    taken: set[str]  # names the destination already uses
    existing: dict[str, str] = field(default_factory=dict)  # cite key -> destination's name
    _names: dict[str, str] = field(default_factory=dict)
    _defined: set[str] = field(default_factory=set)
    # base -> the suffix its next name is tried from: every name before it is taken (``taken``
    # only grows), so a thousand references of one outlet and day are not each numbered from 2
    _next: dict[str, int] = field(default_factory=dict)
    # the destination's wikitext, whose full citations (their surnames and years: ``anchors``) a
    # short citation can point to; read at the first short citation written
    page: str = ""
    _anchors: frozenset[Anchor] | None = None
    _told: set[Anchor] = field(default_factory=set)  # short citations whose missing full citation a note named

    def name_for(self, cite: CiteData) -> str:
        if cite.key in self.existing:
            return self.existing[cite.key]
        if cite.key not in self._names:
            base = _slug(cite.work or "") or _slug(cite.title or "") or "source"
            if cite.date:
                base = f"{base}-{cite.date}"
            n = self._next.get(base, 2)
            name = base if n == 2 else f"{base}-{n - 1}"
            while name in self.taken or name.isdigit():
                name, n = f"{base}-{n}", n + 1
            self._next[base] = n
            self.taken.add(name)
            self._names[cite.key] = name
        return self._names[cite.key]

    def ref(self, cite: CiteData) -> str:
        """``<ref name="x">{{cite news ...}}</ref>`` the first time, ``<ref name="x" />`` after."""
        name = self.name_for(cite)
        if cite.key in self.existing or name in self._defined:
            return f"<ref {ref_name_attr(name)} />"
        self._defined.add(name)
        return f"<ref {ref_name_attr(name)}>{_body(cite, self.style)}</ref>"


    def short(self, cite: CiteData) -> str:
        """A short citation (``{{sfn|Smith|2020|p=5}}``, or ``{{harvnb}}`` in a ``<ref>``) written back as
        the source wrote it, every value escaped. Where the destination has no full citation of
        those surnames and year for it to point to, a hidden note says so (once), with the source's
        full citation as written for the editor to add, or that the source has none: the draft
        never makes one up, nor adds one to a section of the destination's own."""
        values = [(name, value) for name, value in cite.short if name.isdigit() or _PARAMETER.match(name)]
        body = "{{" + (cite.template or "sfn") + "".join(
            f"|{escape_param(value)}" if name.isdigit() else f"|{name}={escape_param(value)}" for name, value in values) + "}}"
        found = reference_anchor(cite)
        if self._anchors is None:  # (a run with no short citation parses the destination once, for its insertion)
            self._anchors = frozenset(full_citations(self.page))
        note = ""
        if found is not None and found not in self._anchors and found not in self._told:
            self._told.add(found)
            names, year = found
            # the surnames as written: the positional values, wherever a named one stands
            # (rv17: "{{sfn|p=5|Doe|2020}}" was said to lack a full citation of "5 2020")
            positional = dict((name, value) for name, value in values if name.isdigit())
            written = [positional.get(str(n), "") for n in range(1, len(names) + 1)]
            said = (f"the source article lists it as: {cite.full}" if cite.full
                    else "the source article lists none either")
            note = "<!-- " + escape_comment(
                f"{SHORT_NOTE} {short_words(cite)}: {SHORT_LACKS} {' & '.join(written)} "
                f"{year} for it to point to; add it to the page's sources ({said})") + " -->"
        if cite.template in FOOTNOTES:
            return body + note
        name = self.name_for(CiteData(cite.key, " ".join(v for _, v in values)))
        if name in self._defined:
            return f"<ref {ref_name_attr(name)} />" + note
        self._defined.add(name)
        return f"<ref {ref_name_attr(name)}>{body}</ref>" + note


_SCHEME_IN_PATH = re.compile(r"(?i)(?<![\w&])(mailto|news|tel|sip|sips|sms|urn|xmpp|magnet|geo|bitcoin):(?!//)")
# how the hidden note on a short citation without its full citation opens (``RefRegistry.short``)
SHORT_NOTE = "short citation"
SHORT_LACKS = "this page has no full citation of"
_PARAMETER = re.compile(r"[a-z][a-z0-9-]*\Z")


def _body(cite: CiteData, style: str) -> str:
    """What a ``<ref>`` holds: ``{{cite news}}`` (or ``{{cite web}}``), or, for a source reference whose loader read
    its entry no further than its text (``text_only``: no cite template, no quoted title; a
    book, "Ivany, Kathryn (2004). Historic Walks of Edmonton. Red Deer Press ... ISBN
    0889952981."), that text as a reader of the source article sees it (the title: a wikitext
    entry's markup is gone from it). A book is no news report, and its whole entry is no title."""
    if cite.text_only and cite.title:
        return _linked(cite.title, cite.links) if cite.links else _as_written(cite.title, cite.url)
    return cite_template(cite, style=style)


def _linked(text: str, links: tuple[tuple[int, int, str], ...]) -> str:
    """``text`` made inert but for its external links (``Reference.links``), each written back
    as the source wrote it: ``[URL label]`` (the URL escaped as every URL, the label as words no
    "]" can end) or a bare URL (rv15: "[https://x Meeting notes]" was cited as "Meeting notes",
    its URL lost). A link that is no http(s) URL keeps its words, the URL after them in a hidden
    note, never a live link."""
    pieces: list[str] = []
    at = 0
    for start, end, url in sorted(links):
        if start < at or end > len(text):
            continue
        words, label, link = text[at:start], text[start:end], escape_url(url)
        # written in running text, where the checker of every output (and a careless reading)
        # takes "…/mailto:x" for a free link of its own: its colon encoded, the same address
        link = link and _SCHEME_IN_PATH.sub(r"\1%3A", link)
        pieces.append(escape_inline(words, line_start=not pieces))
        if link is None:
            pieces.append(escape_inline(label, line_start=not pieces) + f"<!-- url: {escape_comment(url)} -->")
        elif label == url and not _runs_on(text[end:]):
            pieces.append(link)
        else:
            pieces.append(f"[{link} {escape_inline(' '.join(label.split()), also='[]')}]")
        at = end
    pieces.append(escape_inline(text[at:], line_start=not pieces))
    return "".join(pieces).strip()


def _as_written(raw: str, url: str | None) -> str:
    """``raw`` made inert, but for the http(s) ``url`` it gives, which stays a link (escaped
    whole, it would show as text no reader can follow)."""
    if not url or url not in raw or (link := escape_url(url)) is None:
        return escape_wikitext(raw)
    before, _, after = raw.partition(url)
    head, tail = escape_wikitext(before), escape_wikitext(after)
    # escape_wikitext trims: the spaces that set the link apart from the words are kept
    head += " " if head and before[-1:].isspace() else ""
    tail = (" " if tail and after[:1].isspace() else "") + tail
    if _runs_on(after):
        link = f"[{link} {escape_inline(url, also='[]')}]"
    return head + link + tail


def _runs_on(after: str) -> bool:
    """Whether words written right after a bare URL would run on into it: MediaWiki ends a free
    link at a space, and leaves only the punctuation that ends a sentence outside it (rv17:
    "https://e.example/x" before "EvilBad" became the link "https://e.example/xEvilBad"). Such a
    URL is written "[URL URL]"."""
    if not after or after[:1].isspace():
        return False
    return any(c not in ".,;:!?" for c in after.split(None, 1)[0])

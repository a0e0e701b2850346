"""A Wikipedia article as wikitext, read through mwparserfromhell.

Prose is rebuilt node by node: links become their text (each sentence keeps its internal
links and bold/italic beside its text, as ``Sentence.markup``: ``mergekit.load.inline``),
``<ref>``s and maintenance templates become ``[n]`` markers bound to the sentence they
close (the same markers the rendered-text loader sees, so one splitter serves both),
prose templates such as
``{{convert}}`` render to words, and infoboxes, hatnotes, categories, files and tables
are not prose. Named, reused and list-defined references all resolve to one ``Reference``.
A plain-text copy of the rendered page read here (it has "==" headings) may open with the
page's title, as "= Title =" or as a bare line: neither is a sentence of the lead.

Transclusion markup is read first as the page itself shows it, by MediaWiki's preprocessor
rules (``mergekit.load.transclusion``: ``<includeonly>`` text hidden, ``<noinclude>`` and
``<onlyinclude>`` text shown), which mwparserfromhell does not know (it reads them as
ordinary tags, a heading inside one as text); what is hidden is recorded in
``Article.removed``. ``Article.wikitext`` is the text as given, byte for byte: a
destination is written back with its own markup. Parentheses that a template rendering to
nothing left empty ("CEDAE ()", ``{{IPA}}`` in "Tathra ()") are cleared as the rendered
reader clears a copy's (``clear_template_debris``), recorded as "template debris: ...".
A paragraph's last piece that ends no sentence where the copy lacks what completes it (cut
off mid-word at the copy's end, a lead-in whose colon no list or table follows) is no prose:
recorded under ``OPEN_END`` and named to the editor (``mergekit.load.inputs.open_ends``).
"""

from __future__ import annotations

import re
from dataclasses import replace

import mwparserfromhell
from mwparserfromhell.nodes import Comment, ExternalLink, HTMLEntity, Tag, Template, Text, Wikilink

from mergekit.errors import InputError
from mergekit.load.afd import is_notice_template, parse_notice_template
from mergekit.load.cite import reference_from_wikitext
from mergekit.load.inline import PRIVATE as _SPAN_CHARS
from mergekit.load.inline import Spans, place, unwrap
from mergekit.load.rendered import NON_PROSE_SECTIONS, clear_template_debris, template_debris
from mergekit.load.sentences import MARKER, OPEN_END, open_end, split_cited, split_placed
from mergekit.load.shortcite import FOOTNOTES, full_citations, reference_anchor, short_reference
from mergekit.load.templates import maintenance_tag, render_prose_template, template_name
from mergekit.load.transclusion import as_shown
from mergekit.model import AfdNotice, Article, MarkupKind, Reference, Section, Sentence, SourceList

__all__ = ["parse_wikitext", "looks_like_wikitext", "ref_name"]

_NON_TEXT_LINKS = ("category:", "file:", "image:", "media:")
_LIST_DEFINED = {"reflist", "references"}
# Marker delimiters (private-use characters, removed from the input's own text), and the
# stand-ins that keep a literal "[5]" of the text from being read as a marker.
_OPEN, _CLOSE, _LIT_OPEN, _LIT_CLOSE = "\ue000", "\ue001", "\ue002", "\ue003"
_PRIVATE = re.compile(f"[\ue000-\ue003]|{_SPAN_CHARS.pattern}")
_FORMAT = {"i": MarkupKind.ITALIC, "b": MarkupKind.BOLD}  # inline formatting a carried sentence keeps (``mergekit.load.inline``)


def _markers(paragraph: str) -> str:
    """``paragraph`` with its literal ``[n]`` protected and the reader's markers as ``[n]``."""
    paragraph = MARKER.sub(lambda m: f"{_LIT_OPEN}{m.group(1)}{_LIT_CLOSE}", paragraph)
    return paragraph.replace(_OPEN, "[").replace(_CLOSE, "]")


def _literal(text: str) -> str:
    return text.replace(_LIT_OPEN, "[").replace(_LIT_CLOSE, "]")


def looks_like_wikitext(text: str) -> bool:
    """True when ``text`` carries wikitext markup (templates, refs, headings, links)."""
    return bool(re.search(r"\{\{|<ref[\s>]|^==.*==\s*$|\[\[", text, re.MULTILINE))


def ref_name(tag: Tag) -> str | None:
    """The ``name`` attribute of a ``<ref>``, unquoted, or None. A name that opens with "#" is
    read as "#" + name ("#1" is "##1"), so that it never takes the key the reader gives an
    unnamed ``<ref>`` ("#1", its count): a page that names a ref "#1" would else have its
    citation stand for another ref's (``Reference.unnamed`` holds for both: neither is reused
    by name)."""
    for attr in tag.attributes:
        if str(attr.name).strip().lower() == "name":
            name = str(attr.value).strip().strip('"').strip("'") or None
            return "#" + name if name and name.startswith("#") else name
    return None


def _target(link: Wikilink) -> str:
    """A link's target as its plain title nodes write it, entities decoded, spaces collapsed."""
    parts = (n.normalize() if isinstance(n, HTMLEntity) else str(n) for n in link.title.nodes)
    return " ".join("".join(parts).split())


# What may stand in a link's title beside a <ref> that breaks it ("[[mayor<ref/> of Ambridge]]"):
# words, no bracket, brace, pipe, tag or line break (any of which is another construct).
_TITLE_WORDS = re.compile(r"[^\[\]{}|<>\n]*")


def _is_ref(node) -> bool:
    return isinstance(node, Tag) and str(node.tag).strip().lower() == "ref"


# The letters after a link that MediaWiki shows as its own ("[[Smith]]s": "Smiths"; English
# Wikipedia's link trail)
_LINK_TRAIL = re.compile(r"[a-z]+")


def _mend_links(nodes: list, mended: list[str]) -> list:
    """``nodes`` with each internal link that a ``<ref>`` inside its title broke read as the link
    its editor wrote, the refs right after it: mwparserfromhell (and MediaWiki, which then shows
    the brackets) reads "[[mayor<ref/> of Ambridge]]" as the text "[[mayor", a ref and the text
    " of Ambridge]]", and the draft wrote the brackets as text (rv15). Only a title of plain words
    and refs; the title of each link mended is added to ``mended``."""
    out: list = []
    queue = list(reversed(nodes))
    while queue:
        node = queue.pop()
        opened = str(node.value).rfind("[[") if isinstance(node, Text) else -1
        head = str(node.value)[opened + 2:] if opened >= 0 else ""
        if opened < 0 or not _TITLE_WORDS.fullmatch(head) or not queue or not _is_ref(queue[-1]):
            out.append(node)
            continue
        words, refs, rest = [head], [], None
        for follow in reversed(queue):
            if _is_ref(follow):
                refs.append(follow)
                continue
            value = str(follow.value) if isinstance(follow, Text) else None
            if value is None:
                break
            closing = value.find("]]")
            if closing < 0 and _TITLE_WORDS.fullmatch(value):
                words.append(value)
                continue
            if closing >= 0 and _TITLE_WORDS.fullmatch(value[:closing]):
                words.append(value[:closing])
                rest = value[closing + 2:]
            break
        title = " ".join("".join(words).split())
        if rest is None or not title:
            out.append(node)
            continue
        del queue[len(queue) - len(refs) - (len(words) - 1):]
        mended.append(title)
        # the refs after the link's trail, as MediaWiki shows the word ("[[Smith<ref/>]]s":
        # "Smiths", cited after it; rv17: the ref between split the word and broke the trail)
        trail = _LINK_TRAIL.match(rest)
        after = trail.end() if trail else 0
        out += [Text(str(node.value)[:opened]), Wikilink(title), *([Text(rest[:after])] if after else []), *refs]
        queue.append(Text(rest[after:]))
    return out


class _Reader:
    """Walks the nodes of one article, collecting prose, references and the notice."""

    def __init__(self) -> None:
        self.references: dict[str, Reference] = {}
        self.tokens: list[tuple[str, str]] = []  # marker number -> ("ref"|"tag", key)
        self.afd: AfdNotice | None = None
        self._anonymous = 0
        self._defined: dict[str, str] = {}  # name -> its first definition, spacing aside
        self.redefined: list[str] = []  # names defined again with other content (a Cite error)
        self.spans = Spans()  # links and bold/italic, wrapped around their text (``mergekit.load.inline``)
        self.mended: list[str] = []  # links a <ref> inside their title broke, read as links (``_mend_links``)

    def marker(self, kind: str, key: str) -> str:
        """A placeholder no input text can contain; ``[n]`` once the prose is assembled."""
        self.tokens.append((kind, key))
        return f"{_OPEN}{len(self.tokens) - 1}{_CLOSE}"

    def marked(self, keys: list[str], kind: str) -> tuple[str, ...]:
        """The keys of ``kind`` ("ref" or "tag") the marker numbers ``keys`` stand for, in order."""
        tokens = [self.tokens[int(k)] for k in keys if int(k) < len(self.tokens)]
        return tuple(key for found, key in tokens if found == kind)

    def define(self, tag: Tag) -> str:
        name = ref_name(tag)
        contents = str(tag.contents) if tag.contents is not None else ""
        if name is None:
            self._anonymous += 1
            name = f"#{self._anonymous}"
        if contents.strip() and name not in self.references:
            self.references[name] = reference_from_wikitext(name, contents)
            self._defined[name] = " ".join(contents.split())
        elif contents.strip() and self._defined.get(name) not in (None, " ".join(contents.split())) \
                and name not in self.redefined:
            self.redefined.append(name)
        return name

    def prose(self, nodes) -> str:
        out: list[str] = []
        for node in _mend_links(list(nodes), self.mended):
            if isinstance(node, Text):
                out.append(_PRIVATE.sub("", str(node.value)))
            elif isinstance(node, Wikilink):
                title = str(node.title).strip()
                if title.lower().startswith(_NON_TEXT_LINKS):
                    continue
                label = self.prose(node.text.nodes) if node.text is not None else title
                # a target written as plain text only: one built by a template is not followed
                plain = all(isinstance(n, (Text, HTMLEntity)) for n in node.title.nodes)
                out.append(self.spans.wrap(MarkupKind.LINK, _target(node), label) if plain else label)
            elif isinstance(node, ExternalLink):
                out.append(self.prose(node.title.nodes) if node.title is not None else "")
            elif isinstance(node, HTMLEntity):  # "&#57344;" is a private-use character too: scrubbed as text is
                out.append(_PRIVATE.sub("", node.normalize()))
            elif isinstance(node, Comment):
                continue
            elif isinstance(node, Tag):
                out.append(self.tag(node))
            elif isinstance(node, Template):
                out.append(self.template(node))
        return "".join(out)

    def tag(self, tag: Tag) -> str:
        name = str(tag.tag).strip().lower()
        if name == "ref":
            return self.marker("ref", self.define(tag))
        if name == "references":
            self.list_defined(tag.contents)
            return ""
        if name == "br":
            return " "
        if name in {"li", "dt", "dd"} and tag.wiki_markup:
            return str(tag.wiki_markup)  # list markup, which _prose_lines reads
        if name in {"gallery", "math", "score", "timeline", "table", "templatestyles"}:
            return ""
        text = self.prose(tag.contents.nodes) if tag.contents is not None else ""
        return self.spans.wrap(_FORMAT[name], "", text) if name in _FORMAT else text

    def template(self, template: Template) -> str:
        if is_notice_template(template):
            self.afd = self.afd or parse_notice_template(template)
            return ""
        tag = maintenance_tag(template)
        if tag:
            return self.marker("tag", tag)
        if template_name(template) in FOOTNOTES:  # {{sfn|Smith|2020|p=5}}: a footnote, cited (``mergekit.load.shortcite``)
            raw = " ".join(str(template).split())
            key = f"#sfn {raw}"  # "#": no name of the page's (``ref_name``); one footnote per short citation
            if key in self.references or (short := short_reference(key, template, raw)) is None:
                return self.marker("ref", key) if key in self.references else ""
            self.references[key] = short
            return self.marker("ref", key)
        if template_name(template) in _LIST_DEFINED and template.has("refs"):
            self.list_defined(template.get("refs").value)
            return ""
        return _PRIVATE.sub("", render_prose_template(template) or "")

    def list_defined(self, contents) -> None:
        if contents is None:
            return
        for tag in contents.filter_tags(matches=lambda n: str(n.tag).strip().lower() == "ref"):
            self.define(tag)


_END_MARKERS = re.compile(r"(?:\s*(?:\[\d+\]|\ue000\d+\ue001))+$")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")


# An infobox as a plain-text copy of the page shows it: an "Infobox" line, then one
# "- Key: value" row per field ("- Date: 14 November 2020"); neither is prose, and nor is
# the box's name above its first row ("Norilsk diesel oil spill"), a line that is no sentence.
_BOX_ROW = re.compile(r"^(?:infobox\b.{0,60}|- [^:.!?]{1,40}: .*)$", re.IGNORECASE)


def _is_sentence(paragraph: str) -> bool:
    return bool(_SENTENCE_END.search(_END_MARKERS.sub("", paragraph)))


# A list item of a plain-text copy of the page: "- Donnybrook Berries" (a "- Key: value"
# row is the infobox's, ``_BOX_ROW``).
_PLAIN_ITEM = re.compile(r"^[-•–—]\s+\S")
_PLACEHOLDER = re.compile(f"{_OPEN}(\\d+){_CLOSE}")  # a reader's marker, as ``_Reader.marker`` writes it


def _plain(text: str) -> str:
    """A list item or lead-in as the editor reads it: markers removed, spaces collapsed."""
    return " ".join(_literal(_PLACEHOLDER.sub("", text)).split())


def _item_body(line: str) -> str | None:
    """The text of a list item line (wikitext "*", "#", ";" or a copy's "- "), or None."""
    if line.startswith(("*", "#", ";")):
        return line.lstrip("*#:;").strip()
    if _PLAIN_ITEM.match(line) and not _BOX_ROW.match(line):
        return line[1:].strip()
    return None


# A list of no prose as ``_prose_lines`` finds it: (where, lead-in, items, cut), markers in.
_Found = tuple[int, tuple[str, ...], tuple[str, ...], bool]


def _prose_lines(text: str) -> tuple[list[str], list[_Found], dict[int, str]]:
    """Paragraphs of prose: tables, infobox rows and leftover braces removed; each list
    item is a paragraph of its own, kept only when it is a sentence (a list of names or
    figures, "* 12 killed", is not prose). Never is an item joined to the line above.

    Also the lists of no prose, as (where, lead-in, items, cut), their markers still in:
    runs of items that are no sentences, with the paragraphs right above them that end in
    ":" (their lead-in, "The brands were:", which says nothing without its list and so goes
    with it). Of a paragraph of several sentences only the last is the lead-in: it stays,
    and ``cut`` says that its last sentence goes to the list's lead-in.

    Last, what follows each paragraph that is no list item: "prose" (a paragraph of prose),
    "end" (nothing: the section ends) or "other" (a list, a table, an infobox row), for
    ``_open_end``."""
    paragraphs: list[str] = []
    follows: dict[int, str] = {}
    pending: list[int] = []  # paragraphs of prose whose next line is not read yet
    lists: list[tuple[int, tuple[str, ...], list[str], bool]] = []  # as _Found, the items still open
    current: list[str] = []
    items: list[str] | None = None  # the open list's items (the last of ``lists``)
    for line in text.split("\n"):
        stripped = line.strip()
        body = _item_body(stripped)
        item = body is not None
        if not stripped or stripped.startswith(("{|", "|", "!", "__")) or item or _BOX_ROW.match(stripped):
            box_name = (bool(_BOX_ROW.match(stripped)) and len(current) == 1 and len(current[0].split()) <= 12
                        and not _is_sentence(current[0]))
            if current and not box_name:
                pending.append(len(paragraphs))
                paragraphs.append(" ".join(current))
            if stripped:
                follows.update(dict.fromkeys(pending, "other"))
                pending = []
            current = []
            if body is not None and _is_sentence(body):
                paragraphs.append(body)
                items = None
            elif body:
                if items is None:
                    lead_in: list[str] = []
                    cut = False
                    floor = lists[-1][0] if lists else 0  # the paragraphs above a list before are no lead-in of this one
                    while len(paragraphs) > floor and _plain(paragraphs[-1]).endswith(":"):
                        if cut := len(split_cited(_markers(paragraphs[-1]))) > 1:
                            break
                        lead_in.insert(0, paragraphs.pop())
                    items = []
                    lists.append((len(paragraphs), tuple(lead_in), items, cut))
                items.append(body)
            elif not item:
                items = None
            continue
        items = None
        follows.update(dict.fromkeys(pending, "prose"))
        pending = []
        current.append(stripped.lstrip(":").strip())
    if current:
        pending.append(len(paragraphs))
        paragraphs.append(" ".join(current))
    follows.update(dict.fromkeys(pending, "end"))
    return paragraphs, [(where, lead, tuple(run), cut) for where, lead, run, cut in lists], follows


def _open_end(parts: list[tuple[str, list[tuple[str, int]]]], follows: str | None, text: str) -> str | None:
    """How the last sentence of a paragraph of prose (``parts``, as ``split_placed`` gives
    them) fails to end it (``open_end``: "cut", "lead-in"), where the copy lacks what it
    needs; None for a paragraph that ends a sentence, or whose end something may complete.
    Only a paragraph that nothing but prose or the section's end follows (``follows``): a
    lead-in before a list or a table ("The members were:") has what it introduces. A
    lead-in counts before a paragraph of prose, a piece cut mid-sentence after a sentence
    of its own paragraph, or alone where the copy (``text``) ends with it: a line alone
    without a full stop elsewhere may be no sentence but no cut either (a caption, the
    title of a table the reader took out)."""
    if not parts or follows not in {"prose", "end"}:
        return None
    kind = open_end(_literal(parts[-1][0]))
    if kind == "lead-in" and follows != "prose":
        return None
    if kind == "cut" and len(parts) == 1 and not (follows == "end" and text.rstrip().endswith(parts[-1][0].split()[-1])):
        return None
    return kind if kind and _bare_after(text, parts[-1][0].split()[-1]) else None


# What the raw text may hold after a paragraph that completes it, which the reader takes out
# before paragraphs are read: a table, a template ({{quote}}, an election box), a file, a
# list, an indented line, a tag.
_COMPLETES = re.compile(r"\{|\||!|\[\[\s*(?:file|image|media)\s*:|[*#;:<]", re.IGNORECASE)
_REFS = re.compile(r"(?:<ref[^>]*/>|<ref[^>]*>.*?</ref>|\{\{\s*(?:efn|sfn|refn)[^{}]*\}\}|\s)*", re.IGNORECASE | re.DOTALL)


def _bare_after(text: str, last: str) -> bool:
    """True when every place ``text`` (the raw section) holds ``last`` (a paragraph's last
    word) is followed, past its references, by nothing or by a line of prose: the copy holds
    nothing that completes the paragraph. False where ``last`` is not found as written."""
    found = False
    for match in re.finditer(re.escape(last), text):
        found = True
        skipped = _REFS.match(text, match.end())  # it matches the empty string: never None
        rest = text[skipped.end() if skipped else match.end():]
        if rest and _COMPLETES.match(rest):
            return False
    return found


# mwparserfromhell takes quadratic time on unclosed tags and comments ("<ref>" * 20,000:
# 23 s); a real article leaves a few <br> open, never thousands.
MAX_UNCLOSED = 2000


def _check_unclosed(text: str) -> None:
    opened = len(re.findall(r"<[A-Za-z]|<!--", text))
    closed = len(re.findall(r"</[A-Za-z]|/>|-->", text))
    if opened - closed > MAX_UNCLOSED:
        raise InputError(f"the wikitext leaves {opened - closed:,} tags or comments unclosed (more than "
                         f"{MAX_UNCLOSED:,}): is it a broken copy of the article?")


def _is_title_line(parts: list[tuple[str, list[tuple[str, int]]]], title: str | None) -> bool:
    """True for a first paragraph that is the given title alone, with no marker and no
    sentence punctuation ("America (Cattelan)" over a copy of the rendered page)."""
    if not title or len(parts) != 1 or parts[0][1]:
        return False
    text = " ".join(parts[0][0].split())
    return text.casefold() == " ".join(title.split()).casefold() and not text.endswith((".", "!", "?"))


# the rule a ref name defined twice with other content is recorded under in ``Article.removed``
REDEFINED = "ref redefined"
# the rule a link a <ref> inside its title broke, read as the link, is recorded under (``_mend_links``)
LINK_MENDED = "link mended"
# the rule what a template closed too early left at a paragraph's start is recorded under
TEMPLATE_END = "template end"


# What a template closed too early leaves at a paragraph's start ("| note = a }} b" closes the
# infobox at "a }}", and " b }}" opens the prose): text up to a template's closing braces
# before the paragraph's first sentence ends. A paragraph of prose holds no "}}" of its own.
_CLOSING_DEBRIS = re.compile(r"^(?P<debris>[^.!?]*\}\})\s*")


# A numeric entity of a code point no text can hold: a lone surrogate (&#xD800;) or past U+10FFFF
_UNWRITABLE_ENTITY = re.compile(r"&#(?:[xX]0*([0-9a-fA-F]{1,8})|0*([0-9]{1,10}));")


def _writable_entities(text: str) -> str:
    """``text`` with each entity of a code point no UTF-8 text can hold written as U+FFFD's
    (``&#xFFFD;``): decoded, a lone surrogate stopped every output from being written
    (rv18: "[https://e.example/a&#xd800;b Minutes]" ended the run with a traceback)."""
    def fix(m: re.Match[str]) -> str:
        point = int(m.group(1), 16) if m.group(1) else int(m.group(2))
        return "&#xFFFD;" if 0xD800 <= point <= 0xDFFF or point > 0x10FFFF else m.group(0)

    return _UNWRITABLE_ENTITY.sub(fix, text)


def parse_wikitext(text: str, *, title: str | None = None, label: str = "",
                   revid: int | None = None) -> Article:
    """Sections, sentences bound to their refs and tags, references and the AfD notice."""
    text = _writable_entities(text)
    _check_unclosed(text)
    shown = as_shown(text)
    code = mwparserfromhell.parse(shown.text)
    reader = _Reader()
    removed = list(shown.hidden)
    sections: list[Section] = []
    lists: list[SourceList] = []
    for section in code.get_sections(flat=True, include_lead=True):
        headings = section.filter_headings(recursive=False)
        if headings:
            heading = headings[0]
            name, level = heading.title.strip_code().strip(), heading.level
            body = section.nodes[section.index(heading) + 1:]
            if level == 1 and not any(sec.sentences for sec in sections):
                # "= Title =" opening a plain-text copy of the page is its title line (an
                # article's own sections start at level 2): what follows is the lead
                title, name = title or name, ""
                if sections and not sections[-1].title and not sections[-1].sentences:
                    sections.pop()  # the empty lead above the title line
        else:
            name, level, body = "", 1, section.nodes
        prose, spans = unwrap(reader.prose(body), reader.spans)
        raw = "".join(map(str, body))
        if name.lower() in NON_PROSE_SECTIONS:
            continue
        sentences = []
        paragraphs, found, follows = _prose_lines(prose)
        for number, paragraph in enumerate(paragraphs):
            if (tidy := clear_template_debris(paragraph)) != paragraph:
                removed.append(f"template debris: {template_debris(_plain(paragraph))}")
                paragraphs[number] = tidy
            if debris := _CLOSING_DEBRIS.match(paragraphs[number]):  # "b }} On 22 February ...": a broken template's end
                removed.append(f"{TEMPLATE_END}: {_plain(debris.group('debris'))}")
                paragraphs[number] = paragraphs[number][debris.end():]
        split = [split_placed(_markers(paragraph)) for paragraph in paragraphs]
        for where, lead_in, items, cut in found:
            head = [split[where - 1].pop()] if cut else []  # a lead-in closing a paragraph of prose
            keys = [k for _, marks in head for k, _ in marks] + _PLACEHOLDER.findall("".join(lead_in + items))
            lists.append(SourceList(name, where, (*(_literal(clean) for clean, _ in head), *map(_plain, lead_in)),
                                    tuple(map(_plain, items)), tuple(dict.fromkeys(reader.marked(keys, "ref")))))
        for number, parts in enumerate(split):
            if number == 0 and not name and not any(sec.sentences for sec in sections) and _is_title_line(parts, title):
                continue  # a plain-text copy of the rendered page opens with its title line
            if kind := _open_end(parts, follows.get(number), raw):  # no prose to carry: reported (OPEN_END)
                removed.append(f"{OPEN_END[kind]}: {_literal(parts.pop()[0])}")
            for clean, placed in parts:
                keys = [key for key, _ in placed]
                sentences.append(Sentence(
                    text=_literal(clean),
                    refs=tuple(dict.fromkeys(reader.marked(keys, "ref"))),
                    tags=reader.marked(keys, "tag"),
                    paragraph=number,
                    cite_at=tuple((ref, at) for key, at in placed for ref in reader.marked([key], "ref")),
                ))
        sentences = place(sentences, prose, spans, reader.spans)
        sections.append(Section(title=name, level=level, sentences=tuple(sentences)))
    removed += [f"{REDEFINED}: {name}" for name in reader.redefined]
    removed += [f"{LINK_MENDED}: {title}" for title in reader.mended]
    references = tuple(reader.references.values())
    if any(ref.short for ref in references):  # each short citation with the full citation it points to
        fulls = full_citations(shown.text)
        references = tuple(replace(ref, full=fulls.get(anchor)) if ref.short and (anchor := reference_anchor(ref))
                           else ref for ref in references)
    return Article(
        title=title,
        sections=tuple(sections),
        references=references,
        afd=reader.afd,
        wikitext=text,
        revid=revid,
        label=label,
        lists=tuple(lists),
        removed=tuple(removed),
    )

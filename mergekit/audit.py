"""The draft's promises, checked on its output: what mergekit must never write.

``audit`` reads a run's rendered files beside its inputs and plan and returns every broken
promise as a ``Violation`` (rule, file, what). It is the trust gate of the real-merge
corpus scorer (``benchmarks/cases.py``) and of the tests; it never changes anything.

The rules (issue "Trust on merges it has never seen", section 2):

- ``destination-kept``: the merged destination is the destination as read, byte for byte,
  with one block inserted.
- ``sentence-origin``: every sentence of the new section is a source sentence (its text as
  planned; a changed text only where a finding says why), or a generated attribution; and
  every planned sentence of a rendered source is in the source's text as given, but for
  what the rendered reader documents it takes out or puts back: transclusion markup read
  as the page itself shows it (``<includeonly>`` text hidden, ``mergekit.load.transclusion``),
  markers, line breaks and runs of spaces, a space before punctuation ("Dancing ." ->
  "Dancing.", ``mergekit.load.sentences.tidy_spacing``, as every sentence is spaced),
  template debris, and a space put back at a glued link ("beenFIFA" ->
  "been FIFA", each recorded as "glue: ..." and only ever one space between a lower-case
  run and a capital or a digit).
- ``bare-sentence``: a sentence the article left uncited is carried with a citation the draft
  adds or a maintenance tag (``{{citation needed}}``) after it in the draft, never bare; or
  it stands in a new section that opens with ``{{Unreferenced section|date=...}}`` dated with
  the run's month, and that section cites nothing (no ``<ref>``, no sentence the article
  cited). The plan must give it a citation to add or a tag in any case; a sentence the check
  cannot find in the draft (its text escaped) is held to the plan alone.
- ``generated-facts``: every figure and name in a generated sentence appears in the
  evidence the run quoted, or in a news item's outlet or title.
- ``generated-speaker``: a generated sentence's speaker is a name, not a discourse word,
  a pronoun or "a statement".
- ``generated-count``: at most one generated sentence per conflicting claim cluster of the
  sentence it follows.
- ``cite-place``: a ref written inside a sentence's words is one of the source's own refs of
  that sentence, after the words the source puts it after (the same words, in any order: a
  restyled date, ``_same_words``), in a sentence written as the source gives it; and each of
  the source's refs that it puts inside a sentence written as the source gives it, when the
  draft writes it for that sentence, stands there, not at the end: a citation supports the
  clause before it (WP:INTEGRITY, trial-7 D5). Read from the draft and the source alone (a ref
  with no cite template by its text or link), never from how the writer places one. The other
  sentence checks find a sentence's words whole, its refs taken out (``_Lifted``).
- ``citation-support``: a news source the draft adds to a sentence supports that sentence
  and was not found contradicting it.
- ``cite-origin``: every cite the new section defines is an input's (a news item or a source
  reference, found by url or title), with that input's outlet, date, access date and author.
- ``cite-fields``: a cite's name field (``last``, ``first``, ``author``) names one person.
- ``no-placeholder``: no made-up reference (``Reference [n] of``) and no ``Untitled`` cite.
- ``no-afd``: no AfD link or ``{{Afd-merged-from}}`` when no AfD was given.
- ``title-from-file``: the section title, redirect anchor and page titles are not file names.
- ``furniture``: no page furniture as prose (coordinates, "Retrieved", "From Wikipedia", an
  old revision's notice, a line of bare namespace-prefixed page names a mirror leaked,
  "Шаблон:Infobox eruption", ``mergekit.load.furniture``),
  and no kept line that is no sentence (no closing punctuation: a caption, a box's name).
- ``hidden-note``: a hidden note (``<!-- … -->``, the tool's note to the editor) ends where
  the draft ends it: no ``--``, ``<`` or ``>`` inside it (input text that could close it or
  an enclosing ``<ref>``), and no stray ``-->`` or unclosed ``<!--`` around it. The notes are
  then cut out and the rest of their line is checked as prose like any other line: a
  paragraph that opens with a note (a left-out list, a dangling pointer) is not exempt.
- ``link-origin``: every internal link of the new section is one of the source's own (a
  wikitext source's ``[[...]]``, by its target), and none leads to the destination or the
  source (the source becomes a redirect to it). The sentence checks read a line as plain
  text, its links as their labels and its bold/italic as its words (``_words``).
- ``talk-internals``: the talk post names no input file, score, formula or date interval.
- ``talk-duplicate``: no bullet of the talk post appears twice.
- ``finding-ids``: finding ids are unique within the run.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property

import mwparserfromhell
from mwparserfromhell.nodes import Comment, Heading, Tag, Template, Wikilink

from mergekit.draft.dates import cite_date_style, date_style, format_date, month_year, restyle_dates
from mergekit.draft.escape import escape_url
from mergekit.draft.titles import link_key, title_key
from mergekit.load.furniture import is_page_names
from mergekit.load.inputs import MergeInputs
from mergekit.load.refmatch import same_title
from mergekit.load.rendered import clear_template_debris
from mergekit.load.sentences import tidy_spacing
from mergekit.load.transclusion import as_shown
from mergekit.model import Article, Sentence
from mergekit.plan.model import MergePlan, SentencePlan, sentence_key

__all__ = ["Violation", "audit", "names_afd"]


@dataclass(frozen=True)
class Violation:
    """One broken promise: which rule, in which output file, and what was found."""

    rule: str
    file: str
    detail: str


_DISCOURSE = {
    "meanwhile", "however", "moreover", "furthermore", "earlier", "later", "also", "additionally",
    "separately", "instead", "still", "yet", "then", "now", "today", "yesterday", "thus", "therefore",
    "nevertheless", "nonetheless", "besides", "otherwise", "he", "she", "it", "they", "we", "i", "you",
    "this", "that", "these", "those", "statement", "statements", "report", "reports", "sources", "officials",
}
_SPEAKER = re.compile(
    r"according to (?:a |an |the )?(?P<a>[\w'’.-]+)|(?P<b>[\w'’.-]+)(?: [\w'’.-]+){0,3} (?:said|says|stated|reported|denied)\b"
)
_FURNITURE = re.compile(
    r"\d+\s*°\s*\d+\s*[′']|\bCoordinates\b|From Wikipedia|Jump to (?:navigation|search)|\bRetrieved \d|"
    r"\[edit\]|\bThis article (?:is|was) nominated for deletion\b|^\^"
    r"|\bThis is an old revision of this page, as edited by\b|\bis a permanent link to this revision\b",
)
# A sentence ends with sentence punctuation, perhaps inside closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
_TALK_INTERNALS = re.compile(r"P\((?:support|full|any|contra)\)|\bscore \d|\bvalue pairs\b|\brtol\b|±"
                             r"|\d{4}-\d\d-\d\d\.\.\d{4}-\d\d-\d\d")  # a date read as an interval
_COMMENT = re.compile(r"<!--(?P<body>.*?)-->", re.S)
_COMMENT_LIVE = re.compile(r"--|[<>]")  # what ends a comment, or the <ref> around it
_REF = re.compile(r'<ref\s+name="(?P<name>[^"]+)"\s*(?:/>|>(?P<body>.*?)</ref>)', re.S)
# What may follow a sentence: its footnotes and inline tags, in a run.
_TAIL = re.compile(r"(?:\s*(?:<ref[^>]*/>|<ref[^>]*>.*?</ref>|\{\{[^{}]*\}\}))*", re.S)
_ANY_REF = re.compile(r"<ref[^>]*/>|<ref[^>]*>.*?</ref>", re.S)
_REF_TAG = re.compile(r"<ref\b[^>]*/>|<ref\b[^>]*>.*?</ref\s*>", re.S | re.I)
_TEMPLATE_NAME = re.compile(r"\{\{\s*([^|{}]+?)\s*(?:\||\}\})")


def _inserted(original: str, merged: str) -> tuple[str, str]:
    """The block ``merged`` adds to ``original``, and what of ``original`` it lost."""
    start = 0
    limit = min(len(original), len(merged))
    while start < limit and original[start] == merged[start]:
        start += 1
    start = merged.rfind("\n", 0, start) + 1  # a block is whole lines: "== " may open both
    end = 0
    while end < limit - start and original[len(original) - 1 - end] == merged[len(merged) - 1 - end]:
        end += 1
    return merged[start:len(merged) - end], original[start:len(original) - end]


def _plain(wikitext: str) -> str:
    """Prose of a wikitext fragment: refs, templates, comments and headings removed."""
    code = mwparserfromhell.parse(wikitext)
    for node in code.filter(recursive=False):
        if not isinstance(node, (Tag, Template, Comment, Heading)):
            continue
        if isinstance(node, Tag) and str(node.tag).lower() not in {"ref", "references"}:
            continue
        try:
            code.remove(node)
        except ValueError:
            pass
    return html.unescape(code.strip_code(normalize=True, collapse=True))


def _words(wikitext: str) -> str:
    """``wikitext`` with its internal links written as their labels and its bold/italic as
    their words (``<nowiki/>`` out), the rest as it is: a line of the draft as plain words
    beside its refs and tags, for the checks that find a sentence's text in it."""
    out = []
    for node in mwparserfromhell.parse(wikitext).nodes:
        if isinstance(node, Wikilink):
            out.append(_words(str(node.text)) if node.text is not None else str(node.title).lstrip(":"))
        elif isinstance(node, Tag) and str(node.tag).lower() in {"i", "b"} and node.wiki_markup:
            out.append(_words(str(node.contents)) if node.contents is not None else "")
        elif isinstance(node, Tag) and str(node.tag).lower() == "nowiki" and node.self_closing:
            continue
        else:
            out.append(str(node))
    return "".join(out)


def _norm(text: str) -> str:
    return " ".join(html.unescape(text).split())


def _body_text(wikitext: str) -> str:
    """A ``<ref>``'s body with no cite template as a reader sees it ("[https://x Meeting notes]"
    is "Meeting notes"), spaces collapsed: the source's ``Reference.raw`` and the draft's written
    text compare this way."""
    return _norm(mwparserfromhell.parse(wikitext).strip_code(normalize=True, collapse=True))


_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b")


def _same_words(draft: str, source: str) -> bool:
    """Whether the draft's words before a place are the source's words before it: the same
    words, each as often, whatever their order within them and their punctuation (a restyled
    date: "On May 6, 2021" is "On 6 May 2021", "June 20th" "20 June"). Read from the two texts
    alone, not from how the writer restyles or places anything."""
    def words(text: str) -> Counter[str]:
        return Counter(re.findall(r"\w+", _ORDINAL.sub("", html.unescape(text))))
    return bool(draft.strip()) and words(draft) == words(source)


# The refs and tags that may follow a sentence's words, its refs taken out (``_Lifted``).
_TAGS_RUN = re.compile(r"(?:\s*\{\{[^{}]*\}\})*\s*")


class _Lifted:
    """A line of the draft as its words (links as their labels, bold/italic as its words,
    entities read: ``_words``), its ``<ref>``s taken out, each kept with the offset in the words
    where it stood: a sentence is found in the words whole, wherever its refs stand in it."""

    def __init__(self, line: str):
        raw = _words(line)
        pieces: list[str] = []
        self.refs: list[tuple[int, re.Match[str]]] = []
        length = last = 0
        for m in _REF_TAG.finditer(raw):
            piece = html.unescape(raw[last:m.start()])
            pieces.append(piece)
            length += len(piece)
            self.refs.append((length, m))
            last = m.end()
        pieces.append(html.unescape(raw[last:]))
        self.words = "".join(pieces)

    def find(self, probes: tuple[str, ...], start: int = 0) -> tuple[int, str] | None:
        """Where the first of ``probes`` found (from ``start``) stands, and which it is."""
        for probe in probes:
            if probe and (at := self.words.find(probe, start)) >= 0:
                return at, probe
        return None

    def inside(self, start: int, end: int) -> list[tuple[int, re.Match[str]]]:
        """The refs written within the words ``start:end`` (not at either end)."""
        return [(at, m) for at, m in self.refs if start < at < end]

    def after(self, end: int) -> tuple[list[re.Match[str]], str]:
        """The refs that follow the words ending at ``end``, with the tags among them (their
        text): a run of refs and templates, spaces between them."""
        run = _TAGS_RUN.match(self.words, end)
        stop = run.end() if run else end
        return [m for at, m in self.refs if end <= at <= stop], self.words[end:stop]


# A marker the rendered reader takes out of a sentence ("[12]", "[a]", "[citation needed]").
_MARKERS = re.compile(r"\[[^\[\]\n]{1,40}\]")
# The one repair of a source's words the audit accepts: a space between a lower-case run and
# a capital or a digit ("been FIFA", "the 2017–18", "first UEFA").
_GLUE_REPAIR = re.compile(r"[^\W\d_A-Z]+ [^\W_a-z]\S*")


def _unmarked(text: str) -> str:
    """``text`` without its markers, spaced as the rendered reader spaces its sentences
    (``tidy_spacing``): a sentence as that reader gives it (``sentence-origin``), or the
    source as it reads it, the same way for both."""
    return tidy_spacing(_MARKERS.sub("", text))


def _source_as_read(article: Article) -> str | None:
    """A rendered source's text with what its reader takes out or puts back done
    (``sentence-origin``), whitespace collapsed; None for a source that was no rendered text."""
    if article.text is None:
        return None
    text = clear_template_debris(_unmarked(as_shown(article.text).text))
    for record in article.removed:
        if not record.startswith("glue: "):
            continue
        for pair in record.removeprefix("glue: ").split(", "):
            glued, _, spaced = pair.partition(" -> ")
            if spaced.replace(" ", "", 1) == glued and _GLUE_REPAIR.fullmatch(spaced):
                text = re.sub(rf"(?<![\w#@/.]){re.escape(glued)}", spaced, text)
    return text


def _cite_field(templates: list[Template], name: str) -> str | None:
    for template in templates:
        if template.has(name):
            return _norm(str(template.get(name).value))
    return None


class _Auditor:
    def __init__(self, inputs: MergeInputs, plan: MergePlan, files: Mapping[str, str], *, afd_given: bool):
        self.inputs, self.plan, self.files, self.afd_given = inputs, plan, files, afd_given
        self.out: list[Violation] = []
        self.evidence_text = " ".join(
            [e.quote for f in plan.findings for e in f.evidence]
            + [e.quote for sp in plan.sentences for e in sp.evidence]
            + [v.quote for c in plan.clusters for v in getattr(c, "values", ())]
            + [n.work or "" for n in inputs.news] + [n.title or "" for n in inputs.news]
        )
        self.labels = {n.label for n in inputs.news} | {inputs.source.label, inputs.target.label}
        self.cites: dict[str, tuple[str, str]] = {}  # ref name -> (title, url) of its definition
        self.bodies: dict[str, tuple[str, str]] = {}  # ref name -> (text, url) of one with no cite template

    def add(self, rule: str, file: str, detail: str) -> None:
        self.out.append(Violation(rule, file, detail))

    # -- the article draft -------------------------------------------------------------
    def draft(self) -> None:
        name = next((f for f in self.files if f.endswith(".wikitext") and f not in
                     {"talk.wikitext", "redirect.wikitext", "talk-templates.wikitext"}), None)
        if name is None:
            self.add("destination-kept", "-", "no article draft among the outputs")
            return
        block, lost = _inserted(self.inputs.target.wikitext or "", self.files[name])
        if lost.strip():
            self.add("destination-kept", name, f"the draft loses or changes destination text: {lost[:80]!r}")
        self.section(name, block)

    def _resolve(self, block: str) -> dict[str, str]:
        """Ref name -> news label, for every ref defined in the block or the destination."""
        by_title = {_norm(n.title): n.label for n in self.inputs.news if n.title}
        by_url = {n.url.rstrip("/"): n.label for n in self.inputs.news if n.url}
        names: dict[str, str] = {label: name for label, name in self.inputs.target_cites.items()}
        out = {name: label for label, name in names.items()}
        for ref in self.inputs.target.references:  # names the draft reuses from the destination
            self.cites[ref.key] = (_norm(ref.title or ""), (ref.url or "").rstrip("/"))
        for m in _REF.finditer(block):
            body = m.group("body")
            if not body:
                continue
            code = mwparserfromhell.parse(body)
            templates = code.filter_templates()  # parsed once for both fields
            if not any(str(t.name).strip().lower().startswith("cite") for t in templates):
                # no cite template: its text as a reader sees it, and the link it gives
                links = code.filter_external_links()
                self.bodies[m.group("name")] = (_body_text(body), str(links[0].url).rstrip("/") if links else "")
            url = (_cite_field(templates, "url") or "").rstrip("/")
            title = _cite_field(templates, "title") or ""
            self.cites[m.group("name")] = (title, url)
            label = by_url.get(url) or by_title.get(title)
            if label:
                out[m.group("name")] = label
        return out

    def section(self, name: str, block: str) -> None:
        style = date_style(self.inputs.target.wikitext or "")
        ref_labels = self._resolve(block)
        kept = [sp for sp in self.plan.sentences if sp.include]
        corrected = {f.sentence for f in self.plan.findings if f.kind == "contradicted"}
        conflicts = Counter(
            v.key for c in self.plan.clusters if getattr(c, "conflict", False)
            for v in {val.key: val for val in c.values if val.role == "article"}.values()
        )
        source = _source_as_read(self.inputs.source)
        lines = [_Lifted(line) for line in _COMMENT.sub("", block).splitlines()]
        banner = self._banner(name, block, kept)
        for sp in kept:
            if not _SENTENCE_END.search(sp.text):
                self.add("furniture", name, f"{sp.key} is no sentence (a caption, a box's name or a heading?): "
                         f"{sp.text[:80]!r}")
            if not sp.cited and not sp.supporting and not sp.tags:
                # an uncited sentence goes in with a citation the draft adds or a tag, never bare
                self.add("bare-sentence", name, f"{sp.key} is carried with no citation and no tag: {sp.text[:80]!r}")
            elif not sp.cited and not banner and not self._marked(sp, lines, style):
                self.add("bare-sentence", name, f"{sp.key} stands in the draft with no footnote and no tag, in a "
                         f"section with no {{{{Unreferenced section}}}}: {sp.text[:80]!r}")
            if sp.text != sp.original and sp.original not in corrected:
                self.add("sentence-origin", name, f"{sp.key} is changed with no finding to say why: {sp.text[:80]!r}")
            if source is not None and _unmarked(sp.original) not in source:
                self.add("sentence-origin", name, f"{sp.key} is not in the source as given: {sp.original[:80]!r}")
        for line in self._hidden_notes(name, block).splitlines():
            if not line.strip() or line.lstrip().startswith("="):
                continue
            self._paragraph(name, line, kept, style, ref_labels, conflicts)
        self._cite_fields(name, block)
        self._links(name, block)
        self._cite_origin(name, block, cite_date_style(self.inputs.target.wikitext or ""))
        if furniture := _FURNITURE.search(_plain(block)):
            self.add("furniture", name, f"page furniture in the new section: {furniture.group(0)!r}")
        for line in block.splitlines():  # line by line: a ";" line's first colon is no dt/dd split here
            if is_page_names(text := _plain(line.lstrip(";:*# "))):
                self.add("furniture", name, f"page names as prose in the new section: {text[:80]!r}")

    def _banner(self, name: str, block: str, kept: list[SentencePlan]) -> bool:
        """Whether the new section opens with {{Unreferenced section}} (its first line under the
        heading) dated with the run's month, and rightly: the section cites nothing."""
        body = [line for line in block.splitlines() if line.strip()]
        if body and body[0].lstrip().startswith("=="):
            body = body[1:]
        first = body[0].strip() if body else ""
        if not re.fullmatch(r"\{\{\s*Unreferenced section\s*\|\s*date\s*=\s*[^{}|]*\}\}", first, re.I):
            return False
        date = first.split("=", 1)[1].rstrip("}").strip()
        if date != month_year(self.plan.run_date):
            self.add("bare-sentence", name, f"{{{{Unreferenced section}}}} is dated {date!r}, not the run's month")
            return False
        if "<ref" in block.lower() or any(sp.cited for sp in kept):
            self.add("bare-sentence", name, "{{Unreferenced section}} on a section that cites sources")
            return False
        return True

    def _marked(self, sp: SentencePlan, lines: list[_Lifted], style: str) -> bool:
        """Whether ``sp`` is followed, somewhere it stands in the draft, by a footnote or a
        maintenance tag ({{Update after}} says nothing of its sources); a sentence not found
        (escaped text) is held to the plan alone (``section``). A ref written inside its words
        (``cite-place``) does not count: it supports the words before it, not the sentence."""
        found = False
        probes = tuple(dict.fromkeys((restyle_dates(sp.text, style), sp.text)))
        for line in lines:
            hit = line.find(probes)
            while hit is not None:
                found = True
                at, probe = hit
                refs, run = line.after(at + len(probe))
                names = {m.group(1).strip().lower() for m in _TEMPLATE_NAME.finditer(run)}
                if refs or names - {"update after"}:
                    return True
                hit = line.find((probe,), at + 1)
        return not found

    def _hidden_notes(self, name: str, block: str) -> str:
        """``block`` with its hidden notes cut out, each note checked to end where it should."""
        for m in _COMMENT.finditer(block):
            if live := _COMMENT_LIVE.search(m.group("body")):
                self.add("hidden-note", name, f"{live.group(0)!r} inside a hidden note: {m.group(0)[:100]!r}")
        prose = _COMMENT.sub("", block)
        for stray in re.finditer(r"-->|<!--", prose):
            line = prose[prose.rfind("\n", 0, stray.start()) + 1:].split("\n", 1)[0]
            self.add("hidden-note", name, f"a stray {stray.group(0)!r} (a note broken open?): {line[:100]!r}")
        return prose

    @cached_property
    def _source_links(self) -> frozenset[str]:
        """The pages the source's own links lead to, as a reader follows them (read once)."""
        source = self.inputs.source.wikitext or ""
        return frozenset(link_key(str(link.title)) for link in mwparserfromhell.parse(source).filter_wikilinks())

    def _links(self, name: str, block: str) -> None:
        # Both sides as a reader follows them (``title_key``): the source's [[AT&amp;T|...]] is
        # the draft's [[AT&T|...]], and [[Peloton%20Interactive|...]] a link to the destination.
        given = self._source_links
        own = {title_key(t) for t in (self.plan.target_title, self.plan.source_title) if t}
        for link in mwparserfromhell.parse(_COMMENT.sub("", block)).filter_wikilinks():
            page = link_key(str(link.title))
            if page in own or not page:
                self.add("link-origin", name, f"a link to the page itself (the destination or the source): {str(link)[:80]!r}")
            elif page not in given:
                self.add("link-origin", name, f"a link the source does not have: {str(link)[:80]!r}")

    def _cite_fields(self, name: str, block: str) -> None:
        # One person per name field: "first=Joel; McCluskey, Mitchell" is three authors
        # glued into one, which the citation shows as one person's first name.
        for template in mwparserfromhell.parse(block).filter_templates():
            if not str(template.name).strip().lower().startswith("cite"):
                continue
            for param in template.params:
                if re.fullmatch(r"(?:last|first|author)\d*", str(param.name).strip()) and ";" in str(param.value):
                    self.add("cite-fields", name, f"several people in one name field: "
                             f"{str(param.name).strip()}={_norm(str(param.value))[:60]!r}")

    def _cite_origin(self, name: str, block: str, style: str) -> None:
        # Every cite the block defines is an input's (a news item's or a source reference's,
        # found by its url or title), and says what that input says: outlet, date, author.
        given = [(n.title, n.url, {n.work}, n.date, n.access_date, n.author) for n in self.inputs.news]
        given += [(r.title, r.url, {r.work, r.publisher}, r.date, r.access_date, r.author)
                  for r in self.inputs.source.references]
        for m in _REF.finditer(block):
            for template in mwparserfromhell.parse(m.group("body") or "").filter_templates():
                if not str(template.name).strip().lower().startswith("cite"):
                    continue
                field = {str(p.name).strip(): _norm(str(p.value)) for p in template.params}
                title, url = field.get("title"), field.get("url")
                mine = [g for g in given if (title and g[0] and _norm(g[0]) == title)
                        or (url and g[1] and url in {g[1], escape_url(g[1])})]
                if not mine:
                    self.add("cite-origin", name, f"a cite no input gives: {title or url or str(template)[:60]!r}")
                    continue
                authors = "; ".join(
                    f"{field[f'last{n}']}, {field.get(f'first{n}', '')}".rstrip(", ") if f"last{n}" in field
                    else field.get(f"author{n}", "") for n in ["", *map(str, range(1, 10))]
                    if f"last{n}" in field or f"author{n}" in field)
                checks = (("title", title, {_norm(g[0]) for g in mine if g[0]}),
                          ("url", url, {u for g in mine if g[1] for u in (g[1], escape_url(g[1])) if u}),
                          ("work", field.get("work") or field.get("website"),  # website: a {{cite web}}'s
                           {_norm(w) for g in mine for w in g[2] if w}),
                          ("date", field.get("date"), {_norm(format_date(g[3], style)) for g in mine if g[3]}),
                          ("access-date", field.get("access-date"),
                           {_norm(format_date(g[4], style)) for g in mine if g[4]}),
                          ("author", authors or None, {"; ".join(_norm(a) for a in g[5].split(";")) for g in mine
                                                       if g[5]}))
                for what, value, known in checks:
                    if value and value not in known:
                        self.add("cite-origin", name, f"{what}={value!r} in the cite of {title or url!r} is no "
                                 f"input's (given: {sorted(known)})")

    def _paragraph(self, name: str, line: str, kept: list[SentencePlan], style: str,
                   ref_labels: dict[str, str], conflicts: Counter[str]) -> None:
        # Cut the paragraph at each kept sentence it holds; what lies between them is generated.
        plain_line = _norm(_plain(line))
        spans: list[tuple[int, int, SentencePlan | None]] = []
        taken: set[int] = set()  # a sentence the source repeats is kept twice: one place each
        for sp in kept:
            for candidate in (restyle_dates(sp.text, style), sp.text):
                needle = _norm(candidate)
                pos = plain_line.find(needle)
                while pos >= 0 and pos in taken:
                    pos = plain_line.find(needle, pos + 1)
                if pos >= 0:
                    taken.add(pos)
                    spans.append((pos, pos + len(needle), sp))
                    break
        spans.sort(key=lambda s: s[0])
        cursor, previous = 0, None
        generated: dict[str, int] = Counter()
        for start, end, placed in [*spans, (len(plain_line), len(plain_line), None)]:
            gap = plain_line[cursor:start].strip()
            if gap:
                if previous is None:
                    self.add("sentence-origin", name, f"text that is no source sentence: {gap[:100]!r}")
                else:
                    for piece in re.split(r"(?<=[.!?])\s+(?=[A-Z])", gap):
                        generated[previous.key] += 1
                        self._generated(name, piece)
            cursor, previous = max(cursor, end), placed
        for key, count in generated.items():
            if count > conflicts.get(key, 0):
                self.add("generated-count", name, f"{count} generated sentence(s) after {key}, which is in "
                         f"{conflicts.get(key, 0)} conflicting cluster(s)")
        self._citations(name, line, kept, style, ref_labels)

    def _generated(self, name: str, piece: str) -> None:
        tokens = re.findall(r"[\w'’.-]+", piece)
        for i, token in enumerate(tokens):
            word = token.strip(".'’-")
            if not word:
                continue
            figure = any(c.isdigit() for c in word)
            named = word[0].isupper() and i > 0 and not re.search(r"[:;]\s*$", piece.split(token)[0])
            if (figure or named) and word not in self.evidence_text:
                self.add("generated-facts", name, f"{word!r} in a generated sentence is in no quoted evidence: {piece[:100]!r}")
        for m in _SPEAKER.finditer(piece):
            who = (m.group("a") or m.group("b") or "").lower().strip(".")
            if who in _DISCOURSE:
                self.add("generated-speaker", name, f"speaker {who!r} is not a person or organisation: {piece[:100]!r}")

    def _citations(self, name: str, line: str, kept: list[SentencePlan], style: str,
                   ref_labels: dict[str, str]) -> None:
        # Each kept sentence owns the refs written between its text and the next sentence, and
        # those written inside its words (``cite-place``).
        lifted = _Lifted(line)  # the line as read, links as their words, refs apart: parsed once
        for sp in kept:
            text = restyle_dates(sp.text, style)
            hit = lifted.find(tuple(dict.fromkeys((text, sp.text, _norm(text), _norm(sp.text)))))
            if hit is None:
                continue
            pos, probe = hit
            tail, _ = lifted.after(pos + len(probe))
            inside = lifted.inside(pos, pos + len(probe))
            for at, m in inside:
                self._cite_place(name, sp, probe, at - pos, m, ref_labels)
            self._cites_kept_in_place(name, sp, probe, [(at - pos, m) for at, m in inside], tail, ref_labels)
            own = {self.inputs.cited.get(k) for k in sp.cited}
            # The article's own references, carried over (matched to a news item or not).
            mine = [self.inputs.source.reference(k) for k in sp.cited]
            own_cites = {(_norm(r.title or ""), (r.url or "").rstrip("/")) for r in mine if r}
            stances = {e.source: e.stance for e in sp.evidence}
            for m in [*(m for _, m in inside), *tail]:
                found = _REF.fullmatch(m.group(0))
                if found is None:
                    continue
                label = ref_labels.get(found.group("name"))
                title, url = self.cites.get(found.group("name"), ("", ""))
                carried = any((title and title == t) or (url and url == u) for t, u in own_cites)
                if not label or label in own or carried:
                    continue
                if stances.get(label) == "contradicts" or label not in sp.supporting:
                    self.add("citation-support", name, f"{sp.key} cites {label}, which is not a supporting source "
                             f"({stances.get(label, 'no evidence')})")

    def _cite_place(self, name: str, sp: SentencePlan, probe: str, at: int, ref: re.Match[str],
                    ref_labels: dict[str, str]) -> None:
        """A ref written inside ``sp``'s words (``probe``, as the draft writes it), ``at`` its
        words' offset: it supports the words before it (WP:INTEGRITY), so it must be one of the
        source's own refs of that sentence, which the source puts after the same words
        (``_same_words``), and the sentence must be written as the source gives it (a rewritten
        one has its refs at the end)."""
        source = self._source_sentences.get(sp.key)
        found = _REF.fullmatch(ref.group(0))
        head = probe[:at]
        said = source.text if source is not None and sp.text == sp.original else ""
        spots = source.ref_places() if source is not None and said else {}
        for key, places in spots.items():
            if not any(0 < p < len(said) and _same_words(head, said[:p]) for p in places):
                continue
            if found is not None and self._is_reference(found.group("name"), key, ref_labels):
                return
        self.add("cite-place", name, f"{sp.key} has a citation after {head[-40:]!r} that the source does not put "
                 f"there: {ref.group(0)[:80]!r}")

    def _cites_kept_in_place(self, name: str, sp: SentencePlan, probe: str, inside: list[tuple[int, re.Match[str]]],
                             tail: list[re.Match[str]], ref_labels: dict[str, str]) -> None:
        """Each of the source's refs that the source puts inside ``sp``'s words and the draft
        writes for it (``inside``, at their offsets in ``probe``, or in its ``tail``) stands inside
        the words, after the same words as in the source (``_same_words``), when the sentence is
        written as the source gives it: a citation moved to the end would seem to support the
        words after its place (trial-7, D5). Read from the draft and the source alone, not from
        how the writer places a ref."""
        source = self._source_sentences.get(sp.key)
        if source is None or sp.text != sp.original:
            return
        names = [(at, found.group("name")) for at, m in [*inside, *((len(probe), m) for m in tail)]
                 if (found := _REF.fullmatch(m.group(0)))]
        for key, places in source.ref_places().items():
            if not any(self._is_reference(ref, key, ref_labels) for _, ref in names):
                continue  # not written for this sentence (a news text that does not say it, no title)
            for p in places:
                if not 0 < p < len(source.text):
                    continue  # at the end
                if not any(at < len(probe) and _same_words(probe[:at], source.text[:p])
                           and self._is_reference(ref, key, ref_labels) for at, ref in names):
                    self.add("cite-place", name, f"{sp.key} does not cite {key!r} after "
                             f"{source.text[:p][-40:]!r}, where the source puts it")

    def _is_reference(self, ref_name: str, key: str, ref_labels: dict[str, str]) -> bool:
        """Whether the draft's ref ``ref_name`` cites the source's reference ``key``: the news
        item the source cites by it, or that reference by its title or url, or (a ref with no
        cite template: a bare URL, a text, a bracketed link) by its text or its link."""
        label = self.inputs.cited.get(key)
        if label is not None:
            return ref_labels.get(ref_name) == label
        ref = self.inputs.source.reference(key)
        if ref is None:
            return False
        title, url = self.cites.get(ref_name, ("", ""))
        if (title and (title == _norm(ref.title or "") or same_title(ref.title, title))) or (
                url and url == (ref.url or "").rstrip("/")):
            return True
        text, link = self.bodies.get(ref_name, ("", ""))
        return bool((link and link == (ref.url or "").rstrip("/"))
                    or (text and text in {_body_text(ref.raw), _norm(ref.title or "") if ref.text_only else ""}))

    @cached_property
    def _source_sentences(self) -> dict[str, Sentence]:
        """The source's sentences by the key its sentence plans carry (``sentence_key``)."""
        return {sentence_key(n): s for n, (_, s) in enumerate(self.inputs.source.sentences(), start=1)}

    # -- the other files -----------------------------------------------------------------
    def apparatus(self) -> None:
        for file, text in self.files.items():
            if re.search(r"Reference \[\d+\] of|\|\s*title\s*=\s*Untitled\b", text):
                self.add("no-placeholder", file, "a made-up reference")
            if not self.afd_given and re.search(r"Articles for deletion|Afd-merged-from|\|\s*afd\s*=", text):
                self.add("no-afd", file, "an AfD link or template, but no AfD was given")
        stems = {label.rsplit(".", 1)[0] for label in self.labels}
        # A file named after its page ("Big_maple_leaf_theft.txt", titled in merge.toml) is
        # fine; a file name standing in for the title shows: its suffix, underscores, a hash.
        for what, title in (("section", self.plan.section_title), ("source", self.plan.source_title)):
            if title in self.labels or (title in stems and ("_" in title or re.fullmatch(r"[\d_a-f]+", title))):
                self.add("title-from-file", "redirect.wikitext", f"the {what} title {title!r} is a file name")

    def talk(self) -> None:
        text = self.files.get("talk.wikitext", "")
        bare = re.sub(r"https?://[^\s|}<\]]+", "", text)  # a page's own URL may end in its file name
        for label in sorted(self.labels):
            if label and label in bare:
                self.add("talk-internals", "talk.wikitext", f"names the input file {label}")
        if m := _TALK_INTERNALS.search(text):
            self.add("talk-internals", "talk.wikitext", f"a score or formula: {m.group(0)!r}")
        bullets: Counter[str] = Counter()
        sentence = ""  # "* The same sentence — ..." is a problem of the bullet's sentence above it
        for line in text.splitlines():
            if line.startswith("* \u201c"):
                sentence = line.split(" \u2014 ", 1)[0]
            if line.startswith("*"):
                bullets[line.replace("* The same sentence", sentence, 1)] += 1
        for line, n in bullets.items():
            if n > 1:
                self.add("talk-duplicate", "talk.wikitext", f"{n}x {line[:80]!r}")

    def ids(self) -> None:
        for fid, n in Counter(f.id for f in self.plan.findings).items():
            if n > 1:
                self.add("finding-ids", "flags.json", f"{fid} appears {n} times")


def names_afd(inputs: MergeInputs) -> bool:
    """Whether the inputs name an AfD: a notice in the source, or a discussion in the manifest."""
    return inputs.source.afd is not None or inputs.afd.discussion is not None


def audit(inputs: MergeInputs, plan: MergePlan, files: Mapping[str, str], *,
          afd_given: bool | None = None) -> list[Violation]:
    """Every promise the rendered ``files`` break, given what the run read and planned.

    ``afd_given``: whether the inputs named an AfD [default: ``names_afd(inputs)``, a notice in
    the source or a discussion in the manifest]; without one, no AfD link may appear.
    """
    given = names_afd(inputs) if afd_given is None else afd_given
    auditor = _Auditor(inputs, plan, files, afd_given=given)
    auditor.draft()
    auditor.apparatus()
    auditor.talk()
    auditor.ids()
    return auditor.out

"""The merged section: the kept sentences of the source, with references and tags.

Sentences keep their paragraphs; the source's sections become subsections; each sentence
carries the references that support it (the destination's names reused), the source's own
references that could not be checked, and the maintenance template its finding calls for.
The source's own citations stand where the source put them, inside the sentence where it
put them after a clause (``Sentence.cite_at``: a citation supports the clause before it,
WP:INTEGRITY; trial-7 D5), and so do the notes on its markers that could not be resolved;
the citations and tags the draft adds itself go at the sentence's end (``_spots``).

A new section that cites nothing at all (no sentence the article cited, no ``<ref>`` the
draft writes) is not tag-bombed with a ``{{citation needed}}`` per sentence (WP:TAGBOMB):
it opens with one ``{{Unreferenced section|date=Month YYYY}}`` instead, dated as the inline
tags are (the run date). Text merged into a section the destination already has keeps
the inline tags: that section is the destination's, and may cite what it says.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from itertools import groupby

from mergekit.draft.citekind import source_template
from mergekit.draft.dates import cite_date_style, date_style, month_year, restyle_dates
from mergekit.draft.escape import escape_comment, escape_wikitext
from mergekit.draft.inline import moved, shifted, written
from mergekit.draft.lists import list_note
from mergekit.draft.pointers import orphans
from mergekit.draft.refs import AUTHOR_NAME, CiteData, RefRegistry
from mergekit.load.inputs import MergeInputs
from mergekit.load.refmatch import same_reference
from mergekit.model import Markup, SourceList
from mergekit.plan.dated import tag_markup
from mergekit.plan.model import MergePlan, SentencePlan, Stance, sentence_key, written_uncited

__all__ = ["AddedCite", "SectionText", "compose_section", "build_registry", "UNREFERENCED"]


# What one citing sentence points to in the report (its quote, its page, its time in a video):
# wrong beside the other sentences that reuse a news item's one named ref.
PER_SENTENCE = frozenset({"quote", "script-quote", "trans-quote", "quote-page", "quote-pages", "page", "pages",
                          "p", "pp", "at", "loc", "time", "minutes"})


def _news_cite(inputs: MergeInputs, label: str) -> CiteData:
    """A news item's citation; where it is one of the source's references, with that
    reference's other parameters (``Reference.extra``: its ``agency``, its archive), but for those
    of one sentence (``PER_SENTENCE``: the draft reuses the ref for others) and its author names
    (the news item's own byline is written: "last2" beside it would name one author twice, or a
    stranger; without one, a "last2" with no first author)."""
    item = next(n for n in inputs.news if n.label == label)
    refs = (inputs.source.reference(key) for key, cited in sorted(inputs.cited.items()) if cited == label)
    extra = next((ref.extra for ref in refs if ref is not None and ref.extra), ())
    extra = tuple((name, value) for name, value in extra if not (
        name in PER_SENTENCE or AUTHOR_NAME.match(name)))
    return CiteData(label, item.title, item.work, item.date, item.url, item.access_date, item.author, extra=extra)


def _source_cite(inputs: MergeInputs, key: str) -> CiteData | None:
    """The source article's reference ``key``; None for a marker with no list entry."""
    if key in inputs.cited:
        return _news_cite(inputs, inputs.cited[key])
    ref = inputs.source.reference(key)
    if ref is None:
        return None
    return CiteData(f"ref:{key}", ref.title, ref.work or ref.publisher, ref.date, ref.url,
                    ref.access_date, ref.author, raw=ref.raw, language=ref.language,
                    template=(ref.template or "sfn") if ref.short else source_template(ref), text_only=ref.text_only,
                    extra=ref.extra, links=ref.links, short=ref.short, full=ref.full)


def _cite_key(inputs: MergeInputs, key: str) -> str:
    """The key a citation of ``key`` (a reference marker or a news label) is written under."""
    if key in inputs.cited:
        return inputs.cited[key]
    return key if any(n.label == key for n in inputs.news) else f"ref:{key}"


def _unresolved(keys: list[str], inputs: MergeInputs, given: set[str]) -> str:
    """Markers with no list entry stay visible to the editor, as one hidden note at the spot
    (where the markers stood: the editor looks them up for the words before it).
    A copy of the source with no reference list at all says so, and so does a copy whose list
    is cut after its first entries (``Article.list_cut``): the article itself has the entries, and
    the note must not claim it lacks them. That reason, the same for every
    marker, is given once, in the first such note (``given`` holds the reasons given so
    far); the later notes say "as above", so that a copy whose every sentence is cited does
    not fill the edit window with one long note repeated."""
    which = keys[0] if len(keys) == 1 else ", ".join(keys[:-1]) + f" and {keys[-1]}"
    title = inputs.source.title or "the source article"
    last = inputs.source.list_cut
    last = last if last and all(k.isdigit() and int(k) > int(last) for k in keys) else None
    if not inputs.source.references or last:
        why = (f"the copy of {title} given here has no reference list (look it up in the article itself)"
               if not last else f"the copy of {title} given here lists its references only up to {last}, cut "
               "there (look the rest up in the article itself)")
        if why in given:
            why = "as above"
        given.add(why)
    else:
        why = f"the reference list of {title} has no {'such entries' if len(keys) > 1 else f'entry {keys[0]}'}"
    return "<!-- " + escape_comment(
        f"source reference{'s' if len(keys) > 1 else ''} {which} could not be resolved: {why}") + " -->"


def _markup(cite: CiteData, registry: RefRegistry) -> str:
    """``<ref>`` markup; a source with no title to cite becomes a hidden note, never a made-up title."""
    if cite.short:  # {{sfn}}: as the source wrote it (``RefRegistry.short``)
        return registry.short(cite)
    if cite.title or cite.key in registry.existing:
        return registry.ref(cite)
    said = cite.raw or " ".join(filter(None, (cite.work, cite.date, cite.url)))
    return f"<!-- {escape_comment(f'a source without a title was not cited: {said}')} -->"


def build_registry(inputs: MergeInputs) -> RefRegistry:
    """A registry that knows the destination's names and which sources it already cites."""
    target_refs = inputs.target.references
    existing = dict(inputs.target_cites)
    for ref in inputs.source.references:
        if ref.key in inputs.cited:
            continue
        for mine in target_refs:
            if mine.unnamed:  # no name to reuse: the draft cites the source in full
                continue
            if same_reference(ref, mine):
                existing[f"ref:{ref.key}"] = mine.key
    return RefRegistry(
        style=cite_date_style(inputs.target.wikitext or ""),
        taken={r.key for r in target_refs},
        existing=existing,
        page=inputs.target.wikitext or "",
    )


def _pointer_note(sp: SentencePlan, plan: MergePlan) -> str:
    """A hidden note before a kept sentence that points back to the left-out sentence before
    it (``pointers``): the prose is not reworded, the editor is shown what it points to. The
    left-out sentence is named by its opening words, not restated (it may be left out for a
    figure the draft must not state). No space after the note: a line that opens with it
    must not open with a space."""
    orphan = next((o for o in orphans(plan) if o.kept is sp), None)
    if orphan is None:
        return ""
    words = orphan.left_out.original.split()
    named = " ".join(words[:_NAMED]) + ("\u2026" if len(words) > _NAMED else "")
    return ("<!-- " + escape_comment(f"\u201c{orphan.words}\u201d points back to a sentence of the source left out "
                                     f"here (see the talk page): \u201c{named}\u201d") + " -->")


_NAMED = 8  # opening words of the left-out sentence a hidden note names it by


@dataclass(frozen=True)
class AddedCite:
    """A citation the proposal adds to a source sentence: a news text the source article
    does not cite for it (it leaves the sentence uncited, or cites other references), for
    the talk post to list (``draft.talkcites``)."""

    sentence: str  # as the proposal writes it (its dates in the destination's style), plain text
    source: str  # the news label cited
    passage: str  # that text's passage read as saying the sentence ("" when the plan kept none)
    # what the source article cites there that the proposal writes too: news labels, and
    # (key, title or "") of its references that name no news text
    beside: tuple[str, ...] = ()
    beside_refs: tuple[tuple[str, str], ...] = ()
    dropped: tuple[str, ...] = ()  # news labels the source cites for it that do not say it, not written


def _passage(sp: SentencePlan, label: str) -> str:
    """The passage of news text ``label`` that the plan read as saying ``sp``: the best-scored
    supporting one, else its best-scored passage of any stance."""
    mine = sorted((ev for ev in sp.evidence if ev.source == label and ev.quote), key=lambda ev: -ev.score)
    best = next((ev for ev in mine if ev.stance == Stance.SUPPORTS), mine[0] if mine else None)
    return best.quote if best else ""


def _added(sp: SentencePlan, label: str, text: str, kept: list[str], dropped: tuple[str, ...],
           inputs: MergeInputs) -> AddedCite:
    """The citation of news text ``label`` added to ``sp`` (written as ``text``), beside the
    source's references ``kept`` and in place of the news texts ``dropped``."""
    news = tuple(dict.fromkeys(inputs.cited[k] for k in kept if k in inputs.cited))
    refs = tuple((k, (ref.title or "") if (ref := inputs.source.reference(k)) else "")
                 for k in kept if k not in inputs.cited)
    return AddedCite(text, label, _passage(sp, label), news, refs, dropped)


def _sentence(sp: SentencePlan, inputs: MergeInputs, registry: RefRegistry, tag_date: str, style: str,
              found: _Found, plan: MergePlan, given: set[str], inline: bool = True,
              markup: tuple[Markup, ...] = (), places: Mapping[str, tuple[int, ...]] | None = None) -> str:
    """The sentence's wikitext. One the article left uncited whose citable source has no title
    is not left bare: it is tagged, and (its text, that source) goes to ``found.untitled``
    for the talk post; a news text cited that the article does not cite for it goes to
    ``found.added``. ``given``: the reasons the section's notes have given so far
    (``_unresolved``). ``inline=False``: the section carries ``{{Unreferenced section}}``,
    which stands for every ``{{citation needed}}`` (none is written; the untitled source is
    still reported). ``markup``: the source sentence's links and bold/italic (a wikitext
    source's), written back where the sentence is written as the source gave it (``_prose``).
    ``places``: where the source sentence's own refs stand in its text (``Sentence.ref_places``):
    each is written there (``_spots``); the citations the draft adds, its tags and notes go at
    the end."""
    text = restyle_dates(sp.text, style)
    cites: dict[str, CiteData] = {}  # cite key -> its citation, each source once, in order
    spots: dict[str, list[int]] = {}  # cite key -> the offsets in ``text`` it is written at
    unresolved: dict[int, list[str]] = {}  # offset in ``text`` -> the markers with no list entry standing there
    dropped: dict[str, str] = {}  # key -> label: cited news texts that do not say it, replaced by one that does
    # A sentence carries its own citations, and those of its paragraph's closing citation
    # that say it (plan.citations): a merge moves sentences, and a note after it would
    # otherwise seem to be the closing citation's.
    placed = sp.placed or sp.cited
    for key in placed:
        label = inputs.cited.get(key)
        # A cited source that says none of the sentence is replaced when a citable one says
        # it; one that says part of it stays beside the citable one.
        if label is not None and label in sp.failing and sp.supporting and "failed verification" not in sp.tags:
            dropped[key] = label
            continue
        cite = _source_cite(inputs, key)
        if cite is None:  # its note stands where the marker stood: the editor looks it up for those words
            for at in _spots(sp, text, (places or {}).get(key, ()) if sp.placed else ()):
                unresolved.setdefault(at, []).append(key)
            continue
        cites.setdefault(cite.key, cite)
        # a source without a title becomes a hidden note (``_markup``): at the end, never inside the words
        mine = (places or {}).get(key, ()) if sp.placed and (cite.title or cite.key in registry.existing) else ()
        offsets = spots.setdefault(cite.key, [])
        offsets += [n for n in _spots(sp, text, mine) if n not in offsets]
    carried = {inputs.cited.get(k, f"ref:{k}") for k in sp.cited}
    # A citable source (confidently full support, never one found contradicting the
    # sentence: see the planner) for a sentence the article left uncited gets cited.
    added = [label for label in sp.supporting[:1] if label not in carried and label not in cites]
    for label in added:
        cites[label] = _news_cite(inputs, label)
        spots[label] = [len(text)]
    # Written in reading order, so that a citation is defined at its first use in the text, and
    # a note on unresolved markers gives its reason at the first (``_unresolved``); at one
    # offset the citations first, then the note.
    order = sorted(((at, n, key) for n, (key, offsets) in enumerate(spots.items()) for at in offsets))
    first: dict[str, str] = {}  # cite key -> its markup where first written
    written_at: list[tuple[int, int, str]] = []  # (offset, 0 a citation or 1 a note, markup)
    for at, _, key in order:
        here = _markup(cites[key], registry)
        first.setdefault(key, here)
        written_at.append((at, 0, here))
    written_at += [(at, 1, _unresolved(list(dict.fromkeys(keys)), inputs, given)) for at, keys in sorted(unresolved.items())]
    written_at.sort(key=lambda item: item[:2])  # stable: the order above at one place
    inside = [(at, here) for at, _, here in written_at if at < len(text)]
    refs = "".join(here for at, _, here in written_at if at >= len(text))
    for label in added:
        if first[label].startswith("<ref"):
            found.added.append(_added(sp, label, text, [k for k in placed if k not in dropped],
                                      tuple(dict.fromkeys(dropped.values())), inputs))
    tags = [t for t in sp.tags if inline or t != _CN]
    # {{Update after}} says nothing of the sentence's sources: it never stands for a citation tag.
    written = {key for key, markup in first.items() if markup.startswith("<ref")}
    if all(tag_markup(t) is not None for t in tags) and written_uncited(sp, lambda key: _cite_key(inputs, key) in written):
        if inline:
            tags.append(_CN)  # never bare (the source's hidden note says which source says it)
        found.untitled += [(sp.text, label) for label in sp.supporting[:1]]
    tags_text = "".join(_tag(tag, tag_date) for tag in sorted(tags, key=lambda t: tag_markup(t) is not None))
    out = _pointer_note(sp, plan) + _prose(sp, text, markup, plan, tuple(inside)) + refs + tags_text
    for note in sp.notes:
        out += " " + escape_wikitext(note.text) + "".join(_markup(_news_cite(inputs, label), registry) for label in note.cites)
    return out


def _spots(sp: SentencePlan, text: str, places: tuple[int, ...]) -> list[int]:
    """Where in ``text`` (the sentence as written: its dates restyled) a ref the source puts at
    ``places`` of its own text (``Sentence.ref_places``) is written: a place inside the source's
    words moved onto ``text`` (``draft.inline.moved``: after the same words, a restyled date
    whole), never to the end; the source's end at the end. At the end, too, where a finding or a
    review decision rewrote the sentence (a corrected speaker, an attribution): its words are no
    longer the source's, and no offset of the source's says which clause a ref supports there."""
    if not places or sp.text != sp.original:
        return [len(text)]
    inner = [at for at in places if 0 < at < len(sp.text)]
    out = [span[0] for span in moved(sp.text, text, [(at, at) for at in inner]) if span is not None]
    out += [len(text)] * (len(inner) < len(places))
    return list(dict.fromkeys(out))


def _prose(sp: SentencePlan, text: str, markup: tuple[Markup, ...], plan: MergePlan,
           inside: tuple[tuple[int, str], ...] = ()) -> str:
    """The sentence's words as wikitext (``text``: its dates in the destination's style). A
    sentence written as the source gave it keeps its links and bold/italic, those whose
    words the restyled dates leave unchanged (``draft.inline``); one a finding or the
    editor's review rewrote is plain text. A link to the destination or the source is
    unlinked (the source becomes a redirect to it). ``inside``: the citations written within
    its words (offset in ``text``, markup), where the source put them (``_spots``)."""
    if sp.text != sp.original:
        markup = ()
    return written(text, shifted(markup, sp.text, text), own=(plan.target_title, plan.source_title), inserts=inside)


_CN = "citation needed"
UNREFERENCED = "Unreferenced section"  # the banner of a new section that cites nothing


def _tag(tag: str, tag_date: str) -> str:
    """A maintenance tag's wikitext: dated with ``tag_date``, or {{Update after}} with its own date."""
    markup = tag_markup(tag)
    return f"{{{{{tag}|date={tag_date}}}}}" if markup is None else markup


@dataclass(frozen=True)
class SectionText:
    """The merged section as blocks: (subsection title or "", its paragraphs)."""

    title: str
    blocks: tuple[tuple[str, tuple[str, ...]], ...]
    # (sentence, news label): sentences a source says that could not be cited, as it has no title
    untitled: tuple[tuple[str, str], ...] = ()
    added: tuple[AddedCite, ...] = ()  # the citations the proposal adds to source sentences, in order
    banner: str = ""  # {{Unreferenced section|date=...}} for a section that cites nothing, its first line

    def wikitext(self) -> str:
        """As an article section, ending with a blank line."""
        return f"== {escape_wikitext(self.title)} ==\n" + self.within(2)

    def within(self, level: int) -> str:
        """As the text of a section of heading ``level``, under no heading of its own: the
        source's sections as subsections one level below (at most 6, the deepest heading),
        ending with a blank line."""
        marks = "=" * min(level + 1, 6)
        lines = [self.banner] if self.banner and self.blocks else []
        for subtitle, paragraphs in self.blocks:
            if subtitle:
                lines += [f"{marks} {escape_wikitext(subtitle)} {marks}"]
            lines += [f"{p}\n" for p in paragraphs]  # a blank line between paragraphs
        return "\n".join(lines) + "\n" if lines else ""

    def body(self) -> str:
        """As a quotation on a talk page: subsection titles as bold lines, not headings."""
        lines = [self.banner] if self.banner and self.blocks else []
        for subtitle, paragraphs in self.blocks:
            if subtitle:
                lines.append(f"; {escape_wikitext(subtitle)}")
            lines += [f"{p}\n" for p in paragraphs]
        return "\n".join(lines).rstrip("\n")


@dataclass
class _Found:
    """What composing the section finds for the talk post, sentence by sentence."""

    untitled: list[tuple[str, str]] = field(default_factory=list)
    added: list[AddedCite] = field(default_factory=list)


def compose_section(plan: MergePlan, inputs: MergeInputs, registry: RefRegistry) -> SectionText:
    """The new section's paragraphs, sentence by sentence, grouped as the source had them.
    A new section that cites nothing gets one banner, not a tag per sentence (module docstring)."""
    tag_date = month_year(plan.run_date)
    kept = [sp for sp in plan.sentences if sp.include]
    section = _compose(plan, inputs, registry, kept, tag_date, inline=True)
    # Composed again without the inline tags: the first pass wrote no <ref>, so it never
    # touched the registry (``RefRegistry.ref`` is what writes one).
    if plan.existing is None and kept and not any(sp.cited for sp in kept) and "<ref" not in section.body():
        section = _compose(plan, inputs, registry, kept, tag_date, inline=False)
        section = replace(section, banner=f"{{{{{UNREFERENCED}|date={tag_date}}}}}")
    return section


def _compose(plan: MergePlan, inputs: MergeInputs, registry: RefRegistry, kept: list[SentencePlan],
             tag_date: str, *, inline: bool) -> SectionText:
    style = date_style(inputs.target.wikitext or "")  # the prose's (the registry's is the citations')
    blocks: list[tuple[str, tuple[str, ...]]] = []
    found = _Found()
    given: set[str] = set()
    lists = list(inputs.source.lists)
    markup = {sentence_key(n): s.markup for n, (_, s) in enumerate(inputs.source.sentences(), start=1) if s.markup}
    places = {sentence_key(n): s.ref_places() for n, (_, s) in enumerate(inputs.source.sentences(), start=1) if s.cite_at}
    for section, group in groupby(kept, key=lambda sp: sp.section):
        paragraphs: list[str] = []
        for number, paragraph in groupby(group, key=lambda sp: sp.paragraph):
            paragraphs += _notes(lists, section, number, inputs)
            paragraphs.append(" ".join(_sentence(sp, inputs, registry, tag_date, style, found, plan, given, inline,
                                                 markup.get(sp.key, ()), places.get(sp.key))
                                       for sp in paragraph))
        blocks.append((section, (*paragraphs, *_notes(lists, section, None, inputs))))
    if lists and blocks:  # lists of sections none of whose sentences is carried: after the rest
        blocks[-1] = (blocks[-1][0], (*blocks[-1][1], *(_list_note(x, inputs) for x in lists)))
    return SectionText(plan.section_title, tuple(blocks), tuple(found.untitled), tuple(found.added))


def _notes(lists: list[SourceList], section: str, before: int | None, inputs: MergeInputs) -> list[str]:
    """The notes of the lists of ``section`` that stand before its paragraph ``before`` (all
    of them: None), taken from ``lists``."""
    due = [x for x in lists if x.section == section and (before is None or x.paragraph <= before)]
    for x in due:
        lists.remove(x)
    return [_list_note(x, inputs) for x in due]


def _list_note(found: SourceList, inputs: MergeInputs) -> str:
    cites = [cite.title or cite.raw or cite.work or cite.url or "" for key in found.refs
             if (cite := _source_cite(inputs, key))]
    return list_note(found, inputs.source.title, tuple(dict.fromkeys(filter(None, cites))))

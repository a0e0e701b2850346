"""A Wikipedia article as rendered plain text (what a reader copies from the page).

Paragraphs are separated by blank lines, or by single newlines: a line that ends a
sentence followed by one that starts a sentence are two paragraphs (a page copied from a
browser may keep no blank line between them), while a block hard-wrapped at a fixed width
(``mergekit.load.wrap``: a text browser's dump) is one paragraph, its newlines no breaks.
The lines of a box or list are separated by single newlines.
What the page shows besides the article's prose is furniture and never becomes a
sentence (``mergekit.load.furniture`` has the line rules: site chrome, edit links,
banners and hatnotes, coordinates, table and infobox rows, navboxes, image names), but
a line of prose (``_is_prose_line``) that tabs only indent is a paragraph, no table row
(``_indented_prose``), and a table row's cell that reads as prose is shown to the editor
when the row goes, as prose left out with a box is (below); an
image name with one line that is no sentence is the image and its caption, dropped
however heading-shaped the caption. Then, by shape:

- the **title line** is the line above "From Wikipedia, the free encyclopedia", the
  one-line paragraph that opens the page right above the AfD notice, or a first line
  between equals signs ("= Hushpuppi =", how a stored plain-text copy opens, as the
  wikitext reader knows it); it is the article's title, not a heading, and a repeat of it
  before the lead (an infobox's name) is dropped;
- a **heading** is a one-line paragraph of a few words without sentence punctuation (an
  edit link after it is cut); when the page's headings carry edit links ("[edit]"), only
  a line with one is a heading, so a short image caption is not; a mirror may print a
  heading as a bare line between two lines of prose, with no blank line around it, which
  is read as a heading too, conservatively (``_bare_headings``), and so are a section's
  and its first subsection's headings printed as bare lines right above a paragraph, after
  the lead (``_opening_headings``: "History" / "Guggenheim Museum exhibition" / "Cattelan
  created it ..."); a heading-shaped line right below a heading, before any of its prose,
  that names the heading's subject after a preposition is the caption of the image that
  opens the section, dropped as furniture ("Planned orbit" / "Arianespace detailed
  presentation of planned orbit": ``_depicts``), and so is one naming the article's subject
  with a date in parentheses or the picture's "pictured", "left" ("History" / "Woolworth
  store at 1031 Canal (c. 1960)"), while a subsection's heading is kept ("Mission
  description" / "Launch date", "Results" / "Results by district", "History" / "Early
  history of Malawi");
- a **sentence** ends with sentence punctuation (before its footnote markers): a line
  without it is an image caption, an infobox row or a list of names, not prose, and a
  block of lines most of which are not sentences is a box, dropped whole, never silently
  when prose went with it: a line of prose at the box's start or end (a paragraph that lost
  the blank line parting it from the box) is kept in ``Article.lists`` as a list of kind
  "box", which the draft shows to the editor (``mergekit.draft.lists``) and the loader
  names in a warning (``boxed_prose``), while the box's own sentence-like lines inside it
  (a caption, an infobox value ending in "U.S.") go silently as furniture; an infobox a
  mirror split with blank lines is one box still: before the lead, the paragraphs between
  two of its parts go with it when most of their lines are no sentences, a value under
  its "Label:" line none however it ends (``_split_box_rows``: "Parties" / "Tbilisi Pride, Shame Movement and other civil society
  organizations." / "Media outlets:" ... / "Georgian Orthodox Church"); and so is one a
  mirror prints after the lead's first paragraph under its name (the title repeated),
  until a section opens: its map caption and its labels on lines of their own go with it
  ("2020 Malawian presidential election" / "23 June 2020" ... / "Presidential Election
  Results by District. Blue denotes ..." / "President before election" / "Peter Mutharika");
- the AfD merge notice is kept apart; the "References" (or "Notes", "Citations") section
  is read as the reference list (``mergekit.load.reflist``: "1. ^ a b ...", "- ↑ 1.0 1.1
  ...", "1. ..."), and so is a block of rendered entries wherever it stands (a copy may
  lose the list's heading); "See also", "External links", "Further reading" and the like
  hold no prose to merge. Such a section's heading opens its section wherever it stands,
  also as a line inside a block of prose (a copy with one newline between paragraphs:
  "...Fyre Festival II.[7]" / "References" / "[change | change source]- ↑ 1.0 1.1 ..."),
  when it carries an edit link (glued, on its own line, or run into the line below it) or
  a reference entry follows it (``_Page.section_break``); and the last lines of a block, from
  an entry on, are the list when most of them are entries (``_entry_tail``: the heading
  lost too). So no entry, nor a fragment of one, is ever read as a sentence;
- parentheses that a copy emptied when it dropped the templates inside them (pronunciations,
  names in another script, birth dates: "Zijie Yan (; – August 28, 2023)", "Dasha ()",
  "( )", "(, )") are template debris: a group with no letter or digit goes with the space
  before it, and a separator left at a group's start or end by a dropped first or last item
  goes ("(; – August 28, 2023)" -> "(– August 28, 2023)": the dash and the date are text,
  the life span with its unknown birth); what holds any letter or digit stays;
- transclusion markup a copy kept raw (``<noinclude>``, ``<includeonly>``,
  ``<onlyinclude>``) is read as the page itself shows it, before anything else
  (``mergekit.load.transclusion``), what it hides recorded as "transclusion: ...";
- footnote markers ``[12]`` bind the reference to its sentence, maintenance markers
  (``[citation needed]``, ``[dubious – discuss]``) become the sentence's tags, and note
  markers (``[a]``, ``[note 1]``) are dropped;
- spaces lost at link boundaries (a page copied from a mirror reads "has beenFIFA listed",
  "a member of theUEFA Elite", "his firstUEFA Champions League match") are put back,
  conservatively, by the rules of ``mergekit.load.glue``, with the words the whole page
  writes on their own; each repair is recorded as "glue: beenFIFA -> been FIFA".

Every dropped line is kept in ``Article.removed`` as "rule: line", for ``-v`` and tests
(and each space put back as "glue: ...", which the audit holds the draft's sentences to).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from mergekit import months
from mergekit.load.afd import parse_rendered_notice
from mergekit.load.furniture import furniture_rule, is_tagline, strip_edit_link, strip_leading_edit_link
from mergekit.load.glue import GLUED_WORDS, Glue, unglue
from mergekit.load.reflist import ENTRY, LENIENT_ENTRY, MARKED_ENTRY, list_cut, parse_reference_list
from mergekit.load.sentences import OPEN_END, ends_sentence, open_end, split_cited, split_placed
from mergekit.load.templates import maintenance_name
from mergekit.load.transclusion import as_shown
from mergekit.load.wrap import MIN_WORDS, unwrapped
from mergekit.model import AfdNotice, Article, Section, Sentence, SourceList

__all__ = ["parse_rendered", "looks_rendered", "boxed_prose", "clear_template_debris", "template_debris", "NON_PROSE_SECTIONS", "REFERENCE_SECTIONS"]

REFERENCE_SECTIONS = {"references", "notes", "citations", "sources", "footnotes", "notes and references",
                      "references and notes", "explanatory notes", "works cited"}
# A word every name of REFERENCE_SECTIONS holds (a test keeps the two in step).
_REFERENCE_WORDS = ("reference", "note", "citation", "source", "works")
NON_PROSE_SECTIONS = {
    "see also", "external links", "externals links", "further reading", "bibliography", "gallery",
    *REFERENCE_SECTIONS,
}
_HEADING = re.compile(r"^[^\s.!?].{0,78}$")
_OPENING = "\"'“‘([«"
_TITLE_WORDS = 16
# "= Title =": the first line of a stored plain-text copy (a level-1 heading in wikitext).
_STORED_TITLE = re.compile(r"^=\s*(?P<title>[^=\s].*?)\s*=$")
_BARE_WORDS = 6
# The prepositions after which a caption names what its picture shows: "Arianespace
# detailed presentation of planned orbit", "Map of the planned orbit", "Crowds at the
# final" (``_depicts``).
_SHOWING = frozenset({"of", "in", "at", "on", "during", "from", "showing", "after", "before"})
_WORDS = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
# What only a caption says: when its picture was taken, an approximate year or a date in
# parentheses ("(c. 1960)", "(June 2019)"), or who or what is in it ("pictured", "(left)", "at
# right"). A line that names the article's subject after a preposition under a heading is a
# caption only with one of these: a subsection's heading may name it too ("History" / "Early
# history of Malawi"), though not with a date in parentheses nor a place in the picture. A
# bare year in parentheses is a heading's too ("Independence of Malawi (1964)"): a caption's
# sign only beside a word for a picture ("Map of Malawi (1891)", ``_PICTURE_WORD``).
_PICTURE = re.compile(
    rf"\((?:c\.|ca\.|circa)\s*(?:(?:{months.ANY})\.?\s+)?(?:\d{{1,2}},?\s+)?\d{{4}}s?\)"
    rf"|\((?:{months.ANY})\.?\s+(?:\d{{1,2}},?\s+)?\d{{4}}\)"
    r"|\bpictured\b|\((?:from\s+)?(?:left|right|centre|center)\b|\b(?:from|at|on the)\s+(?:left|right)\b",
    re.IGNORECASE)
_BARE_YEAR = re.compile(r"\(\d{4}s?\)")
_PICTURE_WORD = re.compile(
    r"\b(?:photo(?:graph)?|picture|image|view|map|portrait|painting|drawing|illustration|engraving|lithograph"
    r"|sketch|postcard|aerial)s?\b", re.IGNORECASE)
# Bare heading lines that may open a block right above its prose: a section's heading and
# its first subsection's (a section that opens with a subsection).
_OPENING_HEADINGS = 2
# A list item's bullet or number: "- x", "• x", "* x", "1. x", "2) x".
_LIST_ITEM = re.compile(r"^(?:[-•*·–—]\s|\d{1,3}[.)]\s)")
_MARKER = re.compile(r"\[(?P<body>[^\[\]\n]{1,40})\]")
_NOTE = re.compile(r"^(?:[a-z]{1,2}|[ivx]{1,5}|(?:note|nb|n|lower-alpha|upper-alpha)\s*\d+)$", re.IGNORECASE)
# A sentence's last character, before its markers: a full stop, "!", "?", or a closing
# quotation mark or bracket after one of them.
_SENTENCE_END = re.compile(r"(?:[.!?]|[.!?,][\"'”’)\]]+|[.!?][\"'”’]?\))$")
_CITATION = re.compile(r'"[^"]{3,}"\.\s+\S|\bRetrieved\s+\S')
# A footnote marker ("[12]", its reference's key) or a note marker ("[a]", "[note 1]"),
# which a line of prose shown to the editor goes without.
_FOOTNOTE = re.compile(r"\s*\[(?:(?P<key>\d{1,4})|[a-z]{1,2}|note \d+)\]")
# What separates a table row's cells as copied: a tab or a "|".
_CELL = re.compile(r"\t|\|")
_TRAILING_MARKERS = re.compile(r"(?:\s*\[[^\[\]\n]{1,40}\])+$")
# A group of parentheses with nothing inside but spaces and separators; and a list separator
# at the start or end of a group that holds more (what a dropped first or last item left).
_EMPTY_GROUP = re.compile(r"(?:\s+|^)\([\s;,:/|\u00b7\u2010-\u2015-]*\)")
_GROUP = re.compile(r"\((?P<inner>[^()]*)\)")
_EDGE_SEPARATORS = re.compile(r"^\s*[;,](?:\s*[;,])*\s*|\s*(?:[;,]\s*)*$")


def _tidy_group(match: re.Match[str]) -> str:
    inner = _EDGE_SEPARATORS.sub("", match.group("inner"))
    return f"({inner})" if inner else match.group(0)


def clear_template_debris(text: str) -> str:
    """``text`` without the parentheses a copy emptied of their templates, and without the
    separators they left at a group's edge (see the module docstring): "Dasha (), Fengqiu"
    -> "Dasha, Fengqiu", "(; – August 28, 2023)" -> "(– August 28, 2023)"."""
    return _GROUP.sub(_tidy_group, _EMPTY_GROUP.sub("", text))


def template_debris(text: str) -> str:
    """The groups of ``text`` that ``clear_template_debris`` empties or trims, as its record
    shows them ("() (; – August 28, 2023)")."""
    return " ".join(m.group(0) for m in _GROUP.finditer(text) if clear_template_debris(m.group(0)) != m.group(0))


def _captioned(name: str) -> bool:
    """Whether a heading-shaped line says what only a caption says (``_PICTURE``), or gives a
    bare year in parentheses beside a word for a picture (``_BARE_YEAR``, ``_PICTURE_WORD``)."""
    return _PICTURE.search(name) is not None or (
        _BARE_YEAR.search(name) is not None and _PICTURE_WORD.search(name) is not None)


def _is_sentence_line(line: str) -> bool:
    text = _TRAILING_MARKERS.sub("", line.strip())
    return len(text.split()) >= 2 and bool(_SENTENCE_END.search(text))


def _is_entry(line: str) -> bool:
    """A rendered reference entry outside a references section: "1. ^ a b ..." (the caret
    of the back-link); a back-link with no number ("- ↑ 1.0 1.1 ...", "↑ ...") before
    numbered back-links or a citation; or, without a mark (Simple English), a numbered
    line that reads as a citation: a quoted title followed by more, or a "Retrieved" date."""
    if ENTRY.match(line):
        return True
    if (m := MARKED_ENTRY.match(line)) and (m.group("sub") or _CITATION.search(m.group("body"))):
        return True
    m = LENIENT_ENTRY.match(line)
    return m is not None and bool(_CITATION.search(m.group("body")))


def _entry_tail(lines: list[str]) -> int | None:
    """The index where a block's last lines, from a reference entry on, are a reference list
    (most of them entries: ``_is_entry``) run on from the prose above with no heading
    between (a copy with one newline between paragraphs that lost the list's heading).
    None when no such tail follows a first line that is no entry."""
    entries = [_is_entry(line) for line in lines]
    below = sum(entries)  # the entries from ``at`` on
    for at in range(len(lines)):
        if at and entries[at] and below * 2 > len(lines) - at:
            return at
        below -= entries[at]
    return None


def _is_heading(line: str, *, words: int = 8) -> bool:
    """A line of a few words without terminal punctuation or markers (a page title may be
    longer than a section heading: ``words``)."""
    text = line.strip()
    if len(text) > 150 or not _HEADING.match(text[:79]):
        return False
    return (
        not text.endswith((".", ":", ";", ",", "!", "?", '"', "]"))
        and len(text.split()) <= words
        and not ENTRY.match(text)
        and not MARKED_ENTRY.match(text)
    )


def _bare_heading(line: str) -> bool:
    """A line that may be a heading printed bare, with no blank line around it: a
    heading-shaped line (``_is_heading``) of at most ``_BARE_WORDS`` words that starts with
    a capital or a digit, is no list item and no "Label: value" row, and does not end with
    a function word (a line broken mid-sentence)."""
    text = strip_edit_link(line).strip()
    return (
        _is_heading(text, words=_BARE_WORDS)
        and (text[0].isupper() or text[0].isdigit())
        and ": " not in text
        and text.split()[-1].lower() not in GLUED_WORDS
        and not _LIST_ITEM.match(text)
    )


def _depicts(line: str, heading: str) -> bool:
    """Whether ``line``, a heading-shaped line right below the heading ``heading``, is the
    caption of the section's image: it names the heading's subject after a preposition
    (``_SHOWING``), as a caption says what its picture shows ("Planned orbit" / "Arianespace
    detailed presentation of planned orbit"). A subsection's heading narrows its parent's
    instead, the parent's words at its head ("Results" / "Results by district", "Reactions" /
    "International reactions"), or names something else ("Mission description" / "Launch
    date"); and a heading does not repeat the one above it (MOS:HEAD)."""
    words = [w.lower() for w in _WORDS.findall(line)]
    head = [w.lower() for w in _WORDS.findall(heading)]
    return bool(head) and any(
        words[at:at + len(head)] == head and _SHOWING.intersection(words[:at])
        for at in range(1, len(words) - len(head) + 1)
    )


def _opens_prose(line: str) -> bool:
    """A line of prose that starts a sentence (a capital first), no list item."""
    text = line.strip()
    return _is_sentence_line(text) and text[0].isupper() and not _LIST_ITEM.match(text)


def _bare_headings(lines: list[str]) -> list[int]:
    """The indexes of the headings printed as bare lines inside a paragraph (a mirror that
    drops the blank lines and edit links around headings: "...harm.[2]" / "Breach" /
    "Around 22 September, ...").

    Conservatively: a ``_bare_heading`` line standing between a line of prose above it
    and a line of prose that starts a sentence below it. A line opening its paragraph is
    none here (a title, byline or dateline, an infobox's name above its caption: see
    ``_opening_headings``), nor is an infobox label above its value or a caption above a
    caption, nor a line above a box (``_is_box``: an infobox's name above its caption and
    rows, where a paragraph lost the blank line above the box). Over the tuning cases' 169 text inputs and the seeds this finds the one bare
    heading of a source ("Breach") and two news subheads, no line of prose.
    """
    found = [
        index for index in range(1, len(lines) - 1)
        if _is_sentence_line(lines[index - 1]) and _bare_heading(lines[index]) and _opens_prose(lines[index + 1])
    ]
    return [at for at, end in zip(found, [*found[1:], len(lines)], strict=False) if not _is_box(lines[at + 1:end])]


def _opening_headings(lines: list[str]) -> int:
    """How many lines open the block as headings printed bare right above its prose (a
    mirror that prints "History" / "Guggenheim Museum exhibition" / "Cattelan created it
    ..." with no blank line between them): up to ``_OPENING_HEADINGS`` ``_bare_heading``
    lines, then a line of prose that starts a sentence, then a block that is no box (most
    of its lines are sentences). 0 when the block does not open so: an infobox's name
    above a caption that ends with a full stop is followed by the box's rows."""
    for count in range(1, min(_OPENING_HEADINGS, len(lines) - 1) + 1):
        if not _bare_heading(lines[count - 1]):
            return 0
        if _opens_prose(lines[count]):
            return 0 if _is_box(lines[count:]) else count
    return 0


def _is_box(lines: list[str]) -> bool:
    """A block of lines most of which are no sentences: a box (an infobox, a navbox, a
    gallery's captions), dropped whole."""
    return len(lines) > 1 and sum(map(_is_sentence_line, lines)) * 2 < len(lines)


def _is_prose_line(line: str) -> bool:
    """A line that reads as prose wherever it stands: a sentence line (``_is_sentence_line``)
    of ``MIN_WORDS`` words or more, the floor the wrap reader and the news cleaner hold a
    line of prose to, and no list item."""
    text = _TRAILING_MARKERS.sub("", line.strip())
    return _is_sentence_line(text) and len(text.split()) >= MIN_WORDS and not _LIST_ITEM.match(text)


def _indented_prose(line: str) -> bool:
    """A line of prose (``_is_prose_line``) indented with tabs or spaces, with no tab inside
    it: a paragraph, not a table row, whose cells a tab separates."""
    return line[:1].isspace() and "\t" not in line.strip() and _is_prose_line(line)


def _edge_prose(lines: list[str]) -> list[str]:
    """The lines of a box (a block most of whose lines are no sentences) that are prose
    run into it from outside: ``_is_prose_line`` lines above its first line that is no
    sentence or below its last. A box's own sentence-like lines (a caption, an infobox
    value ending in "U.S.") stand inside it, under its name and among its rows; a paragraph
    that lost the blank line parting it from the box, or that stands under more heading
    lines than ``_opening_headings`` reads, touches it at an edge."""
    inside = [index for index, line in enumerate(lines) if not _is_sentence_line(line)]
    if not inside:
        return []
    return [line for index, line in enumerate(lines)
            if (index < inside[0] or index > inside[-1]) and _is_prose_line(line)]


def _is_label(line: str) -> bool:
    """An infobox row's label printed on a line of its own above its value: a few words
    and a colon ("Media outlets:", "From 6 July:")."""
    text = line.strip()
    return text.endswith(":") and _is_heading(text[:-1])


def _reads_as_rows(blocks: list[list[str]]) -> bool:
    """True when the blocks between a box's parts (the parts among them aside), taken
    together, read as rows: more than one line, most of them no sentence, where a sentence
    line under a label ("Media outlets:" / "Mtavari Arkhi, TV Pirveli etc.") is its value
    and counts as none however it ends."""
    lines = sentences = 0
    above = ""
    for block in blocks:
        if _is_box(block):
            above = ""  # a part of the box: no label above its next line
            continue
        for line in block:
            lines += 1
            sentences += _is_sentence_line(line) and not _is_label(above)
            above = line
    return lines > 1 and sentences * 2 < lines


def _opens_section(blocks: list[list[str]], index: int) -> bool:
    """True when block ``index`` is a heading-shaped line right above a block of prose: a
    section opens there, and the lead has ended ("Background" / "In the May 2019 ...")."""
    below = blocks[index + 1] if index + 1 < len(blocks) else []
    return (len(blocks[index]) == 1 and _is_heading(strip_edit_link(blocks[index][0]).strip())
            and not _is_box(below) and any(map(_is_sentence_line, below)))


def _box_name(blocks: list[list[str]], index: int, is_name: Callable[[str], bool]) -> int | None:
    """Where the name of the box part ``index`` stands when the part stands under it, the
    page's title repeated, right under a block of prose (an infobox a mirror prints after the
    lead's first paragraph): ``index - 1`` for the name on a line of its own, ``index`` for
    the part's first line; None when the part is no such named box."""
    name = blocks[index - 1] if index else []
    if len(name) == 1 and is_name(name[0].strip()):
        at, above = index - 1, blocks[index - 2] if index > 1 else []
    elif is_name(blocks[index][0].strip()):
        at, above = index, name
    else:
        return None
    return at if any(map(_is_sentence_line, above)) and not _is_box(above) else None


def _split_box_rows(blocks: list[list[str]], edit_linked: set[str], is_name: Callable[[str], bool]) -> set[int]:
    """The indexes of the blocks that are rows of an infobox a copy split with blank lines
    (a mirror that prints a row's values, or a group of rows, as paragraphs of their own:
    "Parties" / blank / "Tbilisi Pride, Shame Movement and other civil society
    organizations." / blank / "Media outlets:" "Mtavari Arkhi, TV Pirveli etc." / ...).

    A box starts at its first part (an ``_is_box`` block with no prose at its edges,
    ``_edge_prose``) before the lead, or, right under a block of prose (the lead's first
    paragraph), at a part under the box's name (``_box_name``: "2020 Malawian presidential election"
    / "23 June 2020" "Turnout64.81%" ..., the name going with it). The blocks between its
    first part and a later one are rows of it when, taken together, they read as rows:
    more than one line, most of them no sentence (``_reads_as_rows``); so a caption and the
    labels printed as lines of their own between the parts go with the box ("Presidential
    Election Results by District. Blue denotes ..." / "President before election" /
    "Peter Mutharika" "DPP" / "Elected President" / "Lazarus Chakwera" "MCP"). A
    paragraph of prose alone between two parts (a box, the lead, a second box) is a
    sentence, one line out of one, and stays; so do a lead and a heading under it (one
    sentence in two lines), a heading that carries an edit link, and the AfD notice. The
    box before the lead ends at a block of prose that stays; a named box at the first
    section (``_opens_section``); and from there on nothing is read as rows."""
    rows: set[int] = set()
    first = last = -1  # the box's first part and the last part met
    named = False  # the box stands under its name, after the lead's prose
    for index, lines in enumerate(blocks):
        if named and _opens_section(blocks, index):
            break
        if not _is_box(lines):
            continue
        if _edge_prose(lines):
            break  # a paragraph of prose run into the box: the lead stands here
        between = [line for block in blocks[last + 1:index] for line in block]
        if any(strip_edit_link(line).strip() in edit_linked or parse_rendered_notice(line) for line in between):
            first = -1  # a heading or the notice parts this box from the last
        if first >= 0 and _reads_as_rows(blocks[first + 1:index]):
            rows.update(range(first + 1, index))
        elif not named and any(_is_prose_line(line) and not parse_rendered_notice(line) for line in between):
            name = _box_name(blocks, index, is_name)
            if name is None:
                break  # the lead came before this box
            named, first = True, index
            if name < index:
                rows.add(name)  # the box's name on a line of its own
        if first < 0:
            first = index
        last = index
    return rows


def boxed_prose(article: Article) -> tuple[str, ...]:
    """The lines of prose the loader left out of ``article`` with a box (``_edge_prose``),
    which ``Article.lists`` holds as lists of kind "box" for the draft to show to the editor:
    a box is dropped whole, never silently when prose went with it."""
    return tuple(line for found in article.lists if found.kind == "box" for line in found.items)


def _starts_sentence(text: str) -> bool:
    """A capital or a digit first, after an opening quotation mark or bracket."""
    first = text.lstrip(_OPENING)[:1]
    return first.isupper() or first.isdigit()


def _cut_head(line: str) -> str | None:
    """The sentences a line of prose that breaks off mid-sentence holds before the break
    ("... grabbed her buttocks. Immediatel": "... grabbed her buttocks."), or None for a
    line that does not (``open_end``: a lead-in's colon is left to the list it may open)."""
    if _LIST_ITEM.match(line.strip()):
        return None
    pieces = split_cited(line)
    if len(pieces) < 2 or open_end(pieces[-1][0]) != "cut" or pieces[-1][1]:
        return None
    if not all(ends_sentence(text) for text, _ in pieces[:-1]):
        return None
    start = line.rstrip().rfind(pieces[-1][0].split()[0])
    head = line[:start].rstrip() if start > 0 else ""
    return head if _is_sentence_line(head) else None


def _paragraphs(lines: list[str]) -> list[list[str]]:
    """Lines of prose grouped into paragraphs: a page copied from a browser may keep one
    newline between paragraphs, not a blank line, so a line that ends a sentence (before
    its footnote markers) and a next line that starts one (a capital, a digit, an opening
    quotation mark or bracket) are two paragraphs; a next line that goes on in lower case
    continues the paragraph. A hard-wrapped paragraph is one line by then (``parse_rendered``)."""
    out: list[list[str]] = []
    for line in lines:
        text = line.strip()
        if out and not (_is_sentence_line(out[-1][-1]) and _starts_sentence(text)):
            out[-1].append(line)
        else:
            out.append([line])
    return out


def looks_rendered(text: str) -> bool:
    """True when ``text`` reads as a rendered article: the AfD notice, the "From Wikipedia"
    line under the title, or a numbered reference list (with carets, or in its mobile and
    Simple English forms under a "References" heading)."""
    if parse_rendered_notice(text[:2000]):
        return True
    lines = text.splitlines()
    if any(is_tagline(line) for line in lines[:30]) or any(ENTRY.match(line) for line in lines):
        return True
    for index, line in enumerate(lines):
        low = line.lower()  # a line without a reference section's word is none (cheaper than the edit-link pattern)
        if any(word in low for word in _REFERENCE_WORDS) and strip_edit_link(line).strip().lower() in REFERENCE_SECTIONS:
            below = (strip_leading_edit_link(x) for x in lines[index + 1:index + 12])
            entries = [x for x in below if (LENIENT_ENTRY.match(x) or MARKED_ENTRY.match(x)) and '"' in x]
            if entries:
                return True
    return False


def _same(a: str, b: str | None) -> bool:
    if not b:
        return False
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _mirror_title(line: str, title: str | None) -> bool:
    """A mirror's title line: the page's title and one word of the site's ("X explained",
    "X - Wikipedia", "X | Wikiwand")."""
    if not title or not line.casefold().startswith(title.casefold()):
        return False
    return bool(re.fullmatch(r"\s*(?:[-–—|:]\s*)?\w+", line[len(title):]))


class _Page:
    """One pass over the page's paragraphs, collecting sections, references and what was dropped."""

    def __init__(self, title: str | None, edit_linked: set[str], glue: Glue | None = None) -> None:
        self.title = title
        self.glue = glue  # the page's words standing alone, for ``unglue``
        self.edit_linked = edit_linked  # the headings that carry edit links, if the page has them
        self.found_title: str | None = None
        self.afd: AfdNotice | None = None
        self.sections: list[tuple[str, list[Sentence]]] = [("", [])]
        self.ref_lines: list[str] = []
        self.removed: list[str] = []
        self.lists: list[SourceList] = []  # the prose left out with boxes (``_edge_prose``)
        self.prose_seen = False
        self.more = False  # prose follows the paragraph being read: the copy is not cut there

    def drop(self, rule: str, line: str) -> None:
        self.removed.append(f"{rule}: {line.strip()}")

    def clean(self, paragraph: str) -> tuple[list[str], list[str]]:
        """The paragraph's lines, furniture removed (and recorded), and the cells of prose of
        the table rows it dropped, to be shown where the paragraph stands."""
        lines: list[str] = []
        rows: list[str] = []
        image = False  # an image's file name was dropped
        for line in paragraph.split("\n"):
            if not line.strip():
                continue
            if (rest := strip_leading_edit_link(line)) != line:  # the heading's, run into this line
                self.drop("edit link", line[: len(line) - len(rest)])
                line = rest
            if _indented_prose(line):
                line = line.strip()  # a paragraph indented with a tab: no table row
            if rule := furniture_rule(line):
                if is_tagline(line) and not self.prose_seen and lines and _is_heading(lines[-1], words=_TITLE_WORDS):
                    self.found_title = self.found_title or lines.pop().strip()
                self.drop(rule, line)
                image = image or rule == "image"
                if rule == "table":  # a cell that reads as prose is shown, never dropped silently
                    rows.extend(cell.strip() for cell in _CELL.split(line) if _is_prose_line(cell))
                continue
            lines.append(line)
        if image and len(lines) == 1 and not _is_sentence_line(lines[0]):
            # an image's file name and one line that is no sentence: its caption, however
            # heading-shaped ("Kellogg's Battle Creek plant, 2019"), never a heading
            self.drop("caption", lines[0])
            return [], rows
        return lines, rows

    def is_title(self, line: str) -> bool:
        """True for a line that repeats the page's title, given or found."""
        return _same(line, self.title) or _same(line, self.found_title)

    def title_line(self, lines: list[str], following: str | None) -> bool:
        """True when ``lines`` (before any prose) is the page's title line, which it records."""
        if self.prose_seen or len(lines) != 1 or not _is_heading(lines[0], words=_TITLE_WORDS):
            return False
        line = strip_edit_link(lines[0]).strip()
        top = len(self.sections) == 1 and not self.sections[0][1]  # under no heading, after no sentence
        if (stored := _STORED_TITLE.match(line)) and top:
            self.found_title = self.found_title or stored.group("title")
            self.drop("title", line)
            return True
        if self.is_title(line) or _mirror_title(line, self.title):
            self.drop("title", line)
            return True
        if self.found_title is None and top and (
            (following is not None and parse_rendered_notice(following)) or
            (following is not None and any(is_tagline(x) for x in following.split("\n")[:2]))
        ):
            self.found_title = line
            self.drop("title", line)
            return True
        return False

    def linked(self, name: str) -> bool:
        """False for a heading-shaped line without an edit link on a page whose headings
        carry them (a short image caption)."""
        return not self.edit_linked or name in self.edit_linked or name.lower() in NON_PROSE_SECTIONS

    def heading(self, name: str) -> None:
        """A section headed ``name``, unless the page's headings carry edit links and it has
        none, or it is the caption of the image that opens the section above it, before any
        of its prose (``_depicts``), and carries no edit link of its own (a caption has none:
        "Storm[edit]" / "Damage from the storm[edit]" is a section and its subsection). A
        caption there may name the article's subject rather than the section's ("History" /
        "Woolworth store at 1031 Canal (c. 1960)" in "1031 Canal"); so may a subsection's
        heading ("History" / "Early history of Malawi" in "Malawi"), so such a line is a
        caption only when it also says what only a caption says (``_captioned``: "(c. 1960)")."""
        above, sentences = self.sections[-1]
        titles = [t for t in (self.title, self.found_title) if t]
        if (above and not sentences and above.lower() not in NON_PROSE_SECTIONS and name not in self.edit_linked
                and (_depicts(name, above)
                     or (_captioned(name) and any(_depicts(name, title) for title in titles)))):
            self.drop("caption", name)
        elif self.linked(name):
            self.sections.append((name, []))
        else:
            self.drop("not a heading (no edit link)", name)

    def paragraph(self, lines: list[str]) -> None:
        current = self.sections[-1][0].lower()
        if current in REFERENCE_SECTIONS or sum(map(_is_entry, lines)) * 2 > len(lines):
            # a references section, or a rendered reference list under any heading or none
            # (a mobile copy may show it right under "See also", Simple English without one)
            self.ref_lines.extend(lines)
            return
        above, sentences = self.sections[-1]
        if (self.more and len(lines) == 1 and above and not sentences and above.lower() not in NON_PROSE_SECTIONS
                and not _is_sentence_line(lines[0]) and _cut_head(lines[0])):
            # the first line under a heading ends no sentence, yet the copy goes on: not a copy
            # cut off, but the caption of the image that opens the section ("President Trump
            # receives an update on Hurricane Dorian on August 29, 2019. This map was later
            # altered to show Dorian impacting Alabama"), dropped whole and named
            self.drop("caption", lines[0])
            return
        if lines and not _is_sentence_line(lines[-1]) and (head := _cut_head(lines[-1])):
            # the copy breaks off in the block's last line: its sentences are kept, the rest reported
            self.drop(OPEN_END["cut"], lines[-1][len(head):])
            lines = [*lines[:-1], head]
        if (at := self.section_break(lines)) is not None:
            if at:
                self.paragraph(lines[:at])
            self.heading(strip_edit_link(lines[at]).strip())
            self.paragraph(lines[at + 1:])
            return
        if (at := _entry_tail(lines)) is not None:  # a list that lost its heading, run on from the prose
            self.paragraph(lines[:at])
            self.ref_lines.extend(lines[at:])
            return
        if len(lines) == 1 and _is_heading(name := strip_edit_link(lines[0]).strip()):
            self.heading(name)
            return
        if self.prose_seen and (count := _opening_headings(lines)):  # the lead has no heading
            for line in lines[:count]:
                name = strip_edit_link(line).strip()
                if self.is_title(name):
                    self.drop("title", name)
                else:
                    self.heading(name)
            lines = lines[count:]
        start = 0
        for at in _bare_headings(lines):
            if self.linked(name := strip_edit_link(lines[at]).strip()):
                self.prose(lines[start:at])
                self.sections.append((name, []))
                start = at + 1
        self.prose(lines[start:])

    def section_break(self, lines: list[str]) -> int | None:
        """The index of the first line of the block, with lines below it, that is the heading
        of a section that holds no prose ("References", "See also"): its name alone, carrying
        an edit link on this page or with a reference entry below it; or a reference section's
        name printed bare below a line of prose, whatever shape the entries below it take
        (a copy that lost the blank lines: "... a Fyre Festival II.[7]" / "References" /
        "[change | change source]- ↑ 1.0 1.1 Megan Cerullo (April 28, 2017). ...")."""
        for at, line in enumerate(lines[:-1]):
            name = strip_edit_link(line).strip()
            low = name.lower()
            if low in NON_PROSE_SECTIONS and (
                name in self.edit_linked or _is_entry(lines[at + 1])
                or (low in REFERENCE_SECTIONS and at > 0 and _is_sentence_line(lines[at - 1]))
            ):
                return at
        return None

    def show(self, lines: list[str]) -> None:
        """Lines of prose left out with a box or a table row, kept in ``lists`` as a list of
        kind "box" where they stood, for the draft to show to the editor (``boxed_prose``)."""
        name, sentences = self.sections[-1]
        self.lists.append(SourceList(
            name, len({s.paragraph for s in sentences}), (), tuple(_FOOTNOTE.sub("", x).strip() for x in lines),
            tuple(dict.fromkeys(m.group("key") for x in lines for m in _FOOTNOTE.finditer(x) if m.group("key"))),
            kind="box",
        ))

    def prose(self, lines: list[str]) -> None:
        """The sentences of a block of lines under the current heading (a box is dropped whole),
        a paragraph for each line that starts one (``_paragraphs``)."""
        if self.sections[-1][0].lower() in NON_PROSE_SECTIONS:
            return
        prose = [line for line in lines if _is_sentence_line(line)]
        if _is_box(lines):
            for line in lines:
                self.drop("box", line)
            if edges := _edge_prose(lines):  # shown to the editor, never dropped silently
                self.show(edges)
            return
        for line in lines:
            if line not in prose:
                self.drop("not a sentence", line)
        if prose:
            self.prose_seen = True
        for paragraph in _paragraphs(prose):
            self.sentences(" ".join(line.strip() for line in paragraph))

    def sentences(self, text: str) -> None:
        tokens: list[tuple[str, str]] = []

        def marker(match: re.Match) -> str:
            body = match.group("body").strip()
            if body.isdigit():
                tokens.append(("ref", body))
            elif tag := maintenance_name(body):
                tokens.append(("tag", tag))
            elif _NOTE.match(body):
                return ""
            else:
                return match.group(0)
            return f"[{len(tokens) - 1}]"

        text = _MARKER.sub(marker, text)
        if (spaced := unglue(text, self.glue)) != text:
            self.drop("glue", ", ".join(f"{a} -> {b}" for a, b in _repairs(text, spaced)))
            text = spaced
        if (tidy := clear_template_debris(text)) != text:
            self.drop("template debris", template_debris(text))
            text = tidy
        section = self.sections[-1][1]
        number = len({s.paragraph for s in section})
        for clean, placed in split_placed(text):
            picked = [(tokens[int(k)], at) for k, at in placed]
            section.append(Sentence(
                text=clean,
                refs=tuple(dict.fromkeys(k for (kind, k), _ in picked if kind == "ref")),
                tags=tuple(k for (kind, k), _ in picked if kind == "tag"),
                paragraph=number,
                cite_at=tuple((k, at) for (kind, k), at in picked if kind == "ref"),
            ))


# What a word carries around it besides its letters: marker placeholders ("[0]"), punctuation.
_PUNCTUATION = re.compile(r"^[\"'“‘(\[]+|[.,;:!?\"'”’)\]]+$")
_PLACEHOLDER = re.compile(r"\[\d+\]")


def _repairs(text: str, spaced: str) -> list[tuple[str, ...]]:
    """The words of ``text`` that ``spaced`` parts with a space ("beenFIFA", "been FIFA")."""
    words, out = iter(spaced.split()), []  # unglue only adds spaces
    for word in text.split():
        parts = [next(words)]
        while "".join(parts) != word:
            parts.append(next(words))
        if len(parts) > 1:
            out.append(tuple(_PUNCTUATION.sub("", _PLACEHOLDER.sub("", x)) for x in (word, " ".join(parts))))
    return out


def _edit_linked(text: str) -> set[str]:
    """The lines that carry an edit link, glued ("Background[edit]") or on the next line."""
    out: set[str] = set()
    previous = ""
    for line in (x.strip() for x in text.split("\n")):
        if not line:
            continue
        if (rest := strip_leading_edit_link(line)) != line:  # the edit link of the line above
            out.add(previous)
            line = rest
        bare = strip_edit_link(line).strip()
        if bare != line:
            out.add(bare or previous)
        previous = bare or previous
    out.discard("")
    return out


def _list_cut(page: _Page, text: str) -> str | None:
    """The key of the reference list's last whole entry when the copy ends inside the list,
    cut before entries its markers cite (``mergekit.load.reflist.list_cut``)."""
    if not page.ref_lines or not text.rstrip().endswith(page.ref_lines[-1].strip()):
        return None  # no list, or the copy goes on after it: not cut inside it
    cited = {key for _, sentences in page.sections for s in sentences for key in s.refs}
    return list_cut(page.ref_lines, cited, lenient=True)


def parse_rendered(text: str, *, title: str | None = None, label: str = "") -> Article:
    """Sections, sentences with their reference keys and tags, references and the AfD notice.

    ``title`` is the page's title when known (a line repeating it is not a heading); else
    the article's title is the title line the page shows, if any. Transclusion markup a
    copy kept raw is read as the page itself shows it (``mergekit.load.transclusion``);
    ``Article.text`` is the text as given.
    """
    shown = as_shown(text)
    page = _Page(title, _edit_linked(shown.text), Glue.of(shown.text))
    page.removed.extend(shown.hidden)
    paragraphs = [p for p in re.split(r"\n\s*\n", shown.text) if p.strip()]
    clean = [page.clean(p) for p in paragraphs]  # each paragraph's lines and the prose of its table rows
    # a text browser's dump: a wrapped block is one line (mergekit.load.wrap)
    cleaned = unwrapped([lines for lines, _ in clean])
    box_rows = _split_box_rows(cleaned, page.edit_linked, page.is_title)  # an infobox split by blank lines
    # the last paragraph with a line of prose: before it, the copy is not cut off
    last_prose = max((i for i, lines in enumerate(cleaned) if any(map(_is_prose_line, lines))), default=-1)
    for index, lines in enumerate(cleaned):
        if rows := clean[index][1]:  # shown where the paragraph stands
            page.show(rows)
        if index in box_rows:
            for line in lines:
                page.drop("box", line)
            continue
        if not lines:
            continue
        if page.afd is None and (notice := parse_rendered_notice(" ".join(lines))):
            page.afd = notice
            # The notice is a line of its own: one newline, not a blank line, may part it from the lead.
            if len(lines) > 1 and parse_rendered_notice(lines[0]) and _is_sentence_line(lines[1]):
                page.paragraph(lines[1:])
            continue
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        if page.title_line(lines, following):
            continue
        page.more = index < last_prose
        page.paragraph(lines)
    return Article(
        title=title or page.found_title,
        sections=tuple(
            Section(title=name, level=1 if not name else 2, sentences=tuple(sents))
            for name, sents in page.sections
            if name or sents
        ),
        references=parse_reference_list(page.ref_lines, lenient=True),
        list_cut=_list_cut(page, text),
        afd=page.afd,
        label=label,
        removed=tuple(page.removed),
        lists=tuple(page.lists),
        text=text,
    )

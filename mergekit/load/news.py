"""News reports as evidence: site furniture and teasers removed, metadata read from the text.

HTML goes through trafilatura (``mergekit.html``). Plain text copied from a news page is
cleaned by these rules, in order, each one a documented reason a line is dropped:

1. **footer**: a line that opens the page footer ("Tags", "You may also like", "Original
   post Here", "Source » outlet", "Subscribe to our newsletter", "Related articles") ends
   the story; it and everything after it (teasers for other stories) are dropped. A
   "Source » outlet" footer names the outlet, without the wires it credits after it ("Al
   Jazeera and news agencies", "Deutsche Welle / AFP"; "Agencies" alone names none). A
   "Source: outlet" line that prose follows is no footer: a blog introduces the report it
   quotes so ("Source: The Guardian", then the Guardian's paragraphs); the line alone is
   dropped, and the outlet is not taken as the page's.
2. **teaser**: an inline "READ: ...", "Read more: ...", "Also read: ..." line.
3. **caption**: a photo caption ending in a bracketed credit ("[NAME/Agency via Getty
   Images]") or in a parenthesised one of names between slashes ("(Ralph
   Lauer/EPA-EFE/Shutterstock)"), or, among the masthead lines, in any credit ("Photograph: Hector
   Retamal/AP", "— Picture by ...", "| AP file photo").
4. **embed signature**: the line an embedded social-media post signs off with, as the
   platform's embed code renders it under the post: a dash, the account's display name,
   its handle in parentheses and the date ("— Flybe (@flybe) January 28, 2023"), or "A
   post shared by <name> (@handle)". It says who posted and when, never what: quoted as a
   passage of the report it would show the editor nothing of the sentence. The post's own
   text above it is kept. So goes an update stamp on a line of its own in brackets ("(Updated
   at 8:30 a.m. MDT March 19, 2018, US time)"): when the page changed, not what happened.
5. **furniture**: a line of fewer than four words without sentence punctuation
   ("COMMENTS", "SHARE THIS", "Text sizeAa Aa", "News").
6. **masthead**: headline-like lines (no closing punctuation; an ellipsis, "..." or "…",
   closes a line of four words or more cut off mid-sentence, as a teaser is) before the first paragraph
   of prose: a date among them is the publication date; the title is the first of them
   that is about the story (it shares a word with the body; a byline, "By ...", is not a
   title), since a copied page opens with its headline, and what follows it (a deck,
   a photo caption, a video's "WATCH ABOVE" line) is often longer but is not the title;
   a line before it that shares nothing with the story (the site's tagline) is not either.
   A line after the headline that is about the story and six words or more is the deck
   (standfirst), kept as text, unless it is a name rather than a statement: more of its
   words capitalised than not, as a portrait's caption is ("Ramon Olorunwa Abbas, also
   known as Ray Hushpuppi"), while a deck is written in sentence case; the rest are dropped. No line about the story: no title
   (none is made up).

In a text hard-wrapped at a fixed width (``mergekit.load.wrap``), a wrapped paragraph,
headline or caption is read as one line first: its newlines are no breaks.
A dateline ("TIRANA, June 30, 2023 – ", and the wire forms without a year: "JOHOR BARU,
March 13 — ", "JACKSON, Miss. (AP) — ", "AMSTERDAM, Feb 23 (Reuters) - ") is cut from the first
sentence; one with a year gives the date.
A bulleted line of four words or more ("- Five bushfires begin burning near Bega") is a
statement of a timeline or a key-points box, kept as a sentence of its own even without
closing punctuation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mergekit.load.dates import find_date, written_dates
from mergekit.load.sentences import split_sentences
from mergekit.load.wrap import unwrapped
from mergekit.model import NewsItem

__all__ = ["clean_news_text", "CleanedText", "parse_news_text", "parse_news_html"]

_FOOTER = re.compile(
    r"^(?:(?:tags|you may also like|related(?: articles| stories| news)?|more stories|"
    r"subscribe to our newsletter|original post here)\b|source\s*[»:>])",
    re.IGNORECASE,
)
_SOURCE_FOOTER = re.compile(r"^source\s*[»:>]\s*(?P<outlet>.+)$", re.IGNORECASE)
# A footer credits the wires the outlet drew on after its own name: "Al Jazeera and news
# agencies", "... with agencies", "Deutsche Welle / AFP", "France 24 (with AFP)", "Reuters/AFP".
# The outlet is the name before that tail; "Agencies" alone names none (None, not made up).
_AGENCIES = r"(?:(?:news|wire)\s+)?(?:agenc(?:y|ies)|wires|wire services?)"
_AGENCY_TAIL = re.compile(
    rf"(?:\s*,|\s+(?:and|&|with|plus))\s+(?:other\s+)?{_AGENCIES}\s*$"  # "... and (news) agencies"
    r"|\s*\((?:with|via)\s[^()]*\)\s*$",  # "... (with AFP)"
    re.IGNORECASE)
# "... / AFP", "Reuters/AFP", "... |": a name in capitals after the slash (no URL's path)
_CREDIT_TAIL = re.compile(r"\s*[/|]\s*(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)?\s*$")
_ONLY_AGENCIES = re.compile(rf"{_AGENCIES}", re.IGNORECASE)

_TEASER = re.compile(r"^(?:read(?: more| also)?|also read|see also|watch|related)\s*:", re.IGNORECASE)
_CAPTION = re.compile(r"\[[^\]]*(?:/|getty|afp|reuters|ap photo|photo)[^\]]*\]\s*$", re.IGNORECASE)
# A credit in parentheses ends a caption the same way when it names a photographer and an
# agency, or agencies, between slashes, each a name ("(Ralph Lauer/EPA-EFE/Shutterstock)",
# "(Jane Doe/AFP via Getty Images)"); prose ends in a full stop, so "(EU/EEA)." stays prose.
_NAME = r"[A-Z][\w.'&-]*(?: (?:[A-Z][\w.'&-]*|via|for))*"
_PAREN_CREDIT = re.compile(rf"\((?:{_NAME}\s*/\s*)+{_NAME}\)\s*$")
# In the masthead (before the story, no closing punctuation), a line ending in an unbracketed
# credit is a caption too ("Photograph: Hector Retamal/AP", "Photo: AP", "— Picture by Yusof Mat
# Isa", "| AP file photo"), never the headline; prose is left to the text.
_MASTHEAD_CAPTION = re.compile(r"\b(?:photo(?:graph)?|picture|image)\s*(?:by\b|:|©)[^.!?]{0,80}$|\bfile photo\s*$",
                               re.IGNORECASE)
# In the masthead, a whole sentence of at least ``_CREDITED_WORDS`` words and then, after its
# full stop, a credit of a few capitalised words is a photo or video caption with its
# credit ("Multiple injuries were reported following the partial collapse of the Hard Rock
# Hotel ... on the morning of Oct. 12, 2019. The Daily Advertiser"), never the headline: a
# headline ends with no full stop, and one that quotes a short sentence before its speaker
# ("Fees will go up but not beyond 8%. Nzimande") is shorter. The pattern only finds the
# candidates: the break is the sentence splitter's, which ends no sentence after "U.S.",
# "St." or "Dr." ("... after it passed the U.S. Senate" is one sentence, a headline), and
# the sentence must read as a caption, saying when its picture was taken (a date with its
# year, as a wire caption does) or who is in it ("pictured", "left"), which a headline
# scraped with the site's suffix after it does not ("... in New Orleans. Watch Video",
# "... one dead. NOLA": the headline, suffix and all, as no suffix is trimmed here).
_CREDITED_CAPTION = re.compile(
    r"^(?P<caption>[^\n]*\w[\w)\"'”’]*[.!?])[\"'”’]?\s+(?P<credit>[A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*){0,3})$")
_CAPTION_SIGN = re.compile(r"\bpictured\b|\((?:from\s+)?(?:left|right|centre|center)\b|\b(?:from|at|on the)\s+(?:left|right)\b",
                           re.IGNORECASE)
_CREDITED_WORDS = 10
_CAPTION_SPAN = 300  # longer than any photo credit; bounds the caption pattern's backtracking
# A dateline: the city in capitals, then a region, a date and an agency, any of them, and a
# dash ("TIRANA, June 30, 2023 – ", "JOHOR BARU, March 13 — ", "JACKSON, Miss. (AP) — ",
# "AMSTERDAM, Feb 23 (Reuters) - ", "SANTIAGO, (Reuters) – ", "SEATTLE, WA — "). Only a
# date with its year dates the item (none is guessed).
_DATELINE = re.compile(
    r"^[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*)*(?=[,(]| \()"
    r"(?:,\s*(?![A-Z][a-z]*\.? \d)[A-Z][\w.]*(?: [A-Z][\w.]*)?)?"
    r"(?:,?\s*(?P<date>(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})(?P<year>,? \d{4})?))?"
    r"(?:,?\s*\([A-Za-z][\w .&-]{0,24}\))?,?"
    r"\s+[–—-]\s+"
)
# An embedded post's signature line: "— Name (@handle) Month D, YYYY" (Twitter/X), "A post
# shared by Name (@handle)" (Instagram); the whole line, nothing after the date.
_EMBED_SIGNATURE = re.compile(
    r"^(?:[—–-]+\s*[^()\n]{1,80}?\s*\(@\w{1,30}\)\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8},? \d{4})"
    r"|a post shared by\s+[^()\n]{1,80}?\s*\(@[\w.]{1,30}\))\s*$",
    re.IGNORECASE)
_UPDATE_STAMP = re.compile(r"^\(\s*(?:last\s+)?updated\b(?=[^()]*\d)[^()]{0,80}\)$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?\"'”’:;)]\s*$")
_CUT_OFF = re.compile(r"\u2026\s*$")  # "…": prose cut off mid-sentence (a teaser), as "..." is
_BULLET = re.compile(r"^[-•*▪–]\s+(?=\S)")
_BYLINE = re.compile(r"by\s", re.IGNORECASE)
_DECK_WORDS = 6  # a masthead line after the headline this long reads as a sentence (a deck), not a label
_WORD = re.compile(r"[^\W\d_]{4,}")
_LETTERS = re.compile(r"[^\W\d_]+")
_BLOCK = re.compile(r"\n[^\S\n]*\n")


def _stems(text: str) -> set[str]:
    """The first five letters of each word of four letters or more ("bridges" ~ "bridge")."""
    return {w.lower()[:5] for w in _WORD.findall(text)}


@dataclass(frozen=True)
class CleanedText:
    """The cleaner's answer: body paragraphs, what it read off, and what it dropped."""

    paragraphs: tuple[str, ...]
    title: str | None
    date: str | None
    outlet: str | None
    removed: tuple[str, ...]  # "rule: line" for each dropped line
    dateline: str | None = None  # the masthead line the date was read from ("ESPNcricinfo, 2 July 2023")


def _is_name(line: str) -> bool:
    """A line most of whose words are capitalised: a name or label (a portrait's caption),
    not a statement in sentence case."""
    words = _LETTERS.findall(line)
    return sum(w[0].isupper() for w in words) * 2 > len(words)


def _credited_caption(line: str) -> bool:
    """A masthead line that is a caption's sentence and its credit (``_CREDITED_CAPTION``)."""
    found = _CREDITED_CAPTION.match(line) if len(line) <= 2 * _CAPTION_SPAN else None  # bounds the backtracking
    if found is None or len(found.group("caption").split()) < _CREDITED_WORDS:
        return False
    *caption, credit = split_sentences(line)
    return (bool(caption) and credit.split() == found.group("credit").split()
            and bool(written_dates(" ".join(caption)) or _CAPTION_SIGN.search(" ".join(caption))))


def _is_prose(line: str) -> bool:
    return bool(_SENTENCE_END.search(line) or _CUT_OFF.search(line)) and len(line.split()) >= 4


def _lines(text: str) -> list[str]:
    """The text's non-blank lines, stripped; in a hard-wrapped text (``mergekit.load.wrap``) a
    wrapped paragraph, headline or caption is one line, as a copied page's is."""
    blocks = [[line.strip() for line in block.split("\n") if line.strip()] for block in _BLOCK.split(text)]
    return [line for rows in unwrapped(blocks) for line in rows]


def _line_rule(line: str) -> str | None:
    """The rule that drops ``line`` wherever it stands (a teaser, an embedded post's
    signature, an update stamp), or None."""
    if _TEASER.match(line):
        return "teaser"
    if _EMBED_SIGNATURE.match(line):
        return "embed signature"
    if _UPDATE_STAMP.match(line):
        return "update stamp"
    return None


# A footer's credit longer than this names no outlet (a name and its wires are a few words):
# stripping its tails one at a time costs the square of its length, a hostile input's
_OUTLET_SPAN = 300


def _outlet(credit: str) -> str | None:
    """The outlet a "Source:" footer names, without the wires it credits after it; None for
    a credit of more than ``_OUTLET_SPAN`` characters."""
    name = credit.strip()
    if len(name) > _OUTLET_SPAN:
        return None
    while (trimmed := _CREDIT_TAIL.sub("", _AGENCY_TAIL.sub("", name)).strip()) != name:
        name = trimmed
    if not name or _ONLY_AGENCIES.fullmatch(name):
        return None
    return name[:1].upper() + name[1:]


def clean_news_text(text: str) -> CleanedText:
    """Apply the cleaning rules of this module to plain text copied from a news page."""
    lines = _lines(text)
    removed: list[str] = []
    outlet = None
    body: list[str] = []
    masthead: list[str] = []
    for index, line in enumerate(lines):
        source = _SOURCE_FOOTER.match(line)
        if _FOOTER.match(line) and (len(line.split()) <= 5 or source):
            if source and any(_is_prose(rest) for rest in lines[index + 1:]):
                removed.append(f"source line: {line}")  # the report it names follows: a header, no footer
                continue
            if source:
                outlet = _outlet(source.group("outlet"))
            removed.extend(f"footer: {rest}" for rest in lines[index:])
            break
        if rule := _line_rule(line):
            removed.append(f"{rule}: {line}")
        elif _CAPTION.search(line[-_CAPTION_SPAN:]) or _PAREN_CREDIT.search(line[-_CAPTION_SPAN:]) or (
                not body and not _is_prose(line)
                and (_MASTHEAD_CAPTION.search(line[-_CAPTION_SPAN:]) or _credited_caption(line))):
            removed.append(f"caption: {line}")  # a caption ends its line: the tail is enough, in linear time
        elif (bullet := _BULLET.match(line)) and len(line.split()) >= 4:
            body.append(line[bullet.end():])  # a list item of a timeline or key points: a statement
        elif not body and not _is_prose(line):
            masthead.append(line)
        elif len(line.split()) < 4 and not _SENTENCE_END.search(line):
            removed.append(f"furniture: {line}")
        else:
            body.append(line)

    date = dateline = None
    headlines = []
    for line in masthead:
        if date is None and (found := find_date(line)) and len(line.split()) <= 8:
            date, dateline = found, line
        elif len(line.split()) >= 4:
            headlines.append(line)
        else:
            removed.append(f"furniture: {line}")
    story = _stems("\n".join(body)) if headlines else set()  # the words of every paragraph, read at once
    about = [line for line in headlines if not _BYLINE.match(line) and _stems(line) & story]
    title = about[0] if about else None
    # After the headline, a line about the story of a sentence's length is the deck
    # (standfirst): the outlet's own statement, kept as text.
    decks = [line for line in headlines[headlines.index(title) + 1:]
             if line in about and line != title and len(line.split()) >= _DECK_WORDS and not _is_name(line)] if title else []
    removed.extend(f"{'caption' if line in about and _is_name(line) else 'masthead'}: {line}"
                   for line in headlines if line != title and line not in decks)

    if body and (m := _DATELINE.match(body[0])) and m.end() < len(body[0]):
        if m.group("year"):
            date = date or find_date(m.group("date"))
        body[0] = body[0][m.end():]
    return CleanedText(tuple(decks + body), title, date, outlet, tuple(removed), dateline)


def parse_news_text(text: str, *, label: str) -> NewsItem:
    """A plain-text news file as a ``NewsItem`` (metadata only as far as the text tells)."""
    cleaned = clean_news_text(text)
    sentences = tuple(s for p in cleaned.paragraphs for s in split_sentences(p))
    return NewsItem(
        label=label,
        text="\n\n".join(cleaned.paragraphs),
        sentences=sentences,
        title=cleaned.title,
        work=cleaned.outlet,
        date=cleaned.date,
        removed=cleaned.removed,
        masthead=(cleaned.dateline,) if cleaned.dateline else (),
    )


def parse_news_html(html: str | bytes, *, label: str, url: str | None = None) -> NewsItem:
    """An HTML news page as a ``NewsItem``, through trafilatura."""
    from mergekit.html import extract_page  # trafilatura is slow to import: only when needed

    page = extract_page(html, url=url)
    paragraphs = [p.strip() for p in page.text.split("\n") if p.strip()]
    return NewsItem(
        label=label,
        text="\n\n".join(paragraphs),
        sentences=tuple(s for p in paragraphs for s in split_sentences(p)),
        title=page.title,
        work=page.sitename,
        date=page.date,
        url=page.url or url,
        author=page.author,
    )

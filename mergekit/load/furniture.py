"""Page furniture in a rendered Wikipedia page: what a copied page holds that is not prose.

A page copied from Wikipedia or one of its mirrors carries, besides the article's prose,
the site's chrome and the article's boxes. Each line is classified by these rules; a
furniture line is never a sentence of the article (the rules were derived from the text
of rendered pages on en.wikipedia.org, simple.wikipedia.org, the mobile site, and mirrors
such as Wikiwand, WikiMD and zxc.wiki):

- **chrome**: "Jump to navigation", "Jump to content" (an older skin's "Jump to: navigation, search"), "From Wikipedia, the free
  encyclopedia" (and a mirror's "From <wiki>" or "Last updated"), "(Redirected from …)", "Contents",
  "Page contents not supported in other languages", "Retrieved from …", "Categories: …",
  "This page was last edited …", the licence line, "Authority control …";
- **revision**: what MediaWiki shows above an old revision (an ``oldid`` link), by the
  shapes of its interface messages: the notice (``revision-info``, on the English
  Wikipedia "This is an old revision of this page, as edited by <user> at <time, date>
  (<summary>). The present address (URL) is a permanent link to this revision, which may
  differ significantly from the current revision.", elsewhere "Revision as of <time, date>
  by <user>"; ``revisionasof``, ``currentrev-asof``: "(Latest) revision as of <time,
  date>") and the navigation line (``revision-nav`` with ``previousrevision``,
  ``currentrevisionlink``, ``nextrevision``: "(diff) ← Previous revision | Latest revision
  (diff) | Newer revision → (diff)", "← Older revision" in MediaWiki's default wording).
  Only the whole line is furniture: a sentence that merely holds these words is prose;
- **edit link**: a "[edit]", "[edit | edit source]" or "[change | change source]" left on
  a line of its own (on a heading line it is cut and the heading kept, as is a mirror's
  bare " edit" after a heading; at the start of the line below the heading, where a copy
  ran it into the section's first line, "[change | change source]- ↑ 1.0 …", it is cut
  from that line: ``strip_leading_edit_link``);
- **banner**: a maintenance banner ("This article needs additional citations …", "(Learn
  how and when to remove this message)", "You can help expand this article with text
  translated from …", a stub's "… is a stub. You can help Wikipedia by expanding it.") and a hatnote ("For other uses, see …", "For the
  quarry itself, see …", "This article is about …", "Main article: …");
- **coordinates**: "Coordinates: 41°31′N 19°33′E", or a line of coordinates;
- **table**: an infobox or table row as copied (cells split by tabs or "|"); the reader
  of rendered pages first takes a line of prose that a tab merely indents for a paragraph
  (``mergekit.load.rendered``), and shows a row's cell that reads as prose when the row goes;
- **navbox**: the "v t e" of a navigation box, and its rows of links split by "•" or "·";
- **image**: a file name or size ("Bullseye1.svg", "300px");
- **page names**: a line that is only namespace-prefixed page names of the Template,
  Category, File (Image) or Module namespace, as a mirror leaks unexpanded templates
  ("Шаблон:Short description Шаблон:Use dmy dates Шаблон:Infobox eruption",
  "Vorlage:Infobox Vulkan"), in English or a localised name MediaWiki ships
  (``mergekit/data/namespaces.toml``). The prefix is spelt as MediaWiki writes it (capital,
  no space before or after the colon), each name is at most eight words without a colon,
  and the line ends with no sentence punctuation: "Template:Cite news is a template." and
  "Image: a view of the crater" are prose.

Lines that survive are then judged by shape in ``mergekit.load.rendered``: a sentence ends
with sentence punctuation, so a line without it (an image caption, an infobox row whose
label and value ran together, "Casualties51 dead") is not prose either.
"""

from __future__ import annotations

import re
import tomllib
from importlib import resources

__all__ = ["furniture_rule", "strip_edit_link", "strip_leading_edit_link", "is_tagline", "is_page_names", "FROM_WIKI"]

FROM_WIKI = re.compile(
    r"^(?:fro(?:m|')\s+[\w .,'-]{0,40}?(?:wiki|encyclopedia)[\w .,'-]{0,40}|last updated(?: [\w ,:]{0,30})?)$",
    re.IGNORECASE,
)
# "[edit]", "[edit | edit source]", "[change | change source]": an edit link as the page prints it.
_BRACKETED_EDIT_LINK = r"\[\s*(?:edit|change)(?:\s*\|\s*(?:edit|change) source)?\s*\]"
_EDIT_LINK = re.compile(
    rf"(?:\s*{_BRACKETED_EDIT_LINK}|(?<=\w)\s+edit|(?<=[a-z])(?-i:Edit))\s*$",
    re.IGNORECASE,
)
_CHROME = re.compile(
    r"^(?:jump to:?\s*(?:content|navigation|search)(?:,?\s*(?:jump to:?\s*)?(?:navigation|search))?"
    r"|\(redirected from [^)]*\)|page contents not supported in other languages\.?"
    r"|contents(?: hide| show)?|\(top\)|toggle (?:the )?table of contents|toggle .{1,60} subsection"
    r"|move to sidebar(?: hide)?|appearance|hide|show|retrieved from\s.*|(?:hidden )?categor(?:y|ies)\s*:.*"
    r"|this page was last edited .*|text is available under the creative commons.*"
    r"|authority control.*|privacy policy|disclaimers|about wikipedia|wikipedia|\d+ languages?"
    r"|read|edit|view history|view source|talk|article|tools|actions|general|print/export"
    r"|this article is about .*|for .{1,80}, see .*|not to be confused with .*"
    r"|[^.]{1,120} should not be confused with [^.]{1,120}\.?"
    r"|\".{1,80}\" redirects here.*|main articles?\s*:.*|further information\s*:.*|see also\s*:.*)$",
    re.IGNORECASE,
)
_WHEN = r"\d{1,2}:\d{2},? [^.()|]{1,40}?\d{4}"  # "12:07, 13 November 2009": a time, then a date
_REVISION = re.compile(
    rf"^(?:this is (?:an old|the current) revision of this page, as edited by .{{1,200}}? at {_WHEN}"
    r"(?: \(.{0,300}\))?\.(?: .{0,200}?may differ significantly from the current revision\.)?"
    r"|the present address \(url\) is a permanent link to this revision, which may differ significantly"
    r" from the current revision\.?"
    rf"|(?:latest )?revision as of {_WHEN}(?: by .{{1,200}})?"
    r"|\(diff\)\s*← (?:previous|older) revision\s*\|\s*(?:latest|current) revision\s*\(diff\)"
    r"\s*\|\s*newer revision →\s*\(diff\))$",
    re.IGNORECASE,
)
_BANNER = re.compile(
    r"learn how and when to remove this (?:template )?message"
    r"|^this (?:article|section|page) (?:needs|has multiple issues|relies|may (?:need|require|lack|be)|"
    r"is (?:an orphan|missing|written like)|does not cite|contains)"
    r"|^please help (?:improve|update|expand)"
    # {{Expand language}} and a stub's message: "You can help expand this article with text
    # translated from the corresponding article in Portuguese. (May 2018)Click [show] for …",
    # "This article about a strike is a stub. You can help Wikipedia by expanding it."
    r"|^you can help (?:expand this (?:article|section)|wikipedia by expanding it)"
    r"|click \[show\] for important translation instructions"
    r"|\bis a stub\. you can help wikipedia by expanding it",
    re.IGNORECASE,
)
_DMS = r"\d{1,3}(?:\.\d+)?\s*°\s*(?:\d{1,2}(?:\.\d+)?\s*[′']\s*)?(?:\d{1,2}(?:\.\d+)?\s*[″\"]\s*)?[NS]\b"
_COORDINATES = re.compile(rf"^coordinates\s*:|^(?:{_DMS}|(?=.*[°;])[-\d.;,/ °′″'\"NSEW]+)$", re.IGNORECASE)
_HAS_DMS = re.compile(_DMS)
_NAVBOX = re.compile(r"^(?:v|t|e|vte|v t e|v\s*[·•]\s*t\s*[·•]\s*e)$", re.IGNORECASE)
_NAMESPACES = tomllib.loads(resources.files("mergekit").joinpath("data/namespaces.toml").read_text("utf-8"))
_PREFIX = "(?:" + "|".join(sorted((re.escape(n) for names in _NAMESPACES.values() for n in names),
                                  key=len, reverse=True)) + "):"
_WORD = r"[^\s:\[\]{}|<>#]+"  # a word of a page name: no space, colon or wikitext markup
_NAME = rf"{_WORD}(?: (?!{_PREFIX}){_WORD}){{0,7}}"
_PAGE_NAMES = re.compile(rf"^{_PREFIX}{_NAME}(?: {_PREFIX}{_NAME})*(?<![.!?…])$")
_IMAGE = re.compile(r"(?:\.(?:jpe?g|png|svg|gif|tiff?|webp)|^\d+\s*px)$", re.IGNORECASE)


# An edit link a copy ran into the line below its heading: "[change | change source]- ↑ 1.0 …".
_LEADING_EDIT_LINK = re.compile(rf"^\s*{_BRACKETED_EDIT_LINK}(?=\s*\S)\s*", re.IGNORECASE)


def strip_leading_edit_link(line: str) -> str:
    """``"[change | change source]- ↑ 1.0 1.1 Megan …"`` -> ``"- ↑ 1.0 1.1 Megan …"``: the
    edit link of the heading above, run into this line; a line that is only an edit link is
    left whole (``furniture_rule`` drops it)."""
    return _LEADING_EDIT_LINK.sub("", line, count=1)


def strip_edit_link(line: str) -> str:
    """``"Background[edit | edit source]"`` -> ``"Background"``."""
    return _EDIT_LINK.sub("", line)


def is_tagline(line: str) -> bool:
    """The line under a page's title: "From Wikipedia, the free encyclopedia" or a mirror's."""
    return bool(FROM_WIKI.match(line.strip()))


def furniture_rule(line: str) -> str | None:
    """The rule (of the module's list) under which ``line`` is furniture, or None."""
    text = line.strip()
    if not text:
        return None
    if is_tagline(text) or _CHROME.match(text):
        return "chrome"
    if _REVISION.match(text):
        return "revision"
    if not strip_edit_link(text):
        return "edit link"
    if _BANNER.search(text):
        return "banner"
    if _COORDINATES.match(text) or (_HAS_DMS.search(text) and len(text.split()) <= 12 and not text.endswith(".")):
        return "coordinates"
    if "\t" in line or text.count("|") >= 2 or text.startswith("|") or text.endswith("|"):
        return "table"
    if _NAVBOX.match(text) or text.count(" • ") >= 2 or text.count(" · ") >= 2:
        return "navbox"
    if _IMAGE.search(text):
        return "image"
    if is_page_names(text):
        return "page names"
    return None


def is_page_names(line: str) -> bool:
    """True for a line that is only namespace-prefixed page names ("Шаблон:Infobox eruption")."""
    return bool(_PAGE_NAMES.match(" ".join(line.split())))

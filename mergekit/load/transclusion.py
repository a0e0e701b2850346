"""Transclusion markup read as the article's own page shows it.

A page's wikitext may say what shows on the page itself and what shows where another
page transcludes it (an article transcluded into a broader one, as "National Museum of
Brazil fire" is): ``<noinclude>…</noinclude>`` shows only on the page itself,
``<includeonly>…</includeonly>`` only where it is transcluded, and ``<onlyinclude>…
</onlyinclude>`` marks the part that transcludes, all of which the page itself shows. A
stored plain-text copy may keep the markup raw ("The <noinclude>National Museum of
Brazil</noinclude><includeonly>museum</includeonly> was heavily damaged"), and
mwparserfromhell reads these as ordinary tags whose contents are text, so a reader that
takes a tag's contents for prose keeps both alternatives, run together ("The National
Museum of Brazilmuseum was").

``as_shown`` reads the markup by the rules of MediaWiki's preprocessor when it renders a
page for viewing (``Preprocessor_Hash``, not for inclusion): the ``noinclude`` and
``onlyinclude`` tags, opening or closing, with any attributes, are ignored and their
contents shown; an ``includeonly`` element goes with its contents, to its closing tag, or
to the end of the text when none follows (MediaWiki lets it run out); ``<includeonly/>``
is empty. Tag names are matched in any case. A closing ``</includeonly>`` with no element
open is left out too (MediaWiki would print it as text; in a copy it is markup). Nothing
inside an HTML comment or a ``<nowiki>`` element is read as a tag (the preprocessor does
not look inside them); both are kept as they are, for the reader.

What it hides is recorded as "transclusion: …" with the words before it on its line (the
text a transcluding page shows, "museum", after the words the page itself shows, "The
National Museum of Brazil"), so that the editor can see what the loader left out; the
audit holds a rendered source's sentences to the same reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Shown", "as_shown"]

_NAMES = "noinclude|onlyinclude|includeonly"
# Where the preprocessor passes over what follows (a comment, a nowiki element), or one of
# the three tags: opening, closing or empty, its name followed by a space, "/" or ">".
_TOKEN = re.compile(
    rf"(?P<comment><!--)|(?P<nowiki><nowiki\b[^>]*>)|<(?P<close>/)?(?P<name>{_NAMES})(?=[\s/>])[^>]*?(?P<empty>/)?>",
    re.IGNORECASE,
)
_ENDS = {"comment": re.compile("-->"), "nowiki": re.compile(r"</nowiki\s*>", re.IGNORECASE),
         "includeonly": re.compile(r"</includeonly\s*>", re.IGNORECASE)}
_CONTEXT = 8  # words before a hidden element that its record quotes
_QUOTED = 80  # characters of a hidden element's text that its record quotes


@dataclass(frozen=True)
class Shown:
    """A text as its own page shows it, and what of it the page hides (``hidden``: one
    "transclusion: …" record per ``includeonly`` element, and one counting stray closing tags)."""

    text: str
    hidden: tuple[str, ...] = ()


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _QUOTED else text[:_QUOTED].rstrip() + " …"


def as_shown(text: str) -> Shown:
    """``text`` with its transclusion markup read as the page itself shows it (see the
    module docstring): "The <noinclude>National Museum of Brazil</noinclude><includeonly>
    museum</includeonly> was" -> "The National Museum of Brazil was", with the record
    'transclusion: "museum" (<includeonly>, shown only where the page is transcluded)
    hidden, after "The National Museum of Brazil"'."""
    if "<" not in text or not re.search(_NAMES, text, re.IGNORECASE):
        return Shown(text)
    out: list[str] = []
    hidden: list[str] = []
    at = 0
    strays = 0  # closing includeonly tags with no element open
    unclosed_nowiki = False  # once a nowiki has no closing tag, none further has (linear time)
    for match in _TOKEN.finditer(text):
        if match.start() < at:  # inside what was passed over already
            continue
        if match.group("nowiki") and unclosed_nowiki:
            continue
        kind = "comment" if match.group("comment") else "nowiki" if match.group("nowiki") else None
        if kind:  # passed over, kept as it is: a comment runs to the end unclosed, a nowiki is then text
            end = _ENDS[kind].search(text, match.end())
            if end is None and kind == "nowiki":
                unclosed_nowiki = True
                continue
            out.append(text[at:end.end() if end else len(text)])
            at = end.end() if end else len(text)
            continue
        out.append(text[at:match.start()])
        at = match.end()
        name = match.group("name").lower()
        if name != "includeonly" or match.group("close") or match.group("empty"):
            strays += bool(match.group("close")) and name == "includeonly"
            continue  # an ignored tag: its contents (what follows) are shown
        end = _ENDS["includeonly"].search(text, at)
        inner = text[at:end.start() if end else len(text)]
        at = end.end() if end else len(text)
        before = " ".join("".join(out[-3:]).rsplit("\n", 1)[-1].split()[-_CONTEXT:])  # on its line
        hidden.append(f'transclusion: "{_clip(inner)}" (<includeonly>, shown only where the page is transcluded'
                      f'{"" if end else ", to the end of the text: no closing tag"}) hidden'
                      + (f', after "{before}"' if before else ""))
    out.append(text[at:])
    if strays:
        hidden.append(f"transclusion: {strays} closing </includeonly> tag{'s' * (strays != 1)} with no element open left out")
    return Shown("".join(out), tuple(hidden))

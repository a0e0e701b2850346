"""The one escaping boundary: every input string is data, whatever output it lands in.

Articles, news pages, manifests, file names and the command line are written by people
mergekit does not trust (anyone can edit a wiki). Each output context has one function
here, and every writer passes every input string through the one for its context:

============================  =====================================================
context                       function
============================  =====================================================
wikitext prose, headings      :func:`escape_wikitext`
prose beside markup we write  :func:`escape_inline` (a link's label, the words around it)
template parameter            :func:`escape_param` (also ``=``, which names a parameter)
page title as a parameter     :func:`escape_title_param` (also ``#``)
link target / page title      :func:`escape_link` (``[[...]]``; ``escape_anchor`` after ``#``)
HTML comment ``<!-- -->``     :func:`escape_comment` (only what is live there)
``<ref name=...>``            :func:`ref_name_attr`
URL in a template parameter   :func:`escape_url` (http/https only; else None)
HTML (``report.html``)        Jinja's autoescaping (:mod:`mergekit.report.page`)
JSON (``flags.json``)         :func:`visible_json`
============================  =====================================================

The rules: every character that could open markup (links (brackets as a pair or before a
URL scheme, in prose; every bracket in a parameter or link), templates, tags, tables,
bold/italic, signatures ``~~~``, magic words ``__X__``, free URLs and ``mailto:``, list or
heading syntax at a line's start, a comment's end) is written as an HTML entity, which
MediaWiki renders as the same character. Control characters are removed; bidi controls
and zero-width characters, which can make text read differently from what it is, are
removed where they only steer (embeddings, overrides, isolates, zero-width space, BOM)
and written as visible entities where scripts need them (ZWNJ, ZWJ, LRM, RLM).
"""

from __future__ import annotations

import re

from mergekit.textclean import REMOVED as _REMOVED
from mergekit.textclean import clean_text
from mergekit.webaddress import is_web_address

__all__ = [
    "clean_text", "escape_wikitext", "escape_inline", "escape_param", "escape_title_param", "escape_link", "escape_anchor",
    "escape_comment", "ref_name_attr", "escape_url", "visible_json",
]

_ENTITIES = {
    "<": "&lt;", ">": "&gt;", "[": "&#91;", "]": "&#93;", "{": "&#123;", "}": "&#125;",
    "|": "&#124;",
}
# URL schemes MediaWiki links without "//" (free external links): "mailto:x@y" is live.
_BARE_SCHEMES = r"mailto|news|tel|sip|sips|sms|urn|xmpp|magnet|geo|bitcoin"
# Every alternative starts with one of its own characters or a scheme's first letter: tested
# first (speed only: the same matches; most characters of prose fail there at once).
_FIRST = "".join(sorted({scheme[0] for scheme in _BARE_SCHEMES.split("|")}))
# Brackets open markup only as a pair ("[[", "]]"), or as an external link: "[" before a
# URL scheme ("[http:", "[mailto:") or "/" ("[//host"). Those are written as entities, and so
# is a "[" ending the text or a "]" opening it (the next or last string written beside it
# could make the pair); a lone bracket in prose, an editorial "[...]" or "[sic]" in a
# quotation, stays readable as it is. Where a bracket ends a link's label or target (a cite's
# title is shown as the label of its url, a page title), every bracket is an entity
# (``escape_param``, ``escape_link``).
_BRACKETS = r"\[{2,}|\]{2,}|\[(?=\s*(?:/|[A-Za-z][\w+.-]*:))|\[$|^\]"
_CHARS = re.compile(
    rf"(?=[<>\[\]{{}}|&'~_:]|(?i:[{_FIRST}]))"
    rf"(?:[<>{{}}|]|{_BRACKETS}|&(?=#?\w+;)|'{{2,}}|~{{3,}}|_{{2,}}|:(?=//)|(?i:{_BARE_SCHEMES}):(?=\S))"
)
_LINE_START = re.compile(r"^[*#:;=\s-]")
# C0/C1 controls and DEL, steering-only bidi and zero-width characters: removed (textclean).
# Characters that scripts need but that are invisible: kept, as entities anyone can see.
_SHOWN = re.compile("[\u00ad\u061c\u200c-\u200f\u2028\u2029]")


def _show(text: str) -> str:
    return _SHOWN.sub(lambda m: f"&#x{ord(m.group(0)):X};", text)


def _sub(match: re.Match[str]) -> str:
    token = match.group(0)
    if token in _ENTITIES:
        return _ENTITIES[token]
    if token == "&":
        return "&amp;"
    if token.endswith(":"):
        return token[:-1] + "&#58;"  # no free external link from a bare URL or mailto:
    return f"&#{ord(token[0])};" * len(token)  # a whole run: '' (bold), ~~~ (signature), __ (magic word)


def _escape(text: str, also: str = "") -> str:
    """Inert wikitext for ``text``; each character of ``also`` is written as an entity too."""
    if not also:
        return _show(_CHARS.sub(_sub, text))
    return f"&#{ord(also[0])};".join(_escape(part, also[1:]) for part in text.split(also[0]))


def escape_wikitext(text: str, *, also: str = "") -> str:
    """``text`` made inert for wikitext prose or a heading, one line (newlines fold to spaces)."""
    text = _escape(clean_text(text), also)
    if _LINE_START.match(text):
        text = f"&#{ord(text[0])};{text[1:]}"
    return text


_OPEN_END = re.compile(rf"&$|(?i:{_BARE_SCHEMES}):$")  # what the next stretch written could finish


def escape_inline(text: str, *, also: str = "", line_start: bool = False) -> str:
    """A stretch of prose made inert as ``escape_wikitext`` makes it, for a writer that puts
    markup of its own beside it (a link around a label, the words before and after the
    link): its spaces at either end are kept, and line-start syntax is escaped only where it
    opens the line (``line_start``). Its ends are escaped as a text's ends are (a "[" ending
    it, a "]" opening it), and so are an "&" and a bare URL scheme ending it ("mailto:":
    the next stretch, or bold we write, could finish an entity or a free link), so no two
    stretches written apart make markup together."""
    text = _escape(re.sub(r"\s+", " ", _REMOVED.sub("", text)), also)
    text = _OPEN_END.sub(lambda m: "&amp;" if m.group(0) == "&" else m.group(0)[:-1] + "&#58;", text)
    if line_start and _LINE_START.match(text):
        text = f"&#{ord(text[0])};{text[1:]}"
    return text


def escape_param(text: str) -> str:
    """``text`` safe as a template parameter, positional or named (``=`` is encoded too, and
    every bracket: a cite's title is the label of its url's external link, which a "]" ends)."""
    return escape_wikitext(text, also="=[]")


def escape_title_param(title: str) -> str:
    """A page title as a template parameter: no fragment of its own (``#``), no ``=``."""
    return escape_wikitext(title, also="=#[]")


def escape_anchor(text: str) -> str:
    """``text`` safe after ``#`` in a link target (a section name; no bracket, which would
    end the link)."""
    return escape_wikitext(text, also="#[]")


def escape_link(title: str) -> str:
    """A page title safe as the target of ``[[...]]``: inert markup, no fragment of its own,
    and a leading colon when it has a prefix, so "Category:X" or "fr:X" is a plain link
    and never a category or an interlanguage link, or when it opens with "/", so "//x" is
    no protocol-relative external link and "/x" no subpage link."""
    target = escape_anchor(title)
    return f":{target}" if ":" in title or target.startswith("/") else target


# Inside a comment nothing renders and nothing links: only what ends the comment ("--"),
# what ends an enclosing <ref> ("<", ">") and what a save still replaces (signatures "~~~")
# is live. Everything else is written as it is, so the editor reads the note in the edit
# window as given ("2020-11-15 https://example.org/a-b", not "2020&#45;11&#45;15 https&#58;//").
_COMMENT_LIVE = re.compile(r"[<>]|-(?=-)|~{3,}")


def escape_comment(text: str) -> str:
    """Text safe inside an HTML comment ``<!-- ... -->`` (no ``-->``, no ``--``, no tag),
    otherwise verbatim: a hidden note is read in the edit window, where entities show raw."""
    return _COMMENT_LIVE.sub(lambda m: "".join(f"&#{ord(c)};" for c in m.group(0)), _show(clean_text(text)))


def ref_name_attr(name: str) -> str:
    """``name="..."`` for a ``<ref>``: the name as given when it is safe, else with every
    character that could end the attribute or the tag replaced by a hyphen."""
    safe = re.sub(r"[\"<>/\\=&]", "-", _SHOWN.sub("-", clean_text(name))) or "ref"
    safe = _CHARS.sub(lambda m: "-" * len(m.group(0)), safe)
    return f'name="{safe}"'


def escape_url(url: str) -> str | None:
    """An http(s) URL safe inside a template parameter, or None for any other scheme (a
    ``mailto:`` or ``javascript:`` is no news source). Every character that could end the
    parameter or start markup is percent-encoded, as are whitespace and controls."""
    url = clean_text(url)
    if not is_web_address(url):
        return None
    def encode(text: str) -> str:
        return "".join(f"%{b:02X}" for b in text.encode("utf-8"))

    url = "".join(c if c.isprintable() else encode(c) for c in url)
    # "https://mailto:x@host" (a user name that reads as a scheme) must not show a live "mailto:".
    url = re.sub(rf"(?i)(?<=://)((?:{_BARE_SCHEMES})):", r"\1%3A", url)
    # An "&" that would read as an entity is written as one: the link is the URL as given
    # ("a&amp;b" stays a&amp;b; rv18: MediaWiki linked it as "a&b"). Lone "&"s stay as written.
    url = re.sub(r"&(?=#?\w+;)", "&amp;", url)
    # Single ~ _ ' are common in URLs; runs of them are signatures, magic words, bold.
    return re.sub(r"""[\s|\[\]{}<>"]|~{3,}|_{2,}|'{2,}""", lambda m: encode(m.group(0)), url)


def visible_json(text: str) -> str:
    """Serialized JSON with invisible and steering characters written as ``\\uXXXX``:
    the same data, but an editor reading the file sees them."""
    return re.sub("[\x7f-\x9f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]",
                  lambda m: f"\\u{ord(m.group(0)):04x}", text)

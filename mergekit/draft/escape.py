"""Text from articles and news is data: written into wikitext, it must stay text.

Every character that could open markup (links, templates, tags, tables, bold/italic,
signatures, magic words, free URLs, list or heading syntax at a line's start) is written as an HTML
entity, which MediaWiki renders as the same character.
"""

from __future__ import annotations

import re

__all__ = ["escape_wikitext", "escape_url", "escape_comment"]

_ENTITIES = {
    "<": "&lt;", ">": "&gt;", "[": "&#91;", "]": "&#93;", "{": "&#123;", "}": "&#125;",
    "|": "&#124;",
}
_CHARS = re.compile(r"[<>\[\]{}|]|&(?=#?\w+;)|'{2,}|~{3,}|_{2,}|:(?=//)")
_LINE_START = re.compile(r"^[*#:;=\s-]")


def _sub(match: re.Match[str]) -> str:
    token = match.group(0)
    if token in _ENTITIES:
        return _ENTITIES[token]
    if token == "&":
        return "&amp;"
    if token == ":":
        return "&#58;"  # no free external link from a bare URL
    return f"&#{ord(token[0])};" * len(token)  # a whole run: '' (bold), ~~~ (signature), __ (magic word)


def escape_wikitext(text: str) -> str:
    """``text`` made inert for wikitext, one line (newlines fold to spaces)."""
    text = " ".join(text.split())
    text = _CHARS.sub(_sub, text)
    if _LINE_START.match(text):
        text = f"&#{ord(text[0])};{text[1:]}"
    return text


def escape_url(url: str) -> str:
    """A URL safe inside a template parameter (the characters that would end it, encoded)."""
    return (url.strip().replace(" ", "%20").replace("|", "%7C").replace("[", "%5B")
            .replace("]", "%5D").replace("{", "%7B").replace("}", "%7D").replace("<", "%3C")
            .replace(">", "%3E").replace('"', "%22"))


def escape_comment(text: str) -> str:
    """Text safe inside an HTML comment ``<!-- ... -->``."""
    return escape_wikitext(text).replace("--", "&#45;-")

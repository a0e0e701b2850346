"""Page titles as MediaWiki reads a link's target: one normaliser for every comparison.

``[[AT&amp;T|...]]``, ``[[Peloton%20Interactive|...]]``, ``[[\u200eDest|...]]`` and
``[[Las_Vegas]]`` link the pages "AT&T", "Peloton Interactive", "Dest" and "Las Vegas":
character references and percent-escapes decoded, bidi marks removed (MediaWiki strips them
from titles), underscores as spaces, runs of spaces as one. ``title_text`` is the title so
read, as the draft writes it; ``title_key`` also upper-cases the first letter, as MediaWiki
compares titles ("las Vegas" is "Las Vegas"; nothing looser). The destination's links to the
source (``draft.selflinks``), the draft's links (``draft.inline``) and the audit's check of
them (``mergekit.audit``) all compare titles with it.
"""

from __future__ import annotations

import html
import re
from urllib.parse import unquote

__all__ = ["title_text", "title_key", "link_key"]

# Left-to-right/right-to-left marks, embeddings, overrides and isolates: invisible, and no part
# of a title (MediaWiki removes the marks and embeddings from a title it reads).
_BIDI = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _read(text: str) -> str:
    """``text``, character references decoded, as the title it names (module docstring)."""
    if "%" in text:
        try:
            text = unquote(text, errors="strict")
        except UnicodeDecodeError:  # not a UTF-8 escape: MediaWiki reads no title there either
            pass
    text = _BIDI.sub("", text).replace("_", " ")
    return " ".join(text.split()).lstrip(":").strip()


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def title_text(title: str) -> str:
    """``title`` (a link's target, without its ``#fragment``) as the page title it names."""
    return _read(html.unescape(title))


def title_key(title: str) -> str:
    """``title`` as MediaWiki compares page titles: ``title_text`` with its first letter in
    upper case; "" for none."""
    return _upper_first(title_text(title))


def link_key(target: str) -> str:
    """``title_key`` of the page a link's whole target (``Page#Fragment``, as written) names: its
    references decoded before the fragment is cut ("&#x200E;Dest" has no fragment)."""
    return _upper_first(_read(html.unescape(target).split("#", 1)[0]))

"""File and folder names made from titles and URLs: the one place that decides them.

:func:`page_filename` turns a page title into a name that is safe as a file or folder
name on every common system (``Camp Ashraf 3`` -> ``Camp_Ashraf_3``): spaces become
``_``; letters, digits and ``-_.(),`` are kept; anything else (``/``, ``\\``, ``:``,
quotes, control characters) becomes ``_``; leading dots are dropped so no name is hidden
or climbs out (``..``); an empty result is ``_``. A draft names its merged destination
:func:`wikitext_filename` and its diff :func:`diff_filename` after the destination's title
(``Camp_Ashraf_3.wikitext``, ``Camp_Ashraf_3.diff``). :func:`url_slug` gives the short,
lower-case ASCII name a fetched news file gets from its URL.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

__all__ = ["page_filename", "wikitext_filename", "diff_filename", "url_slug"]

_KEPT = "-_.(),"


def page_filename(title: str) -> str:
    """``Camp Ashraf 3`` -> ``Camp_Ashraf_3`` (safe as a file or folder name)."""
    name = "".join(c if c.isalnum() or c in _KEPT else "_" for c in title.replace(" ", "_"))
    return name.lstrip(".") or "_"


def wikitext_filename(title: str) -> str:
    """The draft's merged destination ``title``: ``Camp_Ashraf_3.wikitext``."""
    return f"{page_filename(title)}.wikitext"


def diff_filename(title: str) -> str:
    """The draft's diff of destination ``title``: ``Camp_Ashraf_3.diff``."""
    return f"{page_filename(title)}.diff"


def url_slug(url: str, *, limit: int = 40) -> str:
    """The last path segment of ``url`` (else its host), lower-case ASCII words joined by
    ``-``, at most ``limit`` characters, without a web extension; ``news`` when nothing is left."""
    parts = urlsplit(url)
    path = [p for p in parts.path.split("/") if p]
    base = path[-1] if path else (parts.hostname or "news")
    base = re.sub(r"\.(s?html?|php|aspx?|pdf)$", "", base, flags=re.IGNORECASE)
    slug = re.sub(r"[^a-z0-9]+", "-", base.lower()).strip("-")
    return slug[:limit].strip("-") or "news"

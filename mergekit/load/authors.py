"""A citation's author as written, cleaned of the outlet's name and of repeats.

Citations often put the outlet in an author field: ``|last=Albania |first=Euronews`` for
Euronews Albania, ``|last=CNN |first=Tara John`` for CNN's Tara John (rendered "Albania,
Euronews." and "CNN, Tara John."). The author is a list of names joined by ";", each
"Last, First" or whole. Of each name:

- a name all of whose words are the outlet's (the work's or publisher's) is no author and
  is dropped, never replaced by a guess;
- a "Last, First" whose last part is the outlet's name is the outlet followed by the
  writer: the author is the first part, as written ("Tara John");
- a name written twice (a citation that repeats its authors) is kept once.

Nothing is invented: what is kept is a part of the text as written.
"""

from __future__ import annotations

import re

__all__ = ["clean_author"]


def _words(text: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", (text or "").lower()) if len(w) > 2}


def clean_author(author: str | None, work: str | None, publisher: str | None = None) -> str | None:
    """``author`` without the outlet's name and repeated names; None when nothing is left."""
    if not author:
        return None
    outlet = _words(work) | _words(publisher)
    names: list[str] = []
    for name in (x.strip() for x in author.split(";")):
        words = _words(name)
        if not name or (outlet and words and words <= outlet):
            continue
        last, comma, first = name.partition(",")
        if comma and first.strip() and outlet and _words(last) and _words(last) <= outlet:
            name = first.strip()
        if name not in names:
            names.append(name)
    return "; ".join(names) or None

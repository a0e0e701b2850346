"""Page titles: where each article's title may come from, and where it may not.

A title becomes the new section's heading, the redirect's target and anchor, the edit
summaries' links and the talk templates, so a wrong one is published. It is taken from,
in order:

- **source**: ``[source] title`` in ``merge.toml`` (``mergekit fetch`` writes the wiki's
  title there); the rendered page's title line (the line above "From Wikipedia, the free
  encyclopedia", or above the AfD notice); the AfD discussion's name, which is the
  article's title at nomination ("(2nd nomination)" removed). Never the file name: an
  article's file name is whatever the editor's browser or a tool chose.
- **destination**: ``[target] title``; the target the source's AfD notice names; the
  file's name only when it clearly is the page's title: not hash-like or generic
  ("target", "article", "000_cca1…"), and most words of the title (its disambiguator
  aside) are in the lead's first sentence, which names the subject
  (``Camp_Ashraf_3.wikitext`` whose lead begins "Camp Ashraf 3 is …";
  ``Rossdale,_Edmonton.wikitext``: "Rossdale is a neighbourhood of Edmonton").

When none gives a title, the run stops with a one-line ``InputError`` that says how to
give it. So it does when the title found has a character no page title can have (MediaWiki's
``# < > [ ] | { }``, a control character, ``~~~``) or is longer than 255 bytes: written into a
link or a template it would break the markup, or link to no page. A destination that the AfD
notice names with a section (``X#Working conditions``) is page ``X``; the section is the
closer's suggestion, named to the editor (``notice_section``).
"""

from __future__ import annotations

import re
from pathlib import Path

from mergekit.accents import fold
from mergekit.errors import InputError
from mergekit.model import AfdNotice, Article

__all__ = ["source_title", "target_title", "title_from_filename", "notice_section"]

_NOMINATION = re.compile(r"\s*\((?:\d+(?:st|nd|rd|th)|second|third|fourth) nomination\)$", re.IGNORECASE)
_HASHLIKE = re.compile(r"(?:^|[_\-. ])(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}(?:$|[_\-. ])|^\d+(?:[_\-. ]|$)",
                       re.IGNORECASE)
_GENERIC = {
    "source", "target", "destination", "dest", "dst", "src", "article", "page", "input", "text",
    "draft", "merge", "untitled", "new", "old", "file", "copy", "wiki", "wikitext", "document",
    "export", "main", "content", "index", "download", "temp", "tmp", "test",
}


# Characters that break a link, in a page title or in a section anchor (a heading that a
# redirect links to): MediaWiki never allows them in a title ($wgLegalTitleChars and
# Title::secureAndSplit); the one home of this set (jobs refuses a new --section with one).
LINK_BREAKING = re.compile(r"[<>\[\]|{}\x00-\x1f\x7f]|~{3}")
# A title cannot hold "#" either (it starts the anchor).
_ILLEGAL = re.compile(rf"#|{LINK_BREAKING.pattern}")


def _legal(title: str, what: str, where: str) -> str:
    """``title`` when a page can have it; else an ``InputError`` naming where it came from."""
    if bad := _ILLEGAL.search(title):
        shown = title if len(title) <= 80 else title[:80] + "…"
        raise InputError(f"the {what}'s title {shown!r} (from {where}) has {bad.group()!r}, which no page title "
                         f"can have: give the page's real title as [{'source' if what == 'source' else 'target'}] "
                         f"title in merge.toml")
    if len(title.encode("utf-8")) > 255:
        raise InputError(f"the {what}'s title (from {where}) is longer than a page title can be (255 bytes): "
                         f"give the page's real title in merge.toml")
    return title


def notice_section(notice: AfdNotice | None) -> str | None:
    """The section the AfD notice's target names (``X#Working conditions``), if any."""
    if notice is None or not notice.target or "#" not in notice.target:
        return None
    return notice.target.partition("#")[2].strip() or None


def _fold(text: str) -> str:
    """Lower case, accents and punctuation off: ``"2019–2020 Measles"`` -> ``"2019 2020 measles"``."""
    return " ".join(re.sub(r"[^\w]+|_", " ", fold(text).lower()).split())


def _first_sentence(article: Article) -> set[str]:
    lead = next((sec for sec in article.sections if sec.sentences), None)
    if lead is None or lead.title:  # no lead: the first prose is a section's
        return set()
    return set(_fold(lead.sentences[0].text).split())


def title_from_filename(path: Path, article: Article) -> str | None:
    """``path``'s name as a page title, when it clearly is one (see the module's rules).

    The lead's first sentence names the subject (MOS:FIRST), but not the title's
    disambiguator ("Huguenot High School" of "Huguenot High School (Virginia)", "Rossdale"
    of "Rossdale, Edmonton") and not always in the title's exact words ("2019 measles
    outbreaks" of "2019–2020 measles outbreaks"): so most words of the title's base must
    be in the first sentence.
    """
    stem = path.stem
    name = " ".join(stem.replace("_", " ").split())
    if not name or _HASHLIKE.search(stem) or _fold(name) in _GENERIC or not re.search(r"[^\W\d_]", name):
        return None
    base = re.sub(r"\s*\([^()]*\)$", "", name)
    base = base.split(", ")[0] if ", " in base else base
    words = _fold(base).split()
    lead = _first_sentence(article)
    if not words or sum(w in lead for w in words) * 2 <= len(words):
        return None
    return name[:1].upper() + name[1:]


def source_title(article: Article, path: Path, manifest_title: str | None) -> str:
    """The source's title by the module's rules, or an ``InputError`` saying how to give it."""
    if manifest_title:
        return _legal(manifest_title, "source", "merge.toml [source] title")
    if article.title:
        return _legal(article.title, "source", f"the title line of {path}")
    if article.afd and article.afd.discussion:
        return _legal(_NOMINATION.sub("", article.afd.discussion.strip()), "source", f"the AfD notice in {path}")
    raise InputError(
        f"source file {path} does not say its page title: give it in merge.toml as [source] title = \"...\" "
        f"(with --source, pass that file as --manifest)"
    )


def target_title(article: Article, path: Path, manifest_title: str | None, notice: AfdNotice | None) -> str:
    """The destination's title by the module's rules, or an ``InputError`` saying how to give it."""
    if manifest_title:
        return _legal(manifest_title, "destination", "merge.toml [target] title")
    if notice and notice.target:
        page = notice.target.partition("#")[0].strip()  # "X#Section": the page is X (notice_section)
        if page:
            return _legal(page, "destination", "the source's AfD notice")
    if named := title_from_filename(path, article):
        return _legal(named, "destination", f"the file name {path.name}")
    raise InputError(
        f"destination file {path}: its page title is not given and its file name is not the title its "
        f"lead opens with: give it in merge.toml as [target] title = \"...\" "
        f"(with --target, pass that file as --manifest)"
    )

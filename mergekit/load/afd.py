"""The Articles-for-deletion merge notice, rendered or as ``{{Afd-merge to}}``.

It tells the destination, the close date and (in wikitext) the discussion; it is page
furniture, never content to merge.
"""

from __future__ import annotations

import re

import mwparserfromhell

from mergekit.load.dates import parse_date
from mergekit.model import AfdNotice

__all__ = ["RENDERED_NOTICE", "discussion_name", "parse_rendered_notice", "parse_notice_template", "is_notice_template"]

_NAMES = {"afd-merge to", "afd-merge-to", "afdmergeto", "afd merge to"}

# A discussion parameter given as the whole page title (a common slip): the template, and
# every link mergekit builds, take only the part after the prefix.
_DISCUSSION_PREFIX = re.compile(r"^\[*\s*:?\s*(?:Wikipedia|WP|Project)\s*:\s*Articles[ _]+for[ _]+deletion/+",
                                re.IGNORECASE)

# The three wordings of the rendered notice (wikipedia.md, "The merge workflow").
RENDERED_NOTICE = re.compile(
    r"This (?:article|page) was nominated for deletion\..*?"
    r"(?:closed on (?P<date1>[^.]*?\d{4}) with a consensus to merge the content into the article "
    r"(?P<t1>[^.]+?)\."
    r"|(?:On (?P<date2>[^,]*?\d{4}), )?there was consensus to merge it into (?P<t2>.+?) as an alternative to deletion"
    r"|(?:On (?P<date3>[^,]*?\d{4}), )?editors reached a consensus to merge its contents into (?P<t3>[^.]+?)\.)",
    re.DOTALL,
)


def parse_rendered_notice(paragraph: str) -> AfdNotice | None:
    """The notice in a rendered paragraph, or None when the paragraph is not one."""
    match = RENDERED_NOTICE.search(" ".join(paragraph.split()))
    if not match:
        return None
    target = next(match.group(g) for g in ("t1", "t2", "t3") if match.group(g))
    raw_date = next((match.group(g) for g in ("date1", "date2", "date3") if match.group(g)), None)
    return AfdNotice(target=target.strip(), close_date=parse_date(raw_date) if raw_date else None)


def is_notice_template(template: mwparserfromhell.nodes.Template) -> bool:
    """True for ``{{Afd-merge to|...}}`` in any of its spellings."""
    return str(template.name).strip().lower().replace("_", " ") in _NAMES


def parse_notice_template(template: mwparserfromhell.nodes.Template) -> AfdNotice:
    """``{{Afd-merge to|X|DISCUSSION|DATE}}`` or ``{{Afd-merge to|X|discussion=...|date=...}}``."""

    def param(*names: str) -> str | None:
        for name in names:
            if template.has(name):
                value = str(template.get(name).value).strip()
                if value:
                    return value
        return None

    target = param("1", "target") or ""
    discussion = discussion_name(param("2", "discussion"))
    raw_date = param("3", "date")
    return AfdNotice(
        target=target,
        close_date=parse_date(raw_date) if raw_date else None,
        discussion=discussion,
    )


def discussion_name(value: str | None) -> str | None:
    """The discussion's name as the template takes it: a ``Wikipedia:Articles for deletion/``
    prefix (and a link's brackets) the closer wrote in is dropped, nothing else changed."""
    if value is None:
        return None
    name = _DISCUSSION_PREFIX.sub("", value)
    if name == value:
        return value
    return name.removesuffix("]]").strip().replace("_", " ") or None

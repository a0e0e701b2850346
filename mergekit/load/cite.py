"""Cite templates (``{{cite news}}``, ``{{cite web}}``, ...) as ``Reference``s.

The author is cleaned of the outlet's name as a rendered list's is
(``mergekit.load.authors``); ``|language=`` is the reference's language.
"""

from __future__ import annotations

import re

import mwparserfromhell

from mergekit.load.authors import clean_author
from mergekit.load.dates import parse_date
from mergekit.load.shortcite import SHORT, short_reference
from mergekit.load.templates import template_name
from mergekit.model import Reference

__all__ = ["reference_from_wikitext"]

_WORK = ("work", "website", "newspaper", "magazine", "journal", "periodical", "agency")


_PIPE = re.compile(r"\{\{\s*!\s*\}\}")


def _param(template: mwparserfromhell.nodes.Template, *names: str) -> str | None:
    for name in names:
        if template.has(name):
            # {{!}} is a "|" the value cannot write bare (a headline "Ship hits bridge | AP"):
            # kept as the character, not dropped with the other templates by strip_code
            value = mwparserfromhell.parse(_PIPE.sub("|", str(template.get(name).value))).strip_code().strip()
            if value:
                return value
    return None


# Parameters a citation is written from field by field (``Reference``): every other named
# parameter of the template is carried as written (``Reference.extra``).
_READ = frozenset({"title", "url", "date", "access-date", "accessdate", "language", "lang",
                   "author", "author1", "last", "last1", "first", "first1", *_WORK})
_NAME = re.compile(r"[a-z][a-z0-9-]*\Z")
# Never carried: ``df``/``mode`` set the whole citation's date style and punctuation, which the
# draft chooses for its page (``|df=dmy-all`` overrode it); of the work-like group only ``agency``
# names another party than the work the fields read (a second ``|website=`` beside ``|work=`` would
# be a duplicate argument once the draft writes the work as ``website``).
_DROPPED = frozenset({"df", "mode"})
_CARRIED_WORK = "agency"


def _extra(template: mwparserfromhell.nodes.Template, work_param: str | None) -> tuple[tuple[str, str], ...]:
    """The template's named parameters the fields do not read, with a value, as plain text; of
    the work parameters the fields did not take only ``agency`` is one of them ("agency" beside
    "work"), and ``df``/``mode`` never are."""
    out: list[tuple[str, str]] = []
    for param in template.params:
        name = str(param.name).strip().lower()
        if not _NAME.match(name) or name in _DROPPED or (name in _READ and (name != _CARRIED_WORK or name == work_param)):
            continue
        value = mwparserfromhell.parse(_PIPE.sub("|", str(param.value))).strip_code().strip()
        if value and all(name != seen for seen, _ in out):
            out.append((name, value))
    return tuple(out)


def _iso_or_raw(value: str | None) -> str | None:
    if value is None:
        return None
    return parse_date(value) or value


def reference_from_wikitext(key: str, contents: str) -> Reference:
    """The reference that a ``<ref>``'s contents describe (a cite template or free text)."""
    code = mwparserfromhell.parse(contents)
    for template in code.filter_templates(recursive=False):
        name = template_name(template)
        if name in SHORT and (short := short_reference(key, template, contents)):
            return short  # <ref>{{harvnb|Smith|2020|p=5}}</ref>: a short citation (``mergekit.load.shortcite``)
        if name.startswith("cite") or name == "citation":
            last, first = _param(template, "last", "last1"), _param(template, "first", "first1")
            author = _param(template, "author", "author1") or (
                f"{last}, {first}" if last and first else last
            )
            work, publisher = _param(template, *_WORK), _param(template, "publisher")
            work_param = next((n for n in _WORK if _param(template, n) is not None), None)
            extra = _extra(template, work_param)
            if work is None and publisher:  # the publisher stands as the work (draft.section)
                extra = tuple(kv for kv in extra if kv[0] != "publisher")
            return Reference(
                key=key,
                title=_param(template, "title"),
                work=work,
                publisher=publisher,
                date=_iso_or_raw(_param(template, "date")),
                access_date=_iso_or_raw(_param(template, "access-date", "accessdate")),
                url=_param(template, "url"),
                author=clean_author(author, work, publisher),
                raw=contents,
                language=_param(template, "language", "lang"),
                template=name,
                extra=extra,
            )
    text = code.strip_code().strip()
    links = [url for link in code.filter_external_links() if (url := shown_url(link.url))]
    return Reference(key=key, title=text or None, url=links[0] if links else None, raw=contents,
                     text_only=bool(text), links=_links(code, text))


def _links(code: mwparserfromhell.wikicode.Wikicode, text: str) -> tuple[tuple[int, int, str], ...]:
    """The external links of a free-text reference over ``text`` (its stripped text): (start,
    end, URL) of each link's label ("[https://x Meeting notes]": "Meeting notes"; the URL for a
    bare one), so that the draft writes each back as a link and no URL is lost. Read from the
    top-level nodes as ``strip_code`` joins them; empty when that text is not ``text`` (markup
    that strips otherwise), or for a bracketed link with no label (nothing of ``text`` is its)."""
    pieces: list[str] = []
    found: list[tuple[int, int, str]] = []
    for node in code.nodes:
        stripped = node.__strip__(normalize=True, collapse=True, keep_template_params=False)
        piece = str(stripped) if stripped else ""
        if isinstance(node, mwparserfromhell.nodes.ExternalLink) and piece and (url := shown_url(node.url)):
            at = len("".join(pieces))
            found.append((at, at + len(piece), url))
        pieces.append(piece)
    joined = "".join(pieces)
    lead = len(joined) - len(joined.lstrip())
    if joined.strip() != text:
        return ()
    return tuple((a - lead, b - lead, url) for a, b, url in found if a - lead >= 0 and b - lead <= len(text))


def shown_url(url: mwparserfromhell.wikicode.Wikicode) -> str | None:
    """The URL a link's wikitext gives, as MediaWiki links it: its comments gone, ``{{!}}`` a
    "|", its entities decoded ("https://x/a<!--c-->b" links to "https://x/ab"); None where
    other markup is in it (a template: what it gives is unknown), and the link is left text.
    rv17: the raw wikitext was taken, a URL no reader of the source follows."""
    parts: list[str] = []
    for node in url.nodes:
        if isinstance(node, mwparserfromhell.nodes.Text):
            parts.append(str(node.value))
        elif isinstance(node, mwparserfromhell.nodes.Comment):
            continue
        elif isinstance(node, mwparserfromhell.nodes.HTMLEntity):
            parts.append(node.normalize())
        elif isinstance(node, mwparserfromhell.nodes.Template) and template_name(node) == "!":
            parts.append("|")
        else:
            return None
    return "".join(parts).strip() or None

"""Short citations (``{{sfn}}``, ``{{harvnb}}``) and the full citations they point to.

A page in the short-citation style cites a source as ``{{sfn|Smith|2020|p=5}}`` (a footnote
of its own) or ``<ref>{{harvnb|Smith|2020|p=5}}</ref>``: the authors' surnames and the year,
which link to the full citation, a cite template elsewhere on the page (its Bibliography or
Works cited) whose anchor is made of the same surnames and year ("CITEREFSmith2020"). A
sentence that cites one is cited: the reader gives it a ``Reference`` whose ``short`` holds
the template's parameters as written, and whose ``full`` is the source's full citation it
points to, as written, when the source has one (matched by surnames and year: ``anchor``).
The draft writes the short citation back as written, and tells the editor where the page it
goes to has no full citation for it (``mergekit.draft.refs``); it never makes one up.

Not read: ``{{sfnm}}`` (several sources in one footnote, numbered parameters of its own).
"""

from __future__ import annotations

import re
from typing import Protocol

import mwparserfromhell
from mwparserfromhell.nodes import Template

from mergekit.load.templates import template_name
from mergekit.model import Reference

__all__ = ["FOOTNOTES", "SHORT", "Anchor", "anchor", "short_anchor", "reference_anchor", "short_reference", "short_words", "full_citations"]

FOOTNOTES = frozenset({"sfn", "sfnp"})  # a short citation that is a footnote of its own, in prose
SHORT = FOOTNOTES | {"harvnb", "harv", "harvp", "harvcolnb"}  # a short citation inside a <ref>
class _Short(Protocol):
    @property
    def short(self) -> tuple[tuple[str, str], ...]: ...


# (surnames, casefolded, in order; year): what links a short citation to its full citation
Anchor = tuple[tuple[str, ...], str]
_YEAR = re.compile(r"(?:\d{3,4}|n\.?d\.?)[a-z]?\Z", re.IGNORECASE)
_DATE_YEAR = re.compile(r"\b(\d{4})\b")
_PARAM_NAME = re.compile(r"[a-z][a-z0-9-]*\Z")


def _value(template: Template, name: str) -> str:
    return mwparserfromhell.parse(str(template.get(name).value)).strip_code().strip() if template.has(name) else ""


def _name(text: str) -> str:
    return " ".join(text.split()).casefold()


def short_anchor(template: Template) -> Anchor | None:
    """The surnames and year a short citation names ("Smith", "2020"), or None without both."""
    positional = []
    for n in range(1, 7):
        if not (value := _value(template, str(n))):
            break
        positional.append(value)
    return _anchor(positional)


def _anchor(positional: list[str]) -> Anchor | None:
    if len(positional) < 2 or not _YEAR.match(positional[-1]) or len(positional) > 5:
        return None
    return tuple(map(_name, positional[:-1])), positional[-1].casefold()


def reference_anchor(reference: Reference | _Short) -> Anchor | None:
    """The surnames and year of a short citation read as a ``Reference`` (its ``short``)."""
    positional = dict(reference.short)
    return _anchor([positional[str(n)] for n in range(1, 7) if str(n) in positional][:6])


def anchor(template: Template) -> Anchor | None:
    """The surnames and year a cite template's anchor is made of (its authors', else its
    editors', up to four, and its year or its date's year), or what its ``|ref={{sfnref|…}}``
    names; None where it has no surname or no year."""
    if template.has("ref"):
        for inner in template.get("ref").value.filter_templates(recursive=False):
            if template_name(inner) in {"sfnref", "harvid"}:
                return short_anchor(inner)
    year = _value(template, "year") or next(iter(_DATE_YEAR.findall(_value(template, "date"))), "")
    for role in ("last", "surname", "author", "editor-last", "editor"):
        names = []
        for n in range(1, 5):
            value = _value(template, f"{role}{n}") or (_value(template, role) if n == 1 else "")
            if not value:
                break
            names.append(_name(value))
        if names:
            return (tuple(names), year.casefold()) if year else None
    return None


def full_citations(wikitext: str) -> dict[Anchor, str]:
    """Every cite template of ``wikitext`` (in its references or its Bibliography: an anchor is
    made wherever one stands) by its ``anchor``, the first of each, as written."""
    out: dict[Anchor, str] = {}
    for template in mwparserfromhell.parse(wikitext).filter_templates():
        name = template_name(template)
        if (name.startswith("cite") or name == "citation") and (key := anchor(template)):
            out.setdefault(key, " ".join(str(template).split()))
    return out


def short_reference(key: str, template: Template, raw: str) -> Reference | None:
    """A short citation as a ``Reference`` (``short``: its parameters as written, as plain
    text; ``template``: its name), or None for a template that is none (no surname or year)."""
    if template_name(template) not in SHORT or short_anchor(template) is None:
        return None
    params = tuple((str(p.name).strip(), mwparserfromhell.parse(str(p.value)).strip_code().strip())
                   for p in template.params)
    params = tuple((name, value) for name, value in params if value and (name.isdigit() or _PARAM_NAME.match(name)))
    return Reference(key=key, raw=raw, template=template_name(template), short=params)


def short_words(reference: Reference | _Short) -> str:
    """A short citation as its footnote reads: "Smith & Jones 2020, p. 5"."""
    params = dict(reference.short)
    positional = [params[str(n)] for n in range(1, 7) if str(n) in params]
    where = next((f"{prefix}{params[name]}" for name, prefix in (("p", "p. "), ("pp", "pp. "), ("loc", ""), ("at", ""))
                  if name in params), "")
    return " ".join([" & ".join(positional[:-1]), *positional[-1:]]) + (f", {where}" if where else "")

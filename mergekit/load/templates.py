"""What templates mean for prose: which render to words, which are maintenance tags.

``{{convert|15|mi|km}}`` renders to "15 miles (24 km)" so that the number can be matched
and compared; a few wrappers render to their argument; maintenance templates become tags
on the sentence; everything else (infoboxes, hatnotes, short descriptions) is not prose.
"""

from __future__ import annotations

import re

import mwparserfromhell

__all__ = ["MAINTENANCE", "template_name", "render_prose_template", "maintenance_tag", "maintenance_name"]

# Canonical name -> the redirects and spellings editors use.
MAINTENANCE = {
    "citation needed": {"citation needed", "cn", "fact", "citation-needed", "cite needed"},
    "failed verification": {"failed verification", "failed-verification", "fv", "not in citation given"},
    "better source needed": {"better source needed", "better source", "bsn"},
    "unreliable source?": {"unreliable source?", "unreliable source", "unreliable source inline"},
    "dubious": {"dubious", "dubious-inline"},
    "disputed inline": {"disputed inline", "disputed-inline"},
    "contradictory inline": {"contradictory inline", "contradiction inline", "contradict-inline"},
    "clarify": {"clarify", "clarification needed"},
    "according to whom?": {"according to whom?", "according to whom"},
    "who?": {"who?", "who"},
    "when?": {"when?", "when"},
    "verification needed": {"verification needed", "verify source"},
}
_MAINTENANCE_LOOKUP = {alias: name for name, aliases in MAINTENANCE.items() for alias in aliases}

# Units {{convert}} knows here: (singular, plural, abbreviation, metres-or-unit factor, kind).
_UNITS = {
    "mi": ("mile", "miles", "mi", 1609.344, "length"),
    "km": ("kilometre", "kilometres", "km", 1000.0, "length"),
    "m": ("metre", "metres", "m", 1.0, "length"),
    "ft": ("foot", "feet", "ft", 0.3048, "length"),
    "ha": ("hectare", "hectares", "ha", 10000.0, "area"),
    "acre": ("acre", "acres", "acres", 4046.8564224, "area"),
    "km2": ("square kilometre", "square kilometres", "km2", 1e6, "area"),
    "kg": ("kilogram", "kilograms", "kg", 1.0, "mass"),
    "lb": ("pound", "pounds", "lb", 0.45359237, "mass"),
}
_DEFAULT_TARGET = {"mi": "km", "km": "mi", "m": "ft", "ft": "m", "ha": "acre", "acre": "ha",
                   "km2": "sqmi", "kg": "lb", "lb": "kg"}


def template_name(template: mwparserfromhell.nodes.Template) -> str:
    """The template's name, lower-cased, no "Template:" prefix, each run of spaces and
    underscores one space (as MediaWiki reads it: ``{{Cite  web}}`` is ``{{cite web}}``)."""
    name = " ".join(str(template.name).replace("_", " ").split()).lower()
    return name.removeprefix("template:").strip()


def maintenance_tag(template: mwparserfromhell.nodes.Template) -> str | None:
    """The canonical maintenance-template name, or None for other templates."""
    return _MAINTENANCE_LOOKUP.get(template_name(template))


# How the inline templates render on the page, where that differs from their names.
_RENDERED = {"clarification needed": "clarify", "disputed": "disputed inline",
             "contradictory": "contradictory inline", "not in citation given": "failed verification"}


def maintenance_name(rendered: str) -> str | None:
    """The canonical name of a maintenance marker as a page shows it ("citation needed",
    "dubious – discuss", "who?"), or None for other bracketed text."""
    text = " ".join(re.split(r"\s+[–—-]\s+", rendered.strip().lower(), maxsplit=1)[0].split())
    return _RENDERED.get(text) or _MAINTENANCE_LOOKUP.get(text)


def _positional(template: mwparserfromhell.nodes.Template, n: int) -> str | None:
    key = str(n)
    return str(template.get(key).value).strip() if template.has(key) else None


def _format_number(value: float) -> str:
    return f"{value:,.0f}" if value >= 10 else f"{value:.1f}".rstrip("0").rstrip(".")


def _render_convert(template: mwparserfromhell.nodes.Template) -> str | None:
    number, unit = _positional(template, 1), _positional(template, 2)
    if number is None or unit not in _UNITS:
        return None
    try:
        value = float(number.replace(",", ""))
    except ValueError:
        return None
    singular, plural, _abbr, factor, kind = _UNITS[unit]
    target = _positional(template, 3)
    target = target if target in _UNITS and _UNITS[target][4] == kind else _DEFAULT_TARGET.get(unit)
    spelled = f"{number} {singular if value == 1 else plural}"
    if target not in _UNITS:
        return spelled
    converted = value * factor / _UNITS[target][3]
    return f"{spelled} ({_format_number(converted)} {_UNITS[target][2]})"


def render_prose_template(template: mwparserfromhell.nodes.Template) -> str | None:
    """The words a prose-bearing template renders to, or None when it renders no prose."""
    name = template_name(template)
    if name in {"convert", "cvt"}:
        return _render_convert(template)
    if name in {"nowrap", "nobr", "ill", "interlanguage link", "lang-en"}:
        return _positional(template, 1)
    if name == "lang":
        return _positional(template, 2)
    if name == "!":
        return "|"
    return None

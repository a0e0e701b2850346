"""A Wikipedia article as rendered plain text (what a reader copies from the page).

Paragraphs are separated by blank lines. A heading is a short line with no sentence
punctuation standing alone; the AfD merge notice is recognised and kept apart; the
"References" (or "Notes", "Citations") section is read as a numbered reference list;
"See also" and "External links" hold no prose to merge.
"""

from __future__ import annotations

import re

from mergekit.load.afd import parse_rendered_notice
from mergekit.load.reflist import ENTRY, parse_reference_list
from mergekit.load.sentences import split_cited
from mergekit.model import AfdNotice, Article, Section, Sentence

__all__ = ["parse_rendered", "looks_rendered", "NON_PROSE_SECTIONS"]

REFERENCE_SECTIONS = {"references", "notes", "citations", "sources", "footnotes"}
NON_PROSE_SECTIONS = {
    "see also", "external links", "externals links", "further reading", *REFERENCE_SECTIONS,
}
_HEADING = re.compile(r"^[^\s.!?].{0,78}$")


def _is_heading(paragraph: str) -> bool:
    """A one-line paragraph of a few words without terminal punctuation or markers."""
    if "\n" in paragraph.strip() or not _HEADING.match(paragraph.strip()):
        return False
    text = paragraph.strip()
    return (
        not text.endswith((".", ":", ";", ",", "!", "?", '"', "]"))
        and len(text.split()) <= 8
        and not ENTRY.match(text)
    )


def looks_rendered(text: str) -> bool:
    """True when ``text`` reads as a rendered article: a notice or a numbered reference list."""
    return bool(parse_rendered_notice(text[:2000])) or any(
        ENTRY.match(line) for line in text.splitlines()
    )


def parse_rendered(text: str, *, title: str | None = None, label: str = "") -> Article:
    """Sections, sentences with their reference keys, references and the AfD notice."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    afd: AfdNotice | None = None
    sections: list[tuple[str, list[Sentence]]] = [("", [])]
    ref_lines: list[str] = []
    for paragraph in paragraphs:
        if afd is None and (notice := parse_rendered_notice(paragraph)):
            afd = notice
            continue
        current = sections[-1][0].lower()
        if current in REFERENCE_SECTIONS:
            ref_lines.extend(paragraph.splitlines())
            continue
        if _is_heading(paragraph):
            sections.append((paragraph.strip(), []))
            continue
        if current in NON_PROSE_SECTIONS:
            continue
        number = len({s.paragraph for s in sections[-1][1]})
        for clean, keys in split_cited(paragraph):
            if clean:
                sections[-1][1].append(Sentence(text=clean, refs=tuple(keys), paragraph=number))
    return Article(
        title=title,
        sections=tuple(
            Section(title=name, level=1 if not name else 2, sentences=tuple(sents))
            for name, sents in sections
            if name or sents
        ),
        references=parse_reference_list(ref_lines),
        afd=afd,
        label=label,
    )

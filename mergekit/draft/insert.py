"""Put the new section into the destination, leaving every other byte as it was."""

from __future__ import annotations

import mwparserfromhell

__all__ = ["insert_section", "APPENDIX_SECTIONS"]

# Standard appendices, which come after the body (MOS:ORDER).
APPENDIX_SECTIONS = ("see also", "notes", "references", "citations", "sources",
                     "further reading", "external links")


def insert_section(wikitext: str, section: str) -> str:
    """``wikitext`` with ``section`` inserted before the first appendix, else at the end."""
    code = mwparserfromhell.parse(wikitext)
    for heading in code.filter_headings(recursive=False):
        if heading.level == 2 and heading.title.strip_code().strip().lower() in APPENDIX_SECTIONS:
            code.insert_before(heading, section)
            return str(code)
    return wikitext.rstrip("\n") + "\n\n" + section.rstrip("\n") + "\n"

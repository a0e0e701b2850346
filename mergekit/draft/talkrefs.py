"""Named references of the talk-page quotation, defined in the quotation.

The proposed text reuses the destination's references by name (``<ref name="x" />``): in the
article the destination defines them. Quoted on the talk page, above ``{{reflist-talk}}``,
such a name is defined nowhere on that page, a cite error ("The named reference x was
invoked but never defined") and a footnote with nothing in it. So the first use of each
such name in the quotation carries the destination's own definition, as the destination
writes it; a name the quotation defines itself, or one the destination does not define
either, is left as it is. Markup inside comments is not touched.
"""

from __future__ import annotations

from collections.abc import Iterable

import mwparserfromhell

from mergekit.model import Reference

__all__ = ["define_reused"]


def _name(tag: mwparserfromhell.nodes.Tag) -> str | None:
    return str(tag.get("name").value).strip() if tag.has("name") else None


def define_reused(text: str, references: Iterable[Reference]) -> str:
    """``text`` with the first use of each name the destination defines (``references``,
    their ``raw`` contents) and ``text`` does not, written out as that definition."""
    written = {r.key: r.raw for r in references if r.raw.strip()}
    code = mwparserfromhell.parse(text)
    refs = code.filter_tags(matches=lambda node: str(node.tag).strip().lower() == "ref")
    defined = {_name(tag) for tag in refs if not tag.self_closing}
    for tag in refs:
        name = _name(tag)
        if tag.self_closing and name in written and name not in defined:
            tag.self_closing = False
            tag.padding = ""
            tag.contents = written[name]
            defined.add(name)
    return str(code)

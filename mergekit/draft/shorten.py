"""Long text shortened for a reader: cut at a word, the cut marked with an ellipsis.

``cut_at_word("The council voted to close the road", 20)`` is ``"The council voted…"``:
at most ``limit`` characters, the last word cut into (or ending at the cut) left out,
never half a word. Shared by the talk post's quotations (``draft.quoting``) and its points
on prose left out with a box (``draft.lists``).
"""

from __future__ import annotations

__all__ = ["cut_at_word"]


def cut_at_word(text: str, limit: int) -> str:
    """``text`` as it is if it has at most ``limit`` characters; else its first ``limit - 1``
    characters less the last word among them, then "\u2026"."""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0] + "\u2026"

"""Accents folded away, so that "Durrës" and "Durres", "Korçë" and "Korce" are one word."""

from __future__ import annotations

import unicodedata

__all__ = ["fold"]


class _FoldTable(dict):
    """``str.translate`` table: a character -> its compatibility decomposition without
    combining marks ("ë" -> "e", "ﬁ" -> "fi"), computed once per distinct character."""

    def __missing__(self, code: int) -> str:
        decomposed = unicodedata.normalize("NFKD", chr(code))
        self[code] = folded = "".join(c for c in decomposed if not unicodedata.combining(c))
        return folded


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """``text`` without accents ("Durrës" -> "Durres"), so spellings with and without
    diacritics match; ASCII text is returned as it is."""
    return text if text.isascii() else text.translate(_FOLD)

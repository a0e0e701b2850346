"""Accents folded away, so that "Durrës" and "Durres", "Korçë" and "Korce" are one word."""

from __future__ import annotations

import re
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
# Only runs of non-ASCII characters are translated: an ASCII character folds to itself, and
# the table's per-character look-up is slow over a whole news report with one curly quote.
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _fold_run(match: re.Match[str]) -> str:
    return match.group().translate(_FOLD)


def fold(text: str) -> str:
    """``text`` without accents ("Durrës" -> "Durres"), so spellings with and without
    diacritics match; ASCII text is returned as it is."""
    return text if text.isascii() else _NON_ASCII.sub(_fold_run, text)

"""English month names, as Wikipedia and English-language news write them: the one list
every date reader uses (written out, not taken from ``calendar``, whose names follow the
process's locale).

``NAMES``: the full names, January first. ``NUMBER``: a lower-case full name or
abbreviation ("jan", "sep", "sept") -> its number 1-12. ``FULL``: a regex alternation of
the full names. ``ANY``: a regex alternation of the capitalised names and abbreviations,
longest first.
"""

from __future__ import annotations

__all__ = ["NAMES", "NUMBER", "FULL", "ANY"]

NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December")
NUMBER: dict[str, int] = {name.lower(): i for i, name in enumerate(NAMES, start=1)}
NUMBER.update({name[:3].lower(): i for i, name in enumerate(NAMES, start=1)})
NUMBER["sept"] = 9
FULL = "|".join(NAMES)
ANY = "|".join(sorted((name.capitalize() for name in NUMBER), key=len, reverse=True))

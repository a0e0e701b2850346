"""Ages of named people: "34-year-old Tailei Qi", "Tailei Qi, 33, was charged".

An age is a figure another text can give otherwise: one text's "34-year-old Tailei Qi"
against another's "Tailei Qi, 33" is a conflict about one person. ``ages(text)`` reads
each age written next to a full name (two to four capitalised words):

* before the name: "34-year-old Tailei Qi", "a 34-year-old graduate student, Tailei Qi"
  (up to three lower-case words and a comma between);
* after it, set off by commas or brackets: "Tailei Qi, 33, was", "Tailei Qi (34)",
  "Tailei Qi, aged 34,".

A name of one word ("Qi, 33") is not read: two people of one family share it. An age is
1 to 120, so a year ("Chapel Hill, 2023") is none. Whether two ages of one person can both
hold (a birthday between two reports' dates) is the claim clusters' question
(``clusters._same_scope``).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import lru_cache

from mergekit import months
from mergekit.accents import fold

__all__ = ["Age", "ages"]


@dataclass(frozen=True)
class Age:
    """One person's age as one sentence writes it."""

    name: str  # as written: "Tailei Qi"
    key: str  # folded slug of the name: "tailei-qi"
    value: int
    span: tuple[int, int]  # the age as written
    display: str


_NAME = r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})"
_BEFORE = re.compile(r"\b(?P<age>\d{1,3})-year-old\s+(?:[a-z][\w-]*,?\s+){0,3}?" + _NAME + r"\b")
_AFTER = re.compile(_NAME + r"(?:,\s+(?:aged\s+)?(?P<age>\d{1,3})(?=\s*,|\s*\)|\.(?:\s|$)|\s+(?:was|is|who|of|from|"
                    r"and)\b)|\s+\((?:aged\s+)?(?P<age2>\d{1,3})\))")
# capitalised words that open a sentence or name a time, not a person
_NOT_A_NAME = frozenset({"the", "a", "an", "on", "in", "at", "by", *(day.lower() for day in calendar.day_name),
                         *(name.lower() for name in months.NAMES)})


def _person(name: str) -> str | None:
    """The name without the capitalised words that name no person, if two words remain."""
    parts = name.split()
    while parts and parts[0].lower() in _NOT_A_NAME:
        parts.pop(0)
    if len(parts) < 2 or any(p.lower() in _NOT_A_NAME for p in parts):
        return None
    return " ".join(parts)


@lru_cache(maxsize=1 << 14)
def ages(text: str) -> tuple[Age, ...]:
    """The ages of named people in ``text`` (module docstring), in order."""
    out: dict[tuple[int, int], Age] = {}
    for pattern in (_BEFORE, _AFTER):
        for m in pattern.finditer(text):
            group = "age" if m.group("age") else "age2"
            person = _person(m.group("name"))
            value = int(m.group(group))
            if person is None or not 0 < value <= 120:
                continue
            key = re.sub(r"[^a-z]+", "-", fold(person).lower()).strip("-")
            out[m.span(group)] = Age(person, key, value, m.span(group), m.group(group))
    return tuple(out[s] for s in sorted(out))

"""The measures of a claim (a figure with its unit of mass, length or area), and whether a
news sentence gives one of them, the unit written in another form and the figure maybe more
precisely: "won the 101kg toilet" and "The sculpture, weighing over 101.2 kilograms (223
pounds) of gold" give one weight. A figure with its unit is what a text says of one thing
("101 kilograms" is this toilet's weight), where a bare figure is what any text on the event
may count of something else: the measure alone says that part (``features._says_part``).

A unit is read in its common forms ("kg", "kilograms", "kilos"; "km", "kilometres",
"kilometers"; a bare "m" only after a space: "5m people" is five million), compared as written (no conversion: "223 pounds" is the report's own
restatement, and a merge sentence restated in another unit is the conversion's to check).
The news figure matches when it is the claim's or rounds to it at the claim's precision
(101.2 to 101, not 101.6). Money and shares ("£200m", "40%") are not measures here: a
percentage or a sum is what a text on the event restates of many things.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["Measure", "gives_measure", "measures"]

# unit forms -> the unit they write
_FORMS = {
    "kg": r"kg|kgs|kilos?|kilograms?|kilogrammes?",
    "t": r"tonnes?|tons?",
    "km": r"km|kms|kilomet(?:re|er)s?",
    "m": r"m|met(?:re|er)s?",
    "cm": r"cm|centimet(?:re|er)s?",
    "mi": r"mi|miles?",
    "ft": r"ft|feet|foot",
    "ha": r"ha|hectares?",
    "acre": r"acres?",
}
_UNIT = "|".join(f"(?P<{unit}>{forms})" for unit, forms in _FORMS.items())
# a figure in digits, then its unit glued, after a space or a hyphen ("101kg", "50 m", "a 300-metre fence")
_MEASURE = re.compile(rf"(?<![\w.,])(?P<figure>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)[\s-]?(?:{_UNIT})\b",
                      re.IGNORECASE)

Measure = tuple[float, str, int]  # the figure, its unit, the decimals it is written with


@lru_cache(maxsize=1 << 14)
def measures(text: str) -> frozenset[Measure]:
    """The measures ``text`` writes in digits with a unit of mass, length or area."""
    out = set()
    for m in _MEASURE.finditer(text):
        figure = m.group("figure").replace(",", "")
        unit = next(unit for unit in _FORMS if m.group(unit))
        if m.group(unit).lower() == "m" and m.end("figure") == m.start(unit):
            continue  # glued, "5m people" is as often five million
        out.add((float(figure), unit, len(figure.partition(".")[2])))
    return frozenset(out)


def gives_measure(claimed: frozenset[Measure], sentence: str) -> bool:
    """Whether ``sentence`` gives one of the ``claimed`` measures: the same unit, and a figure
    that is the claim's or rounds to it at the claim's precision."""
    return any(unit == mine and round(value, decimals) == figure
               for value, unit, _ in measures(sentence) for figure, mine, decimals in claimed)

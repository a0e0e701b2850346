"""The answer of a ``plan.told`` reading for one sentence against a news text, as pairs of
the sentence's words and the news's words, for the readings' tests."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from mergekit.facts import Statement
from mergekit.plan.told import Told

Reading = Callable[[Sequence[Statement], Sequence[Statement]], list[Told]]


def told_pairs(reading: Reading, claim: str, *news: str) -> list[tuple[str, str]]:
    """``reading``'s (mine, theirs) for the article sentence ``claim`` against one news text
    made of the sentences ``news``."""
    article = [Statement(source="a", role="article", text=claim, key="s01")]
    told = [Statement(source="n", role="news", text=t, key=f"n#{i:03d}") for i, t in enumerate(news, start=1)]
    return [(t.mine, t.theirs) for t in reading(article, told)]

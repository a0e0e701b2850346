"""Each sentence's facts read once: remembered answers of the fact readers, by content.

A merge reads the same sentence's figures, dates and speakers several times (the claim
clusters, the aligned-figures check, the misattribution check) and a large merge holds
many copies of one sentence (news copies, an article repeating itself): at 1,000 article
sentences against 250 news files, 7,448 sentences are 1,785 distinct texts. The readers
are pure functions of their arguments (the text, a figure found in it, the publication
date) and return frozen values, so their answers can be shared.

These are the readers with the same signatures and the same answers, remembered by their
arguments in bounded least-recently-used caches (``MEMO_SIZE`` entries each): keyed by
content, so a second merge in the same process (the tests run many) gets the answers a
fresh read would, and bounded, so a long process does not grow without end. Callers that
read a sentence more than once import them from here instead of from the reader's module;
the readers themselves are unchanged. What a figure counts (``topics.quantity_topic``,
``is_count``) is not remembered here: its callers remember a sentence's figures whole, by
text (``clusters._figures``, ``plan.aligned._read_counts``); ``topics.what_counts``, which
both and the verifier's counts ask of the same figures, remembers its own answers.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from . import topics as _topics
from .attribution import Attribution
from .attribution import attributions as _attributions
from .dates import DateFact
from .dates import extract_dates as _extract_dates
from .quantities import Quantity
from .quantities import extract_quantities as _extract_quantities
from .times import TimeFact
from .times import extract_times as _extract_times
from .topics import Topic

__all__ = ["MEMO_SIZE", "attributions", "date_topic", "extract_dates", "extract_quantities", "extract_times", "clear"]

MEMO_SIZE = 1 << 15  # answers kept per reader: a 4,000 x 25,000 merge has fewer distinct sentences


@lru_cache(maxsize=MEMO_SIZE)
def extract_quantities(text: str) -> tuple[Quantity, ...]:
    """``quantities.extract_quantities``, remembered."""
    return _extract_quantities(text)


@lru_cache(maxsize=MEMO_SIZE)
def _dates(text: str, published: dt.date | None) -> tuple[DateFact, ...]:
    return _extract_dates(text, published=published)


def extract_dates(text: str, *, published: dt.date | None = None) -> tuple[DateFact, ...]:
    """``dates.extract_dates``, remembered by text and publication date."""
    return _dates(text, published)


@lru_cache(maxsize=MEMO_SIZE)
def extract_times(text: str) -> tuple[TimeFact, ...]:
    """``times.extract_times``, remembered."""
    return _extract_times(text)


@lru_cache(maxsize=MEMO_SIZE)
def attributions(text: str) -> tuple[Attribution, ...]:
    """``attribution.attributions``, remembered."""
    return _attributions(text)


@lru_cache(maxsize=MEMO_SIZE)
def date_topic(span: tuple[int, int], text: str) -> Topic | None:
    """``topics.date_topic``, remembered."""
    return _topics.date_topic(span, text)


def clear() -> None:
    """Forget every remembered answer (for measuring a cold run)."""
    for reader in (extract_quantities, _dates, extract_times, attributions, date_topic):
        reader.cache_clear()

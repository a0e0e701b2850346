"""Facts that can conflict: quantities, dates, polarity, attribution, and claim clusters.

The pipeline hands over ``Statement`` objects (one sentence of one input) and gets back
frozen dataclasses: ``build_clusters`` for figures and dates that disagree across inputs,
``find_misattributions`` for quotations given to a different speaker than in the source.
The extractors are public so that tests and other stages can use them one at a time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

# ``attribution`` and ``polarity`` name a function and its module: bound here, first, the
# function wins (a module imported later would otherwise replace it).
from .attribution import Attribution, attribution, attributions, same_speaker
from .polarity import Polarity, polarity

if TYPE_CHECKING:
    from .clusters import TOLERANCE, Cluster, ClusterValue, build_clusters
    from .dates import DateFact, dates_agree, extract_dates
    from .misattribution import Misattribution, find_misattributions
    from .quantities import Quantity, extract_quantities, quantities_agree
    from .statements import Statement, speakers_in_context
    from .topics import Topic, date_topic, quantity_topic

__all__ = [
    "Attribution", "Cluster", "ClusterValue", "DateFact", "Misattribution", "Polarity",
    "Quantity", "Statement", "TOLERANCE", "Topic", "attribution", "attributions",
    "build_clusters", "date_topic", "dates_agree", "extract_dates", "extract_quantities",
    "find_misattributions", "polarity", "quantities_agree", "quantity_topic",
    "same_speaker", "speakers_in_context",
]

# Each name's module, imported on first use: reading a cached plan's clusters imports
# ``clusters`` alone, not every extractor (their patterns compile at import).
_HOME = {name: module for module, names in {
    "clusters": ("TOLERANCE", "Cluster", "ClusterValue", "build_clusters"),
    "dates": ("DateFact", "dates_agree", "extract_dates"),
    "misattribution": ("Misattribution", "find_misattributions"),
    "quantities": ("Quantity", "extract_quantities", "quantities_agree"),
    "statements": ("Statement", "speakers_in_context"),
    "topics": ("Topic", "date_topic", "quantity_topic"),
}.items() for name in names}


def __getattr__(name: str) -> Any:
    if name in _HOME:
        import importlib

        return getattr(importlib.import_module(f"{__name__}.{_HOME[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

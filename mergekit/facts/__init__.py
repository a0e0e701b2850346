"""Facts that can conflict: quantities, dates, polarity, attribution, and claim clusters.

The pipeline hands over ``Statement`` objects (one sentence of one input) and gets back
frozen dataclasses: ``build_clusters`` for figures and dates that disagree across inputs,
``find_misattributions`` for quotations given to a different speaker than in the source.
The extractors are public so that tests and other stages can use them one at a time.
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .attribution import Attribution, attribution, attributions, same_speaker
    from .clusters import TOLERANCE, Cluster, ClusterValue, build_clusters
    from .dates import DateFact, dates_agree, extract_dates
    from .misattribution import Misattribution, find_misattributions
    from .polarity import Polarity, polarity
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
    "attribution": ("Attribution", "attribution", "attributions", "same_speaker"),
    "clusters": ("TOLERANCE", "Cluster", "ClusterValue", "build_clusters"),
    "dates": ("DateFact", "dates_agree", "extract_dates"),
    "misattribution": ("Misattribution", "find_misattributions"),
    "polarity": ("Polarity", "polarity"),
    "quantities": ("Quantity", "extract_quantities", "quantities_agree"),
    "statements": ("Statement", "speakers_in_context"),
    "topics": ("Topic", "date_topic", "quantity_topic"),
}.items() for name in names}


def __getattr__(name: str) -> Any:
    if name in _HOME:
        import importlib

        return getattr(importlib.import_module(f"{__name__}.{_HOME[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# ``attribution`` and ``polarity`` name a function and its module. Importing a submodule
# binds its name on the package (the import system's ``setattr``); here that binding is
# refused for these two, so the names always give the functions (through ``__getattr__``,
# on first use) whichever was imported first, as when they were bound here eagerly.
_FUNCTIONS = frozenset({"attribution", "polarity"})


class _Package(types.ModuleType):
    def __setattr__(self, name: str, value: Any) -> None:
        if name in _FUNCTIONS and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

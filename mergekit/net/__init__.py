"""Live pages: the MediaWiki Action API, news URLs, the AfD backlog, one polite cache.

I/O lives here (and in the CLI); the rest of mergekit reads the local merge folder
this package writes, so a merge prepared online can be worked on offline. The names
below are imported on first use: requests-cache and trafilatura are slow to import,
and most commands never touch the network.
"""

from __future__ import annotations

import importlib

__all__ = [
    "FetchedMerge",
    "NetSettings",
    "NewsPage",
    "Page",
    "fetch_merge",
    "fetch_news",
    "fetch_page",
    "open_session",
]

_HOME = {
    "FetchedMerge": "folder",
    "fetch_merge": "folder",
    "NewsPage": "news",
    "fetch_news": "news",
    "NetSettings": "session",
    "open_session": "session",
    "Page": "wiki",
    "fetch_page": "wiki",
}


def __getattr__(name: str):
    if name in _HOME:
        return getattr(importlib.import_module(f"mergekit.net.{_HOME[name]}"), name)
    raise AttributeError(f"module 'mergekit.net' has no attribute {name!r}")

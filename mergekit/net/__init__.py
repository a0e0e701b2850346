"""Live pages: the MediaWiki Action API, news URLs, the AfD backlog, one polite cache.

I/O lives here (and in the CLI); the rest of mergekit reads the local merge folder
this package writes, so a merge prepared online can be worked on offline.
"""

from __future__ import annotations

from mergekit.net.folder import FetchedMerge, fetch_merge
from mergekit.net.news import NewsPage, fetch_news
from mergekit.net.session import NetSettings, open_session
from mergekit.net.wiki import Page, fetch_page

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

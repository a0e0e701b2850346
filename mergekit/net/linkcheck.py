"""Probing cited URLs for ``mergekit check --online``: one GET each through the shared cache.

Only the answer is recorded (:class:`~mergekit.check.deadlinks.LinkStatus`); what counts
as dead is decided by :mod:`mergekit.check.deadlinks`. Requests go one at a time, with the
session's retries; a host that does not resolve is recorded as gone.
"""

from __future__ import annotations

from collections.abc import Iterable

from mergekit.check.deadlinks import LinkStatus
from mergekit.errors import NetworkError
from mergekit.net.session import NetSettings, get, open_session

__all__ = ["probe_links"]

_NO_HOST = ("NameResolutionError", "Name or service not known", "nodename nor servname", "Failed to resolve",
            "No address associated")


def probe_links(urls: Iterable[str], settings: NetSettings) -> dict[str, LinkStatus]:
    out: dict[str, LinkStatus] = {}
    with open_session(settings) as session:
        for url in urls:
            try:
                response = get(session, url, settings=settings, expire_after=settings.news_expire)
            except NetworkError as exc:
                message = str(exc)
                out[url] = LinkStatus(url, None, message, gone=any(s in message for s in _NO_HOST))
                continue
            hops = list(response.history or ())
            out[url] = LinkStatus(url, response.status_code, moved_to=response.url if hops else None,
                                  permanent=bool(hops) and all(hop.status_code in (301, 308) for hop in hops))
    return out

"""What is in the HTTP cache, and emptying it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mergekit.net.session import CACHE_FILE, NetSettings, open_session

__all__ = ["CacheStats", "cache_info", "clear_cache"]


@dataclass(frozen=True)
class CacheStats:
    """The cache file, its response count (and how many expired) and its size."""

    path: Path
    responses: int
    expired: int
    size_bytes: int


def cache_info(settings: NetSettings = NetSettings()) -> CacheStats:
    """Statistics of the cache ``settings`` point at (created empty if absent)."""
    path = settings.resolved_cache_dir() / CACHE_FILE
    with open_session(settings) as session:
        responses = list(session.cache.responses.values())
    expired = sum(1 for r in responses if r.is_expired)
    size = path.stat().st_size if path.exists() else 0
    return CacheStats(path=path, responses=len(responses), expired=expired, size_bytes=size)


def clear_cache(settings: NetSettings = NetSettings()) -> int:
    """Delete every cached response; how many there were."""
    with open_session(settings) as session:
        count = len(session.cache.responses)
        session.cache.clear()
    return count

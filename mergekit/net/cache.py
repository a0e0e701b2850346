"""What is in the HTTP cache, and emptying it.

``cache_info`` on a damaged cache (not a database, truncated, a directory, unreadable)
raises ``CacheError`` with the path and the fix. ``clear_cache`` never opens the cache as
a database: it deletes the file (and SQLite's side files), so it works on any damage,
and says plainly what it could not delete.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from mergekit.net.session import CACHE_FILE, CacheError, NetSettings, cache_error, open_session

__all__ = ["CacheStats", "cache_info", "clear_cache"]

_SIDE_FILES = ("", "-wal", "-shm", "-journal")


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
    if path.exists() and not path.is_file():
        raise cache_error(settings, IsADirectoryError(f"{path} is not a file"))
    try:
        with open_session(settings) as session:
            responses = list(session.cache.responses.values())
    except (sqlite3.Error, OSError) as exc:
        raise cache_error(settings, exc) from None
    expired = sum(1 for r in responses if r.is_expired)
    size = path.stat().st_size if path.exists() else 0
    return CacheStats(path=path, responses=len(responses), expired=expired, size_bytes=size)


def _count(path: Path) -> int | None:
    """How many responses the cache file holds, or None when it cannot be read."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return connection.execute("SELECT COUNT(*) FROM responses").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error:
        return None


def clear_cache(settings: NetSettings = NetSettings()) -> int | None:
    """Delete the cache file whatever its state; how many responses it held (None when
    it was unreadable). A file that cannot be deleted is a ``CacheError`` naming it."""
    path = settings.resolved_cache_dir() / CACHE_FILE
    count = _count(path) if path.is_file() else 0
    for suffix in _SIDE_FILES:
        target = path.with_name(path.name + suffix)
        try:
            if target.is_dir() and not target.is_symlink():
                shutil.rmtree(target)
            elif target.exists() or target.is_symlink():
                target.unlink()
        except OSError as exc:
            raise CacheError(f"cannot delete the HTTP cache {target} ({exc.strerror}): "
                             "delete it by hand, or set MERGEKIT_CACHE_DIR to another folder") from None
    return count

"""Expensive work cached on disk by content: ``cached(namespace, key, compute)``.

A result is stored under a name that hashes three things: the *code fingerprint* (this
package's version, every file of the package, byte for byte, the Python version and the
installed distributions), the *namespace* (what kind of work) and the *key* (the work's
whole input, pickled). So a result is only ever served for the same input read by the
same code and data: any edit to mergekit, an upgraded dependency or another Python gives
new names, and the old entries age out.

Where: ``results/`` in the user cache directory (``$MERGEKIT_CACHE_DIR``, else the
platform's, beside the HTTP cache). ``MERGEKIT_NO_CACHE=1`` turns it off (nothing is read
or written); ``mergekit cache clear`` empties it.

Safety:
- *Atomic*: an entry is written to a temporary file in its folder and renamed into place,
  so a concurrent run sees a whole entry or none; two runs writing one entry write the
  same bytes.
- *Damage is a miss*: an entry whose header does not name its own key, that does not
  unpickle, or holds the wrong type is ignored (and overwritten by the recomputed
  result); a cache folder that cannot be created or written makes every call a miss.
  Nothing here raises.
- *Trusted only if ours*: entries are read only from a folder and files owned by the
  current user (pickle runs code on load), created with mode 0700.
- *Bounded*: when the entries exceed ``MAX_BYTES`` the least recently used (a hit
  refreshes an entry's time) are deleted down to three quarters of it, checked after a
  process's first write and after each sixteenth of ``MAX_BYTES`` it writes.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import pickle
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from mergekit import __version__

__all__ = ["cached", "load", "store", "clear", "stats", "results_dir", "enabled", "code_fingerprint", "CacheStats", "MAX_BYTES"]

log = logging.getLogger(__name__)

T = TypeVar("T")

MAX_BYTES = 256 * 2**20
_MAGIC = b"mergekit-result 1\n"
_SUFFIX = ".pickle"
_PACKAGE = Path(__file__).resolve().parent


def enabled() -> bool:
    """False when ``$MERGEKIT_NO_CACHE`` is set to anything but empty or ``0``."""
    return os.environ.get("MERGEKIT_NO_CACHE", "") in ("", "0")


def results_dir() -> Path:
    """``results/`` in the user cache directory (``$MERGEKIT_CACHE_DIR``, else the platform's)."""
    from mergekit.net.config import cache_dir

    return cache_dir() / "results"


@functools.cache
def code_fingerprint() -> str:
    """A hash of what produces a result: mergekit's version and every file of the package,
    the Python version, and the installed distributions' names and versions."""
    digest = hashlib.sha256(f"{__version__}\n{sys.version}\n{sys.implementation.cache_tag}\n".encode())
    for folder, subfolders, files in os.walk(_PACKAGE):
        subfolders[:] = sorted(d for d in subfolders if d != "__pycache__")
        for name in sorted(files):
            path = Path(folder, name)
            data = path.read_bytes()
            digest.update(f"{path.relative_to(_PACKAGE).as_posix()}\n{len(data)}\n".encode() + data)
    for entry in sys.path:  # dependency versions: *.dist-info folder names say them
        try:
            names = sorted(n for n in os.listdir(entry or ".") if n.endswith((".dist-info", ".egg-info")))
        except OSError:
            continue
        digest.update("\n".join(names).encode())
    return digest.hexdigest()


def _entry_name(namespace: str, key: object) -> tuple[Path, bytes]:
    """The entry's path and the digest its header must repeat."""
    digest = hashlib.sha256(code_fingerprint().encode())
    digest.update(namespace.encode() + b"\0")
    digest.update(pickle.dumps(key, protocol=pickle.HIGHEST_PROTOCOL))
    return results_dir() / namespace / f"{digest.hexdigest()}{_SUFFIX}", digest.digest()


def _owned(stat: os.stat_result) -> bool:
    getuid = getattr(os, "getuid", None)
    return getuid is None or stat.st_uid == getuid()


def _read(path: Path, digest: bytes, kind: type[T]) -> T | None:
    """The entry's value, or None when it is absent, not ours, damaged or of another type."""
    try:
        with open(path, "rb") as handle:
            if not (_owned(os.fstat(handle.fileno())) and _owned(path.parent.stat())):
                log.warning("results cache entry %s is not owned by this user: ignored", path)
                return None
            data = handle.read()
    except OSError:
        return None
    header = _MAGIC + digest
    payload = data[len(header) + 32:]
    if not data.startswith(header) or data[len(header):len(header) + 32] != hashlib.sha256(payload).digest():
        log.debug("results cache entry %s is damaged: ignored", path)
        return None
    try:
        value = pickle.loads(payload)
    except Exception as exc:  # a class renamed since (the fingerprint should prevent it): recompute
        log.debug("results cache entry %s does not load (%s): ignored", path, exc)
        return None
    if not isinstance(value, kind):
        log.debug("results cache entry %s holds a %s, not a %s: ignored", path, type(value).__name__, kind.__name__)
        return None
    try:
        now = time.time_ns()
        os.utime(path, ns=(now, now))  # recently used: pruned last (a precise time, not the file system's tick)
    except OSError:
        pass
    return value


def _write(path: Path, digest: bytes, value: object) -> int:
    """Store ``value`` atomically; the bytes written, 0 (logged) when the cache cannot be written."""
    try:
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=_TEMPORARY, suffix=_SUFFIX)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(_MAGIC + digest + hashlib.sha256(payload).digest() + payload)
            now = time.time_ns()
            os.utime(temporary, ns=(now, now))
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except (OSError, pickle.PicklingError, TypeError, AttributeError) as exc:
        log.debug("results cache: cannot store %s (%s)", path, exc)
        return 0
    return len(payload)


_TEMPORARY = ".tmp-"
_STALE_TEMPORARY_NS = 3600 * 10**9  # a temporary file this old was left by a process that died


def _files(root: Path) -> list[os.DirEntry[str]]:
    """Every entry and temporary file under ``root`` (one folder per namespace)."""
    found: list[os.DirEntry[str]] = []
    try:
        with os.scandir(root) as folders:
            for folder in folders:
                if folder.is_dir(follow_symlinks=False):
                    with os.scandir(folder.path) as files:
                        found += [f for f in files if f.name.endswith(_SUFFIX) and f.is_file(follow_symlinks=False)]
    except OSError:
        pass
    return found


def _entries(root: Path) -> list[os.DirEntry[str]]:
    return [f for f in _files(root) if not f.name.startswith(_TEMPORARY)]


def _prune(root: Path, max_bytes: int) -> None:
    """Delete the least recently used entries while the entries hold more than ``max_bytes``,
    and temporary files left by a process that died."""
    entries = []
    now = time.time_ns()
    for entry in _files(root):
        try:
            stat = entry.stat(follow_symlinks=False)
            if entry.name.startswith(_TEMPORARY):
                if now - stat.st_mtime_ns > _STALE_TEMPORARY_NS:
                    os.unlink(entry.path)
                continue
        except OSError:
            continue
        entries.append((stat.st_mtime_ns, stat.st_size, entry.path))
    total = sum(size for _, size, _ in entries)
    if total <= max_bytes:
        return
    for _, size, path in sorted(entries):
        if total <= max_bytes * 3 // 4:
            break
        try:
            os.unlink(path)
            total -= size
        except OSError:
            pass


def _name(namespace: str, key: object) -> tuple[Path, bytes] | None:
    if not enabled():
        return None
    try:
        return _entry_name(namespace, key)
    except (OSError, pickle.PicklingError, TypeError, AttributeError) as exc:
        log.debug("results cache: no key for %s (%s)", namespace, exc)
        return None


def load(namespace: str, key: object, kind: type[T]) -> T | None:
    """The result stored for ``key`` under the same code, or None (absent, damaged, disabled)."""
    name = _name(namespace, key)
    return None if name is None else _read(*name, kind)


_unpruned: int | None = None  # bytes this process wrote since it last pruned (None: it never did)


def store(namespace: str, key: object, value: object, *, max_bytes: int = MAX_BYTES) -> None:
    """Keep ``value`` as the result for ``key``; never raises. The cache is pruned to
    ``max_bytes`` after a process's first write, then whenever it has written another
    sixteenth of it (a merge of 240 news files does not scan the folder 240 times)."""
    _store(_name(namespace, key), value, max_bytes)


def _store(name: tuple[Path, bytes] | None, value: object, max_bytes: int) -> None:
    global _unpruned
    if name is None or not (written := _write(*name, value)):
        return
    first = _unpruned is None
    _unpruned = (_unpruned or 0) + written
    if first or _unpruned > max_bytes // 16:
        _prune(name[0].parent.parent, max_bytes)
        _unpruned = 0


def cached(namespace: str, key: object, compute: Callable[[], T], *, kind: type[T],
           max_bytes: int = MAX_BYTES) -> T:
    """``compute()``, or the result stored for the same ``key`` under the same code.

    ``key`` must pickle to the same bytes exactly when the input is the same (frozen
    dataclasses of strings and tuples do); ``compute`` must be a pure function of it, and
    its result of type ``kind``, picklable.
    """
    name = _name(namespace, key)  # hashed once, for the look-up and the store
    found = None if name is None else _read(*name, kind)
    if found is not None:
        return found
    value = compute()
    _store(name, value, max_bytes)
    return value


@dataclass(frozen=True)
class CacheStats:
    """The results cache folder, how many entries it holds and their size."""

    path: Path
    entries: int
    size_bytes: int


def stats() -> CacheStats:
    """What the results cache holds."""
    root = results_dir()
    sizes = []
    for entry in _entries(root):
        try:
            sizes.append(entry.stat(follow_symlinks=False).st_size)
        except OSError:
            continue
    return CacheStats(root, len(sizes), sum(sizes))


def clear() -> int:
    """Delete every entry and temporary file; how many entries there were. What cannot be
    deleted is logged and left."""
    removed = 0
    folders = set()
    for entry in _files(results_dir()):
        folders.add(os.path.dirname(entry.path))
        try:
            os.unlink(entry.path)
        except OSError as exc:
            log.warning("cannot delete the cached result %s (%s)", entry.path, exc.strerror)
            continue
        removed += not entry.name.startswith(_TEMPORARY)
    for folder in folders:
        try:
            os.rmdir(folder)
        except OSError:
            pass
    return removed

"""One polite, cached HTTP session: User-Agent with a contact, bounded retries, offline.

*Decide, then do*: :func:`retry_delay` only computes whether (and how long) to wait
before another attempt; :func:`get` carries the decision out. Everything is sequential
(one request at a time), responses are cached in one requests-cache SQLite file, and
``offline`` answers from that cache only.
"""

from __future__ import annotations

import email.utils
import logging
import sqlite3
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from mergekit import __version__
from mergekit.errors import NetworkError
from mergekit.net import config

if TYPE_CHECKING:  # requests and requests-cache load when a session opens: a local run needs neither
    import requests
    from requests_cache import CachedSession

__all__ = [
    "CacheError",
    "cache_error",
    "NetSettings",
    "CACHE_FILE",
    "user_agent",
    "open_session",
    "retry_delay",
    "get",
]

log = logging.getLogger(__name__)

CACHE_FILE = "http_cache.sqlite"
RETRY_STATUSES = frozenset({429, 502, 503, 504})
RETRY_API_ERRORS = frozenset({"maxlag", "ratelimited"})
WIKI_EXPIRE = 60 * 60  # articles change: an hour
NEWS_EXPIRE = 30 * 24 * 60 * 60  # published news rarely does: a month


@dataclass(frozen=True)
class NetSettings:
    """Everything that shapes network behaviour, one typed object from CLI to core."""

    contact: str | None = None
    cache_dir: Path | None = None  # None: config.cache_dir()
    offline: bool = False
    timeout: float = 30.0  # seconds, connect and each read
    max_retries: int = 4
    backoff: float = 2.0  # first wait; doubles on each retry
    max_wait: float = 120.0  # the longest Retry-After mergekit will honour
    wiki_expire: int = WIKI_EXPIRE
    news_expire: int = NEWS_EXPIRE
    max_redirects: int = 10
    max_response_bytes: int = 8 * 1024 * 1024  # decoded (after gzip): a 2 MiB page's JSON fits

    def resolved_cache_dir(self) -> Path:
        """The cache directory these settings use."""
        return self.cache_dir if self.cache_dir is not None else config.cache_dir()


def user_agent(contact: str | None) -> str:
    """A descriptive User-Agent, per the Wikimedia policy: tool/version (contact) library."""
    import requests

    who = f" ({contact})" if contact else ""
    return f"mergekit/{__version__}{who} requests/{requests.__version__}"


def _not_an_api_error(response: requests.Response) -> bool:
    # MediaWiki answers maxlag/ratelimited with HTTP 200 and this header: never cache those.
    return "MediaWiki-API-Error" not in response.headers


def open_session(settings: NetSettings) -> CachedSession:
    """A CachedSession on the SQLite cache, with the User-Agent and gzip."""
    directory = settings.resolved_cache_dir()
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise NetworkError(f"cache directory {directory}: cannot create it ({exc}); set MERGEKIT_CACHE_DIR") from None
    try:
        session = _cached_session(directory, settings)
    except (sqlite3.Error, OSError) as exc:
        raise cache_error(settings, exc) from None
    session.max_redirects = settings.max_redirects
    session.headers["User-Agent"] = user_agent(settings.contact)
    session.headers["Accept-Encoding"] = "gzip, deflate"
    return session


def _cached_session(directory: Path, settings: NetSettings) -> CachedSession:
    from requests_cache import CachedSession

    if (directory / CACHE_FILE).is_dir():
        raise IsADirectoryError(f"{directory / CACHE_FILE} is a directory")
    return CachedSession(
        str(directory / CACHE_FILE),
        backend="sqlite",
        allowable_codes=(200,),
        allowable_methods=("GET", "HEAD"),
        ignored_parameters=["maxlag"],
        # What a response hook refused (too large, truncated) raised before this point: only
        # complete bodies within the limit are ever stored.
        filter_fn=_not_an_api_error,
        stale_if_error=settings.offline,  # offline: an expired entry beats nothing
    )


class CacheError(NetworkError):
    """The HTTP cache cannot be read or written (damaged, read-only, not a file)."""


def cache_error(settings: NetSettings, error: BaseException) -> CacheError:
    """The one-line message for a cache that cannot be used: its path and the fix."""
    path = settings.resolved_cache_dir() / CACHE_FILE
    return CacheError(f"the HTTP cache {path} cannot be used ({type(error).__name__}: {error}); "
                      "run `mergekit cache clear` (or delete the file)")


def _bounded(url: str, limit: int):
    """A response hook that reads the body (decompressed, in small steps) up to ``limit``
    bytes: past it, or when the body breaks off, it raises before anything is cached."""

    def hook(response: requests.Response, *args, **kwargs) -> requests.Response:
        if response._content is not False:  # already read
            return response
        chunks, total = [], 0
        for chunk in response.iter_content(64 * 1024):
            total += len(chunk)
            if total > limit:
                response.close()
                raise NetworkError(f"{url}: the response is over {limit / 2**20:g} MiB (decompressed); "
                                   "not read further and not cached")
            chunks.append(chunk)
        response._content = b"".join(chunks)
        response._content_consumed = True
        return response

    return hook


def _parse_retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def retry_delay(
    *,
    attempt: int,
    settings: NetSettings,
    status: int | None = None,
    headers: Mapping[str, str] | None = None,
    api_error: str | None = None,
    failed: bool = False,
) -> float | None:
    """Seconds to wait before attempt ``attempt + 1``, or None when not to retry.

    Retried: a connection failure or timeout (``failed``), HTTP 429/502/503/504, and the
    MediaWiki errors ``maxlag`` and ``ratelimited``. A ``Retry-After`` header wins over
    exponential backoff; one longer than ``settings.max_wait`` is not worth waiting for.
    """
    retryable = failed or status in RETRY_STATUSES or api_error in RETRY_API_ERRORS
    if not retryable or attempt >= settings.max_retries:
        return None
    asked = _parse_retry_after((headers or {}).get("Retry-After"))
    delay = asked if asked is not None else settings.backoff * (2**attempt)
    return delay if delay <= settings.max_wait else None


def _chain(exc: BaseException) -> list[BaseException]:
    """``exc`` and the exceptions it wraps: requests wraps urllib3's ``MaxRetryError``
    (in ``args``), which holds the real failure as its ``reason``; Python chains the rest."""
    seen: list[BaseException] = []
    todo: list[object] = [exc]
    while todo and len(seen) < 20:
        item = todo.pop(0)
        if not isinstance(item, BaseException) or any(item is s for s in seen):
            continue
        seen.append(item)
        todo.extend([getattr(item, "reason", None), item.__cause__, item.__context__, *item.args])
    return seen


def _failure(exc: Exception, url: str, settings: NetSettings) -> tuple[str, str]:
    """A request that never got an answer, in an editor's words, and what to do about it:
    the exception's class and urllib3's nested repr name nothing an editor can act on, and
    "raise --timeout" helps only when the server was slow."""
    import socket

    import requests

    parts = urlsplit(url)
    host = parts.hostname or url
    chain = _chain(exc)
    names = {type(e).__name__ for e in chain}
    if any(isinstance(e, socket.gaierror) for e in chain) or "NameResolutionError" in names:
        return (f"the host {host} was not found: no network here, or a mistyped address",
                "check the address and the network")
    if any(isinstance(e, ConnectionRefusedError) for e in chain):
        port = f":{parts.port}" if parts.port else ""
        return f"nothing answers at {host}{port} (connection refused)", "check the address, or start the server"
    if isinstance(exc, requests.Timeout):
        return f"no answer within {settings.timeout:g} s (timeout)", "try again later or raise --timeout"
    if isinstance(exc, requests.exceptions.SSLError):
        return f"the certificate of {host} could not be verified", "check the address"
    if isinstance(exc, requests.exceptions.ChunkedEncodingError | requests.exceptions.ContentDecodingError):
        return "the response was cut off or garbled", "try again later"
    return f"{type(exc).__name__}: {exc}", "try again later or raise --timeout"


def _describe(status: int | None, api_error: str | None) -> str:
    if api_error:
        return f"API error {api_error}"
    return f"HTTP {status}"


def get(
    session: CachedSession,
    url: str,
    *,
    settings: NetSettings,
    params: Mapping[str, str] | None = None,
    expire_after: int | None = None,
    api: bool = False,
    max_bytes: int | None = None,
    fresh: bool = False,
) -> requests.Response:
    """GET ``url`` through the cache, retrying within bounds; raise NetworkError at the end.

    ``api`` marks a MediaWiki Action API call, whose errors come as JSON with HTTP 200.
    Any final HTTP status is returned (the caller decides what a 404 means); a response
    that never came, or kept asking to retry, raises ``NetworkError``; so does a body
    larger than ``max_bytes`` once decompressed (default ``settings.max_response_bytes``),
    which is read no further and never cached. A damaged cache raises ``CacheError``.
    ``fresh`` asks the server even when the cache holds an answer, and caches the new one
    (offline, the cache is all there is: it is ignored).
    """
    import requests

    attempt = 0
    while True:
        exc: Exception | None = None
        response: requests.Response | None = None
        try:
            response = session.get(
                url,
                params=params,
                timeout=settings.timeout,
                expire_after=expire_after,
                only_if_cached=settings.offline,
                force_refresh=fresh and not settings.offline,
                hooks={"response": _bounded(url, max_bytes or settings.max_response_bytes)},
            )
            # Only 200s are ever cached: offline, a 504 is requests-cache saying "miss".
            if settings.offline and response.status_code == 504:
                raise NetworkError(
                    f"{response.url}: not in the cache and --offline is set; fetch it online first"
                )
            _ = response.content  # read the whole body now, so a truncated one fails here
        except sqlite3.Error as error:
            raise cache_error(settings, error) from None
        except requests.TooManyRedirects:
            raise NetworkError(f"{url}: too many redirects (a redirect loop?); check the URL") from None
        except (requests.RequestException, OSError) as error:
            exc = error
        status = response.status_code if response is not None else None
        api_error = response.headers.get("MediaWiki-API-Error") if (api and response is not None) else None
        delay = retry_delay(
            attempt=attempt,
            settings=settings,
            status=status,
            headers=response.headers if response is not None else None,
            api_error=api_error,
            failed=exc is not None,
        )
        if delay is None:
            if exc is not None or (status in RETRY_STATUSES) or (api_error in RETRY_API_ERRORS):
                cause, advice = (_failure(exc, url, settings) if exc is not None
                                 else (_describe(status, api_error), "try again later"))
                raise NetworkError(f"{url}: gave up after {attempt + 1} attempt(s) ({cause}); {advice}")
            return response  # type: ignore[return-value]
        cause = _failure(exc, url, settings)[0] if exc is not None else _describe(status, api_error)
        log.info("%s: %s; retrying in %.1f s", url, cause, delay)
        time.sleep(delay)
        attempt += 1

"""URLs as the checks compare them: the host without ``www.``, and a normal form of the URL."""

from __future__ import annotations

from urllib.parse import urlsplit

__all__ = ["host", "same_url_key", "looks_like_url"]


def looks_like_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://", "//"))


def host(url: str) -> str:
    """``https://www.Reuters.com/x`` -> ``reuters.com`` ("" when there is no host)."""
    try:
        netloc = urlsplit(url if "//" in url else "//" + url).hostname or ""
    except ValueError:
        return ""
    netloc = netloc.lower().rstrip(".")
    return netloc[4:] if netloc.startswith("www.") else netloc


def same_url_key(url: str) -> str:
    """Scheme, ``www.``, fragment and a trailing slash do not make a different page."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip()
    path = parts.path.rstrip("/")
    return f"{host(url)}{path}" + (f"?{parts.query}" if parts.query else "")

"""Fetch one news URL and read it: HTML through trafilatura, PDF through pypdf.

A source that cannot be read is a verdict, not a crash: ``unavailable`` (gone, not an
article, the server kept failing) or ``unsupported`` (a PDF without pypdf). Only
``--offline`` cache misses raise, because they mean "fetch first", not "source bad".
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from requests_cache import CachedSession

from mergekit.errors import NetworkError
from mergekit.html import ExtractedPage, decode_html, extract_page
from mergekit.load.files import size_limit
from mergekit.net.session import NetSettings, get

__all__ = ["NewsPage", "NewsStatus", "fetch_news", "read_pdf", "OK", "UNAVAILABLE", "UNSUPPORTED"]


class NewsStatus(StrEnum):
    """Whether a news URL gave a readable page (written to merge.toml as its value)."""

    OK = "ok"
    UNAVAILABLE = "unavailable"  # no answer, an HTTP error, or not an article
    UNSUPPORTED = "unsupported"  # a kind of document mergekit cannot read here


OK, UNAVAILABLE, UNSUPPORTED = NewsStatus.OK, NewsStatus.UNAVAILABLE, NewsStatus.UNSUPPORTED

_HTML_TYPES = ("text/html", "application/xhtml+xml")
# Fewer words than this is a menu or an index page, not an article.
MIN_ARTICLE_WORDS = 25


@dataclass(frozen=True)
class NewsPage:
    """A fetched news source. ``kind`` is ``html``, ``pdf`` or ``text`` when ``status == "ok"``;
    ``body`` is what to keep on disk (raw HTML bytes, or the text of a PDF)."""

    url: str
    status: NewsStatus
    reason: str | None = None
    final_url: str | None = None
    kind: Literal["html", "pdf", "text"] | None = None
    body: bytes = b""
    page: ExtractedPage | None = None


def _content_type(header: str | None) -> tuple[str, str | None]:
    if not header:
        return "", None
    parts = [p.strip() for p in header.split(";")]
    charset = None
    for part in parts[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    return parts[0].lower(), charset


def read_pdf(data: bytes) -> str | None:
    """The text of a PDF, or None when pypdf is not installed."""
    try:
        import pypdf
    except ImportError:
        return None
    reader = pypdf.PdfReader(io.BytesIO(data))
    pages = [(page.extract_text() or "").strip() for page in reader.pages]
    return "\n\n".join(p for p in pages if p)


def _unavailable(url: str, reason: str, final_url: str | None = None) -> NewsPage:
    return NewsPage(url=url, status=UNAVAILABLE, reason=reason, final_url=final_url)


def fetch_news(session: CachedSession, url: str, *, settings: NetSettings) -> NewsPage:
    """Fetch ``url`` (redirects followed, cached long) and extract the article."""
    try:
        response = get(session, url, settings=settings, expire_after=settings.news_expire,
                       max_bytes=size_limit("news"))
    except NetworkError as exc:
        if settings.offline:
            raise
        return _unavailable(url, str(exc).removeprefix(f"{url}: "))  # shown beside the URL already
    final_url = response.url
    if response.status_code != 200:
        return _unavailable(url, f"HTTP {response.status_code}", final_url)
    mime, charset = _content_type(response.headers.get("Content-Type"))
    data = response.content
    if mime == "application/pdf" or data.startswith(b"%PDF-"):
        try:
            text = read_pdf(data)
        except Exception as exc:  # pypdf raises many types on damaged files
            return _unavailable(url, f"unreadable PDF ({type(exc).__name__})", final_url)
        if text is None:
            return NewsPage(url=url, status=UNSUPPORTED, reason="PDF (install pypdf to read it)", final_url=final_url)
        if not text.strip():
            return _unavailable(url, "PDF without extractable text", final_url)
        page = ExtractedPage(title=None, sitename=None, date=None, author=None, url=final_url, text=text)
        return NewsPage(url=url, status=OK, final_url=final_url, kind="pdf", body=text.encode("utf-8"), page=page)
    if mime == "text/plain":
        text = decode_html(data, charset=charset)
        page = ExtractedPage(title=None, sitename=None, date=None, author=None, url=final_url, text=text.strip())
        return NewsPage(url=url, status=OK, final_url=final_url, kind="text", body=text.encode("utf-8"), page=page)
    if mime not in _HTML_TYPES:
        return _unavailable(url, f"not an article ({mime or 'no content type'})", final_url)
    page = extract_page(data, url=final_url, charset=charset)
    if len(page.text.split()) < MIN_ARTICLE_WORDS:
        return _unavailable(url, "no article text found in the page (an index or a menu?)", final_url)
    # Keep the bytes as served when they are UTF-8; otherwise re-encode with a BOM, which
    # outranks any <meta charset> when the file is read again offline.
    text = decode_html(data, charset=charset)
    body = data if text.encode("utf-8") == data else b"\xef\xbb\xbf" + text.encode("utf-8")
    return NewsPage(url=url, status=OK, final_url=final_url, kind="html", body=body, page=page)

"""News URLs against a real HTTP server: extraction, charsets, redirects, verdicts."""

from __future__ import annotations

import importlib.util

import pytest

from mergekit.html import extract_page
from mergekit.net.news import OK, UNAVAILABLE, UNSUPPORTED, fetch_news
from mergekit.net.session import open_session

from .newsserver import NEWS, PDF_TEXT


def _fetch(news, settings, path):
    with open_session(settings) as session:
        return fetch_news(session, news.url(path), settings=settings)


def test_article_text_and_metadata_without_boilerplate(news, settings):
    got = _fetch(news, settings, "/news/eldham-footbridge-collapse.html")
    assert got.status == OK and got.kind == "html"
    page = got.page
    assert page.title == "Eldham footbridge collapses into the Wend during storm"
    assert (page.sitename, page.date, page.author) == ("Eldham Courier", "2024-02-05", "Moira Hale")
    assert page.url == "http://news.example/courier/eldham-footbridge-collapse.html"  # canonical
    assert "Five people were taken to hospital" in page.text
    for furniture in ("cookies", "Related stories", "Subscribe", "All rights reserved"):
        assert furniture not in page.text
    assert got.body == (NEWS / "eldham-footbridge-collapse.html").read_bytes()


@pytest.mark.parametrize("path", ["/news/eldham-latin1.html", "/latin1-no-header"])
def test_non_utf8_page_is_decoded_and_kept_as_utf8(news, settings, path):
    got = _fetch(news, settings, path)
    assert got.status == OK
    assert got.page.title == "Fußgängerbrücke in Eldham eingestürzt"
    assert got.page.author == "Jürgen Müller"
    assert "Fünf Menschen" in got.page.text
    # Kept as UTF-8 with a BOM, so reading it back offline gives the same page.
    assert got.body.startswith(b"\xef\xbb\xbf")
    assert extract_page(got.body).text == got.page.text


def test_redirect_chain_is_followed(news, settings):
    got = _fetch(news, settings, "/hop/3")
    assert got.status == OK
    assert got.final_url == news.url("/news/eldham-footbridge-collapse.html")
    assert [s.path for s in news.seen] == ["/hop/3", "/hop/2", "/hop/1", "/news/eldham-footbridge-collapse.html"]


@pytest.mark.parametrize(
    "path, reason",
    [
        ("/gone", "HTTP 404"),
        ("/removed", "HTTP 410"),
        ("/photo.png", "not an article (image/png)"),
        ("/teasers-only", "no article text"),
        ("/loop", "too many redirects"),
    ],
)
def test_unreadable_sources_are_unavailable_not_a_crash(news, settings, path, reason):
    got = _fetch(news, settings, path)
    assert got.status == UNAVAILABLE
    assert reason in got.reason


def test_pdf_is_read_or_reported_unsupported(news, settings):
    got = _fetch(news, settings, "/report.pdf")
    if importlib.util.find_spec("pypdf") is None:
        assert (got.status, got.reason) == (UNSUPPORTED, "PDF (install pypdf to read it)")
        return
    assert got.status == OK and got.kind == "pdf"
    assert PDF_TEXT in got.page.text
    assert got.body == got.page.text.encode("utf-8")  # kept as a .txt file

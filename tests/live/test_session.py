"""The polite session against a real HTTP server: retries, Retry-After, timeouts,
the cache, offline, and the User-Agent. Every fault ends within a few seconds."""

from __future__ import annotations

import dataclasses
import time

import pytest

from mergekit.errors import InputError, NetworkError
from mergekit.net.config import require_contact, resolve_contact
from mergekit.net.session import NetSettings, get, open_session, retry_delay
from mergekit.net.wiki import fetch_page

from .conftest import CONTACT


def _get(news, settings, path, **kwargs):
    with open_session(settings) as session:
        return get(session, news.url(path), settings=settings, **kwargs)


def test_user_agent_carries_the_contact_and_gzip_is_asked(news, settings):
    _get(news, settings, "/news/bridge-inquiry.html")
    (seen,) = news.seen
    assert CONTACT in seen.user_agent and seen.user_agent.startswith("mergekit/")
    assert "gzip" in seen.accept_encoding


def test_second_request_comes_from_the_cache(news, settings):
    first = _get(news, settings, "/news/bridge-inquiry.html")
    second = _get(news, settings, "/news/bridge-inquiry.html")
    assert news.hits("/news/bridge-inquiry.html") == 1
    assert second.from_cache and second.content == first.content


def test_offline_answers_from_the_cache_and_a_miss_is_a_clear_error(news, settings):
    offline = dataclasses.replace(settings, offline=True)
    with pytest.raises(NetworkError, match="not in the cache and --offline is set"):
        _get(news, offline, "/news/bridge-inquiry.html")
    assert news.seen == []
    _get(news, settings, "/news/bridge-inquiry.html")
    assert _get(news, offline, "/news/bridge-inquiry.html").status_code == 200
    assert news.hits("/news/bridge-inquiry.html") == 1


def test_offline_uses_an_expired_entry(news, settings):
    _get(news, dataclasses.replace(settings), "/news/bridge-inquiry.html", expire_after=1)
    time.sleep(1.1)
    offline = dataclasses.replace(settings, offline=True)
    assert _get(news, offline, "/news/bridge-inquiry.html", expire_after=1).status_code == 200
    assert news.hits("/news/bridge-inquiry.html") == 1


def test_429_with_retry_after_is_honoured_then_succeeds(news, settings):
    start = time.monotonic()
    response = _get(news, settings, "/busy-once")
    assert response.status_code == 200
    assert time.monotonic() - start >= 1.0  # Retry-After: 1
    assert news.hits("/busy-once") == 2


@pytest.mark.parametrize(
    "path, attempts, message",
    [
        ("/busy", 3, "HTTP 429"),  # Retry-After: 1, twice, then give up
        ("/busy-long", 1, "HTTP 429"),  # Retry-After: 3600 is beyond max_wait: no wait at all
        ("/unavailable", 3, "HTTP 503"),
        ("/slow", 3, "no answer within"),
        ("/truncated", 3, "gave up"),
    ],
)
def test_faults_end_in_a_clear_error_within_the_bound(news, settings, path, attempts, message):
    start = time.monotonic()
    with pytest.raises(NetworkError, match=message) as caught:
        _get(news, settings, path)
    assert time.monotonic() - start < 6
    assert news.hits(path) == attempts
    assert str(caught.value).startswith(news.url(path))
    assert "\n" not in str(caught.value)


def test_redirect_loop_is_a_clear_error(news, settings):
    with pytest.raises(NetworkError, match="too many redirects"):
        _get(news, settings, "/loop")
    assert news.hits("/loop") == settings.max_redirects + 1


def test_maxlag_is_retried_after_retry_after_and_not_cached(news, settings):
    with open_session(settings) as session:
        page = fetch_page(session, news.url("/api-maxlag-once"), "Lagged page", settings=settings, batch=True)
    assert page.revid == 7
    assert news.hits("/api-maxlag-once") == 2


@pytest.mark.parametrize(
    "kwargs, expected",
    [
        ({"status": 200}, None),
        ({"status": 404}, None),
        ({"status": 503}, 0.05),
        ({"status": 503, "attempt": 1}, 0.1),
        ({"status": 503, "attempt": 2}, None),  # max_retries reached
        ({"status": 429, "headers": {"Retry-After": "1"}}, 1.0),
        ({"status": 429, "headers": {"Retry-After": "999"}}, None),  # beyond max_wait
        ({"api_error": "maxlag", "headers": {"Retry-After": "2"}}, 2.0),
        ({"api_error": "ratelimited"}, 0.05),
        ({"api_error": "badtitle"}, None),
        ({"failed": True}, 0.05),
    ],
)
def test_retry_decision(settings, kwargs, expected):
    kwargs.setdefault("attempt", 0)
    assert retry_delay(settings=settings, **kwargs) == expected


def test_a_wikimedia_wiki_needs_a_contact(cache_dir, monkeypatch, tmp_path):
    with pytest.raises(InputError, match="--contact"):
        require_contact("https://en.wikipedia.org/w/api.php", None)
    require_contact("http://127.0.0.1:8080/api.php", None)  # a local wiki does not
    assert resolve_contact(None) is None
    monkeypatch.setenv("MERGEKIT_CONTACT", "env@example.org")
    assert resolve_contact(None) == "env@example.org"
    assert resolve_contact("flag@example.org") == "flag@example.org"
    monkeypatch.delenv("MERGEKIT_CONTACT")
    config = tmp_path / "config.toml"
    config.write_text('contact = "User:Example"\n', encoding="utf-8")
    monkeypatch.setenv("MERGEKIT_CONFIG", str(config))
    assert resolve_contact(None) == "User:Example"
    assert NetSettings().contact is None

"""A request that never got an answer is named in an editor's words (trial-3).

requests wraps urllib3's ``MaxRetryError``, whose text repeats the URL and names internal
classes ("HTTPSConnectionPool(host=..., port=443): Max retries exceeded with url: ...
(Caused by NameResolutionError(...))"); ``fetch`` printed that, and merge.toml and the talk
post kept it, with "raise --timeout" as the fix for a host that does not exist.
"""

from __future__ import annotations

import socket

import pytest
import requests
from urllib3.exceptions import MaxRetryError, NameResolutionError, NewConnectionError

from mergekit.errors import NetworkError
from mergekit.net.session import NetSettings, get

URL = "https://www.example-news.test/2021/05/story.html"


class _Failing:
    """A session whose every request fails with ``exc``."""

    def __init__(self, exc: Exception) -> None:
        self.exc = exc
        self.calls = 0

    def get(self, *args, **kwargs):
        self.calls += 1
        raise self.exc


def _dns_failure() -> Exception:
    reason = NameResolutionError("www.example-news.test", None, socket.gaierror(-2, "Name or service not known"))
    return requests.ConnectionError(MaxRetryError(None, "/2021/05/story.html", reason))  # type: ignore[arg-type]


def _refused() -> Exception:
    try:
        raise ConnectionRefusedError(111, "Connection refused")
    except ConnectionRefusedError as refused:
        try:
            raise NewConnectionError(None, "Failed to establish a new connection")  # type: ignore[arg-type]
        except NewConnectionError as conn:
            conn.__cause__ = refused
            return requests.ConnectionError(MaxRetryError(None, "/2021/05/story.html", conn))  # type: ignore[arg-type]


def _message(exc: Exception, **settings) -> str:
    with pytest.raises(NetworkError) as caught:
        get(_Failing(exc), URL, settings=NetSettings(max_retries=0, **settings))  # type: ignore[arg-type]
    return str(caught.value)


def test_a_host_that_is_not_found_is_said_so_with_no_internal_names():
    message = _message(_dns_failure())
    assert message == (f"{URL}: gave up after 1 attempt(s) (the host www.example-news.test was not found: no network "
                       "here, or a mistyped address); check the address and the network")
    assert message.count(URL) == 1
    assert "Pool" not in message and "Max retries" not in message and "--timeout" not in message


def test_a_refused_connection_names_the_address():
    message = _message(_refused())
    assert "(nothing answers at www.example-news.test (connection refused))" in message
    assert message.endswith("check the address, or start the server")


def test_only_a_timeout_asks_for_a_longer_timeout():
    message = _message(requests.ReadTimeout("read timed out"), timeout=7.0)
    assert message.endswith("(no answer within 7 s (timeout)); try again later or raise --timeout")


def test_an_unavailable_news_page_gives_its_reason_without_repeating_its_url(tmp_path):
    from mergekit.net.news import UNAVAILABLE, fetch_news

    page = fetch_news(_Failing(_dns_failure()), URL, settings=NetSettings(max_retries=0))  # type: ignore[arg-type]
    assert page.status == UNAVAILABLE
    assert page.reason is not None and URL not in page.reason
    assert page.reason.startswith("gave up after 1 attempt(s) (the host www.example-news.test was not found")

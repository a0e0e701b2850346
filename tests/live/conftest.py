"""Fixtures for the live tests: a real MediaWiki and a real news server on 127.0.0.1.

In CI (``CI=true``) a missing MediaWiki fails the tests; locally it skips them with
the reason. Each test gets its own HTTP cache directory.
"""

from __future__ import annotations

import os

import pytest

from mergekit.net.session import NetSettings

from .mediawiki import LocalWiki, free_port, missing_reason
from .newsserver import start_news_server

CONTACT = "mergekit-tests@example.org"


@pytest.fixture(scope="session")
def wiki(tmp_path_factory):
    """The throwaway wiki, installed and filled once per session."""
    reason = missing_reason()
    if reason:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"CI=true but the live wiki cannot run: {reason}")
        pytest.skip(reason)
    wiki = LocalWiki(tmp_path_factory.mktemp("mediawiki"), free_port())
    wiki.install()
    wiki.import_pages()
    wiki.start()
    yield wiki
    wiki.stop()


@pytest.fixture(scope="session")
def _news_server():
    server = start_news_server()
    yield server
    server.server.shutdown()
    server.server.server_close()


@pytest.fixture
def news(_news_server):
    """The news server, with its request log emptied for this test."""
    _news_server.reset()
    return _news_server


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    """A fresh HTTP cache for this test (also for the CLI, through MERGEKIT_CACHE_DIR)."""
    path = tmp_path / "cache"
    monkeypatch.setenv("MERGEKIT_CACHE_DIR", str(path))
    monkeypatch.setenv("MERGEKIT_CONFIG", str(tmp_path / "no-config.toml"))
    monkeypatch.delenv("MERGEKIT_CONTACT", raising=False)
    return path


@pytest.fixture
def settings(cache_dir):
    """Short timeouts and retries, so every fault ends within a second or two."""
    return NetSettings(contact=CONTACT, cache_dir=cache_dir, timeout=0.5, max_retries=2, backoff=0.05, max_wait=2.0)

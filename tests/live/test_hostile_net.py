"""Hostile answers from the network: every download is bounded once decompressed, only
complete bodies are cached, API answers of any shape end in a one-line error, and a
damaged cache is reported with its path and the fix (``cache clear`` always works)."""

from __future__ import annotations

import resource

import pytest
from click.testing import CliRunner

from mergekit.cli import main
from mergekit.errors import InputError, NetworkError
from mergekit.net.news import UNAVAILABLE, fetch_news
from mergekit.net.session import CACHE_FILE, get, open_session
from mergekit.net.wiki import fetch_page

from .newsserver import API_SHAPES, _bomb


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def test_a_gzip_bomb_stops_at_the_limit_and_is_not_cached(news, settings):
    _bomb()  # the server's copy is made before measuring: only the client's reading counts
    before = _peak_mib()
    with open_session(settings) as session:
        with pytest.raises(NetworkError, match="over 8 MiB"):
            get(session, news.url("/gzip-bomb"), settings=settings)
        assert not session.cache.responses
    assert _peak_mib() - before < 40  # 64 MiB of zeros never held whole (the limit is 8 MiB)


def test_a_news_page_over_the_news_limit_is_unavailable_not_read(news, settings):
    with open_session(settings) as session:
        page = fetch_news(session, news.url("/big"), settings=settings)
        assert page.status == UNAVAILABLE and "over 5 MiB" in page.reason
        assert not session.cache.responses


def test_a_truncated_body_is_never_cached(news, settings):
    with open_session(settings) as session:
        with pytest.raises(NetworkError):
            get(session, news.url("/truncated"), settings=settings)
        assert not session.cache.responses


@pytest.mark.parametrize("shape", sorted(set(API_SHAPES) - {"redirects-empty"}))
def test_an_api_answer_of_another_shape_is_a_one_line_error(news, settings, shape):
    with open_session(settings) as session:
        with pytest.raises(InputError) as caught:
            fetch_page(session, news.url(f"/api-shape/{shape}"), "P", settings=settings)
    assert "\n" not in str(caught.value)


def test_an_empty_redirect_list_is_no_redirect(news, settings):
    with open_session(settings) as session:
        page = fetch_page(session, news.url("/api-shape/redirects-empty"), "P", settings=settings)
    assert page.revid == 7 and page.redirected_from is None


@pytest.mark.parametrize("damage", ["random bytes", "truncated", "a directory"])
def test_a_damaged_cache_is_reported_and_cache_clear_fixes_it(news, cache_dir, damage):
    runner = CliRunner()
    assert runner.invoke(main, ["cache", "info"]).exit_code == 0
    path = cache_dir / CACHE_FILE
    if damage == "random bytes":
        path.write_bytes(bytes(range(256)) * 20)
    elif damage == "truncated":
        path.write_bytes(path.read_bytes()[:3000])
    else:
        path.unlink()
        path.mkdir()
    for args in (["cache", "info"], ["fetch", "--source-title", "X", "--wiki", news.url("/api.php"),
                                     "--contact", "t@example.org", "--out", str(cache_dir.parent / "m")]):
        result = runner.invoke(main, args)
        assert result.exit_code == 2 and "Traceback" not in result.output, result.output
        assert str(path) in result.output and "mergekit cache clear" in result.output
    cleared = runner.invoke(main, ["cache", "clear"])
    assert cleared.exit_code == 0, cleared.output
    assert runner.invoke(main, ["cache", "info"]).output.count("responses: 0") == 1

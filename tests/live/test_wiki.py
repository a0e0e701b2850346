"""The Action API client against a real MediaWiki."""

from __future__ import annotations

import pytest

from mergekit.errors import InputError
from mergekit.net.session import open_session
from mergekit.net.wiki import category_members, fetch_page

from .mediawiki import PAGES


def test_fetch_page_returns_current_wikitext_and_revision(wiki, settings):
    with open_session(settings) as session:
        page = fetch_page(session, wiki.api, "Eldham footbridge collapse", settings=settings)
    assert page.title == "Eldham footbridge collapse"
    assert page.wikitext == (PAGES / "source.wikitext").read_text(encoding="utf-8")
    assert page.revid > 0 and page.timestamp.endswith("Z")
    assert page.redirect_to is None and page.redirected_from is None


def test_redirect_followed_or_reported(wiki, settings):
    with open_session(settings) as session:
        followed = fetch_page(session, wiki.api, "Eldham bridge collapse", settings=settings)
        itself = fetch_page(session, wiki.api, "Old Eldham ferry", settings=settings, follow_redirects=False)
    assert followed.title == "Eldham footbridge collapse"
    assert followed.redirected_from == "Eldham bridge collapse"
    assert itself.redirect_to == "Eldham Footbridge#History"


def test_missing_page_is_a_clear_error(wiki, settings):
    with open_session(settings) as session, pytest.raises(InputError, match="'No such article' does not exist"):
        fetch_page(session, wiki.api, "No such article", settings=settings)


def test_category_members_follow_continuation(wiki, settings):
    before = wiki.api_requests()
    with open_session(settings) as session:
        titles = list(
            category_members(
                session, wiki.api, "Articles currently being merged following AfD discussion", settings=settings, limit=2
            )
        )
    assert titles == ["Eldham footbridge collapse", "Harbor Street fire", "Mill Lane flood"]
    # Two pages of results: the continuation was followed.
    assert wiki.api_requests() - before == 2


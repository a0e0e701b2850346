"""File names from titles: one sanitiser for drafts, backlog folders and fetched merges."""

from __future__ import annotations

import pytest

from mergekit.filenames import diff_filename, page_filename, url_slug, wikitext_filename


@pytest.mark.parametrize("title, name", [
    ("Camp Ashraf 3", "Camp_Ashraf_3"),
    ("AC/DC", "AC_DC"),
    ("..", "_"),  # the backlog's folder for a page titled ".." stays inside the drafts folder
    (".hidden", "hidden"),
    ("", "_"),
    ('Who: "why"?\x00', "Who___why___"),
    ("Tirana (2023)", "Tirana_(2023)"),
    ("Ünïcødé", "Ünïcødé"),
])
def test_page_filename(title, name):
    assert page_filename(title) == name


def test_a_draft_names_its_destination_and_diff_after_the_title():
    assert (wikitext_filename("AC/DC"), diff_filename("AC/DC")) == ("AC_DC.wikitext", "AC_DC.diff")


@pytest.mark.parametrize("url, slug", [
    ("https://apnews.com/article/Albania-Raid.html", "albania-raid"),
    ("https://example.org/", "example-org"),
    ("https://example.org/" + "x" * 60, "x" * 40),
    ("https://example.org/%%%", "news"),
])
def test_url_slug(url, slug):
    assert url_slug(url) == slug

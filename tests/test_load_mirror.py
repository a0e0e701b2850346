"""A mirror's copy of a page: its title line with the site's word, a hatnote in its own
words, and the citation templates printed field by field after their kind."""

from __future__ import annotations

from mergekit.load.rendered import parse_rendered

PAGE = """Harbour bridge fire explained

Harbour bridge fire should not be confused with Harbour bridge collapse.

Harbour bridge fire
Date:3 May 2021
Location:Harbour bridge
Deaths:0

On 3 May 2021, a fire closed the harbour bridge for six hours.[1] Nobody was hurt.[2]

References

  1. News: Fire shuts harbour bridge . The Daily Courier . 3 May 2021 . 4 May 2021 . 5 May 2021 . https://web.archive.org/web/20210505000000/https://example.org/fire . live .
  2. Web site: Bridge reopens after blaze. City News Agency. 4 May 2021.
"""


def test_mirror_furniture_is_not_prose():
    article = parse_rendered(PAGE, title="Harbour bridge fire")
    assert [s.title for s in article.sections if s.sentences] == [""]
    assert [s.text for s in article.sections[0].sentences] == [
        "On 3 May 2021, a fire closed the harbour bridge for six hours.", "Nobody was hurt."]
    assert "title: Harbour bridge fire explained" in article.removed


def test_cite_fields_printed_after_their_kind():
    first, second = parse_rendered(PAGE, title="Harbour bridge fire").references
    assert (first.title, first.work, first.date) == ("Fire shuts harbour bridge", "The Daily Courier", "2021-05-03")
    assert first.url == "https://web.archive.org/web/20210505000000/https://example.org/fire"
    assert (second.title, second.work, second.date) == ("Bridge reopens after blaze", "City News Agency", "2021-05-04")


def test_a_title_with_more_than_one_word_after_it_is_not_the_title_line():
    article = parse_rendered(PAGE.replace("fire explained", "fire: what happened"), title="Harbour bridge fire")
    assert not any(r.startswith("title:") for r in article.removed)

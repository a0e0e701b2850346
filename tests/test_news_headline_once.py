"""The verifier reads a news item's headline once (``mergekit.plan.planner._evidence_text``).

The headline is prepended to the item's sentences, since the loader keeps it apart from
the body. A question headline ("Golfgate: Who were ...?") ends in sentence punctuation, so
the loader reads it as the first paragraph: prepended again, every quote opening the story
gave it twice. Real text from the real-merge corpus's tuning case golfgate-calleary.
"""

from __future__ import annotations

import tomllib
from dataclasses import replace
from pathlib import Path

from mergekit.load.news import parse_news_text
from mergekit.model import NewsItem
from mergekit.plan.planner import _evidence_text

CASE = Path(__file__).resolve().parent / "cases" / "real" / "golfgate-calleary" / "input"


def _item(name: str) -> NewsItem:
    manifest = tomllib.loads((CASE / "merge.toml").read_text(encoding="utf-8"))
    title = next(n["title"] for n in manifest["news"] if n["file"] == name)
    return replace(parse_news_text((CASE / name).read_text(encoding="utf-8"), label=name), title=title)


def test_a_headline_the_text_opens_with_is_read_once():
    item = _item("thejournal-who-attended.txt")
    read = _evidence_text(item)
    assert read[0] == item.title
    assert read.count(item.title) == 1
    assert read[1] == "81 people are said to have attended the event in Clifden this week."


def test_a_headline_the_text_does_not_open_with_is_still_read_first():
    item = _item("thejournal-calleary-resigns.txt")
    read = _evidence_text(item)
    assert read[0] == item.title + "." and read[1:] == item.sentences


def test_a_headline_the_splitter_cut_in_two_counts_as_given():
    item = NewsItem(label="a.txt", text="", title="Sunk. Why?", sentences=("Sunk.", "Why?", "The boat sank."))
    assert _evidence_text(item) == item.sentences
    longer = NewsItem(label="b.txt", text="", title="Sunk", sentences=("Sunk in the lake.",))
    assert _evidence_text(longer) == ("Sunk.", "Sunk in the lake.")

"""A source article's reference is reused under the destination's <ref name> only when the two
cite one story: the same URL, or the same headline, outlet and date (as a news item is matched
to a reference, ``refmatch.same_story``). Trial-8: a wire headline that two outlets ran
("Passenger train derails in southern Australia, killing 2", 680 News and The Washington Post)
made the draft cite the source's 680 News reference as the destination's Washington Post one."""

from __future__ import annotations

from pathlib import Path

import pytest

from mergekit.draft.section import build_registry
from mergekit.load.inputs import load_folder
from mergekit.load.refmatch import same_reference
from mergekit.model import Reference

HEADLINE = "Passenger train derails in southern Australia, killing 2"
SOURCE = """2020 Wallan train crash

From Wikipedia, the free encyclopedia

A passenger train derailed near Wallan in Victoria on 20 February 2020, killing its two drivers.[1]

References

  1. ^ "{title}". {work}. {date}. Retrieved 21 February 2020.
"""
TARGET = """'''Wallan''' is a town in Victoria, Australia.<ref name="dest">{{{{cite news |title={title} |url={url} |work={work} |date={date}}}}}</ref>

==References==
{{{{reflist}}}}
"""
WAPO = "https://www.washingtonpost.com/world/passenger-train-derails/2020/02/20/abc.html"


def _registry(tmp_path: Path, source: dict[str, str], target: dict[str, str]):
    (tmp_path / "Old.txt").write_text(SOURCE.format(**source), encoding="utf-8")
    (tmp_path / "Wallan.wikitext").write_text(TARGET.format(**target), encoding="utf-8")
    (tmp_path / "merge.toml").write_text('date = "2026-12-01"\n[source]\ntitle = "2020 Wallan train crash"\n'
                                         'file = "Old.txt"\n[target]\nfile = "Wallan.wikitext"\n', encoding="utf-8")
    return build_registry(load_folder(tmp_path)).existing


def test_a_wire_headline_of_another_outlet_is_not_the_destinations_reference(tmp_path):
    existing = _registry(tmp_path, {"title": HEADLINE, "work": "680 News", "date": "20 February 2020"},
                         {"title": HEADLINE, "work": "The Washington Post", "date": "20 February 2020", "url": WAPO})
    assert "ref:1" not in existing


def test_the_same_headline_of_another_day_is_not_the_destinations_reference(tmp_path):
    existing = _registry(tmp_path, {"title": HEADLINE, "work": "The Washington Post", "date": "20 February 2021"},
                         {"title": HEADLINE, "work": "The Washington Post", "date": "20 February 2020", "url": WAPO})
    assert "ref:1" not in existing


def test_the_same_headline_outlet_and_date_is_reused(tmp_path):
    existing = _registry(tmp_path, {"title": HEADLINE, "work": "The Washington Post", "date": "20 February 2020"},
                         {"title": HEADLINE, "work": "The Washington Post", "date": "20 February 2020", "url": WAPO})
    assert existing["ref:1"] == "dest"


@pytest.mark.parametrize("a, b, by", [
    (Reference("1", url="https://www.abc.net.au/news/x/1/"), Reference("d", url="http://abc.net.au/news/x/1?utm_source=rss"), "url"),
    (Reference("1", title=HEADLINE, work="ABC News", date="2020-02-20"),
     Reference("d", title=HEADLINE.upper(), work="ABC", date="2020-02-20"), "title, outlet and date"),
    (Reference("1", title=HEADLINE, work="680 News", date="2020-02-20"),
     Reference("d", title=HEADLINE, work="The Washington Post", date="2020-02-20"), None),
    (Reference("1", title=HEADLINE, work="680 News"), Reference("d", title=HEADLINE, work="680 News", date="2020-02-20"), None),
    (Reference("1", title=HEADLINE), Reference("d", title=HEADLINE), None),
])
def test_same_reference(a, b, by):
    assert same_reference(a, b) == by

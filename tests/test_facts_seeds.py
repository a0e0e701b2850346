"""build_clusters and find_misattributions over the real seed sentences (seeds/)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pysbd
import pytest

from mergekit.facts import Statement, build_clusters, find_misattributions

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PUBLISHED = {"001": dt.date(2023, 6, 21), "002": dt.date(2023, 6, 30), "003": None, "004": dt.date(2023, 6, 20)}
QUOTE = ("We support the Government of Albania's right to investigate any potential illegal activities"
         " within its territory.")
_SEGMENTER = pysbd.Segmenter(language="en", clean=False)


def _sentences(source: str, role: str, text: str, published: dt.date | None = None) -> list[Statement]:
    out: list[Statement] = []
    for para in text.splitlines():
        for sentence in _SEGMENTER.segment(para):
            sentence = re.sub(r"\[\d+\]", "", sentence).strip()
            if sentence:
                out.append(Statement(source, role, sentence, f"{source}:{len(out)}", published))
    return out


def _wikitext_prose(text: str, *, render_convert: bool) -> str:
    """A crude stand-in for the pipeline's wikitext loader: prose lines only."""
    text = re.sub(r"<ref[^>]*/>|<ref[^>]*>.*?</ref>", "", text, flags=re.S)
    if render_convert:
        text = re.sub(r"\{\{convert\|15\|mi\|km\}\}", "15 miles (24 km)", text)
    text = re.sub(r"\{\{(?!convert)[^{}]*\}\}", "", text)
    text = re.sub(r"\[\[(?:[^|\]]*\|)?([^\]]*)\]\]", r"\1", text)
    return "\n".join(line for line in text.splitlines() if line and line[0] not in "|{}=*[")


def _inputs(render_convert: bool) -> tuple[list[Statement], list[Statement], list[Statement]]:
    article_text = (SEEDS / "000_cca1debf4f80bbf1.txt").read_text(encoding="utf-8").split("\nReferences\n")[0]
    article = _sentences("article", "article", article_text)
    target = _sentences("Camp_Ashraf_3.wikitext", "target", _wikitext_prose(
        (SEEDS / "Camp_Ashraf_3.wikitext").read_text(encoding="utf-8"), render_convert=render_convert))
    news = []
    for path in sorted(SEEDS.glob("00[1-4]_*.txt")):
        news += _sentences(path.name, "news", path.read_text(encoding="utf-8"), PUBLISHED[path.name[:3]])
    return article, target, news


@pytest.mark.parametrize("render_convert", [False, True], ids=["raw-convert", "rendered-convert"])
def test_seed_clusters(render_convert):
    article, target, news = _inputs(render_convert)
    clusters = {c.id: c for c in build_clusters(article + target + news)}

    injured = clusters["injured"]
    assert injured.conflict
    shown = {v.display for v in injured.values}
    assert {"36", "more than 100"} <= shown
    assert {v.source for v in injured.values} >= {"article", "001_59580324c2911592.txt", "004_8fae180621002d83.txt"}
    assert any(v.attributed_to == "MEK" and v.value == 36 for v in injured.values)

    # 15 mi (24.1 km, "about" = +/-10 %) vs 30 km (+/-5 %): outside tolerance, a conflict
    distance = clusters["distance-tirana"]
    assert distance.conflict
    assert {v.role for v in distance.values} == {"article", "target", "news"}
    article_and_news = [v for v in distance.values if v.role != "target"]
    assert len(article_and_news) == 2 and all(v.low == 30 for v in article_and_news)

    dead = clusters["dead"]  # one dead (MEK) vs "denies there has been a victim" (ministry)
    assert dead.conflict and {0.0, 1.0} == {v.value for v in dead.values}
    # "seized 150 computers" vs "Dozens of computers ... were seized": same event, same noun;
    # since contra-31 a vague plural gives a floor only ("dozens" is 24 or more): they agree
    seized = clusters["seiz"]
    assert not seized.conflict and {v.counted for v in seized.values} == {"comput", "devic"}
    # "about 1,000 police" / "around 1,000 police officers" attacked: no conflict
    assert not clusters["attack"].conflict
    # members housed (about 3,000), living there (nearly 2,500) and remaining (over 1000)
    # are different counts: no "residents" cluster sets them against each other any more
    assert "residents" not in clusters
    assert not clusters["date-raid"].conflict
    assert all(v.display != "more than 3 thousand" for c in clusters.values() for v in c.values)


def test_seed_misattribution():
    article, _, news = _inputs(False)
    found = find_misattributions(article, news)
    [white_house] = [m for m in found if m.article_speaker == "White House"]
    assert white_house.quote == QUOTE
    assert white_house.source_speaker == "US State Department"
    assert white_house.source == "001_59580324c2911592.txt"
    assert "Reacting to the development" in white_house.source_quote

"""Parsers against the readable cases in tests/cases/ (one loader per kind of case)."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import mwparserfromhell
import pytest

from mergekit.load.afd import is_notice_template, parse_notice_template, parse_rendered_notice
from mergekit.load.rendered import parse_rendered
from mergekit.load.wikitext import parse_wikitext

CASES = Path(__file__).parent / "cases"
NOTICES = tomllib.loads((CASES / "afd" / "notices.toml").read_text(encoding="utf-8"))["case"]
ARTICLES = sorted(p for p in (CASES / "articles").iterdir() if not p.name.endswith(".expected.json"))


@pytest.mark.parametrize("case", NOTICES, ids=[c["name"] for c in NOTICES])
def test_afd_notice(case):
    if case["form"] == "rendered":
        notice = parse_rendered_notice(case["text"])
    else:
        templates = [t for t in mwparserfromhell.parse(case["text"]).filter_templates() if is_notice_template(t)]
        notice = parse_notice_template(templates[0]) if templates else None
    if "target" not in case:
        assert notice is None
        return
    assert notice is not None
    assert (notice.target, notice.close_date, notice.discussion) == (
        case["target"], case["close_date"], case.get("discussion"),
    )


def _summary(article) -> dict:
    out = {
        "sections": [
            {"title": sec.title, "sentences": [
                {"text": s.text, "refs": list(s.refs), "tags": list(s.tags)} for s in sec.sentences
            ]}
            for sec in article.sections if sec.sentences
        ],
        "references": {
            r.key: {k: v for k, v in (("title", r.title), ("work", r.work), ("date", r.date),
                                       ("access_date", r.access_date), ("url", r.url), ("author", r.author)) if v}
            for r in article.references
        },
    }
    if article.afd:
        out["afd"] = {"target": article.afd.target, "close_date": article.afd.close_date}
    return out


@pytest.mark.parametrize("path", ARTICLES, ids=[p.name for p in ARTICLES])
def test_article_case(path):
    text = path.read_text(encoding="utf-8")
    article = parse_wikitext(text) if path.suffix == ".wikitext" else parse_rendered(text)
    expected = json.loads(path.with_name(path.stem + ".expected.json").read_text(encoding="utf-8"))
    assert _summary(article) == expected


def test_wikitext_round_trip_is_exact():
    """The parser the draft relies on gives back the input byte for byte."""
    for path in ARTICLES + [Path(__file__).parents[1] / "seeds" / "Camp_Ashraf_3.wikitext"]:
        text = path.read_text(encoding="utf-8")
        assert str(mwparserfromhell.parse(text)) == text

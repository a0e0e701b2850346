"""extract_dates, from tests/cases/facts/dates.toml."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from mergekit.facts import extract_dates

CASES = tomllib.loads((Path(__file__).parent / "cases" / "facts" / "dates.toml").read_text(encoding="utf-8"))["case"]


def _day(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


@pytest.mark.parametrize("case", CASES, ids=[f"{c['text'][:40]}@{c.get('published', '-')}" for c in CASES])
def test_extract_dates(case):
    published = _day(case.get("published", ""))
    found = extract_dates(case["text"], published=published)
    assert len(found) == len(case["expect"]), [d.text for d in found]
    for d, want in zip(found, case["expect"], strict=True):
        for field, value in want.items():
            got = getattr(d, field)
            if field in ("low", "high"):
                value = _day(value)
            assert got == value, (field, got, value)


def _corpus_lines() -> list[str]:
    root = Path(__file__).parents[1]
    files = [p for folder in (root / "seeds", root / "tests" / "cases", root / "drafts")
             for p in sorted(folder.rglob("*")) if p.suffix in (".txt", ".wikitext", ".toml", ".json", ".html")]
    bench = root.parent / "shared" / "bench"  # the shared benchmark files, where checked out beside
    files += sorted(bench.glob("*.jsonl")) if bench.is_dir() else []
    return [line for p in files for line in p.read_text(encoding="utf-8", errors="replace").splitlines()]


def test_the_prefilter_only_skips_texts_without_a_date():
    # extract_dates skips the long pattern when a text has no digit and none of the words
    # a digit-free date needs; over every line of the seeds, the case files, the drafts and
    # the shared benchmarks, no skipped line holds a match of the pattern
    from mergekit.facts.dates import _MAY_HOLD, _RE

    lines = _corpus_lines()
    assert len(lines) > 5000
    skipped = [line for line in lines if not _MAY_HOLD.search(line)]
    assert len(skipped) > 500  # the prefilter does skip text
    assert [line for line in skipped if _RE.search(line)] == []
    for text in ("last week", "on Tuesday", "two weeks ago", "early June", "tonight", "THIS MONTH",
                 "thi\u017f summer", "tomorrow", "a year ago", "Yesterday"):  # digit-free dates
        assert _RE.search(text) and _MAY_HOLD.search(text), text


def test_the_shared_word_boundary_finds_what_the_plain_alternation_finds():
    # _RE tests the word boundary every pattern starts with once, before the alternatives
    # (speed only): over every eighth corpus line that may hold a date, and dates of every
    # kind, it finds the same matches, spans and groups as the plain alternation of the patterns
    import re

    from mergekit.facts.dates import _MAY_HOLD, _PATTERNS, _RE

    assert all(p.startswith(r"\b") for _, p in _PATTERNS)
    plain = re.compile("|".join(f"(?P<k_{k}>{p.replace('(?P<', f'(?P<{k}_')})" for k, p in _PATTERNS), re.I)
    texts = [*[line for line in _corpus_lines() if _MAY_HOLD.search(line)][::8], "on  Monday, 20 June 2023 and between 1990 and 1995", "the 1990s, two days ago",
             "early-June 2019", "2023-06-20 or 20/06/2023", "last week and this summer, tonight", "x Tuesday"]
    for text in texts:
        assert ([(m.span(), m.groupdict()) for m in _RE.finditer(text)]
                == [(m.span(), m.groupdict()) for m in plain.finditer(text)]), text

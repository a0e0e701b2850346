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
    # extract_dates skips the long pattern when a text has no year, no month name and none
    # of the words a date without them needs; over every line of the seeds, the case files,
    # the drafts and the shared benchmarks, no skipped line holds a match of the pattern
    from mergekit.facts.dates import _RE, _may_hold

    lines = _corpus_lines()
    assert len(lines) > 5000
    skipped = [line for line in lines if not _may_hold(line)]
    assert len(skipped) > 500  # the prefilter does skip text
    assert [line for line in skipped if _RE.search(line)] == []
    for text in ("last week", "on Tuesday", "two weeks ago", "early June", "tonight", "THIS MONTH",
                 "thi\u017f summer", "tomorrow", "a year ago", "Yesterday",  # digit-free dates
                 "May 5", "5 SEPT", "12 days ago", "in 2019", "the 1990s", "20/06/2023"):
        assert _RE.search(text) and _may_hold(text), text
    for text in ("12 people were hurt", "about 300 of 1,500 homes", "police may 5 march 10 km"):  # figures alone
        assert not _may_hold(text), text


def test_the_shared_word_boundary_finds_what_the_plain_alternation_finds():
    # _RE tests the word boundary every pattern starts with once, before the alternatives
    # (speed only): over every eighth corpus line that may hold a date, and dates of every
    # kind, it finds the same matches, spans and groups as the plain alternation of the patterns
    import re

    from mergekit.facts.dates import _PATTERNS, _RE, _may_hold

    assert all(p.startswith(r"\b") for _, p in _PATTERNS)
    plain = re.compile("|".join(f"(?P<k_{k}>{p.replace('(?P<', f'(?P<{k}_')})" for k, p in _PATTERNS), re.I)
    texts = [*[line for line in _corpus_lines() if _may_hold(line)][::8], "on  Monday, 20 June 2023 and between 1990 and 1995", "the 1990s, two days ago",
             "early-June 2019", "2023-06-20 or 20/06/2023", "last week and this summer, tonight", "x Tuesday"]
    for text in texts:
        assert ([(m.span(), m.groupdict()) for m in _RE.finditer(text)]
                == [(m.span(), m.groupdict()) for m in plain.finditer(text)]), text


# A date opening with each word a pattern can open with (month names in both cases, the
# Unicode case fold of "s" too), and a weekday after spaces: what _STARTS must let through.
_OPENINGS = ["January 5, 2020", "JAN 2020", "Feb. 3", "4 March 2021", "April 2019", "MAY 2019", "June 2", "July 2020",
             "Aug 2020", "Sept. 9, 2001", "October 2020", "November 2020", "DEC 5", "between 1990 and 1995",
             "the 1990s", "spring 2019", "summer of 2019", "autumn 2019", "fall 2019", "winter 2019",
             "the beginning of 2020", "start of 2020", "middle of 2020", "end of 2020", "close of 2020",
             "early 2020", "mid-2020", "late 2020", "in 2020", "since 2020", "from 2020", "until 2020", "by 2020",
             "of 2020", "during 2020", "back in 2020", "today", "yesterday", "tomorrow", "this morning", "tonight",
             "last night", "on Monday", "next Tuesday", "x  Wednesday", "Thursday", "Friday", "SATURDAY", "sunday",
             "earlier this week", "next month", "a day ago", "an hour and a year ago", "one week ago", "two years ago",
             "three days ago", "four days ago", "five days ago", "six days ago", "seven days ago", "eight days ago",
             "nine days ago", "ten days ago", "eleven days ago", "twelve days ago", "fifteen days ago",
             "twenty days ago", "thirty days ago", "12 days ago", "early June", "2023-06-20", "20/06/2023",
             "\u017fince 2019", "la\u017ft week", "x\u00a0Sunday"]


def test_the_opening_lookahead_only_skips_positions_no_pattern_matches_at():
    # _RE tests, after the word boundary, whether the next characters can open a date
    # (speed only): every position where one of the patterns alone matches, in every corpus
    # line that may hold a date and in a date opening with each opening word, passes it,
    # and _RE finds there what the plain alternation finds
    import re

    from mergekit.facts.dates import _PATTERNS, _RE, _STARTS, _may_hold

    starts = re.compile(_STARTS, re.I)
    alone = [re.compile(p, re.I) for _, p in _PATTERNS]
    plain = re.compile("|".join(f"(?P<k_{k}>{p.replace('(?P<', f'(?P<{k}_')})" for k, p in _PATTERNS), re.I)
    for text in _OPENINGS:
        assert _RE.search(text), text
    for text in [*_OPENINGS, *[line for line in _corpus_lines() if _may_hold(line)][::4]]:
        for pattern in alone:
            for m in pattern.finditer(text):
                assert starts.match(text, m.start()), (text, m.group(0))
        assert ([(m.span(), m.groupdict()) for m in _RE.finditer(text)]
                == [(m.span(), m.groupdict()) for m in plain.finditer(text)]), text

"""extract_quantities and quantities_agree, from tests/cases/facts/{quantities.toml,agree.tsv}."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from mergekit.facts import extract_quantities, quantities_agree

CASES = Path(__file__).parent / "cases" / "facts"
QUANTITY_CASES = tomllib.loads((CASES / "quantities.toml").read_text(encoding="utf-8"))["case"]


def _tsv(name: str) -> list[list[str]]:
    lines = (CASES / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("case", QUANTITY_CASES, ids=[c["text"][:40] for c in QUANTITY_CASES])
def test_extract_quantities(case):
    found = extract_quantities(case["text"])
    if case.get("none"):
        assert found == (), [q.text for q in found]
        return
    assert len(found) == len(case["expect"]), [q.text for q in found]
    for q, want in zip(found, case["expect"], strict=True):
        for field, value in want.items():
            got = getattr(q, field)
            value = None if value == "" else value  # TOML has no null: `noun = ""` is no noun
            assert got == pytest.approx(value) if isinstance(value, float | int) and not isinstance(value, bool) \
                else got == value, (field, got, value)


@pytest.mark.parametrize("a,b,agree,why", _tsv("agree.tsv"), ids=[r[0] + " ~ " + r[1] for r in _tsv("agree.tsv")])
def test_quantities_agree(a, b, agree, why):
    qa, qb = extract_quantities(a)[0], extract_quantities(b)[0]
    assert quantities_agree(qa, qb) is (agree == "yes"), why
    assert quantities_agree(qb, qa) is (agree == "yes"), "symmetric"


@pytest.mark.parametrize("text", [
    "One of the injured officers said the raid was illegal.",
    "Two of the injured were police officers.",
])
def test_a_partitive_counts_none_of_what_it_is_part_of(text):
    """"One of the injured officers" is no count of injured officers (nor of anything)."""
    [q] = extract_quantities(text)
    assert q.noun is None and q.text == text[q.span[0]:q.span[1]]
    assert "injured" in q.text


def test_a_partitive_keeps_its_figure():
    """"36 of the residents were injured" still says 36 (were injured), with no counted noun."""
    assert [q.value for q in extract_quantities("36 of the residents were injured")] == [36]


@pytest.mark.parametrize("text", ["the 2018–19 season", "They won 3–1 at home.", "a 1–3 defeat", "COVID-19 spread"])
def test_year_spans_scores_and_names_are_no_counts(text):
    assert extract_quantities(text) == ()


def test_the_numeral_patterns_start_test_finds_what_the_plain_patterns_find():
    # NUMERAL_RE and RANGE_RE test where a numeral can start (a word's first letter that
    # one of their words starts with, or a digit) before their alternatives (speed only):
    # over every fourth corpus line and numerals of every kind, including case-folded letters
    # ("ſeven"), they find the same matches, spans and groups as the plain patterns
    import re

    from mergekit.facts.numbers import NUMERAL_RE, RANGE_RE
    from tests.test_facts_dates import _corpus_lines

    texts = [*_corpus_lines()[::4], "Forty-two, a few, several, a handful, half a dozen, TWO THOUSAND and 3 dozen",
             "between twenty and thirty, seven to nine, Sixty to SEVENTY, 20-30, 1.5m people, 10k, 2.3bn, 30km, dozens of thousands",
             "\u017feven \u017fcores and \u212a9, \u0661\u0662 or \u0968\u0966 killed; x5 y-7 .5 ,3 e2e \u017fix to ten"]
    assert len(texts) > 4000
    for pattern in (NUMERAL_RE, RANGE_RE):
        start, plain = pattern.pattern.split(")(?:", 1)
        assert start.startswith("(?=[") and start.endswith("(?<!\\w")
        plain = re.compile("(?:" + plain, pattern.flags)
        for text in texts:
            assert ([(m.span(), m.groupdict()) for m in pattern.finditer(text)]
                    == [(m.span(), m.groupdict()) for m in plain.finditer(text)]), text


@pytest.mark.parametrize("text, vague", [
    ("hundreds", True), ("Dozens", True), ("tens of thousands", True),
    # an indefinite quantifier, a bound or a figure names no range of its own
    ("a few", False), ("several", False), ("over 1,000", False), ("some 1,000", False), ("1,000", False),
])
def test_a_vague_plural_is_a_word_that_names_a_range(text, vague):
    from mergekit.facts.numbers import vague_plural

    assert vague_plural(text) is vague

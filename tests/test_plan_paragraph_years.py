"""An article's or destination's sentence carries its paragraph (``Statement.paragraph``), so
that an undated sentence takes the year of an earlier dated sentence of its paragraph (the
rule is ``mergekit.facts.clusters._years``; its cases are
tests/cases/facts/clusters/scope_paragraph_year*.toml). On the real tuning case
tests/cases/real/strawberry-needle-contamination."""

from __future__ import annotations

from pathlib import Path

from mergekit.facts import Statement
from mergekit.facts.clusters import _years
from mergekit.facts.memo import extract_dates
from mergekit.load.inputs import load_folder
from mergekit.plan.conflicts import statements

CASE = Path(__file__).parent / "cases" / "real" / "strawberry-needle-contamination" / "input"


def test_statements_carry_their_section_and_paragraph():
    target = [s for s in statements(load_folder(CASE)) if s.role == "target"]
    by_start = {s.text.split(",")[0]: s.paragraph for s in target}
    assert by_start["In September 2018"] == by_start["In November 2018"]  # one paragraph of one section
    assert by_start["Strawberry production in Australia is spread over several states."] != by_start["In September 2018"]
    assert all(s.paragraph is not None for s in target)


def _scoped(*texts: tuple[tuple[int, int], str]) -> list[frozenset[int]]:
    sts = [Statement("target.wiki", "target", text, f"t{i}", paragraph=p) for i, (p, text) in enumerate(texts)]
    return _years(sts, [extract_dates(s.text) for s in sts])


def test_an_undated_sentence_takes_the_last_dated_year_of_its_paragraph_only():
    dated = "On 4 December 2021, heavy rain collapsed the lava dome."
    assert _scoped(((1, 0), "In 2020 the crater grew."), ((1, 0), dated), ((1, 0), "Flows reached the valley."),
                   ((1, 0), "The eruption left 51 people dead."))[3] == {2021}
    assert _scoped(((1, 0), dated), ((1, 1), "The eruption left 51 people dead."))[1] == frozenset()  # next paragraph
    assert _scoped(((1, 0), dated), ((2, 0), "The eruption left 51 people dead."))[1] == frozenset()  # next section
    assert _scoped(((1, 0), "The eruption left 51 people dead."), ((1, 0), dated))[0] == frozenset()  # before it
    assert _scoped(((1, 0), dated), ((1, 0), "In the past, lahars killed 40 people."))[1] == frozenset()
    assert _scoped(((1, 0), dated), ((1, 0), "A previous eruption killed 40 people."))[1] == frozenset()

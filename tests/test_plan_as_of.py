"""An article's sentence is dated by the references it cites (``Statement.as_of``), so that a
later report's higher count of a growing tally updates it rather than contradicts it
(issue 9). On the real tuning case tests/cases/real/strawberry-needle-contamination: the
destination's "two brands ... were recalled" cites Fresh Fruit Portal of 12 September 2018;
NHL Trade Report has six brands on the 15th."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from mergekit.load.inputs import load_folder
from mergekit.plan.conflicts import find_conflicts, statements

CASE = Path(__file__).parent / "cases" / "real" / "strawberry-needle-contamination" / "input"


def test_a_destination_sentence_is_dated_by_its_cited_reports_and_not_contradicted_by_a_later_count():
    inputs = load_folder(CASE)
    as_of = {s.text.split(",")[0]: s.as_of for s in statements(inputs) if s.role == "target"}
    assert as_of["In September 2018"] == dt.date(2018, 9, 12)  # the date of the report it cites
    assert as_of["In November 2018"] is None  # its cite gives no date
    assert as_of["Strawberry production in Australia is spread over several states."] is None  # no cite
    conflicts = find_conflicts(inputs)
    brands = [c for cs in conflicts.target_with_news.values() for c in cs if c.topic == "number of brands"]
    assert brands == []

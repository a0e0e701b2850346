"""A time elapsed within a thing ("eleven hours into the standoff") is a lower bound of how long
that thing lasted (``topics.elapsed``, ``clusters._figures``). On the real tuning case
colleyville-synagogue-hostage the article's lead says "creating a hostage situation that lasted
10 hours" and the destination "the remaining three hostages escaped eleven hours into the
standoff": the standoff lasted at least eleven hours, so not ten (the gold's conflicts_target)."""

from __future__ import annotations

import math

import pytest
from realcases import case_plan

from mergekit.facts import Statement, build_clusters
from mergekit.facts.quantities import extract_quantities
from mergekit.facts.topics import elapsed, quantity_topic

CASE = "colleyville-synagogue-hostage"
TITLE = "Colleyville synagogue hostage crisis"
ARTICLE = "He took four people prisoner, creating a hostage situation that lasted 10 hours."
DESTINATION = ("He released one hostage after six hours, and the remaining three hostages escaped eleven hours "
               "into the standoff.")
HEADLINE = " /2022/01/19/texas-synagogue-hostage-standoff/"


def _elapsed(text: str, figure: str) -> tuple[str, ...] | None:
    q = next(q for q in extract_quantities(text) if q.text == figure)
    found = elapsed(q, text)
    return None if found is None else found.words


@pytest.mark.parametrize(("text", "figure", "expected"), [
    (DESTINATION, "eleven", ("standoff",)),
    ("Two hours into the flight, the crew reported smoke.", "Two", ("flight",)),
    ("On August 28, one week into the fall semester, a student was shot.", "one", ("fall", "semester")),
    # controls: no "into" right after the unit, a part of the thing, no determiner, a duration
    (DESTINATION, "six", None),
    ("Just six days into the start of the fall semester, a student was shot.", "six", None),
    ("They walked ten minutes into town.", "ten", None),
    # an upper bound says how long at most, not at least
    ("The hostages escaped less than eleven hours into the standoff.", "less than eleven", None),
    ("The hostages escaped up to 11 hours into the standoff.", "up to 11", None),
    ("The hostages escaped more than 11 hours into the standoff.", "more than 11", ("standoff",)),
    (ARTICLE, "10", None),
])
def test_elapsed_reading(text, figure, expected):
    assert _elapsed(text, figure) == expected


def test_elapsed_is_a_duration_of_the_thing():
    q = next(q for q in extract_quantities(DESTINATION) if q.text == "eleven")
    topic = quantity_topic(q, DESTINATION)
    assert topic is not None and topic.id == "duration-standoff-hour"


def _event_cluster(article: str, destination: str):
    statements = [Statement("a", "article", article, key="s01", paragraph=(0, 0)),
                  Statement("t", "target", destination, key="t01")]
    found = [c for c in build_clusters(statements, title=TITLE, headlines={"n": HEADLINE})
             if c.id == "duration-event-hour"]
    assert len(found) == 1
    return found[0]


def test_an_elapsed_time_beyond_the_duration_conflicts():
    cluster = _event_cluster(ARTICLE, DESTINATION)
    assert cluster.conflict
    mine = next(v for v in cluster.values if v.role == "target")
    assert (mine.low, math.isinf(mine.high), mine.display) == (11.0, True, "eleven")


@pytest.mark.parametrize(("article", "destination"), [
    # a moment within the duration: nine hours into a ten-hour standoff
    (ARTICLE, DESTINATION.replace("eleven", "nine")),
    # a lower bound meets any longer duration
    (ARTICLE.replace("10", "12"), DESTINATION),
])
def test_an_elapsed_time_within_the_duration_agrees(article, destination):
    assert not _event_cluster(article, destination).conflict


def test_colleyville_conflicts_with_the_destination():
    plan = case_plan(CASE)
    found = [f for f in plan.findings if f.sentence == ARTICLE and f.kind == "conflicts_target"]
    assert [(f.rule, [e.quote for e in f.evidence if e.quote != ARTICLE]) for f in found] == [
        ("figures_differ", [DESTINATION])]

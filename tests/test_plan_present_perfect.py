"""A news report's casualty count in the present perfect is a count so far (contra-26).

A held-out case's talk post set an article's final toll ("At least 10 people ... died ...,
by the time the outbreak ended in November") against a report's "an ongoing outbreak ...
that has killed two people": the report counts the dead up to the time of writing, a lower
bound of the final toll (``scope.present_perfect``, ``clusters._values``,
``aligned.figure_conflicts(reports=)``). The sentences here are of the same form. Controls:
the simple past and the past perfect are no count so far, an article's own present perfect
is not read so, and an article figure below the report's count still conflicts.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mergekit.align import Match, Passage
from mergekit.facts import Statement, build_clusters
from mergekit.facts.quantities import extract_quantities
from mergekit.facts.scope import present_perfect
from mergekit.plan.aligned import figure_conflicts

ARTICLE = ("At least 10 people in the United States died and 60 were hospitalized, by the time the outbreak "
           "ended in November.")
ONGOING = ("The recalls are tied to an ongoing outbreak of salmonella poisoning that has killed two people and "
           "sickened nearly three dozen in 13 states, according to health officials.")


def _perfect(text: str) -> dict[str, bool]:
    return {q.text: present_perfect(text, q.span) for q in extract_quantities(text)}


@pytest.mark.parametrize(("text", "expected"), [
    (ONGOING, {"two": True, "nearly three dozen": True, "13": False}),  # one auxiliary, two participles
    ("Two people have died and 60 have been hospitalized.", {"Two": True, "60": True}),
    ("Twelve people in three counties have now died.", {"Twelve": True, "three": True}),
    ("The storm has left 12 people dead.", {"12": True}),
    ("The crash killed 12 people.", {"12": False}),  # the simple past
    ("The fire had killed 12 people by Monday.", {"12": False}),  # the past perfect: as of then
    ("Ten people have died and seven other people were critically injured.", {"Ten": True, "seven": False}),
    ("The city has buried the dead from a crash that killed at least 19 people and injured 185.",
     {"at least 19": False, "185": False}),  # "has buried" governs neither count
])
def test_a_count_in_the_present_perfect(text, expected):
    assert _perfect(text) == expected


def _dead_conflict(article: str, news: str, *, role: str = "news") -> bool:
    statements = [Statement(source="article", role="article", text=article, key="s01"),
                  Statement(source="report", role=role, text=news, key="r#001", published=dt.date(2024, 8, 1))]
    return any(c.conflict for c in build_clusters(statements) if c.id == "dead")


def test_a_reports_present_perfect_toll_is_a_count_so_far():
    assert not _dead_conflict(ARTICLE, ONGOING)


def test_the_simple_past_is_still_a_toll():
    assert _dead_conflict(ARTICLE, ONGOING.replace("has killed", "killed"))


def test_an_article_toll_below_the_count_so_far_still_conflicts():
    assert _dead_conflict("Ten people died in the outbreak.",
                          ONGOING.replace("killed two people", "killed 12 people"))


def test_the_destinations_present_perfect_is_not_read_so():
    assert _dead_conflict(ARTICLE, ONGOING, role="target")


def test_the_aligned_path_reads_a_reports_present_perfect_toll_as_so_far():
    article = "Ten people died in the salmonella outbreak in Maryland."
    news = "The salmonella outbreak in Maryland has killed two people."
    aligned = [Match(Passage("report", 0, news), 0.9)]
    assert figure_conflicts(article, aligned)  # not known to be a news report: a toll
    assert not figure_conflicts(article, aligned, reports=frozenset({"report"}))
    past = [Match(Passage("report", 0, news.replace("has killed", "killed")), 0.9)]
    assert figure_conflicts(article, past, reports=frozenset({"report"}))
    higher = [Match(Passage("report", 0, news.replace("two people", "12 people")), 0.9)]
    assert figure_conflicts(article, higher, reports=frozenset({"report"}))  # 10 is below 12 so far


def _conflicts(article: str, news: str) -> list[str]:
    statements = [Statement(source="article", role="article", text=article, key="s01"),
                  Statement(source="report", role="news", text=news, key="r#001", published=dt.date(2024, 8, 1))]
    return [c.id for c in build_clusters(statements) if c.conflict]


def test_any_count_of_an_event_the_report_calls_ongoing_is_so_far():
    article = "The outbreak infected 300 people in Ohio."
    assert _conflicts(article, "The ongoing outbreak has infected 120 people in Ohio.") == []
    # not called ongoing, and no casualty count: a figure as before
    assert _conflicts(article, "The outbreak has infected 120 people in Ohio.") == ["infect"]


def test_a_figure_a_report_has_revised_or_set_is_no_count_so_far():
    # review rv11: "Officials have revised the toll to 12." read as a count so far (a lower
    # bound), so a final, lowered toll could no longer contradict a higher figure.
    from mergekit.facts.scope import present_perfect

    for text, figure in (("Officials have revised the toll to 12.", "12"),
                         ("The ministry has put the number of dead at 30.", "30")):
        at = text.index(figure)
        assert not present_perfect(text, (at, at + len(figure))), text
    text = "The outbreak has killed two people."
    assert present_perfect(text, (text.index("two"), text.index("two") + 3))

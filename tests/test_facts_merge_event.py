"""How long the merge's own event lasted, whatever each text calls it (``facts.merge_event``).
On the real tuning case colleyville-synagogue-hostage the article (title "Colleyville synagogue
hostage crisis") says in its lead "creating a hostage situation that lasted 10 hours"; The Talon
says "The stand-off lasted for 11 hours" (its URL: .../texas-synagogue-hostage-standoff/)."""

from __future__ import annotations

import shutil

import pytest
from realcases import REAL, case_plan

from mergekit.facts import Statement, build_clusters
from mergekit.facts.merge_event import title_words
from mergekit.load.inputs import load_folder
from mergekit.plan import plan_merge

CASE = "colleyville-synagogue-hostage"
TITLE = "Colleyville synagogue hostage crisis"
ARTICLE = "He took four people prisoner, creating a hostage situation that lasted 10 hours."
TALON = ("Akram entered the synagogue at around 11 a.m. Saturday morning for the Sabbath service.",
         "The stand-off lasted for 11 hours before a rescue team entered the building.")


HEADLINE = " /2022/01/19/texas-synagogue-hostage-standoff/"  # The Talon: no title, its URL's path


def _durations(article: str, news: tuple[str, ...], *, title: str = TITLE, paragraph=(0, 0),
               role: str = "article", headline: str = HEADLINE) -> dict[str, list[str]]:
    statements = [Statement("a", role, article, key="s01", paragraph=paragraph)]
    statements += [Statement("n", "news", t, key=f"n#{i:03d}") for i, t in enumerate(news, start=1)]
    return {c.id: sorted(v.display for v in c.values)
            for c in build_clusters(statements, title=title, headlines={"n": headline}, min_statements=1)
            if c.id.startswith("duration-")}


def test_title_words():
    assert title_words("Colleyville synagogue hostage crisis") == frozenset({"colleyvill", "synagogu", "hostag",
                                                                            "crisi"})


@pytest.mark.parametrize(("kwargs", "news", "expected"), [
    # the lead's event (a word of the title) and the report's (a word of its headline): one event
    ({}, TALON, {"duration-event-hour": ["10", "11"]}),
    # a headline that does not name the report's noun: not known to be the event
    ({"headline": "Rabbi, Congregants Emerge Unscathed"}, TALON,
     {"duration-event-hour": ["10"], "duration-standoff-hour": ["11"]}),
    # another paragraph of the article than the lead's first: not known to be its subject
    ({"paragraph": (1, 0)}, TALON, {"duration-situat-hour": ["10"], "duration-event-hour": ["11"]}),
    # a title with no word of the sentence's noun phrase
    ({"title": "Congregation Beth Israel"}, TALON, {"duration-situat-hour": ["10"], "duration-event-hour": ["11"]}),
    # the destination's: its head noun must be a word of the article's title or of a report's
    # headline ("hostage" only modifies "situation"; rv14)
    ({"role": "target"}, TALON, {"duration-situat-hour": ["10"], "duration-event-hour": ["11"]}),
    ({"role": "target", "title": "Congregation Beth Israel", "headline": "Rabbi, Congregants Emerge Unscathed"},
     TALON, {"duration-situat-hour": ["10"], "duration-standoff-hour": ["11"]}),
    # a definite noun the headline does not name tells of a part of the event, or of what it caused
    ({}, ("The lockdown lasted for 3 hours.",), {"duration-event-hour": ["10"], "duration-lockdown-hour": ["3"]}),
    ({}, ("The first round lasted three hours on Wednesday.",),
     {"duration-event-hour": ["10"], "duration-round-hour": ["three"]}),
])
def test_which_durations_are_the_events(kwargs, news, expected):
    assert _durations(ARTICLE, news, **kwargs) == expected


# rv14: a title's or a headline's word as a modifier names the destination's subject, or a
# thing of the event's, not the event: only the head noun is compared (in the article's lead a
# modifier still names it, but not a possessor)
@pytest.mark.parametrize(("sentence", "role", "headline", "expected"), [
    ("The standoff lasted ten hours.", "target", HEADLINE, {"duration-event-hour": ["11", "ten"]}),  # control
    ("The synagogue's first service lasted three hours.", "target", HEADLINE,
     {"duration-event-hour": ["11"], "duration-servic-hour": ["three"]}),
    ("The Texas drought lasted three hours.", "target", HEADLINE,
     {"duration-event-hour": ["11"], "duration-drought-hour": ["three"]}),
    ("The congregation's annual gala lasted three hours.", "target", " /2022/01/16/congregants-freed-after-standoff/",
     {"duration-event-hour": ["11"], "duration-gala-hour": ["three"]}),
    ("The synagogue's first service lasted three hours.", "article", HEADLINE,
     {"duration-event-hour": ["11"], "duration-servic-hour": ["three"]}),
])
def test_a_modifier_does_not_name_the_event(sentence, role, headline, expected):
    news = (*TALON, "Akram entered the congregation's building.")
    found = _durations(sentence, news, role=role, headline=headline)
    assert found == expected


def test_a_reports_modifier_does_not_name_the_event():
    # a report's own headline names "jailed", and its jail terms are not the event
    found = _durations(ARTICLE, ("Five activists were given jail terms lasting 24 days.",),
                       headline=" /news/activists-jailed-over-m25")
    assert found == {"duration-event-hour": ["10"], "duration-term-day": ["24"]}


def test_colleyville_duration_is_contradicted():
    plan = case_plan(CASE)
    found = [f for f in plan.findings if f.sentence == ARTICLE and f.kind == "contradicted"]
    assert [(f.rule, sorted(e.source for e in f.evidence)) for f in found] == [
        ("figures_differ", ["Colleyville_synagogue_hostage_crisis.txt", "shstalon-texas-synagogue-standoff.txt"])]


GALA = "The congregation's annual gala lasted three hours."


def test_a_destination_gala_is_not_the_event(tmp_path):
    """rv14, end to end: a sentence of the destination's History about another thing, whose
    modifier is a headline's word ("congregation's": The Texan's "Congregants"), is neither
    contradicted nor evidence against the article's lead; the standoff still is."""
    folder = tmp_path / "input"
    shutil.copytree(REAL / CASE / "input", folder)
    dest = folder / "Congregation_Beth_Israel_Colleyville.wikitext"
    text = dest.read_text(encoding="utf-8")
    dest.write_text(text.replace("== History ==\n", f"== History ==\n{GALA} ", 1), encoding="utf-8")
    plan = plan_merge(load_folder(folder))
    assert not [f for f in plan.findings if GALA in f.sentence]
    lead = [f for f in plan.findings if f.sentence == ARTICLE and f.kind == "conflicts_target"]
    quotes = [e.quote for f in lead for e in f.evidence if e.source == dest.name]
    assert len(lead) == 1 and len(quotes) == 1 and "eleven hours into the standoff" in quotes[0]

"""mergekit.facts.scope on real sentences (tests/cases/facts/scope.tsv)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mergekit.facts import scope

ROWS = [line.split("\t") for line in (Path(__file__).parent / "cases" / "facts" / "scope.tsv")
        .read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


def _check(check: str, figure: str, text: str) -> bool:
    if check == "another":
        return scope.about_another_event(text)
    if check == "other":  # the figure column holds the noun's stem
        return figure in {noun for noun, _ in scope.other_occurrences(text)}
    start = text.index(figure)
    span = (start, start + len(figure))
    if check == "offset":
        return scope.offset(text, span[1])
    return {"running": scope.running, "duration": scope.running_duration, "increment": scope.increment,
            "snapshot": scope.snapshot, "presupposed": scope.presupposed, "unasserted": scope.unasserted,
            "reference": scope.reference_point, "domain": scope.whole_domain}[check](text, span)


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}-{r[2]}-{i}" for i, r in enumerate(ROWS)])
def test_scope(row):
    check, figure, expect, text = row
    assert _check(check, figure, text) is (expect == "yes"), text


# contra-21 audit: real sentences of early and superseded counts


def _at(text: str, figure: str) -> tuple[int, int]:
    i = text.index(figure)
    return i, i + len(figure)


def test_a_count_the_sentence_dates_to_the_first_reports_is_running():
    from mergekit.facts.scope import running

    text = ("First reports confirmed 30 people were dead and dozens missing after the ferry which was "
            "carrying 200 people collided with a cargo ship.")
    assert running(text, _at(text, "30"))
    assert not running("Officials confirmed 30 people were dead.", (20, 22))


@pytest.mark.parametrize("text, figure, early", [
    ("Officials initially put the toll at 60.", "60", True),
    ("Police initially reported 12 people injured.", "12", True),
    ("The toll was initially said to be 40.", "40", True),
    # "initially" with no report: the figure is the count, no lower bound
    ("Police initially arrested two persons in connection with the event.", "two", False),
    ("The congregation was initially a chavurah with 25 families.", "25", False),
])
def test_initially_dates_a_count_only_with_a_reporting_verb(text, figure, early):
    from mergekit.facts.scope import running

    assert running(text, _at(text, figure)) is early


def test_a_figure_a_count_was_revised_from_is_set_apart():
    from mergekit.facts.scope import increment

    text = "The number is down from the original 50 victims said to be dead or presumed dead."
    assert increment(text, _at(text, "50"))
    text = "Health Minister Khaled al-Falih announced the new figure, an increase from the previous toll of 717."
    assert increment(text, _at(text, "717"))
    text = "The number of victims is 50, police said."
    assert not increment(text, _at(text, "50"))


@pytest.mark.parametrize(("text", "figure", "others"), [
    # the others besides one named: the group is one more, so the figure is no total
    ("Lochte and three other US swimmers had been robbed at gunpoint.", "three", True),
    ("Police arrested Smith and two other men on Friday.", "two", True),
    # "and" after a clause, not a name: the next clause's own count
    ("Two people died and seven other people were injured.", "seven", False),
    ("Five other people were hurt.", "Five", False),
])
def test_a_count_of_others_besides_one_named_is_set_apart(text, figure, others):
    from mergekit.facts.scope import increment

    assert increment(text, _at(text, figure)) is others


def test_a_report_saying_its_toll_may_rise_is_provisional():
    from mergekit.facts.scope import provisional_toll

    assert provisional_toll('"The death toll is likely to rise as more bodies are feared trapped inside," he said.')
    assert provisional_toll("As toxic carbon monoxide keeps poisoning the miners trapped inside tunnels, "
                            "the death toll expected to rise.")
    assert provisional_toll("The death toll from a TransAsia Airways flight that crashed into a Taipei river "
                            "shortly after taking off on Wednesday has risen to 35, and could rise further, with "
                            "eight people still missing and 15 injured, according to Taiwan officials.")
    assert not provisional_toll("As recovery efforts end, the final death toll stands at 1,127")
    assert not provisional_toll("Prices are likely to rise next year.")


def test_a_count_in_a_goal_clause_states_nothing():
    # contra-21 audit (CNN on Rana Plaza): "no more victims" is what the army worked for,
    # not a count; a factual "until" clause still counts
    from mergekit.facts.scope import unasserted

    text = "\"We said we wouldn't stop until there were no more victims, and we didn't,\" said army Capt. Ibrahim Islam."
    assert unasserted(text, _at(text, "no more victims"))
    text = ("Frequency continued to drop until the under-frequency threshold of 47.5 Hz was hit, and all generators "
            "were tripped according to the under-frequency protection settings.")
    assert not unasserted(text, _at(text, "47.5"))


def test_a_toll_said_not_to_rise_is_not_provisional():
    # review of contra-21: the negation was read as the forecast
    from mergekit.facts.scope import provisional_toll

    assert not provisional_toll("Officials said the death toll is not expected to rise.")
    assert not provisional_toll("The death toll isn't likely to rise, police said.")
    assert provisional_toll("The death toll is expected to rise, not fall.")


def test_a_road_toll_is_no_death_toll():
    # review of contra-21: "toll" alone read a road toll's prices as a death toll
    from mergekit.facts.scope import provisional_toll

    assert not provisional_toll("Charges on the toll road will increase from April, the operator said.")
    assert not provisional_toll("The toll booth fees could rise again next year.")
    assert not provisional_toll("Calls to the toll-free line will go up as the storm nears.")
    assert provisional_toll("The toll could rise further as rescuers reach the village.")


def test_a_past_until_clause_is_a_fact_not_a_goal():
    # review of contra-21: "did not stop until" tells what happened; only a vow or a modal
    # ("wouldn't stop until", "vowed not to rest until") states a goal
    from mergekit.facts.scope import unasserted

    text = "The shooting did not stop until 12 people were dead."
    assert not unasserted(text, _at(text, "12"))
    text = "Rescuers vowed not to rest until all 40 miners were found."
    assert unasserted(text, _at(text, "40"))
    text = "The army said it won't give up until 50 survivors are found."
    assert unasserted(text, _at(text, "50"))


def test_a_forecast_naming_the_casualties_covers_the_injured():
    from mergekit.facts.scope import provisional_casualties

    assert provisional_casualties("The number of casualties is expected to rise, officials said.")
    assert not provisional_casualties("The number of casualties is not expected to rise, officials said.")
    # a death toll alone says nothing of the injured (IOL, 1 November 2022)
    assert not provisional_casualties("The death toll could rise further as 29 people were in critical condition, "
                                      "authorities said.")


def test_a_forecast_of_figures_needs_a_casualty_subject():
    # review: "figures" / "numbers" of anything read as casualties; "the number of people
    # killed" read as no toll
    from mergekit.facts.scope import provisional_casualties, provisional_toll

    assert not provisional_casualties("Unemployment figures are expected to rise, the ministry said.")
    assert not provisional_casualties("Visitor numbers could rise next summer.")
    assert provisional_casualties("Death figures are expected to rise, officials said.")
    assert provisional_casualties("The number of casualties is expected to rise.")
    assert provisional_toll("The number of people killed is likely to rise, officials said.")
    assert not provisional_toll("The number of people employed is likely to rise.")


@pytest.mark.parametrize(("text", "years"), [
    ("He held the seat at the 2015 general election with a reduced majority of 523 votes.", {2015}),
    ("A 2015 blaze that killed 64 people was the worst.", {2015}),
    # a count before a plural or a measure, and a year after "since", name no year
    ("The 1900 employees were laid off.", set()),
    ("They ran a 2000 km race.", set()),
    ("It was the first win since the 2010 election.", set()),
])
def test_a_year_modifying_the_event_names_that_year(text, years):
    assert scope.years_named(text) == frozenset(years)


def test_a_count_of_people_after_a_determiner_is_no_year():
    # review rv12: "the 1800 injured", "the 1900 staff", "said that 2000 died" were read as
    # years the sentence is about, and its figures left uncompared.
    from mergekit.facts.scope import _modifier_years

    for text in ("Of the 1800 injured, 200 remain in hospital.", "The fire killed 12 people and the 1900 staff "
                 "were evacuated.", "Officials said that 2000 died in the floods."):
        assert _modifier_years(text) == frozenset(), text
    assert _modifier_years("He won at the 2015 general election.") == frozenset({2015})

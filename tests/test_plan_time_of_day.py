"""One event given two times of day in the same zone (``plan.time_of_day``): invented sentence
pairs, and the tuning cases' own times of day (hpakant-jade-mine-landslide, richmond-graduation-shooting,
national-museum-brazil-fire), which must not be read as one event told otherwise."""

from __future__ import annotations

import shutil

import pytest
from test_plan_told_both import CITE, KORCE, LEAD
from told import told_pairs

from mergekit.draft.reasons import describe
from mergekit.load.inputs import load_folder
from mergekit.plan.conflicts import Conflict
from mergekit.plan.disputed import gives_disputed_figures
from mergekit.plan.model import Evidence, Rule, Said, Stance
from mergekit.plan.planner import plan_merge
from mergekit.plan.time_of_day import event_times, other_time

MINE = "The explosion at the plant happened at 16:15 local time on 3 March 2021."
NEWS = "The explosion occurred at around 15:15 local time, the fire service said."


@pytest.mark.parametrize(("text", "expected"), [
    (MINE, [("explos", "local time", 975, 975, "16:15 local time")]),
    (NEWS, [("explos", "local time", 885, 945, "around 15:15 local time")]),
    ("The blast struck about 4 pm local time.", [("blast", "local time", 930, 990, "about 4 pm local time")]),
    ("Police said a fire broke out at 7:30 p.m. (local time).", [("fire", "local time", 1170, 1170, "7:30 p.m. local time")]),
    # tuning cases: no occurrence verb governs the time (hpakant), or no zone is named (shuri-castle-fire)
    ("At 06:30 local time (MMT) heavy rains triggered the collapse of a heap of mining waste, which came tumbling "
     "down into a lake.", []),
    ("The landslide in the Hapakant area of Kachin state occurred around 4 a.m. local time and there were fears "
     "that about 80 people were trapped", [("landslid", "local time", 210, 270, "around 4 a.m. local time")]),
    # the head of the event's noun phrase, not its adjective (national-museum-brazil-fire, wakashio-oil-spill)
    ("A large fire broke out at the Paço de São Cristóvão, in Rio de Janeiro, on September 2, 2018, at around 19:30 "
     "local time (22:30 UTC September 2).", [("fire", "local time", 1140, 1200, "around 19:30 local time"),
                                             ("fire", "utc", 1350, 1350, "22:30 UTC")]),
    ("The MV Wakashio oil spill occurred on 25 July 2020 at around 16:00 UTC, when the ship ran aground.",
     [("spill", "utc", 930, 990, "around 16:00 UTC")]),
    ("The fire started just before 2:40 a.m. at Shuri Castle.", []),
    # a bound is no time
    ("The quake struck shortly after 10:05 a.m. local time.", []),
])
def test_event_times(text, expected):
    assert [(t.event, t.zone, t.low, t.high, t.written) for t in event_times(text)] == expected


@pytest.mark.parametrize(("mine", "news", "expected"), [
    (MINE, (NEWS,), [("16:15 local time", "around 15:15 local time")]),
    ("The fire broke out at 9:40 p.m. local time.", ("The fire broke out around 11 pm local time.",),
     [("9:40 p.m. local time", "around 11 pm local time")]),
    # within the text's own approximation: one moment
    (MINE, ("The explosion happened at around 16:00 local time.",), []),
    (MINE, ("The explosion took place about 4 pm local time.",), []),
    (MINE, ("The explosion occurred at 4:15 p.m. local time.",), []),
    # another zone is a conversion (plan.utc_time), no zone may be the reader's
    (MINE, ("The explosion occurred at around 15:15 GMT.",), []),
    (MINE, ("The explosion occurred at around 15:15.",), []),
    # another event, or another time of the same one not governed by an occurrence verb
    (MINE, ("The fire broke out at around 15:15 local time.",), []),
    (MINE, ("Firefighters were called at 17:30 local time.",), []),
    # another day: another occurrence
    (MINE, ("An explosion happened at the plant on 4 March 2021 at 11:00 local time.",), []),
    (MINE, ("The explosion happened on 3 March 2021 at 11:00 local time.",),
     [("16:15 local time", "11:00 local time")]),
    # "11:00" may be either half of the day: compared on the 12-hour clock
    ("The quake struck at 23:10 CET.", ("The quake struck at 11:10 CET.",), []),
    ("The quake struck at 23:10 CET.", ("The quake struck at 11:40 CET.",), [("23:10 CET", "11:40 CET")]),
    # a news text that gives the sentence's time too is not counted against it
    (MINE, (NEWS, "Other reports said the explosion happened at 16:15 local time."), []),
    # richmond-graduation-shooting (a tuning case): two minutes apart, "around"
    ("The shooting occurred in Monroe Park, outside the Altria Theater, around 5:13 pm local time.",
     ("The shooting occurred at around 5:15 p.m. local time.",), []),
])
def test_one_event_two_times(mine, news, expected):
    assert told_pairs(other_time, mine, *news) == expected


def test_the_report_is_not_offered_beside_the_contradiction():
    """The news passage gives no figure in dispute (a time of day is none): ``plan.disputed``
    keeps the contradicted finding the sentence's one bullet about its sources."""
    told = told_pairs(other_time, MINE, NEWS)
    (mine, theirs), = told
    conflict = Conflict((Evidence("n", NEWS, 1.0, Stance.CONTRADICTS),), Rule.OTHER_TIME,
                        said=(Said("a", mine), Said("n", theirs)))
    assert not gives_disputed_figures([conflict], NEWS, MINE)
    assert not gives_disputed_figures([conflict], "The explosion at the plant happened on 3 March 2021.", MINE)


def test_the_merge_flags_the_time_and_offers_no_support(tmp_path):
    """The whole plan (the korce merge rewritten): the uncited sentence was offered the Herald as
    part support (needs_citation); it is now contradicted by it, and that is its one finding."""
    folder = tmp_path / "in"
    shutil.copytree(KORCE, folder)
    (folder / "courier.txt").unlink()
    sentence = "The fire broke out in the old bazaar at 16:15 local time on 2 April 2025 and destroyed 40 wooden stalls."
    (folder / "2025_Korce_market_fire.txt").write_text(LEAD + sentence + "\n\n" + CITE, encoding="utf-8")
    (folder / "herald.txt").write_text(
        "Fire sweeps through Korçë bazaar\n\nApril 3, 2025\n\nKORÇË – The fire broke out in the old bazaar of Korçë at "
        "around 15:15 local time on Wednesday, 2 April 2025, and destroyed 40 wooden stalls, the municipality said.\n",
        encoding="utf-8")
    plan = plan_merge(load_folder(folder))
    found = [(f.kind, f.rule, [e.source for e in f.evidence]) for f in plan.findings if "16:15" in f.sentence]
    assert found == [("contradicted", "other_time", ["herald.txt"])]
    assert describe(next(f for f in plan.findings if "16:15" in f.sentence), plan).endswith(
        " gives \u201caround 15:15 local time\u201d for the same event: check which time is right.")

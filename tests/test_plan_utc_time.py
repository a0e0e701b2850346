"""One local time given two times in UTC (``plan.utc_time``). On the real tuning case
national-museum-brazil-fire the article has the fire begin "about 19:30 local time (23:30 UTC)";
AFP has it break out "around 7:30 pm (2230 GMT)" and the Wikinews copy "at around 19:30 local
time (22:30 UTC September 2)"."""

from __future__ import annotations

import pytest
from realcases import case_plan

from mergekit.draft.reasons import describe
from mergekit.facts import Statement
from mergekit.plan.utc_time import conversions, other_utc

CASE = "national-museum-brazil-fire"
ARTICLE = ("The National Museum of Brazil was heavily damaged by a large fire which began about 19:30 local time "
           "(23:30 UTC) on 2 September 2018.")
AFP = "The fire, the cause of which remains unknown, broke out late Sunday around 7:30 pm (2230 GMT)."
WIKINEWS = ("A large fire broke out at the Paço de São Cristóvão, which houses the 200-year-old National Museum of "
            "Brazil, in Rio de Janeiro, on September 2, 2018, at around 19:30 local time (22:30 UTC September 2).")
# dalfsen-train-crash (a tuning case): a conversion in a named zone
DALFSEN = "At 08:50 CET (07:50 UTC), a passenger train collided with an elevated work platform at Dalfsen."


@pytest.mark.parametrize(("text", "expected"), [
    (ARTICLE, [("local", 19 * 60 + 30, 23 * 60 + 30, "19:30 local time (23:30 UTC)")]),
    (AFP, [("local", 19 * 60 + 30, 22 * 60 + 30, "7:30 pm (2230 GMT)")]),
    (WIKINEWS, [("local", 19 * 60 + 30, 22 * 60 + 30, "19:30 local time (22:30 UTC September 2)")]),
    (DALFSEN, [("CET", 8 * 60 + 50, 7 * 60 + 50, "08:50 CET (07:50 UTC)")]),
    # a bound is no time ("shortly before 09:00 (08:00 GMT)", the BBC on Dalfsen), a time in UTC
    # alone converts nothing, and a range of times is none
    ("Fifteen people had been on board at the time of the crash, shortly before 09:00 (08:00 GMT).", []),
    ("On October 4, 2021, at 15:39 UTC, the social network Facebook went down.", []),
    ("The curfew runs from 9pm to 6am (18:00 GMT to 03:00 GMT).", []),
])
def test_conversions(text, expected):
    assert [(c.zone, c.local, c.utc, c.written) for c in conversions(text)] == expected


def _found(mine: str, *news: str) -> list[tuple[str, str]]:
    told = [Statement(source="n", role="news", text=t, key=f"n#{i:03d}") for i, t in enumerate(news, start=1)]
    return [(t.mine, t.theirs) for t in other_utc([Statement(source="a", role="article", text=mine, key="s01")], told)]


@pytest.mark.parametrize(("mine", "news", "expected"), [
    (ARTICLE, (AFP,), [("19:30 local time (23:30 UTC)", "7:30 pm (2230 GMT)")]),
    # the same conversion: no disagreement
    ("The fire began at 19:30 local time (22:30 UTC).", (AFP,), []),
    # another local time: another moment, whatever its UTC time
    ("Firefighters arrived at 20:10 local time (23:10 UTC).", (AFP,), []),
    # another zone named: its own offset
    (DALFSEN, ("The train hit the crane at 08:50 local time (06:50 GMT).",), []),
    # a news text that gives the article's conversion too is not counted against it
    (ARTICLE, (AFP, "Other reports put it at 19:30 local time (23:30 UTC)."), []),
])
def test_one_local_time_two_times_in_utc(mine, news, expected):
    assert _found(mine, *news) == expected


def test_museum_fire_conversion_is_contradicted():
    plan = case_plan(CASE)
    found = [f for f in plan.findings if f.rule == "other_utc"]
    assert sorted((f.kind, f.article, e.source) for f in found for e in f.evidence) == [
        ("contradicted", "source", "afp-government-cuts-blamed.txt"),
        ("contradicted", "source", "wikinews-copy-pieceofmindful.txt")]
    assert all("19:30 local time (23:30 UTC)" in f.sentence for f in found)
    afp = next(f for f in found if f.evidence[0].source == "afp-government-cuts-blamed.txt")
    assert describe(afp, plan).startswith(
        "the sentence gives \u201c19:30 local time (23:30 UTC)\u201d, but ")
    assert describe(afp, plan).endswith(
        " gives \u201c7:30 pm (2230 GMT)\u201d: one local time, two times in UTC; check the conversion.")

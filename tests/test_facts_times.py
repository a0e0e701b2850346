"""extract_times and event_things on sentences, real (tuning case unc-zijie-yan-shooting) and invented."""

from __future__ import annotations

import pytest

from mergekit.facts.times import event_things, extract_times
from mergekit.verify.spans import times_of_day


@pytest.mark.parametrize(("text", "want"), [
    # (written, minutes, low, high, half known, zone)
    ("an Alert Carolina message sent out at 1:03 p.m. on August 28", [("1:03 p.m.", 783, 783, 783, True, "")]),
    ("The aircraft took off at 10:05 a.m. local time.", [("10:05 a.m.", 605, 605, 605, True, "local time")]),
    ("It took off around 10 a.m. GMT.", [("10 a.m.", 600, 570, 630, True, "gmt")]),
    ("It landed at 10 a.m.", [("10 a.m.", 600, 570, 630, True, "")]),
    ("It landed at approximately 4:15 p.m. (EDT)", [("4:15 p.m.", 975, 945, 1005, True, "edt")]),
    ("It landed at 1:04 and left at 18:30.", [("1:04", 64, 64, 64, False, ""), ("18:30", 1110, 1110, 1110, True, "")]),
    ("It landed at 06:30.", [("06:30", 390, 390, 390, True, "")]),
    ("The landing at 10:04 am.", [("10:04 am", 604, 604, 604, True, "")]),
])
def test_times(text, want):
    got = [(t.text, t.minutes, t.low, t.high, t.half_known, t.zone) for t in extract_times(text)]
    assert got == want


@pytest.mark.parametrize("text", [
    "The fire was reported just before 2:40 a.m.",  # a bound
    "thieves struck between 3:20 and 3:45",
    "an all clear was shared after 4 p.m.",
    "the score was 25:61",  # no time
    "It weighed 6.30 kg.",  # a decimal
])
def test_no_point_in_time(text):
    assert extract_times(text) == ()


def test_times_of_day_reads_the_numbers_forms():
    assert [(h, m, half) for _, h, m, half in times_of_day("06:30, 6.30 am, 6:30 p.m., 1:04, 25:61")] == [
        (6, 30, True), (6, 30, True), (18, 30, True), (1, 4, False)]


@pytest.mark.parametrize(("text", "verb", "want"), [
    ("For most UNC students, faculty, and staff, an Alert Carolina message sent out at 1:03 p.m. on August 28",
     "sent", {"alert", "carolina", "messag"}),
    ("On Monday at 1:04 p.m., UNC Police sent a campuswide alert notifying people", "sent", {"campuswid", "alert", "notifi"}),
    ("At 2:39 p.m., UNC Police sent a photo of a person of interest.", "sent", {"photo", "person", "interest"}),
    ("The plane crashed at 10:04 am.", "crashed", {"plane"}),  # nothing acted on: the subject
])
def test_event_things(text, verb, want):
    [t] = extract_times(text)
    assert event_things(text, t.span, verb) == want


def test_a_time_of_a_phrasal_verb_is_its_event():
    # real (tuning case shuri-castle-fire): "went off" is an event of its own, not "went"
    from mergekit.facts.memo import date_topic

    text = ("\"The cause of the fire has not been determined yet but a security company alarm went off at around "
            "2:30 in the morning,\" Ryo Kochi, a spokesman with the Okinawa prefectural police told AFP.")
    [t] = extract_times(text)
    assert date_topic(t.span, text).id == "date-go-off"

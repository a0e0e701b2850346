"""An event's time of day that names no zone against one in a named zone (``plan.time_of_day``):
compared only when no change of zone, by whole quarter hours, can make them one moment.
Invented pairs in the manner of hawaii-false-missile-alert (8:08 a.m. local time against 8:07 a.m.)."""

from __future__ import annotations

import pytest
from told import told_pairs

from mergekit.facts.times import another_zone_may_meet
from mergekit.plan.time_of_day import event_times, other_time

MINE = "The explosion at the plant happened at 8:08 a.m. local time."


@pytest.mark.parametrize(("mine", "news", "expected"), [
    # a minute apart: no zone's 8:08 is 8:07
    (MINE, ("The explosion occurred at 8:07 a.m., officials said.",), [("8:08 a.m. local time", "8:07 a.m.")]),
    ("The explosion occurred at 8:07 a.m., officials said.", (MINE,), [("8:07 a.m.", "8:08 a.m. local time")]),
    # five hours apart: the same moment told in another zone may be meant
    (MINE, ("The explosion occurred at 1:08 p.m., officials said.",), []),
    # half an hour and a quarter apart too (UTC+5:30, UTC+5:45)
    (MINE, ("The explosion occurred at 7:38 a.m., officials said.",), []),
    (MINE, ("The explosion occurred at 7:53 a.m., officials said.",), []),
    # as written the same moment
    (MINE, ("The explosion occurred at 8:08 a.m., officials said.",), []),
    # "about 8 a.m." may be any zone's 8:08
    (MINE, ("The explosion occurred at about 8 a.m., officials said.",), []),
    # neither names a zone: either may be its reader's (unchanged)
    ("The explosion happened at 8:08 a.m.", ("The explosion occurred at 8:07 a.m.",), []),
])
def test_zoneless_against_zoned(mine, news, expected):
    assert told_pairs(other_time, mine, *news) == expected


def test_event_times_reads_zoneless_only_when_asked():
    text = "The explosion occurred at 8:07 a.m., officials said."
    assert event_times(text) == ()
    assert [(t.event, t.zone, t.low) for t in event_times(text, zoneless=True)] == [("explos", "", 487)]


@pytest.mark.parametrize(("a", "b", "expected"), [
    ((487, 487), (488, 488), False),
    ((187, 187), (487, 487), True),  # five hours
    ((457, 457), (487, 487), True),  # half an hour
    ((472, 472), (487, 487), True),  # a quarter
    ((480, 480), (487, 487), False),  # seven minutes
    ((450, 510), (488, 488), True),  # "about 8 a.m." meets some zone's 8:08
])
def test_another_zone_may_meet(a, b, expected):
    assert another_zone_may_meet(a, b) is expected


def test_a_time_with_seconds_is_read_with_them_and_rounds_either_way():
    # review rv12: "8:07:52 a.m." was read as the minute "8:07" without its half of the day,
    # and set against "8:08 a.m. local time" as another time.
    from mergekit.facts.times import extract_times

    (t,) = extract_times("The earthquake struck at 8:07:52 a.m., the USGS said.")
    assert (t.text, t.low, t.high, t.half_known) == ("8:07:52 a.m.", 487, 488, True)
    (p,) = extract_times("It ended at 8:07:59 p.m.")
    assert (p.low, p.high) == (1207, 1208)

"""A time of day naming no zone against the same event's time in a named zone (``clusters._join_unzoned``).

Time zones differ by whole quarter hours, so "sent at 8:07 a.m." can be no zone's "8:08 a.m.
local time": the two disagree whatever zone the first is in. "3:07 a.m." may be "8:07 a.m.
local time" told in another zone, and is not compared. Invented sentences in the manner of
hawaii-false-missile-alert ("The message was sent at 8:08 a.m. local time" against AP's
"The initial warning was sent at 8:07 a.m.").
"""

from __future__ import annotations

from mergekit.facts import Statement, build_clusters

ARTICLE = "The alert was sent at 8:08 a.m. local time and the sirens did not sound."


def _zoned(news: str, article: str = ARTICLE) -> tuple:
    sts = [Statement("article", "article", article, key="s1"), Statement("ap.txt", "news", news, key="n1")]
    return tuple(c for c in build_clusters(sts) if c.id.startswith("time-") and "@" in c.id)


def test_a_minute_apart_is_no_change_of_zone():
    [cluster] = _zoned("The alert was sent at 8:07 a.m. and the correction followed.")
    assert cluster.conflict
    assert sorted(v.display for v in cluster.values) == ["8:07 a.m.", "8:08 a.m."]


def test_hours_apart_may_be_another_zone():
    assert not any(c.conflict for c in _zoned("The alert was sent at 3:08 a.m. and the correction followed."))
    assert not any(c.conflict for c in _zoned("The alert was sent at 1:38 p.m. and the correction followed."))


def test_the_same_time_joins_and_agrees():
    [cluster] = _zoned("The alert was sent at 8:08 a.m. and the correction followed.")
    assert not cluster.conflict and len(cluster.values) == 2


def test_a_time_to_the_hour_may_be_either():
    # "around 8 a.m." meets 8:08 as written and 7:38..8:38 of other zones: it agrees
    assert not any(c.conflict for c in _zoned("The alert was sent around 8 a.m. and the correction followed."))


def test_another_thing_sent_stays_apart():
    assert not any(c.conflict for c in _zoned("A photo was sent at 8:07 a.m. by a resident."))

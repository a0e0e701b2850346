"""build_clusters on small invented texts, from tests/cases/facts/clusters/*.toml."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from mergekit.facts import Statement, build_clusters

FILES = sorted((Path(__file__).parent / "cases" / "facts" / "clusters").glob("*.toml"))


def _statements(case: dict) -> list[Statement]:
    return [Statement(s["source"], s["role"], s["text"], s["key"],
                      dt.date.fromisoformat(s["published"]) if "published" in s else None,
                      as_of=dt.date.fromisoformat(s["as_of"]) if "as_of" in s else None,
                      paragraph=tuple(s["paragraph"]) if "paragraph" in s else None)
            for s in case["statement"]]


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_clusters(path):
    case = tomllib.loads(path.read_text(encoding="utf-8"))
    clusters = {c.id: c for c in build_clusters(_statements(case))}
    for want in case.get("expect", []):
        assert want["id"] in clusters, sorted(clusters)
        got = clusters[want["id"]]
        assert got.conflict is want["conflict"], got.reason
        assert len(got.values) == want["values"], [v.display for v in got.values]
        assert got.reason
        if "pairs" in want:  # which values disagree, by what they write
            assert sorted(sorted((got.values[i].display, got.values[j].display)) for i, j in got.pairs) == \
                sorted(sorted(p) for p in want["pairs"])
        if "attributed_to" in want:
            # "" stands for no named speaker (TOML has no null)
            assert sorted({v.attributed_to or "" for v in got.values}) == sorted(want["attributed_to"])
    for absent in case.get("absent", []):
        for cid in absent["ids"]:
            assert cid not in clusters, clusters[cid]


def test_cluster_ids_are_stable_and_order_independent():
    case = tomllib.loads(FILES[0].read_text(encoding="utf-8"))
    statements = _statements(case)
    forward = build_clusters(statements)
    backward = build_clusters(list(reversed(statements)))
    assert [c.id for c in forward] == [c.id for c in backward]
    assert [c.conflict for c in forward] == [c.conflict for c in backward]


def test_cluster_pairs_and_dict():
    case = tomllib.loads((FILES[0].parent / "injured_conflict.toml").read_text(encoding="utf-8"))
    [injured] = [c for c in build_clusters(_statements(case)) if c.id == "injured"]
    assert injured.pairs and all(i < j < len(injured.values) for i, j in injured.pairs)
    entry = injured.to_dict()
    assert entry["conflict"] is True
    assert {"value", "unit", "approx", "source", "quote", "attributed_to"} <= set(entry["values"][0])


def test_date_values_serialise_as_iso_days():
    case = tomllib.loads((FILES[0].parent / "dates.toml").read_text(encoding="utf-8"))
    [raid] = [c for c in build_clusters(_statements(case)) if c.id == "date-raid"]
    days = {(v["low_date"], v["high_date"]) for v in raid.to_dict()["values"]}
    assert ("2023-06-20", "2023-06-20") in days and ("2023-06-19", "2023-06-25") in days


def test_sweep_answers_what_trying_every_pair_answers():
    """``Disagreement`` (sort and bisect per scope class) answers what trying every pair with
    ``_agree`` and ``_same_scope`` answers: the pairs, and per value who disagrees, how many,
    and the widest pair the reason names; on random counts of the whole and of groups, exact,
    approximate, bounded and open-ended, about various years, event-less or not, with a few
    dates and distances among them (other dimensions and scopes)."""
    import random

    from mergekit.facts.clusters import ClusterValue, Disagreement, _agree, _disagreeing, _same_scope

    rng = random.Random(13)
    years = [frozenset(), frozenset({2023}), frozenset({2022, 2023}), frozenset({2024}), frozenset({2019})]
    contexts = [frozenset(), frozenset({"market"}), frozenset({"market", "old"}), frozenset({"village"})]
    for case in range(400):
        event_less = case % 2 == 1
        values = []
        for i in range(rng.randint(0, 30)):
            low = float(rng.choice([0, 1, 5, 12, 36, 100, 150, rng.randint(0, 300)]))
            high = low * rng.choice([1, 1, 1.1, 2]) if rng.random() < 0.95 else float("inf")
            kind = rng.choice(["count"] * 18 + ["date", "km"])
            values.append(ClusterValue(low, low, high, {"date": "date", "km": "km"}.get(kind), rng.random() < 0.4,
                                       "s", "news", f"k{i}", "q", None, kind="date" if kind == "date" else "quantity",
                                       counted=rng.choice(["", "", "child", "offic", "other"]) if kind == "count" else "",
                                       years=rng.choice(years), context=rng.choice(contexts)))

        def disagree(i: int, j: int, values: list[ClusterValue] = values, event_less: bool = event_less) -> bool:
            return not _agree(values[i], values[j], 0.05) and _same_scope(values[i], values[j], event_less)

        brute = tuple((i, j) for i in range(len(values)) for j in range(i + 1, len(values)) if disagree(i, j))
        d = Disagreement.of(values, 0.05, event_less=event_less)
        assert d.pairs() == brute
        if not event_less:
            assert _disagreeing(values, 0.05) == brute
        for i in range(len(values)):
            expect = [j for j in range(len(values)) if j != i and disagree(i, j)]
            assert d.against(i) == expect and d.count(i) == len(expect)
            d.against(i).append(-1)  # the answer is the caller's: a remembered one stays as it was
            assert d.against(i) == expect
        lows = [v.interval(rtol=0.05)[0] for v in values]
        assert d.widest() == max(brute, key=lambda p: abs(lows[p[0]] - lows[p[1]]), default=None)


def test_a_relative_date_is_compared_only_with_dates_near_it():
    """"voted on Monday" in a report of 5 November 2024 is the vote of 4 November, not the
    strike vote of 13 September (tune case boeing, AP and the Washington Post): a relative
    date more than a week from another date is another occurrence (issue 9); within a
    week the two still conflict."""
    from mergekit.facts.clusters import ClusterValue, Disagreement

    def vote(day: dt.date, key: str, quote: str, relative: bool) -> ClusterValue:
        o = float(day.toordinal())
        return ClusterValue(o, o, o, "date", False, key, "news", key, quote, None, kind="date", relative=relative)

    monday = vote(dt.date(2024, 11, 4), "ap", "Union machinists voted on Monday to accept the company's latest "
                  "contract offer, which includes a 38% pay raise over four years.", True)
    september = vote(dt.date(2024, 9, 13), "wp", "The strike began on September 13 after 94.6% of workers voted to "
                     "reject a contract promising a 25% pay raise over four years.", False)
    november = vote(dt.date(2024, 11, 6), "article", "Union members voted on 6 November.", False)
    found = Disagreement.of([monday, september, november], 0.05)
    assert found.against(0) == [2]  # two days apart: a conflict; September: another vote
    assert found.against(1) == [2]  # two absolute dates are compared across any distance
    assert found.count(0) == 1


def test_the_rest_of_a_light_verbs_object_is_compared_only_with_the_same_rest():
    """Tune case richmond: "twelve others suffered unrelated injuries" is contradicted by
    NBC12's "Six others sustained injuries unrelated to the gunfire" only; "Four others
    suffered gunshot wounds", "three others suffering from anxiety" and "seven people
    wounded" count other things (a light verb's object names the event and its kind;
    "others" is the rest of what each sentence named, no part of another text's whole)."""
    texts = [
        ("article", "article", "According to the authorities, seven were wounded by gunfire, including three "
                               "suffering life-threatening injuries, and twelve others suffered unrelated injuries."),
        ("nbc12", "news", "Six others sustained injuries unrelated to the gunfire."),
        ("times-dispatch", "news", "Four others suffered gunshot wounds that were not life-threatening: a 14-year-old "
                                   "boy, a 32-year-old man, a 55-year-old man and a 58-year-old man."),
        ("report", "news", "This includes two victims who fell, one struck by a car, and three others suffering from "
                           "anxiety who were treated at the scene of the shooting or at a local hospital."),
        ("report", "news", "Authorities found seven people wounded at Monroe Park across the street from the "
                           "ceremony, including three with life-threatening injuries, Edwards said."),
    ]
    statements = [Statement(src, role, text, f"k{i}") for i, (src, role, text) in enumerate(texts)]
    [injured] = [c for c in build_clusters(statements) if c.id == "injured"]
    shown = {(v.source, v.display): i for i, v in enumerate(injured.values)}
    assert {injured.values[j].display for j in injured.disagreement.against(shown["article", "twelve"])} == {"Six"}
    assert injured.disagreement.against(shown["article", "seven"]) == []


def test_a_sentence_read_once_gives_every_copy_what_a_fresh_read_would():
    """``clusters._read`` remembers what a sentence can give the clusters by its text and
    publication date: a copy published on another day reads its relative dates from its own
    day, and every copy's values are those of a fresh read (the memo emptied first)."""
    from mergekit.facts import memo
    from mergekit.facts.clusters import _figures, _read, _values

    texts = ["The bridge closed on Thursday after 12 people were injured, police said.",
             "The previous week, two boats sank, killing at least 16.",
             "The village has 40 houses."]
    days = [dt.date(2023, 6, 1), dt.date(2023, 6, 20), None]
    statements = [Statement(f"n{i}", "news", text, f"k{i}", day)
                  for i, (text, day) in enumerate((t, d) for t in texts for d in days)]

    def fresh(st: Statement) -> list:
        _read.cache_clear(), _figures.cache_clear(), memo.clear()
        return _values(st, None, frozenset())

    expected = [fresh(st) for st in statements]
    _read.cache_clear(), _figures.cache_clear(), memo.clear()
    for _ in range(2):  # the second pass reads every copy from the memo
        assert [_values(st, None, frozenset()) for st in statements] == expected
    closed = [[v.low for *_, v in values if v.kind == "date"] for values in expected[:3]]
    assert closed[0] != closed[1] and all(closed[:2])  # "on Thursday" from each report's day
    assert expected[3:6] == [[], [], []]  # about another event, no year: nothing to compare
    assert all(values for values in expected[6:])


def _news_years(published: str, sentences: list[str]) -> list[frozenset[int]]:
    from mergekit.facts.clusters import _years
    from mergekit.facts.memo import extract_dates

    day = dt.date.fromisoformat(published)
    statements = [Statement("report.txt", "news", text, f"n{i}", day) for i, text in enumerate(sentences)]
    return _years(statements, [extract_dates(st.text, published=day) for st in statements])


def test_a_news_sentence_continuing_a_past_perfect_background_takes_its_year():
    # real news text (a tuning case's retrospective report of 2025 on the 2018 Tathra
    # bushfire): the undated sentences after the dated past-perfect one tell of 2018
    years = _news_years("2025-03-07", [
        "Even though summer had ended, 18 March 2018 began with conditions that every firefighter dreads: "
        "blistering temperatures, gale-force winds, and humidity so low that it seemed the air itself was flammable.",
        "Not surprisingly, a Total Fire Ban had been declared the day before.",
        "Temperatures were as high as 12 degrees above average.",
        "It was 37.1 degrees in nearby Bega, and the relative humidity dropped to 18 per cent.",
        "The average wind speed was 35 kilometres per hour, with gusts up to 50 kilometres per hour from the north-west."])
    assert years[1:4] == [frozenset({2018})] * 3
    assert years[4] == frozenset({2024, 2025})  # beyond the few sentences a background reaches


def test_a_news_sentence_back_at_the_reports_event_keeps_the_reports_years():
    report = frozenset({2008, 2009})
    # real news text (tuning cases): "was stabbed" tells again what the report told before
    # the background sentence of 2008; "is now serving" brings the dated sentence to the
    # report's time
    years = _news_years("2009-11-11", [
        "Sherbini, a 31-year-old pharmacist, was stabbed at least 16 times by Wiens in the courtroom where she was to testify against him.",
        "She had filed a complaint against him in 2008, accusing him of insulting her with racial slurs.",
        "Sherbini's husband, a scientist conducting research in Dresden, was stabbed and suffered serious injuries when he intervened to protect her."])
    assert years[2] == report
    years = _news_years("2022-01-19", [
        "Siddiqui was convicted of terrorism charges in 2010 and is now serving an 86-year sentence at the Federal Medical Center.",
        "The stand-off lasted for 11 hours before a rescue team entered the building."])
    assert years[1] == frozenset({2021, 2022})


@pytest.mark.parametrize("texts,label", [
    # the reviewer's pair: one verb, two places; the custody value's text says nothing of hospital
    (["14 people were taken to hospital, police said.", "Three people were taken into custody, police said."],
     "people taken"),
    (["Three people were taken into custody, police said.", "14 people were taken to hospital, police said."],
     "people taken"),
    # one value says no place at all
    (["14 people were taken to hospital, police said.", "Police said 13 people were taken."], "people taken"),
    # salisbury-rail-crash-2021's sentences: every value says it, one of a hospital by its name
    (["Fourteen people, including one of the train drivers, were taken to hospital.",
      "He is in a “stable” condition and was among 13 people taken to Salisbury Hospital for treatment."],
     "people taken to hospital"),
    (["13 people were taken to Salisbury Hospital, police said.", "Fourteen people were taken to hospital."],
     "people taken to hospital"),
    # two hospitals, neither text's words said by the other: no place
    (["13 people were taken to Salisbury Hospital, police said.", "14 people were taken to the Mobile Hospital."],
     "people taken"),
])
def test_a_cluster_label_says_where_only_when_every_value_says_it(texts, label):
    statements = [Statement(f"n{i}", "news", text, f"k{i}") for i, text in enumerate(texts)]
    [cluster] = [c for c in build_clusters(statements) if c.id == "take"]
    assert cluster.topic == label
    assert len(cluster.values) == 2


def test_figures_of_elections_named_by_their_year_are_not_compared():
    # real news text (emegypt.net on Oliver Colvile; trial-5) against an article sentence
    # that names its election by a year modifying the event ("the 2015 general election"):
    # two elections, two majorities, no conflict; the same election's other figure is one
    news = Statement("n.txt", "news", "After redistricting, he won the seat in 2010 with a margin of 1,149 votes "
                     "against Labour's Linda Gilroy.", "n1", dt.date(2017, 6, 9))
    other = Statement("a.wikitext", "article",
                      "He held the seat at the 2015 general election with a reduced majority of 523 votes.", "s1")
    assert not any(c.conflict for c in build_clusters([other, news]))
    same = Statement("a.wikitext", "article",
                     "He won the seat at the 2010 general election with a majority of 1,419 votes.", "s1")
    assert any(c.conflict for c in build_clusters([same, news]))

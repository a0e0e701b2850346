"""A figure conflict from a claim cluster names the news that give the sentence's own figure
(``Conflict.agreeing``, ``Finding.agreeing``), so an editor does not read one disagreeing
report as the article being wrong when another report says what the article says.

On real tuning cases (tests/cases/real/*, split "tune"): Kuala Koh's "death toll to 15"
(The Malaysian Insight gives 15, CNA 14), the UNC shooting's "34-year-old Tailei Qi"
(Technique gives 34, the Alumni Association 33), and the values that must not be named as
agreeing: a bound ("at least 113") and an early count read as one (Dalfsen's "two were
hospitalized"), which are compatible with a figure but do not give it.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from pathlib import Path

from mergekit.draft.reasons import describe
from mergekit.load.inputs import MergeInputs, load_folder
from mergekit.plan import MergePlan, plan_merge
from mergekit.plan.conflicts import Conflict, find_conflicts, statements
from mergekit.plan.model import Said

REAL = Path(__file__).parent / "cases" / "real"


@cache
def _inputs(case: str) -> MergeInputs:
    return load_folder(REAL / case / "input")


def _conflicts(case: str, sentence: str, topic: str) -> list[Conflict]:
    inputs = _inputs(case)
    key = next(s.key for s in statements(inputs) if s.role == "article" and s.text == sentence)
    found = find_conflicts(inputs)
    return [c for bucket in (found.with_news, found.with_target) for c in bucket.get(key, ()) if c.topic == topic]


@cache
def _plan(case: str) -> MergePlan:
    return plan_merge(_inputs(case))


def test_a_news_report_giving_the_sentences_figure_is_carried_as_agreeing():
    (conflict,) = _conflicts("kuala-koh-measles", "Another died on 16 June, bringing the total death toll to 15.",
                             "people killed")
    assert {s.source for s in conflict.said[1:]} == {"cna-settlement-cordoned-off.txt"}  # its 14, three times
    # The Sun's "three" (an early count) and the 12 and 14 of the other reports do not agree.
    assert conflict.agreeing == (Said("tmi-afflicted-with-measles.txt", "15", "the Health Ministry"),)


def test_the_bullet_names_the_agreeing_source_before_the_disagreeing_one():
    plan = _plan("unc-zijie-yan-shooting")
    (finding,) = [f for f in plan.findings if f.rule == "figures_differ" and f.topic == "age of Tailei Qi"]
    assert finding.agreeing == (Said("technique-tragic-shooting.txt", "34"),)
    assert describe(finding, plan) == (
        "age of Tailei Qi: the sentence gives \u201c34\u201d, as does Technique, September 8, 2023; "
        "General Alumni Association, UNC, September 6, 2023, gives \u201c33\u201d.")


def test_a_same_figure_from_another_speaker_names_the_speaker_only():
    plan = _plan("kuala-koh-measles")
    (finding,) = [f for f in plan.findings if f.rule == "figures_differ" and f.sentence.endswith("death toll to 15.")]
    assert "the sentence gives \u201c15\u201d, as does The Malaysian Insight (according to the Health Ministry); " \
           "CNA gives \u201c14\u201d." in describe(finding, plan)


def test_many_agreeing_sources_are_capped_and_counted_like_the_disagreeing_ones():
    plan = _plan("unc-zijie-yan-shooting")
    (finding,) = [f for f in plan.findings if f.rule == "figures_differ" and f.topic == "age of Tailei Qi"]
    many = replace(finding, agreeing=tuple(Said(f"n{i}.txt", "34") for i in range(7)))
    text = describe(many, plan)
    assert ", as do n0.txt, n1.txt, n2.txt, n3.txt, n4.txt and 2 other sources; " in text


def test_a_bound_gives_no_figure_to_agree_with():
    # Hpakant's 2015 accident "killing 116 people" against the 2020 landslide's "at least
    # 113": 116 lies in the bound's tolerance, but "at least 113" does not say 116.
    conflicts = _conflicts("hpakant-jade-mine-landslide",
                           "The industry had become known for its fatal accidents in the preceding years, with "
                           "the previous deadliest accident in 2015 killing 116 people.", "people killed")
    assert conflicts and all(c.agreeing == () for c in conflicts)


def test_an_early_count_read_as_a_lower_bound_gives_no_figure_to_agree_with():
    # Dalfsen: NL Times's "two were hospitalized" is read as an early count (two or more):
    # compatible with the sentence's six, but it does not give six.
    conflicts = _conflicts("dalfsen-train-crash", "One person was killed and six were injured, one seriously.",
                           "people injured")
    assert conflicts
    assert all(s.what != "two" for c in conflicts for s in c.agreeing)


def test_a_total_summed_from_other_groups_is_not_named_as_agreeing():
    """The seeds: the police's "15 officers and 21 residents were injured" adds up to the MEK's
    "36 other camp residents injured", but the groups differ (21 residents against 36): the
    MEK's 36 is not named as giving the sentence's figure."""
    inputs = load_folder(Path(__file__).parent.parent / "seeds")
    key = next(s.key for s in statements(inputs) if s.role == "article" and s.text.startswith("15 officers and 21"))
    found = find_conflicts(inputs)
    (conflict,) = [c for c in found.with_news.get(key, ()) if c.topic == "people injured"]
    assert conflict.agreeing == ()


def test_an_agreeing_figure_in_other_words_and_its_speaker_take_one_pair_of_brackets():
    # the seed talk post read "as do Middle East Monitor, 21 June 2023 (“an elderly individual”
    # (according to the MEK))": brackets in brackets
    plan = _plan("unc-zijie-yan-shooting")
    (finding,) = [f for f in plan.findings if f.rule == "figures_differ" and f.topic == "age of Tailei Qi"]
    worded = replace(finding, agreeing=(Said("technique-tragic-shooting.txt", "thirty-four", "the police"),))
    text = describe(worded, plan)
    assert "(\u201cthirty-four\u201d according to the police)" in text and "))" not in text

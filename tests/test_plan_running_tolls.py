"""Early tolls and disputes the article already tells are no contradiction (contra-21 audit).

Each test is built from real sentences of the audit merges of docs/contradiction-notes.md
(contra-21): a news report that says its death toll is likely to rise gives counts so far
(``facts.clusters.provisional_reports``); a report that gives a count as "at least 274"
in one sentence gives it so in the next (``facts.clusters._bound_elsewhere``); a figure the
article itself gives as some party's ("The government of Saudi Arabia officially reported
... 769 deaths") is no news against the article's other sentences
(``plan.conflicts._told_as_claims``). Each has its control: without the words that make the
difference the same texts still conflict, so the test can fail.
"""

from __future__ import annotations

from pathlib import Path

from mergekit.plan.conflicts import find_conflicts, statements
from tests.merge_folders import merge_folder

DESTINATION = ("The '''Meghna River''' is one of the three major rivers of [[Bangladesh]].\n\n"
               "== References ==\n{{reflist}}\n")


def _contradicted(tmp_path: Path, article: list[str], news: dict[str, tuple[str, list[str]]]) -> dict[str, set[str]]:
    """The article sentences (text) a news text contradicts, with those texts' files:
    ``news`` maps a file name to (its publication date, its sentences)."""
    inputs = merge_folder(tmp_path, " ".join(article), ("River", DESTINATION), news)
    text = {s.key: s.text for s in statements(inputs)}
    found = find_conflicts(inputs)
    out: dict[str, set[str]] = {}
    for key, conflicts in found.with_news.items():
        for c in conflicts:
            out.setdefault(text[key], set()).update(e.source for e in c.evidence if e.stance.name == "CONTRADICTS")
    return out


FERRY = ("The MV Shariatpur 1 was a double deck ferry that capsized in March 2012 after colliding with a cargo "
         "ship on Bangladesh's Meghna River, killing 147 people.")
YORKSHIRE = ("A ferry packed with about 300 people has collided with a cargo boat and capsized in a Bangladeshi "
             "river, killing 31 people and leaving up to 200 more missing.")
RISE = '"The death toll is likely to rise as more bodies are feared trapped inside," he said.'


def test_a_report_saying_its_toll_is_likely_to_rise_gives_a_count_so_far(tmp_path):
    assert _contradicted(tmp_path, [FERRY], {"yorkshire.txt": ("2012-03-13", [YORKSHIRE, RISE])}) == {}


def test_without_those_words_the_early_count_still_conflicts(tmp_path):
    found = _contradicted(tmp_path, [FERRY], {"yorkshire.txt": ("2012-03-13", [YORKSHIRE])})
    assert found == {FERRY: {"yorkshire.txt"}}


SOMA = "In total, 301 people were killed in what was the worst mine disaster in Turkey's history."
AT_LEAST = ("While emergency workers battled a toxic mix of carbon dioxide and carbon monoxide in deep tunnels, "
            "anger and despair engulfed the town of Soma, where Turkish officials said at least 274 miners died "
            "in Tuesday's coal mine explosion and fire.")
HAD_DIED = ("Energy Minister Taner Yildiz said 787 people had been inside the coal mine at the time of Tuesday's "
            "explosion: 274 had died, 363 had been rescued and scores of them were injured.")


def test_a_count_the_same_report_gives_as_at_least_is_that_bound(tmp_path):
    assert _contradicted(tmp_path, [SOMA], {"aol.txt": ("2014-05-14", [AT_LEAST, HAD_DIED])}) == {}


def test_the_exact_count_alone_still_conflicts(tmp_path):
    assert _contradicted(tmp_path, [SOMA], {"aol.txt": ("2014-05-14", [HAD_DIED])}) == {SOMA: {"aol.txt"}}


MINA = ("On 24 September 2015, a fatal crowd crush resulted in the death of more than 2,000 individuals, many "
        "of whom were suffocated or crushed, during the annual Hajj pilgrimage in Mina, Mecca, Saudi Arabia.")
SAUDI = ("The government of Saudi Arabia officially reported two days after the event that there had been 769 "
         "deaths and 934 injured.")
VOA = ("Saudi officials have said their official figure of 769 killed and 934 injured in the disaster remains "
       "accurate, though an investigation into its causes is ongoing.")


def test_a_figure_the_article_gives_as_a_partys_claim_is_no_news_against_it(tmp_path):
    found = _contradicted(tmp_path, [MINA, SAUDI], {"voa.txt": ("2015-10-15", [VOA])})
    assert MINA not in found


def test_without_the_articles_attributed_figure_the_report_still_conflicts(tmp_path):
    assert _contradicted(tmp_path, [MINA], {"voa.txt": ("2015-10-15", [VOA])}) == {MINA: {"voa.txt"}}


def test_the_same_figure_of_another_years_event_takes_no_bound(tmp_path):
    # the AP report of the 2020 Hpakant landslide: "at least 113" is this year's toll, the
    # other 113 the November 2015 accident's, final (a tuning case's real sentences)
    article = ("The industry had become known for its fatal accidents in the preceding years, with the previous "
               "deadliest accident in 2015 killing 116 people.")
    ap = ["Officials in Myanmar say a landslide at a jade mine in the country's north has killed at least 113 "
          "people.",
          "The death toll of 113 equals the number in the worst such jade mining accident, in November 2015."]
    assert _contradicted(tmp_path, [article], {"ap.txt": ("2020-07-02", ap)}) == {article: {"ap.txt"}}


# contra-21's second audit (Grenfell Tower fire): the article's parts were compared one by one
# with news tolls of the whole. A count restricted to where or when only some died ("at the
# scene", "later in hospital") is a part of the toll, never the toll (``grammar.counted``).
PARTS = "Seventy people died at the scene and two people died later in hospital."
TOLL = "Police said 58 people died in the fire."


def test_counts_of_the_dead_at_the_scene_and_in_hospital_are_parts_of_the_toll(tmp_path):
    assert _contradicted(tmp_path, [PARTS], {"police.txt": ("2018-05-16", [TOLL])}) == {}


def test_the_same_toll_against_a_whole_still_conflicts(tmp_path):
    whole = "Seventy people died in the fire."
    assert _contradicted(tmp_path, [whole], {"police.txt": ("2018-05-16", [TOLL])}) == {whole: {"police.txt"}}


# contra-21's second audit (Grenfell, ITV): "likely to rise" said of "that number", not of a
# "toll", still makes the report's count of the dead a count so far (``scope.provisional_toll``).
TOWER_FIRE = "The fire killed 72 people."
ITV_COUNT = "At least 30 people died in the tower fire."
THAT_NUMBER = "Police say that number is likely to rise."


def test_that_number_is_likely_to_rise_makes_the_count_one_so_far(tmp_path):
    assert _contradicted(tmp_path, [TOWER_FIRE], {"itv.txt": ("2017-06-16", [ITV_COUNT, THAT_NUMBER])}) == {}


def test_without_those_words_the_at_least_count_still_conflicts(tmp_path):
    assert _contradicted(tmp_path, [TOWER_FIRE], {"itv.txt": ("2017-06-16", [ITV_COUNT])}) == {TOWER_FIRE: {"itv.txt"}}



# contra-23: counts of the injured (contra-22's test audit, Seoul Halloween crowd crush; IOL, 1 November 2022)
ITAEWON = ("On 29 October 2022, around 22:20, a crowd surge occurred during Halloween festivities in the Itaewon "
           "neighborhood of Seoul, South Korea, killing 159 people and wounding 196 others.")
IOL_TALLY = ("At least 156 people were killed and 151 others injured in the incident, according to the Ministry of "
             "the Interior and Safety.")
IOL_RISE = "The death toll could rise further as 29 people were in critical condition, authorities said."


def test_injured_told_with_a_provisional_toll_are_a_count_so_far(tmp_path):
    assert _contradicted(tmp_path, [ITAEWON], {"iol.txt": ("2022-11-01", [IOL_TALLY, IOL_RISE])}) == {}


def test_without_the_forecast_the_injured_count_still_conflicts(tmp_path):
    found = _contradicted(tmp_path, [ITAEWON], {"iol.txt": ("2022-11-01", [IOL_TALLY])})
    assert found == {ITAEWON: {"iol.txt"}}


def test_an_injured_count_told_apart_from_the_toll_stays_final(tmp_path):
    # IOL's tally split in two sentences: the injured told apart from the toll are not covered
    apart = ["At least 156 people were killed in the incident.", "The ministry said 151 others were injured."]
    found = _contradicted(tmp_path, [ITAEWON], {"iol.txt": ("2022-11-01", [*apart, IOL_RISE])})
    assert found == {ITAEWON: {"iol.txt"}}

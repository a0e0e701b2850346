"""A news text that gives an article sentence's own value for a claim and another value for
the same claim is no evidence that the sentence is contradicted (``plan.conflicts._giving``).

The pattern (seen in a real merge): one AP report told two eruptions, this year's ("no
casualties were reported") and an earlier one's ("left 51 people dead"), without a year
the reader could separate them by. The article's "51 people dead" and its "no casualties"
were each listed as contradicted by that report, which was also named as agreeing. A text
does not contradict itself: it tells two scopes. Kept: a text that revises its count
("left 10 people dead ... By Friday the death toll had risen to 12") gives the 10 as an
outdated count (``facts.clusters._updated``), not as the figure, so it still contradicts a
sentence giving 10.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from mergekit.load.inputs import load_folder
from mergekit.plan.conflicts import Conflict, find_conflicts, statements

KORCE = Path(__file__).resolve().parent / "cases" / "merges" / "korce" / "input"
CITE = '\n\nReferences\n\n  1. ^ "Fire sweeps through Korçë bazaar". Korçë Herald. 2025-04-03. Retrieved 2025-04-20.\n'
LEAD = "The 2025 Korçë market fire was a fire in the old bazaar of Korçë in April 2025.[1]\n\nEvents\n\n"
DEAD = "The fire destroyed 40 wooden stalls in the old bazaar and left 51 people dead."
NONE = "Firefighters brought the blaze under control by the evening; no casualties were reported."
HERALD = ("KORÇË – A fire in the old bazaar of Korçë destroyed 40 wooden stalls on Wednesday, 2 April 2025, "
          "the municipality said. ")


def _conflicts(tmp_path: Path, article: list[str], herald: str, destination: str = "") -> dict[str, list[Conflict]]:
    """Conflicts per sentence text (article or destination) for the korce merge rewritten."""
    folder = tmp_path / "in"
    shutil.copytree(KORCE, folder)
    (folder / "courier.txt").unlink()
    (folder / "2025_Korce_market_fire.txt").write_text(
        LEAD + "".join(f"{s}[1]\n\n" for s in article) + CITE, encoding="utf-8")
    (folder / "herald.txt").write_text("Fire sweeps through Korçë bazaar\n\nApril 3, 2025\n\n" + HERALD + herald + "\n",
                                       encoding="utf-8")
    if destination:
        bazaar = folder / "Korce_Bazaar.wikitext"
        bazaar.write_text(bazaar.read_text(encoding="utf-8").replace(
            "The bazaar dates from the 18th century.", "The bazaar dates from the 18th century. " + destination),
            encoding="utf-8")
    inputs = load_folder(folder)
    text = {s.key: s.text for s in statements(inputs)}
    found = find_conflicts(inputs)
    out: dict[str, list[Conflict]] = {}
    for bucket in (found.with_news, found.with_target, found.target_with_news):
        for key, cs in bucket.items():
            out.setdefault(text[key], []).extend(cs)
    return out


def test_a_text_telling_the_sentences_value_and_another_does_not_contradict_it(tmp_path):
    found = _conflicts(tmp_path, [DEAD, NONE], NONE + " A fire in the same bazaar left 51 people dead.")
    assert found == {}


def test_another_text_giving_only_the_other_value_still_contradicts(tmp_path):
    found = _conflicts(tmp_path, [DEAD], NONE + " A fire in the same bazaar left 51 people dead.",
                       destination=NONE)
    # The Herald gives 51 too: it is named as agreeing, not as contradicting; the
    # destination gives only "no casualties" and is the one conflict.
    (conflict,) = found[DEAD]
    assert [s.source for s in conflict.said[1:]] == ["Korce_Bazaar.wikitext"]
    assert [s.what for s in conflict.agreeing] == ["51"]


def test_the_destination_telling_both_values_does_not_contradict_the_article(tmp_path):
    found = _conflicts(tmp_path, [DEAD], "",
                       destination="A fire in the bazaar left 51 people dead; no casualties were reported this year.")
    assert found == {}


def test_a_news_text_telling_both_does_not_contradict_the_destinations_sentence(tmp_path):
    told = "A fire in the bazaar left 51 people dead."
    found = _conflicts(tmp_path, [], NONE + " " + told, destination=told)
    assert told not in found


def test_a_revised_count_still_contradicts_the_sentence_giving_the_first_figure(tmp_path):
    ten = "The fire destroyed 40 wooden stalls in the old bazaar and left 10 people dead."
    found = _conflicts(tmp_path, [ten], "The fire left 10 people dead, officials said. "
                                        "By Friday the death toll had risen to 12.")
    (conflict,) = found[ten]
    assert [(s.source, s.what) for s in conflict.said[1:]] == [("herald.txt", "12")]
    assert conflict.agreeing == ()  # the earlier 10 is an outdated count, not the figure


def test_one_text_reporting_two_speakers_who_disagree_still_contradicts():
    """The seeds: Euronews Albania reports that the Mujahedin claim a victim and that the
    Ministry of Interior denies one. That is a dispute the text reports, not two scopes: it
    stays a contradiction of the article's "left one dead ..., MEK said"."""
    inputs = load_folder(Path(__file__).resolve().parent.parent / "seeds")
    key = next(s.key for s in statements(inputs) if s.role == "article"
               and s.text.startswith("The conflict between police and the MEK left one dead"))
    (conflict,) = [c for c in find_conflicts(inputs).with_news.get(key, ()) if c.topic == "people killed"]
    assert ("004_8fae180621002d83.txt", "no victim", "the Ministry of Interior") in {
        (s.source, s.what, s.speaker) for s in conflict.said[1:]}

"""quantity_topic and date_topic, from tests/cases/facts/{topics,date_topics}.tsv."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mergekit.facts import date_topic, extract_dates, extract_quantities, quantity_topic
from mergekit.facts.grammar import counted

ROWS = [line.split("\t") for line in (Path(__file__).parent / "cases" / "facts" / "topics.tsv")
        .read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("text,surface,topic", ROWS, ids=[f"{r[1]}:{r[2]}" for r in ROWS])
def test_quantity_topic(text, surface, topic):
    [q] = [q for q in extract_quantities(text) if q.text == surface]
    got = quantity_topic(q, text)
    assert (got.id if got else "-") == topic


DATE_ROWS = [line.split("\t") for line in (Path(__file__).parent / "cases" / "facts" / "date_topics.tsv")
             .read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("text,surface,topic", DATE_ROWS, ids=[f"{r[0][:40]}:{r[2]}" for r in DATE_ROWS])
def test_date_topic(text, surface, topic):
    [d] = [d for d in extract_dates(text, published=dt.date(2023, 6, 22)) if d.text == surface]
    got = date_topic(d.span, text)
    assert (got.id if got else "-") == topic


def test_the_grammar_word_list_memos_answer_for_the_lists_asked():
    # counted and _predicate remember folded and joined word lists by the lists themselves:
    # other lists (or changed ones) get their own answer, never the last one's
    from mergekit.facts.grammar import _folded, _union, counted, words

    assert _folded(frozenset({"days", "hours"})) == {"day", "hour"}
    assert _folded(frozenset({"residents"})) == {"resid"}
    assert _union(frozenset({"a"}), frozenset({"b"})) == {"a", "b"}
    assert _union(frozenset({"c"})) == {"c"}
    assert _folded(words()["time"]) >= {"day", "hour", "week"}
    assert counted("a seven-hour gunbattle", 2, 7).time and not counted("seven officers died", 0, 5).time


@pytest.mark.parametrize("text,surface,noun", [
    # optus-data-breach, the article and the destination: one noun, two modifiers before it
    ("The breach affected up to 9.7 million current and former customers, with information stolen including "
     "names, birthdates, home addresses, phone and email contacts, and passport and driving licence numbers.",
     "up to 9.7 million", "custom"),
    ("In September 2022, Optus suffered a cyberattack in which the personal details of up to 9.8 million current "
     "and former customers were accessed, including passport and driver's licence numbers.",
     "up to 9.8 million", "custom"),
    ("Well-placed sources not authorised to speak publicly said that up to 9 million customers had been affected.",
     "up to 9 million", "custom"),
    # two counts joined, not two modifiers: the compound counts people in general
    ("One man and two women were arrested.", "One man and two women", ""),
    # kim-kim-river-pollution (Mothership): "It was" names no place the schools are a group of
    ("It was reported that more than 4,000 people have been affected and 111 schools closed following the "
     "chemical waste incident at the river on March 7.", "111", "school"),
])
def test_the_counted_group_of_real_sentences(text, surface, noun):
    [q] = [q for q in extract_quantities(text) if q.text == surface]
    got = quantity_topic(q, text)
    assert got is not None and got.counted == noun


@pytest.mark.parametrize("text,surface,label", [
    # salisbury-rail-crash-2021: the talk post said "people taken: the sentence gives “Fourteen”"
    ("Fourteen people, including one of the train drivers, were taken to hospital.", "Fourteen",
     "people taken to hospital"),
    ("He is in a 'stable' condition and was among 13 people taken to Salisbury Hospital for treatment.", "13",
     "people taken to Salisbury Hospital"),
    # an event with a label of its own, and a verb that needs no place, are as they were
    ("About 12 people are thought to have been injured and one of the drivers is believed to be trapped.", "About 12",
     "people presumed injured"),
    ("Police arrested three managers.", "three", "managers arrested"),
])
def test_a_count_taken_somewhere_is_labelled_with_where(text, surface, label):
    [q] = [q for q in extract_quantities(text) if q.text == surface]
    got = quantity_topic(q, text)
    assert got is not None and got.label == label


def test_a_date_opening_a_clause_of_speech_dates_the_speech_not_its_event():
    # contra-21 audit (Premium Times on the 2014 Synagogue Church building collapse): the
    # announcement's Tuesday is no date of the collapse four days before
    from mergekit.facts.topics import date_topic

    text = ("On Tuesday, President Jacob Zuma of South Africa announced that 67 South Africans perished in the "
            "building collapse.")
    assert date_topic((3, 10), text) is None
    text = "On 12 September 2014, a guesthouse collapsed in the SCOAN's premises in Lagos killing at least 115 people."
    assert date_topic((3, 20), text).id == "date-collaps"


# contra-21's second audit (Grenfell): a count of the dead at the scene or later in hospital is
# a part of the toll; a toll "in the fire" is not.
def test_a_count_restricted_to_the_scene_or_hospital_is_a_part():
    from mergekit.facts.grammar import counted
    s = "Seventy people died at the scene and two people died later in hospital."
    assert counted(s, 0, 7).part and counted(s, s.index("two"), s.index("two") + 3).part
    t = "At least 30 people died in the fire."
    assert not counted(t, t.index("30"), t.index("30") + 2).part


# sohag-train-collision: Ahram Online's figures were read as counts of the dead and set
# against the destination's 32 killed ("Ahram Online gives “64” and “116”") and the
# article's eighteen ("gives “20”", with "the 20 victims were mistakenly reported dead").
def test_a_count_of_the_dead_or_injured_together_is_no_count_of_the_dead():
    text = "We found there were 64 people dead or injured taken by citizens to hospitals."
    assert counted(text, 20, 22).event is None
    assert counted("Five people were killed and two injured.", 0, 4).event == "dead"


def test_victims_whose_own_verb_names_another_event_are_not_counted_as_dead():
    assert counted("Zayed said 116 victims suffer from bone fractures.", 11, 14).event is None
    assert counted("Five victims died in hospital.", 0, 4).event == "dead"
    # any other verb after "victims" still counts the dead (review rv9)
    for text in ("The 12 victims drowned when the ferry capsized.", "The 12 victims came from four villages.",
                 "The 12 victims included three children.", "The 12 victims ranged in age from 5 to 80."):
        assert counted(text, 4, 6).event == "dead", text


def test_a_count_its_sentence_calls_a_mistake_counts_nothing():
    text = "She added that the 20 victims were mistakenly reported dead at the site of the accident."
    assert counted(text, 19, 21).event is None
    assert counted("The 20 victims were reported dead at the site.", 4, 6).event == "dead"


def test_cents_and_pence_are_money_not_a_count():
    # contra-29: "for an estimated 30 cents" was a count of cents, set against another
    # banana's "sold for just 25 cents" (comedian-banana-artwork)
    for text, figure in (("The artist bought the banana for an estimated 30 cents.", "an estimated 30"),
                         ("A loaf cost 85 pence at the time.", "85"), ("He was paid 40 cents an hour.", "40")):
        [q] = [q for q in extract_quantities(text) if q.text == figure]
        assert quantity_topic(q, text) is None, text
    text = "The artist bought 30 bananas at the market."  # control: a count of things
    [q] = extract_quantities(text)
    assert quantity_topic(q, text) is not None


def test_a_name_opening_the_clause_after_its_date_is_no_event():
    """Held-out read (bankman-fried-trial, stop 19): "on March 28, 2024, Bankman-Fried was
    sentenced" and "On December 12, 2022, Bankman-Fried was arrested" shared the topic
    "date (bankman-fried)" ("-Fried" read as a past form), so the sentencing was reported as
    conflicting with the arrest and left out of the draft. A capitalised first word of the
    clause is a name, and the date has no topic (as after "a United States court"): two
    dates of one sentencing after such a name are not compared either, a known gap
    (docs/contradiction-notes.md, "stop 19: a name after a date")."""
    import re

    from mergekit.facts.topics import date_topic

    for text, day in (("On March 28, 2024, Bankman-Fried was sentenced to 25 years in federal prison.", "March 28, 2024"),
                      ("On December 12, 2022, Bankman-Fried was arrested in the Bahamas.", "December 12, 2022")):
        assert date_topic(re.search(re.escape(day), text).span(), text) is None

"""Sentence splitting (mergekit.load.sentences): sentencex and its repairs, markers kept."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from mergekit.load import sentences
from mergekit.load.sentences import split_cited, split_sentences

CASES = [
    # a closing quotation mark stays with the sentence it closes
    ('It is an edge over many competitors." The firm grew.', ['It is an edge over many competitors."', "The firm grew."]),
    # an opening quotation mark goes with the sentence it opens
    ('It works," Narula says. "A server cannot. Nobody can."',
     ['It works," Narula says.', '"A server cannot.', 'Nobody can."']),
    ("His and Ms. Enns said so. Then they left.", ["His and Ms. Enns said so.", "Then they left."]),
    # a compound title: sentencex cut after "Det.-Sgt.", and a draft tagged the fragment mid-sentence
    ("The lead investigator, Det.-Sgt. Jane Roe, said so. Then she left.",
     ["The lead investigator, Det.-Sgt. Jane Roe, said so.", "Then she left."]),
    ("It was led by Lt.-Col. Ann Smith. She retired.", ["It was led by Lt.-Col. Ann Smith.", "She retired."]),
    ("2. Off-price retailers differ. 3. They move.", ["2. Off-price retailers differ.", "3. They move."]),
    ("He left (to the north.) It was late.", ["He left (to the north.)", "It was late."]),
    ("The U.S. Army came at 4 p.m. on Jan. 5, 2023. It left.", ["The U.S. Army came at 4 p.m. on Jan. 5, 2023.", "It left."]),
    ("The game ended on June 23. The tour went on.", ["The game ended on June 23.", "The tour went on."]),
    ("He said “we go now.” Then “no.” Fine.", ["He said “we go now.”", "Then “no.”", "Fine."]),
    # a one-letter unit after a number is no initial: its full stop ends the sentence
    ("The beam is 50 m. She was fast.", ["The beam is 50 m.", "She was fast."]),
    ("It burned for 3 h. Police came. It spans 5 km. It weighs 2 kg. Then 9 t.",
     ["It burned for 3 h.", "Police came.", "It spans 5 km.", "It weighs 2 kg.", "Then 9 t."]),
    ("It is 50 m. (164 ft) long.", ["It is 50 m. (164 ft) long."]),
    ("Mr. Smith of St. Louis joined the U.S. Navy as No. 3 in 1990. J. F. Kennedy did not.",
     ["Mr. Smith of St. Louis joined the U.S. Navy as No. 3 in 1990.", "J. F. Kennedy did not."]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_split_sentences(text, expected):
    assert split_sentences(text) == expected


def test_a_marker_after_a_full_stop_ends_the_sentence():
    text = 'Work began under the U.S. firm Acme Corp.[2][3] Engineers said it was "safe".[1]'
    assert split_cited(text) == [("Work began under the U.S. firm Acme Corp.", ["2", "3"]),
                                 ('Engineers said it was "safe".', ["1"])]


def test_a_marker_after_a_space_cites_the_sentence_before_it():
    # As the George building-collapse copy has it: "... approved in July 2023. [7] On 14 March ..."
    text = "It had been approved in July 2023. [7] On 14 March 2024, plans were signed off. [8] [9]"
    assert split_cited(text) == [("It had been approved in July 2023.", ["7"]),
                                 ("On 14 March 2024, plans were signed off.", ["8", "9"])]


REAL = Path(__file__).parent / "cases" / "real"


def _line(case: str, name: str, words: str) -> str:
    """The paragraph of a real case's input file that contains ``words``."""
    text = (REAL / case / "input" / name).read_text(encoding="utf-8")
    return next(line for line in text.splitlines() if words in line)


def test_a_marker_after_a_space_on_a_real_mirror_copy():
    # The WikiMili copy of the Rogers outage prints markers after a space, mid-sentence
    # ("networks, [3] including") and after a full stop ("$70 million. [7] Splitting"); each
    # sentence keeps the references its gold (read by hand) gives it, none shifts to the next.
    text = (REAL / "rogers-outage-2022" / "input" / "2022_Rogers_Communications_outage.txt").read_text(encoding="utf-8")
    prose = [line for line in text.splitlines() if "[" in line and " | " not in line]  # not the infobox
    assert [[keys for _, keys in split_cited(line)] for line in prose] == [
        [["3"], ["4"]], [["5", "6"], []], [["3"]], [["4", "7"], ["8"], ["9"]], [["10"]]]
    line = _line("rogers-outage-2022", "2022_Rogers_Communications_outage.txt", "$70 million")
    assert split_cited(line)[0][0] == "Rebates for customers are estimated to cost Rogers $28 million to $70 million."


def test_a_unit_ends_a_sentence_in_a_real_copy():
    line = _line("wakashio-oil-spill", "MV_Wakashio_oil_spill.txt", "a beam of 50 m.")
    sentences = [text for text, _ in split_cited(line)]
    assert "She was powered by a single diesel engine that gave her a service speed of 14.5 kn." in sentences
    assert any(text.endswith("a length overall of 299.95 m, and a beam of 50 m.") for text in sentences)


@pytest.mark.parametrize("text", ["[[" * 200_000, "word. " * 100_000, '"' * 200_000, "Mr. " * 100_000])
def test_hostile_text_splits_in_linear_time(text):
    start = time.process_time()  # CPU time: a guard against quadratic cost, not a benchmark
    split_cited(text)
    assert time.process_time() - start < 3.0


PROSE = ("The raid began at dawn on 20 June, police said. Officers from Tirana and Durres entered the camp. "
         "The U.S. embassy said it backed the action. Dr. Ali Reza was among those questioned. ")


def test_a_paragraph_longer_than_a_window_splits_as_its_parts_do():
    """Past ``WINDOW`` characters sentencex sees the text a window at a time; on prose that
    changes no cut (a window ending mid-sentence, or at "U.S." / "Dr.", would)."""
    times = sentences.WINDOW // len(PROSE) * 3 + 1
    assert len(PROSE * times) > 3 * sentences.WINDOW
    assert split_sentences(PROSE * times) == split_sentences(PROSE) * times


@pytest.mark.parametrize("text", ["''" * 500_000, "<!--" * 250_000, "''a" * 300_000])
def test_markup_runs_split_in_linear_time(text):
    """sentencex alone is quadratic on these: 100 kB of ``''`` took 0.7 s, 200 kB 4.5 s (1 MB:
    minutes); windowed, 1 MB takes 0.3-1.4 s (the budget leaves room for a busy machine)."""
    start = time.process_time()  # CPU time: a guard against quadratic cost, not a benchmark
    split_cited(text)
    assert time.process_time() - start < 5.0


def test_a_piece_without_letters_or_digits_is_no_sentence():
    assert split_sentences("It rained. '''''' <!--<!-- ... It stopped.") == ["It rained.", "It stopped."]
    assert split_sentences("''" * 10_000) == []
    # a footnote marker keeps its piece, so no reference key is lost
    assert split_cited("It rained.[1] ...[2] It stopped.") == [("It rained.", ["1"]), ("...", ["2"]),
                                                                 ("It stopped.", [])]

"""``mergekit.verify.written``: a reason names words as the claim writes them, never stems."""

from __future__ import annotations

import re

import pytest

from mergekit.verify import judge
from mergekit.verify.spans import stem
from mergekit.verify.written import as_written, whole_words


@pytest.mark.parametrize(("claim", "words", "shown"), [
    ("They were believed to host exiles.", "believed host exiles", ("believed", "host", "exiles")),
    ("Despite this, the Department acted.", "department despite", ("Despite", "Department")),
    ("The U.S. envoy met Saddam.", "u s saddam", ("U.S.", "Saddam")),  # one word for both letters
    ("Durrës's well-known port.", "durres known", ("Durrës", "well-known")),
    ("Jay-Z and Miley Cyrus.", "z", ("Jay-Z",)),  # a part alone ("Z") is no word as written
    ("Exiles and exiled leaders.", "exiled", ("Exiles",)),  # the first form the claim gives
    ("A word.", "zebra", ()),  # a stem the claim does not have is not shown
    # quotation marks of any script are no part of a word, and a dash or a slash between two
    # words sets them apart: "sent—quickly—to" named "sent" and "to" as not found
    ("He said «heat stroke» and „Hitze“.", "stroke heat hitze", ("heat", "stroke", "Hitze")),
    ("Units were sent—quickly—to the police/army post.", "quickly army", ("quickly", "army")),
    ("Pre-war (U.S.) talks, 2018–19.", "war u s", ("Pre-war", "U.S.")),
])
def test_stems_are_shown_as_the_claim_writes_them(claim, words, shown):
    stems = [stem(w) for w in words.split()]
    assert as_written(claim, stems) == shown


EVIDENCE = [
    "The camp hosted thousands of members of the People's Mojahedin Organization of Iran.",
    "Albanian police raided the camp near Durres in June 2023, seizing computers.",
]


@pytest.mark.parametrize("claim", [
    "Albanian police raided the camp in June 2023, and the exiles believed the opposition was hosted by Tirana.",
    "Despite protests, the U.S. Department said Albanian police raided the camp in June 2023.",
])
def test_a_reason_names_no_stem(claim):
    reason = judge(claim, EVIDENCE).reason
    named = re.findall(r"(?:words|names) not found: ([^;\[]*)", reason)
    assert named
    words = {w.strip() for part in named for w in re.sub(r"\(\+\d+ more\)", "", part).split(",")}
    as_written_here = set(re.findall(r"[\w'’.-]+", claim)) | {w.rstrip(".") for w in re.findall(r"[\w'’.-]+", claim)}
    assert words <= as_written_here, words - as_written_here


@pytest.mark.parametrize("text, cut, whole", [
    # a span that cuts into a hyphenated word names it whole, as as_written does
    ("all of Kellogg's cereal-producing plants", "producing", "cereal-producing"),
    ("rapper Jay-Z said", "Z", "Jay-Z"),
    # a run of words: the punctuation around it goes, a dash or a slash still parts words
    ("it \u201cbroke out\u201d, then", "broke out", "broke out"),
    ("sent\u2014quickly\u2014to", "quickly", "quickly"),
    ("in the U.S.", "U.S", "U.S."),
    ("Rooney's account", "Rooney", "Rooney"),
])
def test_a_span_is_widened_to_the_words_as_written(text, cut, whole):
    start = text.index(cut)
    assert whole_words(text, start, start + len(cut)) == whole


def test_the_cached_words_cannot_be_changed_by_a_caller():
    # _written's result is cached and shared: a caller that wrote to it would change what
    # every later caller reads for that text
    from mergekit.verify.written import _written

    words = _written("The U.S. sent aid.")
    with pytest.raises(TypeError):
        words["x"] = "y"  # type: ignore[index]
    assert as_written("The U.S. sent aid.", [stem("aid")]) == ("aid",)

"""mergekit.facts.journeys on real sentences (tests/cases/facts/journeys.tsv)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mergekit.facts.journeys import other_end, tells_route

ROWS = [line.split("\t") for line in (Path(__file__).parent / "cases" / "facts" / "journeys.tsv")
        .read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}-{i}" for i, r in enumerate(ROWS)])
def test_other_end(row):
    expect, claim, evidence = row
    found = other_end(claim, evidence)
    assert (found[1].end if found else "none") == expect


# tests/cases/real/amritsar-dussehra-train-disaster: the article's route against News18's,
# splco's and Business Standard's sentences
_DMU = ("The train was described as a diesel multiple unit (DMU) local passenger train travelling westbound from "
        "Jalandhar station to Amritsar.")


@pytest.mark.parametrize("sentence, tells", [
    ("The train was en route to Amritsar from Jalandhar when the incident occurred in the evening at Joda Phatak.", True),
    ("In the noise of the crackers, joyous cheers from the crowd and the ensuing commotion, people did not notice "
     "that the Jalandhar-Amritsar DMU was speeding towards them.", True),
    ("The local passenger train, 74943 DMU, was coming from Pathankot.", False),
    ("The Pathankot railway line and the Jalandhar railway line meet just after Joda Phatak where they are just "
     "metres apart.", False),
])
def test_a_sentence_tells_a_route_in_either_order_or_joined(sentence, tells):
    assert tells_route(_DMU, sentence) is tells

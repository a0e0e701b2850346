"""Named speakers only, from tests/cases/facts/named_speakers.tsv."""

from __future__ import annotations

from pathlib import Path

import pytest

from mergekit.facts import attributions, extract_quantities
from mergekit.facts.statements import speaker_at

ROWS = [line.split("\t") for line in (Path(__file__).parent / "cases" / "facts" / "named_speakers.tsv")
        .read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("text,named,last", ROWS, ids=[r[0][:50] for r in ROWS])
def test_named_speakers(text, named, last):
    found = attributions(text)
    assert ("|".join(a.speaker for a in found if a.named) or "-") == named
    figure = extract_quantities(text)[-1]
    assert (speaker_at(found, figure.span[0]) or "-") == last

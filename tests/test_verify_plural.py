"""A claim about several is not cited to a passage about one, nor one about one to a passage
about several (``mergekit.verify.plural``), on real news texts of the real-merge corpus's
tuning cases. The fitted heads call each of these sources supporting; the rule overrules
them, and the same sources are still cited for what they say in its own number."""

from __future__ import annotations

from pathlib import Path

import pytest

from mergekit.verify import judge
from mergekit.verify.plural import claimed_number, unsaid_number

REAL = Path(__file__).resolve().parent / "cases" / "real"

MALAYMAIL = "kim-kim-river-pollution/input/malaymail-two-schools-reopen-monday.txt"
MARAPI = "marapi-eruption-2023/input/mlecharbinger-23-of-75.txt"
TATHRA = "tathra-bushfire/input/wildfiretoday-dozens-of-homes.txt"
RICHMOND = "richmond-graduation-shooting/input/dailyhorn.txt"


def _news(path: str) -> list[str]:
    return [(REAL / path).read_text(encoding="utf-8")]


@pytest.mark.parametrize("claim, news", [
    # the article's sentence; the report: "after a student suffered shortness of breath,
    # vomiting and fainted" (the draft cited it before: the one wrong citation on tuning cases)
    ("Some of the students brought to the hospital were already fainted and with symptoms such as vomiting.",
     MALAYMAIL),
    # one, where the report tells of several: "23 out of 75 climbers were found dead",
    # "At least 69 homes were destroyed and 39 damaged", "four firearms were recovered"
    ("A climber was found dead due to an eruption of the Marapi volcano.", MARAPI),
    ("A home was destroyed and 39 damaged in the bushfire that spread into the coastal town.", TATHRA),
    ("A firearm was recovered at the scene.", RICHMOND),
])
def test_a_passage_of_the_other_number_is_not_cited(claim, news):
    judgement = judge(claim, _news(news))
    assert judgement.label == "supported"  # what the fitted heads say; the rule overrules it
    assert not judgement.citable


@pytest.mark.parametrize("claim, news", [
    ("A student suffered shortness of breath, vomiting and fainted after inhaling the gas.", MALAYMAIL),
    ("Climbers were found dead due to an eruption of the Marapi volcano.", MARAPI),
    ("Homes were destroyed in the bushfire that spread into the coastal town.", TATHRA),
    ("Four firearms were recovered at the scene.", RICHMOND),
])
def test_the_same_sources_are_cited_in_their_own_number(claim, news):
    assert judge(claim, _news(news)).citable


@pytest.mark.parametrize("claim, read", [
    ("Some of the students brought to the hospital were already fainted.", ("students", "several", ("fainted",))),
    ("The four defendants were acquitted by jury.", ("defendants", "several", ("acquitted", "jury"))),
    ("Many local residents were evacuated.", ("residents", "several", ("evacuated",))),
    ("A local student was taken to hospital.", ("student", "one", ("hospital",))),
    ("Over the years, 37 Nobel laureates have been affiliated with it.", ("laureates", "several", ("affiliated",))),
    # no number told: a pronoun, a singular without "a" or "one", no agreeing verb, a
    # relative clause's verb, a verb and noun that do not agree
    ("They were produced by the Royal Canadian Mint in 2007.", None),
    ("The driver was killed.", None),
    ("Students will return on Monday.", None),
    ("This creates revenue; however, it contributes to fires that are caused by fireworks.", None),
    ("The news was broken by a student.", None),
])
def test_the_subject_and_its_number(claim, read):
    assert claimed_number(claim) == read


@pytest.mark.parametrize("claim, quote, unsaid", [
    ("Students were taken to hospital.", "A student was taken to hospital.", "several students"),
    ("A student was taken to hospital.", "Three students were taken to hospital.", "one student"),
    # the claim's number before the predicate anywhere in the quote says it
    ("Students were taken to hospital.", "Students were taken to hospital after a student fainted.", ""),
    ("A student was taken to hospital.", "Pupils said the student was taken to hospital.", ""),
    # a bare singular is no count of one ("student numbers"): left to the heads
    ("Students were taken to hospital.", "The student union said some were taken to hospital.", ""),
    # no predicate word in the quote, or no mention of the head before it
    ("Students were taken to hospital.", "A student fainted.", ""),
    ("Students were taken to hospital.", "Hospital staff treated a student.", ""),
])
def test_the_quote_tells_the_predicate_of_the_other_number(claim, quote, unsaid):
    assert unsaid_number(claim, quote) == unsaid

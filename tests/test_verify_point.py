"""A passage that says a claim's frame but not the count in words that is its point
(``verify.point``) is no support in part: the sentence gets no needs_citation lead quoting
it. The sentences and passages are the real ones of the real-merge tuning cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from mergekit.load.inputs import load_folder
from mergekit.plan import plan_merge
from mergekit.plan.planner import supports
from mergekit.verify import Judgement
from mergekit.verify.point import unsaid_point

REAL = Path(__file__).resolve().parent / "cases" / "real"

MISS_UNIVERSE = "Contestants from eighty countries and territories competed in this year's pageant."
OPERATORS = "It had been owned by three previous operators."


@pytest.mark.parametrize("claim, quote, lacking", [
    (MISS_UNIVERSE,
     "Then, he returned on live television to announce that he'd made a mistake \u2014 Miss Philippines "
     "actually won the pageant, while Miss Colombia was first-runner up.", ("80",)),
    (OPERATORS,
     "A nearly 36 year old Dornier 228, owned and operated by Busy Bee Congo, yesterday crashed while "
     "taking off from the airport in Goma / Eastern Congo.", ("3",)),
])
def test_a_passage_without_the_count_says_only_the_frame(claim, quote, lacking):
    assert unsaid_point(claim, quote) == lacking


@pytest.mark.parametrize("claim, quote, evidence", [
    # the count in digits for the claim's word
    (OPERATORS, "The plane had been owned by 3 previous operators before Busy Bee.", ()),
    # another clause said besides the count: Chakwera's win
    ("Lazarus Chakwera won the re-run election, and two of his rivals conceded.",
     "Malawi opposition leader Lazarus Chakwera won the country's historic presidential election rerun.", ()),
    # the count given with a word of its clause in another sentence of the source
    (OPERATORS, "A nearly 36 year old Dornier 228, owned and operated by Busy Bee Congo, crashed.",
     ("A nearly 36 year old Dornier 228, owned and operated by Busy Bee Congo, crashed.",
      "Three operators had flown it before.")),
    # a figure in digits is the heads' own feature, not this rule's
    ("It had been owned by 3 previous operators.", "owned and operated by Busy Bee Congo", ()),
])
def test_a_passage_that_gives_the_count_or_another_clause_keeps_its_support(claim, quote, evidence):
    assert unsaid_point(claim, quote, evidence) == ()


def test_the_heads_label_does_not_count_where_the_count_is_unsaid():
    assert not supports(Judgement("supported", 0.67, "q", "r", "supported", unsaid_point=("3",)))
    assert not supports(Judgement("partial", 0.58, "q", "r", "partial", checkable=True, unsaid_point=("80",)))
    # a sentence saying a part in its own words has its own test of a figure's words
    assert supports(Judgement("partial", 0.3, "q", "r", "partial", part_quote="s", unsaid_point=("80",)))


@pytest.mark.parametrize("case, sentence", [
    ("miss-universe-2015", MISS_UNIVERSE),
    ("busy-bee-goma-crash", OPERATORS),
])
def test_an_uncited_sentence_whose_count_no_text_gives_is_unsourced_not_a_lead(case, sentence):
    # Before: a needs_citation finding quoting a passage on the same event without the
    # count (the gold: no text supports the sentence).
    plan = plan_merge(load_folder(REAL / case / "input"))
    kinds = {f.kind for f in plan.findings if f.article == "source" and f.sentence == sentence}
    assert "unsourced" in kinds and "needs_citation" not in kinds

"""A news sentence that holds every word of one clause of a sentence says that part of it
(``verify.features._says_part``, ``_whole``), whatever the support heads' label: a clause
of three words or more, its words of furniture aside ("reported", "said"), names and
figures among them, one at least neither a name nor a figure. The finding then names the
news text and quotes that sentence; it is never cited for the sentence. On the real-merge
tuning cases where each was reported unsourced or unverifiable before."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from mergekit.load.inputs import load_folder
from mergekit.plan import plan_merge
from mergekit.plan.model import FindingKind, MergePlan
from mergekit.verify.features import extract

REAL = Path(__file__).parent / "cases" / "real"


@cache
def _plan(case: str) -> MergePlan:
    return plan_merge(load_folder(REAL / case / "input"))


@pytest.mark.parametrize("claim, sentence", [
    # a service named by its time and its ends, with the word "service"
    ("On 31 October 2021, Great Western Railway's (GWR) 17:08 Portsmouth Harbour to Bristol Temple Meads "
     "service (reporting number 1F30) was passing through Salisbury Tunnel Junction.",
     "The rear carriage of the 17:08 Great Western Railway service from Portsmouth Harbour to Bristol "
     "Temple Meads derailed."),
    # an apposition of three words, two of them no names
    ("Rooney let only Rebekah Vardy, the wife of the footballer Jamie Vardy, see her posts and she posted fake stories.",
     "The ruling came after Vardy, wife of Leicester City footballer Jamie Vardy, destroyed messages."),
])
def test_a_sentence_holding_a_whole_clause_says_that_part(claim, sentence):
    assert extract(claim, ["An unrelated opening line about the weather.", sentence]).part_quote == sentence


@pytest.mark.parametrize("claim, sentence", [
    # names and a reporting word: "Queensland Police reported" says nothing of the claim
    ("Queensland Police reported that there had been 186 reports of contamination nationally.",
     "A Queensland man reported swallowing a berry and police launched an investigation."),
    # a name that opens the sentence is no word of its own (``_names`` skips the first word)
    ("Huguenot High School, of the Richmond Public Schools district, began their graduation ceremony at 4 pm.",
     "Two people were killed at the Huguenot High School graduation ceremony."),
    # a particle inside a name is no word of its own ("Marcelo Rebelo de Sousa")
    ("The President of Portugal, Marcelo Rebelo de Sousa, made plans to visit the site of the crash.",
     "Portuguese President Marcelo Rebelo de Sousa told SIC TV that some victims were from Madeira."),
    # a clause of two words is a noun phrase any text on the event has
    ("The patients were in critical condition, doctors at the regional hospital said on Monday.",
     "Two children remain in critical condition."),
    # every word of the clause but one is not the whole clause (four words or more: ``part_clauses``)
    ("The ship was carrying four thousand tonnes of fuel oil.",
     "The ship was carrying fuel."),
])
def test_names_furniture_or_a_short_clause_say_no_part(claim, sentence):
    assert extract(claim, ["An unrelated opening line about the weather.", sentence]).part_quote == ""


@pytest.mark.parametrize("case, sentence, kind, source, passage", [
    ("salisbury-rail-crash-2021", "On 31 October 2021, Great Western Railway's (GWR) 17:08",
     FindingKind.NEEDS_CITATION, "bbc-two-trains-collide.txt",
     "the rear carriage of the 17:08 Great Western Railway service from Portsmouth Harbour to Bristol Temple Meads"),
    # cites references the copy does not list: no longer unverifiable, the news text named
    ("salisbury-rail-crash-2021", "At the same time, the South Western Railway's (SWR) 17:20",
     FindingKind.UNRESOLVED_REFERENCE, "bbc-two-trains-collide.txt",
     "the 17:20 South Western Railway service from London Waterloo to Honiton"),
    ("wagatha-christie", "To determine the source, Rooney changed her Instagram settings",
     FindingKind.UNRESOLVED_REFERENCE, "daventryexpress-costs.txt",
     "Vardy, wife of Leicester City footballer Jamie Vardy"),
])
def test_the_finding_quotes_the_sentence_and_nothing_is_cited(case, sentence, kind, source, passage):
    plan = _plan(case)
    [finding] = [f for f in plan.findings if f.sentence.startswith(sentence) and f.article == "source"]
    assert finding.kind == kind
    assert finding.sources[0] == source and passage in finding.said[0].what
    [planned] = [p for p in plan.sentences if p.original.startswith(sentence)]
    assert planned.supporting == ()  # never cited for it

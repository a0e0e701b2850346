"""An uncited sentence a news text says in part, in another form (a date relative to the
report, a figure beside a name or written in words, a measure in another unit form, a quotation, several items of a list of names), is reported as needing a citation with the
news sentence that says the part quoted, never cited for it: on the real tuning cases where
each was reported unsourced before (``verify.features._says_part``, ``verify.dates.dated_part``, ``verify.dates.dated_event``,
``verify.lists``)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from mergekit.load.inputs import load_folder
from mergekit.plan import plan_merge
from mergekit.plan.model import FindingKind, MergePlan

REAL = Path(__file__).parent / "cases" / "real"


@cache
def _plan(case: str) -> MergePlan:
    return plan_merge(load_folder(REAL / case / "input"))


@pytest.mark.parametrize("case, sentence, source, passage", [
    # "yesterday (31 July)" in a report of 1 August 2019
    ("woodstock-50", "The festival was reduced from three days to one day shortly before it was canceled on",
     "iq-festival-graveyard.txt", "organisers yesterday (31 July) finally pulled the plug"),
    # "last Thursday" in a report of 13 March 2019 is 7 March
    ("kim-kim-river-pollution", "The incident started on 7 March 2019 after several students",
     "malaymail-all-111-schools-closed.txt", "The school closures had started last Thursday"),
    # "his wife, 52-year-old Maggie Murdaugh" for "his wife Maggie (52)"
    ("murdaugh-trial", "Alex called his wife Maggie (52) on June 7, 2021",
     "fitsnews-sentenced-to-life.txt", "his wife, 52-year-old Maggie Murdaugh"),
    # the quotation "trial of the century", word for word
    ("murdaugh-trial", "Local media called the trial South Carolina's \"trial of the century\"",
     "fitsnews-sentenced-to-life.txt", "South Carolina\u2019s \u2018Trial of the Century\u2019 is over"),
    # four of the eight acts of the line-up, in a list of the acts booked
    ("woodstock-50", "Artists initially announced for the Woodstock 50 lineup included",
     "nyt-what-went-wrong.txt", "booked more than 80 acts, including Jay-Z, Miley Cyrus, the Killers"),
    # a figure written in words, "four times", with two of the words beside it
    ("sinar-bangun-ferry", "The crews' decision to load the ferry to four times its capacity",
     "asianews.txt", "four times the number of passengers allowed"),
    ("mv-nyerere-sinking", "The organization also denied that Nyerere had mechanical problems",
     "eastafrican-lake-safety.txt", "the two new engines were installed"),
    # a weight with its unit in another form, given more precisely ("101.2 kilograms" for "101kg")
    ("cattelan-gold-toilet-theft", "The only bidder, Ripley's Believe It or Not!, won the 101kg toilet.",
     "independent-sothebys-auction.txt", "weighing over 101.2 kilograms"),
    # three of the other candidates by their roles, none by name
    ("jackson-mayoral-2014", "Other candidates in the race included former mayor Harvey Johnson",
     "yallpolitics-head-to-runoff.txt", "a former mayor, a state senator and two additional members"),
    # the same event of the same thing dated to the same day, its verb in other words
    # ("launched May 21" for "began on 21 May": both the strike's date). Not gatwick's "It
    # reopened ... on 21 December" for "The airport fully reopened on Friday" (a report of
    # Sunday 23 December 2018) any more: "It" names nothing the report could give (rv13)
    ("brazil-truckers-strike-2018", "With no response by the government, the strike began on 21 May.",
     "crisis24-update-8.txt", "The strike, launched May 21,"),
])
def test_a_part_said_in_another_form_needs_a_citation_quoting_it(case, sentence, source, passage):
    plan = _plan(case)
    [finding] = [f for f in plan.findings if f.sentence.startswith(sentence) and f.article == "source"]
    assert finding.kind == FindingKind.NEEDS_CITATION
    assert finding.said[0].source == source and passage in finding.said[0].what
    [planned] = [p for p in plan.sentences if p.text.startswith(sentence)]
    assert planned.supporting == () and "citation needed" in planned.tags  # never cited for it

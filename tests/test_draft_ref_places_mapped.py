"""A source's citation inside a sentence stays after the same words when the draft restyles the
sentence's dates (rv15, 4), and the audit's ``cite-place`` reads the draft and the source alone
(rv15, 4 and 5).

The writer moves each place onto the restyled text through the two texts' matching blocks
(``mergekit.draft.inline.moved``, the helper ``shifted`` moves links and italics with), never
to the end; the audit compares the words before a ref in the draft with the source's words
before it (``mergekit.audit._same_words``), not with the writer's restyling.
"""

from __future__ import annotations

import re

import pytest

from mergekit.audit import audit
from mergekit.draft.dates import restyle_dates
from mergekit.draft.inline import moved
from tests.test_draft_ref_places import HERALD, _run, _section, _wikitext

RANGE = f"From May 6<ref name=\"h\">{HERALD}</ref> to May 8, 2021, the mayor closed the bridge and residents donated."
# "June 2" before a word is no date in the whole sentence (``dates._is_date``), but the words
# before the ref, restyled alone, end with it and read as one: "on 2 June"
BARE = f"Police made 40 arrests on June 2<ref name=\"h\">{HERALD}</ref> and residents donated."


def _moved_to_end(files, sentence_end: str) -> dict[str, str]:
    draft = files["Borsetshire.wikitext"]
    ref = re.search(r'<ref name="herald">.*?</ref>', draft).group(0)
    moved_draft = draft.replace(ref, "").replace(sentence_end, sentence_end + ref)
    assert moved_draft != draft
    return {**files, "Borsetshire.wikitext": moved_draft}


def test_a_ref_between_the_two_ends_of_a_range_stays_after_the_first(tmp_path):
    inputs, plan, files = _run(tmp_path, _wikitext(RANGE))
    section = _section(files)
    assert re.search(r'From 6 May<ref name="herald">\{\{cite news [^<]*</ref> to 8 May 2021, the mayor closed the '
                     r"bridge and residents donated\.\n", section), section
    assert audit(inputs, plan, files) == []
    # the audit finds it moved to the end (trial-7 D5), whatever the writer does with dates
    assert {v.rule for v in audit(inputs, plan, _moved_to_end(files, "residents donated."))} == {"cite-place"}


def test_a_ref_whose_words_restyle_otherwise_alone_stays_in_place(tmp_path):
    inputs, plan, files = _run(tmp_path, _wikitext(BARE))
    section = _section(files)
    assert re.search(r'on June 2<ref name="herald">\{\{cite news [^<]*</ref> and residents donated\.\n', section), section
    assert audit(inputs, plan, files) == []
    assert {v.rule for v in audit(inputs, plan, _moved_to_end(files, "residents donated."))} == {"cite-place"}


@pytest.mark.parametrize(("text", "dmy", "mdy"), [
    ("From May 6 to May 8, 2021, it", "From 6 May to 8 May 2021, it", None),
    ("between May 6 and May 8, 2021", "between 6 May and 8 May 2021", None),
    ("May 6 \u2013 May 8, 2021", "6 May \u2013 8 May 2021", None),
    ("From 6 May to 8 May 2021, it", None, "From May 6 to May 8, 2021, it"),
    # a bare day joined to a dmy date has that date's month: the words are left as written
    ("From 6 to 8 May 2021, it", None, "From 6 to 8 May 2021, it"),
    ("April 28\u201330 and May 5\u20137, 2017", "28\u201330 April and 5\u20137 May 2017", None),
    ("in March 3 people died", "in March 3 people died", None),
])
def test_a_range_of_dates_is_restyled_whole_or_left_as_written(text, dmy, mdy):
    assert restyle_dates(text, "dmy") == (dmy or text)
    assert restyle_dates(text, "mdy") == (mdy or text)


def test_moved_puts_a_place_after_the_same_words():
    before = "From May 6 to May 8, 2021, the mayor closed the bridge."
    after = restyle_dates(before, "dmy")
    places = [len("From May 6"), len("From May 6 to May 8, 2021"), len("From May 6 to May 8, 2021, the mayor"), 2]
    assert [after[:at] for at, _ in moved(before, after, [(p, p) for p in places])] == [
        "From 6 May", "From 6 May to 8 May 2021", "From 6 May to 8 May 2021, the mayor", "Fr"]
    # a place inside a date goes to the date's end, never into it
    inside = moved("On May 6, 2021, it rained.", "On 6 May 2021, it rained.", [(len("On May 6"), len("On May 6"))])
    assert inside == [(len("On 6 May 2021"), len("On 6 May 2021"))]
    # a stretch of words is moved where it is kept, else dropped (``shifted``)
    assert moved(before, after, [(len("From May 6 to May 8, 2021, "), len("From May 6 to May 8, 2021, the mayor")),
                                 (len("From "), len("From May 6"))]) == [
        (len("From 6 May to 8 May 2021, "), len("From 6 May to 8 May 2021, the mayor")), None]


@pytest.mark.parametrize("body", ["https://example.com/bridge-closed", "Smith, J. (2021). Interview.",
                                  "[https://example.com/m Meeting notes]"])
def test_a_ref_with_no_cite_template_inside_a_sentence_is_the_sources(tmp_path, body):
    inputs, plan, files = _run(tmp_path, _wikitext(
        f"The mayor closed the bridge<ref>{body}</ref> and residents donated."))
    section = _section(files)
    ref = re.search(r"The mayor closed the bridge(<ref name=\"[^\"]+\">[^<]*</ref>) and residents donated\.\n", section)
    assert ref, section
    assert audit(inputs, plan, files) == []
    # moved to the end, or put after other words, it is found
    draft = files["Borsetshire.wikitext"]
    for moved_draft in (draft.replace(ref.group(1), "").replace("residents donated.", "residents donated." + ref.group(1)),
                        draft.replace(ref.group(1), "").replace("residents donated.", "residents" + ref.group(1) + " donated.")):
        assert {v.rule for v in audit(inputs, plan, {**files, "Borsetshire.wikitext": moved_draft})} == {"cite-place"}

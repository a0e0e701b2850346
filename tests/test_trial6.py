"""Trial 6 (a building collapse merged into its street): defects found on a real merge."""

from __future__ import annotations

import pytest

from mergekit.verify.spans import split_sentences


@pytest.mark.parametrize("text, expected", [
    # NBC News, 19 Oct 2019: cut after "Oct.", the second piece read as saying that a
    # building "was subsequently demolished" (it is the cranes)
    ("Two cranes leaning on a collapsed Hard Rock Hotel construction site in New Orleans where three "
     "people died on Oct. 12 are to be demolished in controlled explosions. The demolition was postponed.",
     ["Two cranes leaning on a collapsed Hard Rock Hotel construction site in New Orleans where three "
      "people died on Oct. 12 are to be demolished in controlled explosions.", "The demolition was postponed."]),
    ("It opened on Sept. 3, 2019. Sales fell.", ["It opened on Sept. 3, 2019.", "Sales fell."]),
    # a month at a sentence's end, before a capital, still ends it
    ("The vote was held in Oct. The result was close.", ["The vote was held in Oct.", "The result was close."]),
])
def test_short_month_before_its_day_ends_no_evidence_sentence(text, expected):
    assert split_sentences([text]) == expected

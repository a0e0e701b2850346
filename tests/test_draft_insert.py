"""Where the merged section goes, and that nothing else changes."""

from __future__ import annotations

import pytest

from mergekit.draft.insert import insert_section

SECTION = "== Merged ==\nText.\n\n"

CASES = [
    ("before See also",
     "Lead.\n\n== History ==\nOld.\n\n== See also ==\n* [[X]]\n",
     "Lead.\n\n== History ==\nOld.\n\n== Merged ==\nText.\n\n== See also ==\n* [[X]]\n"),
    ("before References when there is no See also",
     "Lead.\n\n== References ==\n{{Reflist}}\n",
     "Lead.\n\n== Merged ==\nText.\n\n== References ==\n{{Reflist}}\n"),
    ("before categories and stub tags when there are no appendices",
     "Lead.\n\n== History ==\nOld.\n\n{{Albania-stub}}\n[[Category:Towns]]\n",
     "Lead.\n\n== History ==\nOld.\n\n== Merged ==\nText.\n\n{{Albania-stub}}\n[[Category:Towns]]\n"),
    ("at the end of a bare page",
     "Lead only.",
     "Lead only.\n\n== Merged ==\nText.\n"),
]


@pytest.mark.parametrize("name, page, expected", CASES, ids=[c[0] for c in CASES])
def test_insert_section(name, page, expected):
    assert insert_section(page, SECTION) == expected

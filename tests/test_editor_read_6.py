"""What a demanding editor found reading the drafts of the tuning cases woodstock-50,
zuma-satellite-loss, optus-data-breach and sinar-bangun-ferry, each as the general rule
it breaks, on the real text (each failed before its fix)."""

from __future__ import annotations

from mergekit.draft.talk import _quote

# The Poughkeepsie Journal's passage on Woodstock 50, as the news text gives it.
_POUGHKEEPSIE = ("Woodstock 50 is scheduled to be held at Watkins Glen International racetrack in Watkins Glen, "
                 "Schuyler County, on Aug. 16-18, the 50th anniversary Woodstock weekend. More than 80 musical "
                 "acts are scheduled to appear, headlined by such names and groups as Jay-Z, Miley Cyrus, The "
                 "Killers, Dead & Company and others.")
_LINEUP = ("The planned lineup featured a mix of contemporary and original Woodstock performers, including the "
           "Killers, Jay-Z, Miley Cyrus, Santana, Dead & Company, Imagine Dragons, and many others.")


def test_a_long_quoted_passage_is_cut_at_a_sentence_start_never_after_an_abbreviation():
    # woodstock-50: the quote cut around the line-up opened "…16-18, the 50th anniversary
    # Woodstock weekend.": "Aug. 16-18" was read as a sentence end and a sentence start.
    quoted = _quote(_POUGHKEEPSIE, about=_LINEUP)
    assert quoted.startswith("\u201c\u2026More than 80 musical acts are scheduled to appear")
    assert quoted.endswith("Dead & Company and others.\u201d")

"""What a demanding editor found reading the drafts of the tuning cases woodstock-50,
zuma-satellite-loss, optus-data-breach and sinar-bangun-ferry, each as the general rule
it breaks, on the real text (each failed before its fix)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from mergekit.draft.talk import _quote
from mergekit.load.inputs import load_folder
from mergekit.outputs import render_outputs
from mergekit.plan import plan_merge

REAL = Path(__file__).parent / "cases" / "real"


@cache
def _outputs(case: str) -> dict[str, str]:
    inputs = load_folder(REAL / case / "input")
    return render_outputs(plan_merge(inputs), inputs, flags=False)


def _bullet(case: str, opening: str) -> list[str]:
    """The talk post's bullet on the sentence that opens with ``opening``, with its quotes."""
    lines = _outputs(case)["talk.wikitext"].splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("* \u201c" + opening))
    end = next((j for j in range(at + 1, len(lines)) if not lines[j].startswith("**")), len(lines))
    return lines[at:end]


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


def test_its_words_are_quoted_above_never_points_at_a_quotation_cut_before_them():
    # woodstock-50: the bullet on the line-up sentence asked the editor to check the
    # Poughkeepsie Journal's words and said "Its words are quoted above"; above, the same
    # passage was quoted for the lead sentence, cut around the venue and dates, ending
    # "Jay-Z, Miley Cyrus, The Killers, Dead &…": the words to check were the ones cut off.
    first = _bullet("woodstock-50", "Woodstock 50 was a cancelled music festival")
    assert "Dead & Company" not in first[1]
    # The line-up sentence's bullet quotes the passage that gives most of its list, the New
    # York Times's (all six acts; the Poughkeepsie Journal's gives four), quoted in full.
    bullet = _bullet("woodstock-50", "The planned lineup featured")
    assert not bullet[0].endswith("Its words are quoted above.")
    assert bullet[1].startswith("** The New York Times: \u201cWith their help")
    assert "Jay-Z, Miley Cyrus, the Killers, Santana, Imagine Dragons, Chance the Rapper, Halsey and Dead" in bullet[1]


def test_a_passage_quoted_above_for_other_words_is_quoted_again_for_this_bullets():
    # flybe-collapse-2023: "On 1 December 2020, Thyme Opco applied for a UK operating
    # licence." asked the editor to check AeroTime's words, "quoted above"; above, that
    # passage was quoted for another sentence, cut around "The carrier entered
    # administration in March 2020": no word of Thyme Opco in it.
    bullet = _bullet("flybe-collapse-2023", "On 1 December 2020, Thyme Opco applied")
    assert not bullet[0].endswith("Its words are quoted above.")
    assert bullet[1].startswith("** AeroTime: \u201cPreviously known as the largest regional airline in Europe")
    assert "new owners Thyme Opco." in bullet[1]
    # A passage whose words for this bullet were all shown is still quoted once (the seed's
    # State Police passage, under the second death-toll bullet).
    inputs = load_folder(Path(__file__).parent.parent / "seeds")
    talk = render_outputs(plan_merge(inputs), inputs, flags=False)["talk.wikitext"]
    assert sum("there have been no fatalities or injuries" in line for line in talk.splitlines()) == 1


def test_a_copy_without_its_reference_list_gives_the_reason_once_not_at_every_sentence():
    # zuma-satellite-loss: every sentence of the mirror copy is cited and its reference list
    # is lost, so the draft carried nine hidden notes, each repeating "the copy of Zuma
    # (satellite) given here has no reference list (look it up in the article itself)":
    # 1,200 characters of one reason through the edit window and the talk post's proposal.
    files = _outputs("zuma-satellite-loss")
    why = "the copy of Zuma (satellite) given here has no reference list (look it up in the article itself)"
    for text in (files["Falcon_9_Full_Thrust.wikitext"], files["talk.wikitext"]):
        assert text.count(why) == 1
        assert ("2018.<!-- source references 1 and 4 could not be resolved: " + why + " -->") in text
        assert "nor its purpose.<!-- source references 2 and 5 could not be resolved: as above -->" in text
        # one note at each place markers stood: three of them inside their sentences
        # ("loss of the spacecraft[4] and ...", refpos-1)
        assert text.count("could not be resolved: as above -->") == 11

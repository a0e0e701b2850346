"""``mergekit.verify.judge``: the interface, and verdicts any reader would agree with."""

from __future__ import annotations

import pytest

from mergekit.verify import LABELS, Judgement, judge

SOURCE = [
    "The Eiffel Tower is a wrought-iron lattice tower on the Champ de Mars in Paris.",
    "It was designed by the company of Gustave Eiffel and completed in 1889.",
    "The tower is 330 metres tall, about the height of an 81-storey building.",
]


def test_copy_of_the_source_is_supported():
    got = judge("The Eiffel Tower was completed in 1889 and designed by Gustave Eiffel's company.", SOURCE)
    assert isinstance(got, Judgement)
    assert got.label in ("supported", "partial")
    assert got.score > 0.5
    assert "1889" in got.quote
    assert got.reason


def test_unrelated_claim_is_not_supported_and_has_no_quote():
    got = judge("Bananas are rich in potassium and grow in tropical climates.", SOURCE)
    assert got.label == "not_supported"
    assert got.score < 0.3
    assert got.quote == ""


def test_changed_number_is_named_in_the_reason():
    got = judge("The Eiffel Tower was completed in 1925.", SOURCE)
    assert "1925" in got.reason
    assert got.score < judge("The Eiffel Tower was completed in 1889.", SOURCE).score


def test_hoax_source_raises_contradiction_probability():
    claim = "Woman gets a third breast implanted"
    plain = ["A woman in Florida says she had a third breast implanted."]
    hoax = ["The story of the woman who had a third breast implanted is a hoax.",
            "Snopes debunked the fake story; the implant was a prosthesis."]
    assert judge(claim, hoax).label in LABELS
    assert "refuting" in judge(claim, hoax).reason
    assert "refuting" not in judge(claim, plain).reason


@pytest.mark.parametrize("ordinary", [
    "The singer took the stage at the festival, a doctor among the crowd, to answer a question.",
    "Denis Smith, a doctor, staffed the stages; the fabric of the tent was questioned by nobody.",
    "The doctors' questions were on the next stage of the fabric trade.",
])
def test_an_ordinary_word_is_no_refuting_word(ordinary):
    """A refuting word counts only in its own forms: "doctored" refutes, "doctor" does not
    (the words were stemmed: "doctor", "stage", "question", "fabric" and "Denis" counted)."""
    claim = "The festival opened on Friday with a concert by the singer."
    got = judge(claim, ["The festival opened on Friday with a concert by the singer.", ordinary])
    assert "refuting" not in got.reason


@pytest.mark.parametrize("refuting, named", [
    ("The photo of the singer was doctored and the concert staged.", "doctored, staged"),
    ("Organisers denied it; the story was fabricated.", "denied, fabricated"),
    ("The report is questionable.", "questionable"),
])
def test_a_refuting_word_is_named_as_written(refuting, named):
    claim = "The festival opened on Friday with a concert by the singer."
    got = judge(claim, ["The festival opened on Friday with a concert by the singer.", refuting])
    assert f"the source uses refuting words ({named})" in got.reason


@pytest.mark.parametrize("claim, evidence", [("", SOURCE), ("A claim.", []), ("A claim.", ["  "])])
def test_nothing_to_compare_is_not_supported(claim, evidence):
    got = judge(claim, evidence)
    assert (got.label, got.score, got.quote) == ("not_supported", 0.0, "")


def test_a_page_string_is_split_into_sentences():
    page = " ".join(SOURCE) * 50  # one long string, as citation_checker gives it
    got = judge("The tower is 330 metres tall.", [page])
    assert len(got.quote) < 300 and "330" in got.quote


def test_support_is_the_support_heads_decision_apart_from_a_contradiction():
    from mergekit.verify import Judgement, judge

    j = judge("The strike lasted nine days.", ["The strike lasted nine days, the union said."])
    assert j.support in ("supported", "partial", "not_supported")
    assert j.label == j.support or j.label == "contradicted"
    # A judgement made without a separate support decision reads a contradiction as no support.
    assert Judgement("contradicted", 0.1, "", "x").support == "not_supported"
    assert Judgement("partial", 0.5, "", "x").support == "partial"


@pytest.mark.parametrize("claim, evidence, citable", [
    # a scale is part of the number: a billion is not a million
    ("Nornickel paid a fine of $1.97 billion for the spill.", "Nornickel paid a fine of $1.97 million for the spill.", False),
    ("Nornickel paid a fine of $1.97 billion for the spill.", "Nornickel paid a fine of $1.97bn for the spill.", True),
    ("The hackers demanded a ransom of $1,000,000 from Optus.", "The hackers demanded a ransom of $1m from Optus.", True),
    ("The landslide struck the mine at 06:30 local time.", "The landslide struck the mine at around 6.30am local time.", True),
    ("The landslide struck the mine at 06:30 local time.", "The landslide struck the mine at around 6.30pm local time.", False),
])
def test_a_number_is_the_same_number_however_it_is_written(claim, evidence, citable):
    assert judge(claim, [evidence]).citable is citable


def test_a_source_is_citable_only_with_the_claims_numbers_and_names():
    from mergekit.verify.features import FEATURE_NAMES
    from mergekit.verify.model import Verdict, citable

    values = dict.fromkeys(FEATURE_NAMES, 1.0)

    def vector(**changed):
        return tuple({**values, **changed}[name] for name in FEATURE_NAMES)

    supported = Verdict("supported", 0.9, 0.9, 0.0, "supported")
    assert citable(supported, vector())
    assert not citable(supported, vector(num_frac_win=0.5))  # a figure not in the passage
    assert not citable(supported, vector(ent_frac=0.5))  # a name not in the source
    assert not citable(Verdict("partial", 0.9, 0.4, 0.0, "partial"), vector())
    # the contradiction head's doubt is enough to keep a source out of the article
    assert not citable(Verdict("contradicted", 0.9, 0.9, 0.6, "supported"), vector())


def test_judge_marks_a_copy_citable_and_a_wrong_figure_not():
    copy = judge("The tower is 330 metres tall and was completed in 1889.", SOURCE)
    changed = judge("The tower is 330 metres tall and was completed in 1925.", SOURCE)
    assert copy.label == "supported" and copy.citable
    assert not changed.citable


def test_a_repeated_judgement_is_remembered_and_the_same():
    from mergekit.verify import _judge

    claim, evidence = "The dam holds 3 million cubic metres.", ["The dam holds 3 million cubic metres of water."]
    first = judge(claim, evidence)
    hits = _judge.cache_info().hits
    assert judge(claim, tuple(evidence)) is first  # a list or a tuple: one key
    assert _judge.cache_info().hits == hits + 1
    _judge.cache_clear()
    assert judge(claim, evidence) == first  # judged afresh: equal

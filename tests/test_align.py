"""``mergekit.align``: retrieval on small invented sources."""

from __future__ import annotations

import pytest

from mergekit.align import Match, Passage, PassageIndex, content_words

NEWS = [
    Passage("gazette", 0, "The council approved the new harbour bridge on Tuesday."),
    Passage("gazette", 1, "Construction of the bridge will cost 40 million euros."),
    Passage("gazette", 2, "The mayor thanked residents for their patience."),
    Passage("herald", 0, "Residents protested against the harbour bridge plan."),
    Passage("herald", 1, "The bridge opens to traffic in 2027, officials said."),
    Passage("herald", 2, "..."),  # no words at all
    Passage("herald", 3, "The of and to"),  # stop words only
]


@pytest.fixture(scope="module")
def index():
    return PassageIndex(NEWS)


def test_content_words_drop_stop_words_keep_numbers():
    assert content_words("The bridge opens in 2027.") == ["bridge", "opens", "2027"]


@pytest.mark.parametrize(
    "claim, expected",
    [
        ("The harbour bridge was approved by the council.", ("gazette", 0)),
        ("The bridge cost 40 million euros to build.", ("gazette", 1)),
        ("The bridge opened to traffic in 2027.", ("herald", 1)),
        ("Residents protested the bridge plans.", ("herald", 0)),
    ],
)
def test_the_right_passage_wins(index, claim, expected):
    top = index.best(claim)
    assert (top[0].passage.source, top[0].passage.index) == expected
    assert len(top) <= 3
    assert all(0.0 <= m.score <= 1.0 for m in top)
    assert [m.score for m in top] == sorted((m.score for m in top), reverse=True)


def test_identical_sentence_scores_one(index):
    assert index.best(NEWS[1].text, top_k=1)[0] == Match(NEWS[1], 1.0)


def test_sources_filter(index):
    top = index.best("The harbour bridge was approved by the council.", sources={"herald"})
    assert top and {m.passage.source for m in top} == {"herald"}
    assert index.best("The council approved the bridge.", sources=set()) == []


def test_ties_break_by_source_then_index():
    twins = [Passage("b", 1, "Bridge opened."), Passage("a", 2, "Bridge opened."),
             Passage("a", 1, "Bridge opened.")]
    top = PassageIndex(twins).best("Bridge opened.", top_k=3)
    assert [(m.passage.source, m.passage.index) for m in top] == [("a", 1), ("a", 2), ("b", 1)]
    assert len({m.score for m in top}) == 1


def test_deterministic_across_builds(index):
    claim = "Residents and the mayor discussed the bridge."
    assert PassageIndex(list(reversed(NEWS))).best(claim, top_k=5) == index.best(claim, top_k=5)


@pytest.mark.parametrize("claim", ["", "   ", "...", "The of and to"])
def test_claims_without_content_words_return_nothing(index, claim):
    assert index.best(claim) == []
    assert index.best_per_source(claim) == {}


def test_claim_sharing_no_word_returns_empty(index):
    assert index.best("Volcanic eruptions disrupted flights over Iceland.") == []


def test_empty_index():
    assert PassageIndex([]).best("The bridge opened.") == []
    assert PassageIndex([Passage("x", 0, "")]).best_per_source("bridge") == {}


def test_plural_folding_blocks_singular_and_plural(index):
    assert index.candidates("bridges") == index.candidates("bridge") == [0, 1, 3, 4]
    assert {m.passage for m in index.best("A resident")} == {NEWS[2], NEWS[3]}


def test_best_per_source(index):
    best = index.best_per_source("The harbour bridge was approved by the council.")
    assert list(best) == ["gazette", "herald"]
    assert best["gazette"].passage == NEWS[0]
    assert best["herald"].passage == NEWS[3]
    assert best["gazette"] == index.best("The harbour bridge was approved by the council.")[0]
    only_gazette = index.best_per_source("mayor thanked", sources=["herald", "gazette"])
    assert list(only_gazette) == ["gazette"]


def test_postings_budget_keeps_the_rarest_term():
    passages = [Passage("s", i, f"common filler sentence number {i}") for i in range(50)]
    passages.append(Passage("t", 0, "common rare"))
    tight = PassageIndex(passages, max_postings=5, max_candidates=2)
    assert tight.candidates("common rare") == [50]  # "common" (51 postings) is skipped
    assert tight.best("common rare", top_k=1)[0].passage == passages[-1]
    # A claim whose only word is frequent still gets candidates, capped in scoring.
    assert len(tight.best("common", top_k=5)) == 2


def test_a_repeated_question_gets_the_same_answer_and_its_own_copy(index):
    claim = "The harbour bridge was approved by the council."
    first, again = index.best(claim), index.best(claim)
    assert first == again and first is not again
    first.clear()  # the caller's copy: the remembered answer is untouched
    assert index.best(claim) == again
    per = index.best_per_source(claim, limit=2)
    per.clear()
    assert index.best_per_source(claim, limit=2) == index._best_per_source(claim, None, 2)
    assert index.best(claim, sources={"herald"}) == index._best(claim, 3, {"herald"})

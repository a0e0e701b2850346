"""The scale-19 speed paths give the answers of the plain code they replaced (the
benchmarks' outputs are checked byte for byte by ``benchmarks/outputs_hash.py``; these
compare the paths with the plain code on small inputs, so they can fail)."""

from __future__ import annotations

import random

from mergekit.facts.clusters import provisional_reports
from mergekit.facts.scope import provisional_casualties, provisional_toll
from mergekit.facts.statements import Statement

_SENTENCES = [
    "The death toll is likely to rise as more bodies are feared trapped inside.",
    "At least 42 people died in the fire.",
    "The number of casualties is expected to rise, officials said.",
    "Police say that number is likely to rise.",
    "The toll road was closed after the crash.",
    "Unemployment figures are expected to rise.",
]


def _plain(statements: list[Statement], *, casualties: bool = False) -> frozenset[str]:
    says = provisional_casualties if casualties else provisional_toll
    return frozenset(st.source for st in statements if st.role == "news" and says(st.text))


def test_provisional_reports_is_every_news_source_with_a_sentence_that_says_so():
    rng = random.Random(19)
    for _ in range(200):
        statements = [Statement(f"news{rng.randrange(6)}.txt", rng.choice(("news", "news", "article", "target")),
                                rng.choice(_SENTENCES)) for _ in range(rng.randrange(0, 25))]
        for casualties in (False, True):
            assert provisional_reports(statements, casualties=casualties) == _plain(statements, casualties=casualties)
    assert provisional_reports([Statement("a.txt", "news", _SENTENCES[0])]) == {"a.txt"}  # the input can say so


def test_planner_other_value_is_other_value_of_the_items_sentences_and_remembered():
    from pathlib import Path

    from mergekit.load.inputs import load_folder
    from mergekit.plan.planner import _other_value, _Planner

    inputs = load_folder(Path(__file__).resolve().parent.parent / "seeds")
    planner = _Planner(inputs, top_target=3, max_judged=8)
    asked = 0
    for _, sentence in inputs.source.sentences():
        for label, j in planner.judge_news(sentence.text).items():
            got = planner.other_value(sentence.text, label, j)
            assert got == _other_value(sentence.text, j, planner.news[label].sentences)
            assert planner.other_value(sentence.text, label, j) is got  # the second ask is answered from memory
            asked += 1
    assert asked > 20


def _plain_told_as_claims(cluster) -> dict[int, frozenset[str]]:
    """``_told_as_claims`` as it was written: every article teller against every value."""
    from collections import defaultdict

    disagreement = cluster.disagreement
    told: dict[int, set[str]] = defaultdict(set)
    for a, value in enumerate(cluster.values):
        if value.role == "article" and value.attributed_to:
            against = set(disagreement.against(a))
            alo, ahi, dim = disagreement.iv[a]
            for j, other in enumerate(cluster.values):
                jlo, jhi, jdim = disagreement.iv[j]
                if (other.role != "article" and j not in against and other.counted == value.counted
                        and jdim == dim and alo <= jhi and jlo <= ahi):
                    told[j].add(value.key)
    return {j: frozenset(keys) for j, keys in told.items()}


def test_told_as_claims_is_what_comparing_every_value_gives(tmp_path):
    import dataclasses
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from merge_growth import build

    from mergekit.facts.clusters import build_clusters
    from mergekit.load.inputs import load_folder
    from mergekit.plan.conflicts import _told_as_claims, statements

    build(tmp_path / "merge", 3, 4)
    every = statements(load_folder(tmp_path / "merge"))
    rng = random.Random(19)
    # every article value also as some party's claim: many tellers, so the index is exercised
    told = [dataclasses.replace(st, text=f"Police said {st.text[0].lower()}{st.text[1:]}")
            if st.role == "article" and rng.random() < 0.5 else st for st in every]
    compared = found = 0
    for cluster in build_clusters(every) + build_clusters(told):
        if cluster.disagreement is not None:
            mine = _told_as_claims(cluster)
            assert mine == _plain_told_as_claims(cluster)
            compared, found = compared + 1, found + len(mine)
    assert compared > 5 and found > 0


def test_ratios_are_token_set_ratios_whether_remembered_or_not():
    from rapidfuzz import fuzz, utils

    from mergekit import align

    texts = [utils.default_process(t) for t in _SENTENCES] + ["", "the", "toll the death"]
    rng = random.Random(7)
    align._RATIOS.clear()
    for _ in range(60):
        query = rng.choice(texts)
        choices = [rng.choice(texts) for _ in range(rng.randrange(0, 8))]
        assert align._ratios(query, choices) == [fuzz.token_set_ratio(query, c) / 100.0 for c in choices]
    assert align._RATIOS  # remembered: the later asks were answered in part from memory


def test_what_counts_remembered_is_what_reading_it_again_gives():
    from pathlib import Path

    from mergekit.facts.quantities import extract_quantities
    from mergekit.facts.topics import what_counts

    lines = [line for path in sorted((Path(__file__).resolve().parent.parent / "seeds").glob("00*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines()]
    asked = 0
    for text in lines:
        for q in extract_quantities(text):
            first = what_counts(q, text)
            assert what_counts(q, text) is first  # remembered
            assert first == what_counts.__wrapped__(q, text)  # as a fresh reading
            asked += 1
    assert asked > 50


def test_quantity_topic_and_noun_after_remembered_are_what_reading_again_gives():
    from pathlib import Path

    from mergekit.facts.grammar import noun_after
    from mergekit.facts.quantities import extract_quantities
    from mergekit.facts.topics import quantity_topic

    lines = [line for path in sorted((Path(__file__).resolve().parent.parent / "seeds").glob("00*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines()]
    asked = 0
    for text in lines:
        for q in extract_quantities(text):
            topic = quantity_topic(q, text)
            assert quantity_topic(q, text) is topic and topic == quantity_topic.__wrapped__(q, text)
            noun = noun_after(text, q.span[1])
            assert noun_after(text, q.span[1]) is noun and noun == noun_after.__wrapped__(text, q.span[1])
            asked += 1
    assert asked > 50


def test_tokens_remembered_are_a_fresh_list_of_what_reading_again_gives():
    from mergekit.verify.spans import _tokens, tokens

    text = "Durrës's well-known port_city didn’t close; 1,200 people ‘waited’"
    first = tokens(text)
    assert first == list(_tokens.__wrapped__(text)) == ["durres", "well", "known", "port", "city", "didnt", "close",
                                                          "1", "200", "people", "waited"]
    first.append("changed")  # a caller's list is its own
    assert tokens(text) == first[:-1] and tokens(text) is not tokens(text)


def test_content_words_remembered_are_a_fresh_list_of_what_reading_again_gives():
    from mergekit.align import _content_words, content_words

    text = "The Harbour Bridge was approved by the council in 2019, after 12 votes."
    first = content_words(text)
    assert first == list(_content_words.__wrapped__(text)) == ["harbour", "bridge", "approved", "council", "2019",
                                                                 "12", "votes"]
    first.append("changed")  # a caller's list is its own
    assert content_words(text) == first[:-1] and content_words(text) is not content_words(text)


def test_said_remembered_is_what_weighing_again_gives():
    from mergekit.plan.planner import _said

    text = "At least 42 people died when the warehouse burned down on 23 June 2022."
    for passage in ("The warehouse fire killed 42 people on 23 June.", "It burned down.", "", text):
        assert _said(text, passage) == _said.__wrapped__(text, passage) == _said(text, passage)
    assert _said(text, text) > _said(text, "It burned down.")  # the weighing is exercised


def test_as_written_orders_by_the_texts_first_writing_and_clause_start_remembered():
    from mergekit.facts.clauses import STATEMENT_BREAK, clause_start
    from mergekit.verify.spans import stem, tokens
    from mergekit.verify.written import _order, _written, as_written

    text = "The U.S. envoy met Jay-Z, and the envoy said the U.S. would act; Jay-Z agreed."
    written = _written(text)
    plain = {piece: i for i, piece in reversed(list(enumerate(written.values())))}
    assert dict(_order(text)) == plain
    stems = [stem(t) for t in tokens(text)]
    assert as_written(text, stems) == tuple(sorted({written[s] for s in stems if s in written}, key=plain.__getitem__))
    assert as_written(text, ["envoy", "u"]) == ("U.S.", "envoy")
    for pos in range(len(text) + 1):
        assert clause_start(text, pos, STATEMENT_BREAK) == clause_start.__wrapped__(text, pos, STATEMENT_BREAK)


def test_context_skips_the_joined_word_lists_and_survey_keeps_each_stems_sentences():
    from mergekit.facts.clusters import _context_skipped
    from mergekit.facts.grammar import words
    from mergekit.verify.scan import survey

    w = words()
    assert _context_skipped() == w["function"] | w["reporting"] | w["auxiliary"] | w["not_a_name"]
    seen = survey(["Police arrested two men.", "The men were released.", "Police said nothing."])
    assert {w: list(at) for w, at in seen.where.items()} == {
        w: [i for i, stems in enumerate(seen.stems) if w in stems] for w in seen.counts}

"""Scale work keeps outputs exact: indexes and bounds return what scoring every pair returns."""

from __future__ import annotations

import random
from pathlib import Path

from rapidfuzz import fuzz

from mergekit.facts.misattribution import _norm, _TrigramIndex

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _seed_lines() -> list[str]:
    lines = []
    for path in sorted(SEEDS.glob("00*.txt")):
        lines += [_norm(line) for line in path.read_text(encoding="utf-8").splitlines() if len(line.split()) >= 3]
    return lines


def _mutate(rng: random.Random, text: str) -> str:
    chars = list(text)
    for _ in range(rng.randrange(0, max(1, len(chars) // 8))):
        at = rng.randrange(len(chars))
        op = rng.choice("dis")
        if op == "d":
            del chars[at]
        elif op == "i":
            chars.insert(at, rng.choice("abcde "))
        else:
            chars[at] = rng.choice("xyz")
    return "".join(chars)


def test_trigram_index_finds_exactly_what_scoring_every_pair_finds():
    rng = random.Random(13)
    lines = _seed_lines()
    index = _TrigramIndex(lines)
    found = 0
    for _ in range(300):
        line = rng.choice(lines)
        words = line.split()
        start = rng.randrange(len(words))
        needle = _mutate(rng, " ".join(words[start:start + rng.randrange(3, 30)])).strip()
        if len(needle) < 5:
            continue
        for min_score in (80.0, 90.0):
            brute = [(i, s) for i, hay in enumerate(lines) if len(hay) >= len(needle) * 0.8
                     and (s := fuzz.partial_ratio(needle, hay)) >= min_score]
            assert index.matches(needle, min_score) == brute, needle
            found += len(brute)
    assert found > 300  # the needles do match: the test compares real hits, not empty lists


def test_flags_cap_evidence_and_said_and_count_the_rest():
    from mergekit.draft.reasons import describe  # noqa: F401  (the detail's wording)
    from mergekit.flags import MAX_EVIDENCE, _finding
    from mergekit.plan.model import Evidence, Finding, MergePlan, Said

    evidence = tuple(Evidence(f"n{i}.txt", f"quote {i}", 1.0, "contradicts") for i in range(MAX_EVIDENCE + 4))
    said = (Said("source.txt", "36", None),) + tuple(Said(f"n{i}.txt", f"{i}", None) for i in range(MAX_EVIDENCE + 9))
    plan = MergePlan(source_title="S", target_title="T", section_title="S", sentences=(), findings=(),
                     clusters=(), run_date="2024-01-01", source_names=())
    many = Finding(id="x", kind="contradicted", section="S", sentence="s", cited=(), evidence=evidence,
                   rule="figures_differ", topic="people injured", said=said)
    out = _finding(many, plan, {})
    assert [e["source"] for e in out["evidence"]] == [f"n{i}.txt" for i in range(MAX_EVIDENCE)]
    assert out["evidence_omitted"] == 4
    assert len(out["said"]) == MAX_EVIDENCE + 1 and out["said_omitted"] == 9
    assert out["detail"].endswith("and 9 other sources.")
    few = _finding(Finding(id="x", kind="contradicted", section="S", sentence="s", cited=(), evidence=evidence[:2],
                           rule="figures_differ", said=said[:3]), plan, {})
    assert "evidence_omitted" not in few and "said_omitted" not in few and len(few["evidence"]) == 2


def test_flags_cap_a_large_clusters_news_values_and_count_the_rest():
    from mergekit.facts.clusters import Cluster, ClusterValue

    def value(i: int, role: str) -> ClusterValue:
        return ClusterValue(float(i), float(i), float(i), None, False, f"{role}{i}.txt", role, f"k{i}", f"q{i}", None)

    values = (value(0, "article"), value(1, "target")) + tuple(value(i, "news") for i in range(2, 12))
    cluster = Cluster("dead", "people killed", values, True, "r")
    assert cluster.to_dict() == cluster.to_dict(max_values=len(values))  # small enough: every value
    capped = cluster.to_dict(max_values=5, shown={("news3.txt", "q3"), ("news9.txt", "q9"), ("news4.txt", "q5")})
    assert [v["source"] for v in capped["values"]] == ["article0.txt", "target1.txt", "news3.txt", "news9.txt"]
    assert capped["values_omitted"] == 8 and "values_omitted" not in cluster.to_dict()


def test_a_quotation_misattributed_in_many_sources_is_one_finding(tmp_path):
    import sys

    sys.path.insert(0, str(SEEDS.parent / "benchmarks"))
    from merge_growth import build

    from mergekit.load.inputs import load_folder
    from mergekit.plan import plan_merge

    build(tmp_path / "merge", 1, 3)  # the seeds, each news report three times
    plan = plan_merge(load_folder(tmp_path / "merge"))
    misattributed = [f for f in plan.findings if f.rule == "misattributed"]
    assert len(misattributed) == 1
    assert len({e.source for e in misattributed[0].evidence}) == 3


def test_best_per_source_with_limit_keeps_the_best_sources_of_its_pool():
    from mergekit.align import Passage, PassageIndex

    # 30 reports: three say the claim, the others share a few of its words.
    claim = "The harbour crane collapsed onto the ferry terminal at dawn."
    passages = [Passage(f"r{k:02d}", 0, "The harbour crane collapsed onto the ferry terminal at dawn."
                        if k < 3 else f"Report {k}: the harbour opened a terminal.") for k in range(30)]
    passages += [Passage(f"r{k:02d}", 1, "Nothing about it here at all.") for k in range(30)]
    index = PassageIndex(passages)
    full = index.best_per_source(claim)
    limited = index.best_per_source(claim, limit=2)
    assert list(limited) == ["r00", "r01"]  # the best two (ties by name), by source name
    assert all(limited[s] == full[s] for s in limited)
    assert len(index.best_per_source(claim, limit=40)) == len(full)


def test_backlog_times_each_page_and_prints_plain_progress_off_a_terminal(capsys):
    import time as _time

    from mergekit.cli.backlog import _with_progress
    from mergekit.errors import InputError
    from mergekit.net.backlog import Outcome, run_backlog

    def draft(title: str) -> Outcome:
        _time.sleep(0.05)
        if title == "B":
            raise InputError("no such page")
        return Outcome(title, "drafted")

    outcomes = list(_with_progress(run_backlog(["A", "B"], draft), 2))
    assert [o.status for o in outcomes] == ["drafted", "failed"]
    assert all(o.seconds >= 0.05 for o in outcomes)
    lines = capsys.readouterr().err.splitlines()
    assert [line.split(" [")[0] for line in lines] == ["[1/2] drafted: A", "[2/2] failed: B (no such page)"]


_SCORES = """
from pathlib import Path
from mergekit.align import Passage, PassageIndex
from mergekit.load.sentences import split_sentences
texts = [p.read_text(encoding="utf-8") for p in sorted(Path({seeds!r}).glob("00*.txt"))]
sentences = [s for text in texts for line in text.splitlines() for s in split_sentences(line)]
index = PassageIndex([Passage(str(i % 7), i, s) for i, s in enumerate(sentences)])
print([(m.passage.index, repr(m.score)) for s in sentences for m in index.best_per_source(s).values()])
"""


def test_scores_do_not_depend_on_the_hash_seed():
    import os
    import subprocess
    import sys

    outputs = {
        subprocess.run([sys.executable, "-c", _SCORES.format(seeds=str(SEEDS))], check=True, capture_output=True,
                       text=True, env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout
        for seed in range(6)
    }
    assert len(outputs) == 1


_LOADED = """
import atexit, sys
atexit.register(lambda: print(" ".join(m for m in sys.modules if m.startswith("mergekit.cli.")), file=sys.stderr))
from mergekit.cli import main
main(["run", "--out", {out!r}])
"""


def test_a_run_imports_no_other_command(tmp_path):
    import os
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-c", _LOADED.format(out=str(tmp_path / "d"))], cwd=SEEDS.parent,
                            capture_output=True, text=True, check=True,
                            env={**os.environ, "PYTHONPATH": str(SEEDS.parent)})
    imported = set(result.stderr.split())
    assert "mergekit.cli.run" in imported
    assert not imported & {"mergekit.cli.fetch", "mergekit.cli.eval", "mergekit.cli.review", "mergekit.cli.check",
                           "mergekit.cli.backlog", "mergekit.cli.cache", "mergekit.cli.report", "mergekit.cli.rsp"}


def test_report_says_how_many_cluster_values_flags_json_left_out():
    import json

    from mergekit.report import render_report

    drafts = SEEDS.parent / "drafts"
    doc = json.loads((drafts / "flags.json").read_text(encoding="utf-8"))
    assert doc["clusters"] and not any("values_omitted" in c for c in doc["clusters"])  # the seeds: every value
    diff = (drafts / "Camp_Ashraf_3.diff").read_text(encoding="utf-8")
    assert "more news values" not in render_report(doc, diff)
    doc["clusters"][0]["values_omitted"] = 17
    assert "17 more news values, not quoted elsewhere in this report, are not listed." in render_report(doc, diff)


def _seed_sentences() -> list[str]:
    from mergekit.load.sentences import split_sentences

    return [s for path in sorted(SEEDS.glob("00*.txt"))
            for line in path.read_text(encoding="utf-8").splitlines() for s in split_sentences(line)]


def test_remembered_fact_readers_answer_as_the_readers_do():
    import datetime as dt

    from mergekit.facts import dates, memo, quantities, topics
    from mergekit.facts.attribution import attributions
    from mergekit.verify import memo as verify_memo
    from mergekit.verify import spans

    memo.clear()
    sentences = _seed_sentences()
    assert len(sentences) > 100
    published = dt.date(2023, 6, 21)
    figures = 0
    for _ in range(2):  # the second pass answers from the memo
        for text in sentences:
            found = memo.extract_quantities(text)
            assert found == quantities.extract_quantities(text)
            assert memo.extract_dates(text, published=published) == dates.extract_dates(text, published=published)
            assert memo.extract_dates(text) == dates.extract_dates(text)
            assert memo.attributions(text) == attributions(text)
            figures += len(found)
            for d in memo.extract_dates(text):
                assert memo.date_topic(d.span, text) == topics.date_topic(d.span, text)
            for parts in (False, True):
                assert verify_memo.numbers(text, parts=parts) == spans.numbers(text, parts=parts)
    assert figures > 100 and memo.extract_quantities.cache_info().hits >= len(set(sentences))
    mine = verify_memo.numbers("3 of 12 people, 1990-95")
    mine.add("999")  # each caller gets its own set
    assert "999" not in verify_memo.numbers("3 of 12 people, 1990-95")


def test_a_merge_reads_each_distinct_sentence_once(tmp_path):
    """Copies of a report (the same sentences in many news files) are read for their facts
    once: the memo's misses are the distinct sentences, not the sentences."""
    import sys

    sys.path.insert(0, str(SEEDS.parent / "benchmarks"))
    from merge_growth import build

    from mergekit.facts import memo
    from mergekit.load.inputs import load_folder
    from mergekit.plan import plan_merge
    from mergekit.plan.conflicts import statements

    build(tmp_path / "merge", 2, 6)
    inputs = load_folder(tmp_path / "merge")
    every = statements(inputs)
    distinct = {s.text for s in every}
    assert len(every) > 2 * len(distinct)  # the copies repeat most sentences
    memo.clear()
    # the readers that remember a sentence's figures above the memo forget them too: a cold run
    from mergekit.facts.clusters import _figures, _read
    from mergekit.plan.aligned import _read_counts

    _figures.cache_clear()
    _read.cache_clear()
    _read_counts.cache_clear()
    plan_merge(inputs)
    read = memo.extract_quantities.cache_info()  # misses: the reader's own runs
    assert read.misses <= len(distinct) < read.hits + read.misses
    assert memo.attributions.cache_info().misses <= len(distinct)
    dates = memo._dates.cache_info()
    assert dates.misses <= len({(s.text, p) for s in every for p in (s.published, None)}) < dates.hits + dates.misses


def test_best_per_source_is_each_sources_best_of_scoring_every_candidate():
    """best_per_source keeps each source's best without ranking every candidate, and scores
    copies of one passage once: the same answer as ranking them all (ties by rank)."""
    from mergekit.align import Passage, PassageIndex, _terms

    rng = random.Random(7)
    lines = [line for line in _seed_lines() if len(line.split()) >= 5][:120]
    passages = []
    for k in range(12):  # twelve sources; each holds copies of the same few lines, some edited
        for i, line in enumerate(rng.sample(lines, 15)):
            passages.append(Passage(f"s{k:02d}", i, line if rng.random() < 0.7 else _mutate(rng, line)))
    index = PassageIndex(passages, max_candidates=10_000)  # every candidate of a source is scored
    for claim in rng.sample(lines, 40):
        ids = index.candidates(claim)
        expected: dict[str, tuple[float, int]] = {}
        for score, i in index._ranked(claim, _terms(claim), ids):  # best first
            expected.setdefault(passages[i].source, (score, i))
        got = index.best_per_source(claim)
        assert {s: (m.score, passages.index(m.passage)) for s, m in got.items()} == expected, claim
        assert list(got) == sorted(expected)


def test_a_news_file_too_short_to_hold_an_article_is_not_compared_and_not_taken_for_it():
    from mergekit.load.roles import WHOLESALE, Grams, _words

    article = " ".join(_seed_lines())
    grams = Grams(article)
    for text in (article, article[: len(article) // 2], "Police raided the camp on 20 June 2023.", ""):
        words = _words(text)
        bounded = grams.share_in_words(words, at_least=WHOLESALE)
        exact = grams.share_in(text)
        assert (bounded >= WHOLESALE) == (exact >= WHOLESALE)
        assert bounded == exact or bounded < WHOLESALE and bounded >= exact


def test_every_reference_section_name_holds_a_word_the_rendered_check_looks_for():
    from mergekit.load.rendered import _REFERENCE_WORDS, REFERENCE_SECTIONS

    assert all(any(word in name for word in _REFERENCE_WORDS) for name in REFERENCE_SECTIONS)


def test_the_written_flags_json_shows_invisible_characters(tmp_path):
    """``mergekit run`` renders flags.json once, with the check's findings, and shows an
    invisible character of the inputs as ``\\u200b`` (the run used to write it raw)."""
    import json
    import shutil

    from mergekit.load.inputs import load_folder
    from mergekit.pipeline import render_merge

    shutil.copytree(SEEDS, tmp_path / "merge")
    source = tmp_path / "merge" / "000_cca1debf4f80bbf1.txt"
    text = source.read_text(encoding="utf-8")
    at = text.index("Ashraf camp 1 and 2")
    source.write_text(text[:at] + "Ashraf\u200b camp 1 and 2" + text[at + len("Ashraf camp 1 and 2"):], encoding="utf-8")
    files = render_merge(load_folder(tmp_path / "merge")).files
    assert "\u200b" not in files["flags.json"] and "\\u200b" in files["flags.json"]
    doc = json.loads(files["flags.json"])
    assert any("Ashraf\u200b camp" in s["text"] for s in doc["sentences"]) and "check" in doc


def test_a_few_quotations_scored_alone_find_what_the_index_finds(monkeypatch):
    # find_misattributions scores a few quotations against every sentence and builds the
    # trigram index for more (speed only): both ways, the same sentences and scores, and
    # the same misattributions of the seeds' statements
    import mergekit.facts.misattribution as misattribution
    from mergekit.load.inputs import load_folder
    from mergekit.plan.conflicts import statements

    rng = random.Random(7)
    lines = _seed_lines()
    index = misattribution._TrigramIndex(lines)
    for _ in range(60):
        words = rng.choice(lines).split()
        needle = _mutate(rng, " ".join(words[:rng.randrange(3, 30)])).strip()
        for min_score in (80.0, 90.0):
            assert misattribution._score_every(lines, needle, min_score) == index.matches(needle, min_score)
    every = statements(load_folder(SEEDS))
    article = [s for s in every if s.role == "article"]
    news = [s for s in every if s.role == "news"]
    assert misattribution._needles(article, 5) >= 1
    found = {}
    for alone in (0, 1000):
        monkeypatch.setattr(misattribution, "_SCORED_ALONE", alone)
        found[alone] = misattribution.find_misattributions(article, news, min_score=60.0)
    assert found[0] == found[1000] and found[0]


def test_the_reports_figure_marks_are_remembered_by_text_and_type():
    # report.page._figures is remembered (a quote shows under many findings): by text, and by
    # type, so markup already escaped is not served the escaped answer of the same text
    from markupsafe import Markup

    from mergekit.report.page import _figures

    assert _figures("<b>12</b> people") == Markup("&lt;b&gt;<mark>12</mark>&lt;/b&gt; people")
    assert _figures(Markup("<b>12</b> people")) == Markup("<b><mark>12</mark></b> people")
    assert _figures("<b>12</b> people") == Markup("&lt;b&gt;<mark>12</mark>&lt;/b&gt; people")
    assert _figures("7 boats") == Markup("<mark>7</mark> boats") and _figures("8 boats") == Markup("<mark>8</mark> boats")

"""Work stays linear on hostile inputs (``benchmarks/hostile_scale.py``): each test counts the
work a pathological input costs (calls, membership checks, a bound on a piece's length), not
wall-clock time, so it fails on the quadratic code and stays fast."""

from __future__ import annotations

from dataclasses import dataclass

import mergekit.draft.dates as dates
import mergekit.plan.conflicts as conflicts
from mergekit.draft.refs import CiteData, RefRegistry
from mergekit.facts.clusters import Disagreement
from mergekit.load.inputs import MergeInputs
from mergekit.load.sentences import split_cited, split_sentences
from mergekit.model import AfdNotice, Article, Reference, Section, Sentence

N = 300


def _source(n: int) -> Article:
    """A source of ``n`` sentences, each giving a figure of one topic and citing its own dated reference."""
    sentences = tuple(Sentence(f"Police searched {i + 2} rooms of the camp.", refs=(f"r{i}",), paragraph=i)
                      for i in range(n))
    references = tuple(Reference(f"r{i}", title=f"Report {i}", date="2023-06-21") for i in range(n))
    return Article("Source", (Section("", 1, sentences),), references, label="source")


def _inputs(source: Article) -> MergeInputs:
    target = Article("Target", (Section("", 1, (Sentence("The camp lies near Manez."),)),), label="target")
    return MergeInputs(source=source, target=target, news=(), afd=AfdNotice("Target"), run_date="2023-08-15",
                       cited={}, target_cites={})


def test_an_article_sentence_is_dated_without_reading_every_reference_again(monkeypatch):
    read = []
    original = conflicts.iso_day

    def counted(value):
        read.append(value)
        return original(value)

    monkeypatch.setattr(conflicts, "iso_day", counted)
    every = conflicts.statements(_inputs(_source(N)))
    assert {s.as_of.isoformat() for s in every if s.role == "article"} == {"2023-06-21"}
    assert len(read) <= 2 * N  # each reference's date read once, not once per sentence (N * N)


def test_a_cluster_of_article_figures_alone_asks_no_disagreement(monkeypatch):
    asked = []
    against = Disagreement.against

    def counted(self, i):
        asked.append(i)
        return against(self, i)

    monkeypatch.setattr(Disagreement, "against", counted)
    found = conflicts.find_conflicts(_inputs(_source(N)))
    assert not found.with_news and not found.with_target
    assert len(asked) <= 2  # no news or destination figure to conflict with: none asked here (was every one)


class _CountingSet(set):
    checks = 0

    def __contains__(self, item):
        _CountingSet.checks += 1
        return super().__contains__(item)


def test_references_of_one_outlet_and_day_are_named_without_counting_from_two_each_time():
    _CountingSet.checks = 0
    registry = RefRegistry(style="dmy", taken=_CountingSet({"example-times-2023-06-21-5"}))
    names = [registry.name_for(CiteData(f"k{i}", f"Report {i}", work="Example Times", date="2023-06-21"))
             for i in range(N)]
    # the same names as ever: the base, then -2, -3, ... skipping the one the destination has
    assert names[:5] == ["example-times-2023-06-21"] + [f"example-times-2023-06-21-{n}" for n in (2, 3, 4, 6)]
    assert len(set(names)) == N
    assert _CountingSet.checks <= 3 * N  # was N * N / 2


class _CountingTuple(tuple):
    reads = 0

    def __iter__(self):
        _CountingTuple.reads += 1
        return super().__iter__()


def test_an_article_finds_a_reference_by_key_without_reading_the_list_each_time():
    references = _CountingTuple(Reference(f"r{i}") for i in range(N))
    expected = list(references)
    _CountingTuple.reads = 0
    article = Article("A", (), references)
    assert [article.reference(f"r{i}") for i in range(N)] == expected
    assert article.reference("missing") is None
    assert _CountingTuple.reads <= 1
    twice = Article("B", (), (Reference("x", title="first"), Reference("x", title="second")))
    assert twice.reference("x").title == "first"  # the first of a key, as before


def test_a_long_sentence_is_never_cut_where_it_does_not_end():
    # review rv11: a cut at 1,000 characters (for the speed of a line of thousands of
    # figures) split a real cited sentence listing 36 unions, tagged its first half
    # {{citation needed}} mid-sentence, and added a space inside a run of text without spaces.
    unions = ", ".join(f"the Union of Workers of Town {n}" for n in range(2, 40))
    sentence = f"The strike was joined by {unions}, and by the Confederation of Trade Unions."
    assert len(sentence) > 1_200
    assert split_sentences(sentence) == [sentence]
    assert [text for text, _ in split_cited(sentence + "[1]")] == [sentence]
    run = "\u7f62\u5de5" * 600  # a run of CJK text with no space, inside one sentence
    assert split_sentences(f"The banner read {run} all week.") == [f"The banner read {run} all week."]


class _Copied(str):
    """A lowered sentence that counts the characters a ``+`` copies in front of it."""

    copied = 0

    def __radd__(self, left: str) -> str:
        _Copied.copied += len(left)
        return str.__add__(left, self)


class _Text(str):
    def lower(self) -> str:
        return _Copied(str.lower(self))


def test_a_news_file_of_many_sentences_is_joined_once_for_the_search_of_an_agent():
    from mergekit.facts.statements import Statement
    from mergekit.plan.other_agent import other_agents

    _Copied.copied = 0
    news = [Statement("news.txt", "news", _Text(f"Room {i} was searched by the police.")) for i in range(2 * N)]
    article = [Statement("source", "article", "Room 5 was searched by a security guard.", key="s1")]
    other_agents(article, news)
    assert _Copied.copied <= 2 * N  # one space before each sentence; was the whole text so far for each (N * N * 20)


def _names_as_before(refs: tuple[Reference, ...], style: str) -> dict[str, str]:
    """``planner._reference_names`` as fix-rv9 wrote it (every reference read for each shared name)."""
    from collections import Counter

    from mergekit.load.inputs import reference_label
    from mergekit.plan.planner import _reference_name

    names = {ref.key: _reference_name(ref, style) for ref in refs}
    shared = Counter(names.values())
    for ref in refs:
        if shared[names[ref.key]] > 1:
            titles = [r.title for r in refs if names[r.key] == names[ref.key]]
            apart = ref.title and titles.count(ref.title) == 1 and f"\u201c{ref.title}\u201d" not in names[ref.key]
            names[ref.key] += f", \u201c{ref.title}\u201d" if apart else f" ({reference_label(ref, wikitext=True)})"
    return names


def _wikitext_source(refs: tuple[Reference, ...]) -> MergeInputs:
    source = Article("Source", (Section("", 1, (Sentence("Police came."),)),), refs, wikitext="x", label="source")
    return _inputs(source)


def test_references_of_one_name_are_told_apart_as_before():
    import random

    from mergekit.plan.planner import _reference_names

    rng = random.Random(5)
    for _ in range(200):
        refs = tuple(Reference(rng.choice(["a", "b", "c", "#1", "#2", "d"]), title=rng.choice([None, "T", "U", "V"]),
                               work=rng.choice([None, "Reuters", "AP"]), date=rng.choice([None, "2021-05-05"]))
                     for _ in range(rng.randint(1, 7)))
        assert _reference_names(_wikitext_source(refs), "dmy") == _names_as_before(refs, "dmy")


@dataclass(frozen=True)
class _CountedReference(Reference):
    """A reference that counts how often its key is read."""

    def __getattribute__(self, name: str):
        if name == "key":
            _counted["key"] += 1
        return super().__getattribute__(name)


_counted = {"key": 0}


def test_references_of_one_outlet_and_day_are_told_apart_without_reading_every_one_for_each():
    from mergekit.plan.planner import _reference_names

    refs = tuple(_CountedReference(f"r{i}", title=f"Report {i}", work="Example Times", date="2023-06-21")
                 for i in range(N))
    _counted["key"] = 0
    names = _reference_names(_wikitext_source(refs), "dmy")
    assert names["r7"] == "Example Times, 21 June 2023, \u201cReport 7\u201d"
    assert _counted["key"] <= 10 * N  # was N * N: every reference read for each


class _CountedJoins:
    """``dates._JOINS``, counting each test of what joins a date to the next."""

    def __init__(self, pattern):
        self.pattern, self.calls = pattern, 0

    def match(self, *args):
        self.calls += 1
        return self.pattern.match(*args)


def test_a_long_chain_of_bare_dates_is_restyled_in_one_walk(monkeypatch):
    # rv17: each bare date of a chain walked the rest of it again, by recursion ("May 1 or " 1200
    # times raised RecursionError); now each joint is tested once, whatever the chain's length
    counted = _CountedJoins(dates._JOINS)
    monkeypatch.setattr(dates, "_JOINS", counted)
    n = 1200
    text = "Meetings were held on " + "May 1 or " * n + "May 2 at noon."
    assert dates.restyle_dates(text, "dmy") == text  # no date of the chain is one: none restyled
    assert counted.calls <= 2 * n
    counted.calls = 0
    dated = "Meetings were held on " + "May 1 or " * n + "May 2, 2020 at noon."
    assert dates.restyle_dates(dated, "dmy") == "Meetings were held on " + "1 May or " * n + "2 May 2020 at noon."
    assert counted.calls <= 2 * n
    counted.calls = 0
    assert len(dates.date_spans(dated)) == n + 1
    assert counted.calls <= 2 * n


def test_a_long_line_of_day_month_dates_is_restyled_in_linear_time(monkeypatch):
    # rv18: restyling day-month dates to mdy searched the whole line before each date for a
    # bare day joined to it ("1 to 3 May 2020, " 8,000 times took 41 s); each search now
    # reads a short window before its date, so the searches read linear text in all
    class Window:
        def __init__(self, pattern):
            self.pattern, self.read = pattern, 0

        def search(self, string, pos=0, endpos=None):
            endpos = len(string) if endpos is None else endpos
            self.read += endpos - pos
            return self.pattern.search(string, pos, endpos)

    day, month = Window(dates._DAY_BEFORE), Window(dates._MONTH_BEFORE)
    monkeypatch.setattr(dates, "_DAY_BEFORE", day)
    monkeypatch.setattr(dates, "_MONTH_BEFORE", month)
    n = 2000
    text = "Held on " + "1 to 3 May 2020, " * n
    assert dates.restyle_dates(text, "mdy") == text  # "1 to May 3, 2020" would leave the 1 no month
    assert day.read + month.read <= 100 * n

"""A sentence that splits a whole into parts, one verb for each count, gives no whole.

Read at the end of session 17 on a held-out case (zanesville-animal-escape, declared read in
the README): WHIZ News's "In all 56 animals were on the property, 48 were killed by law
enforcement, one was killed by a cat and six were taken to the Columbus Zoo." was read as a
second death toll, "one", against the article's "48 animals were subsequently killed by
law enforcement", which the same WHIZ sentence gives.
"""

from mergekit.facts.clusters import _figures, build_clusters
from mergekit.facts.statements import Statement

WHIZ = ("In all 56 animals were on the property, 48 were killed by law enforcement, one was killed by a cat "
        "and six were taken to the Columbus Zoo.")
ARTICLE = "48 animals were subsequently killed by law enforcement."


def _counted(text: str) -> list[tuple[str, str, str]]:
    return [(f[0], f[3].text, f[5]) for f in _figures(text)]


def test_the_parts_of_a_breakdown_are_no_whole() -> None:
    got = {text: counted for _tid, text, counted in _counted(WHIZ) if _tid == "dead"}
    assert set(got) == {"48", "one"}
    assert all(counted.startswith("part ") for counted in got.values())
    assert got["48"] != got["one"]


def test_counts_of_one_verb_or_of_two_speakers_stay_as_read() -> None:
    # an update, one verb: the later figure is still a toll to compare; the earlier one is
    # read as superseded (contra-25: ``facts.revisions``), no part either
    rose = [(f[3].text, f[5], f[7]) for f in _figures("The death toll rose from 12 to 15.") if f[0] == "dead"]
    assert rose == [("12", "", "15"), ("15", "", None)]
    # two speakers in one sentence: a dispute, not a breakdown
    disputed = _counted("Police said 12 people were killed, but hospital officials said 15 people were killed.")
    assert [c for t, _x, c in disputed if t == "dead"] == ["", ""]


def _statement(text: str, source: str, role: str) -> Statement:
    import inspect

    fields = inspect.signature(Statement).parameters
    args = {"text": text, "source": source, "role": role, "key": f"{source}:0"}
    return Statement(**{k: v for k, v in args.items() if k in fields})


def test_the_breakdown_does_not_contradict_the_article() -> None:
    clusters = build_clusters([_statement(ARTICLE, "source", "source"), _statement(WHIZ, "whiz.txt", "news")])
    dead = [c for c in clusters if c.id == "dead"]
    assert dead and not any(c.pairs for c in dead)

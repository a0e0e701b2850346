"""facts.predicates: a denial against the same predicate affirmed, from
tests/cases/facts/predicates.tsv."""

from __future__ import annotations

from pathlib import Path

import pytest

from mergekit.facts.predicates import opposed, predicates

ROWS = [line.split("\t") for line in (Path(__file__).parent / "cases" / "facts" / "predicates.tsv")
        .read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("a,b,want,why", ROWS, ids=[r[3][:50] for r in ROWS])
def test_opposed(a, b, want, why):
    got = any(opposed(p, q) for p in predicates(a) for q in predicates(b))
    assert got is (want == "yes"), (why, predicates(a), predicates(b))


def test_a_denial_reads_its_verb_subject_and_object():
    [p] = predicates("It was later determined that the event did not breach the rules.")
    assert (p.verb, p.subject, p.negated, p.display, p.whole_class) == ("breach", "event", True, "did not breach", True)
    assert p.label == "whether the event did breach"

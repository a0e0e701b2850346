"""The scale-18 speed paths give the answers of the plain code they replaced (they are
checked on the benchmarks' outputs only, byte for byte; these compare them on any input)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mergekit.facts.predicates import denied_verbs, predicates
from mergekit.plan.conflicts import _Alike

_BOUND = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_BOUND, _BOUND), min_size=1, max_size=30), _BOUND, _BOUND)
def test_alike_meeting_is_every_interval_that_meets(pairs, a, b):
    iv = [(min(x, y), max(x, y), "count") for x, y in pairs]
    low, high = min(a, b), max(a, b)
    indices = list(range(len(iv)))
    plain = [j for j in indices if iv[j][0] <= high and low <= iv[j][1]]
    assert _Alike.of(indices, iv).meeting(low, high) == plain


_TEXTS = [
    "Police said the company breached the rules, but the company did not breach them.",
    "The ministry denied that it had leaked the report; the newspaper said the ministry leaked it.",
    "He never confirmed the deal. The board confirmed the deal on Monday and approved the plan.",
    "The firm did not pay the fine. The regulator fined the firm and the firm paid.",
]


def test_affirmations_only_of_denied_verbs_are_those_the_full_reading_gives():
    every = frozenset().union(*(denied_verbs(t) for t in _TEXTS))
    assert every  # the texts deny something: the filter is exercised
    for text in _TEXTS:
        for verbs in (every, frozenset(), frozenset(list(every)[:1])):
            full = predicates(text)
            assert predicates(text, verbs) == tuple(p for p in full if p.negated or p.verb in verbs)

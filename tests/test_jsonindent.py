"""``jsonindent.dumps`` writes exactly what ``json.dumps(obj, indent=n, ensure_ascii=False)`` writes."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mergekit.jsonindent import dumps

_SCALARS = (st.none() | st.booleans() | st.integers(min_value=-(10**20), max_value=10**20)
            | st.floats(allow_nan=True, allow_infinity=True) | st.text())
_KEYS = st.text() | st.integers() | st.floats(allow_nan=False) | st.booleans() | st.none()
_DOCUMENTS = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=5) | st.lists(inner, max_size=4).map(tuple)
    | st.dictionaries(_KEYS, inner, max_size=5),
    max_leaves=40,
)


@settings(max_examples=400, deadline=None)
@given(_DOCUMENTS, st.integers(min_value=0, max_value=3))
def test_dumps_is_json_dumps_indented(document, indent):
    assert dumps(document, indent=indent) == json.dumps(document, indent=indent, ensure_ascii=False)


def test_dumps_writes_escapes_and_non_ascii_as_json_does():
    document = {"quote": 'He said "no"\n\tand left \u2014 caf\u00e9 \U0001f600 \x00', "n": [1, 2.5, -0.0, 1e300],
                "empty": {}, "none": [], "nested": [{"a": [[]]}], 3: True, None: False, 1.5: None}
    assert dumps(document) == json.dumps(document, indent=1, ensure_ascii=False)


def test_dumps_refuses_what_json_refuses():
    with pytest.raises(TypeError):
        dumps({"a": {1, 2}})
    with pytest.raises(TypeError):
        dumps({(1, 2): "a"})

"""``jsontext.dumps_indented`` writes the bytes ``json.dumps(..., indent=n, ensure_ascii=False)`` writes."""

from __future__ import annotations

import enum
import json

import pytest

from mergekit.jsontext import dumps_indented


class Level(enum.IntEnum):
    HIGH = 3


DOCUMENTS = [
    {},
    [],
    "plain",
    None,
    {"a": [], "b": {}, "c": [{}], "d": [[]], "e": ({"f": ()},)},
    {"quote": 'He said "no" \\ then\n\ttabbed \x00\x1f \u2028 caf\u00e9 \u201cquoted\u201d \U0001f600'},
    {"n": [0, -1, 10**30, 0.1, -0.0, 1e-7, 1e22, 2.5, float("nan"), float("inf"), -float("inf")]},
    {"flags": [True, False, None], "level": Level.HIGH, 3: "int key", 2.5: "float key", True: "bool key",
     None: "none key"},
    {"schema": "mergekit.flags/1", "findings": [{"evidence": [{"source": "s", "score": 0.8765, "stance": None}
                                                              for _ in range(3)]}, ["x", ["y", {"z": [1, {"w": {}}]}]]]},
]


@pytest.mark.parametrize("document", DOCUMENTS)
@pytest.mark.parametrize("indent", [0, 1, 2, 4])
def test_the_bytes_of_json_dumps(document, indent):
    assert dumps_indented(document, indent) == json.dumps(document, indent=indent, ensure_ascii=False)


def test_what_json_refuses_is_refused():
    looped: list = []
    looped.append(looped)
    with pytest.raises(ValueError, match="Circular reference"):
        dumps_indented({"a": looped}, 1)
    with pytest.raises(TypeError, match="not JSON serializable"):
        dumps_indented({"a": {1, 2}}, 1)
    with pytest.raises(TypeError, match="keys must be"):
        dumps_indented({(1, 2): 0}, 1)


def test_a_shared_container_is_no_loop():
    shared = {"k": [1]}
    document = {"a": shared, "b": [shared, shared]}
    assert dumps_indented(document, 1) == json.dumps(document, indent=1, ensure_ascii=False)

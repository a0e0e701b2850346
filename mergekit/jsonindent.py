"""JSON text indented as ``json.dumps(obj, indent=n, ensure_ascii=False)`` writes it, faster.

With an indent the standard library encodes in Python, through one generator per level of
nesting, and every piece of text passes up through each of them: for ``flags.json`` of a
large merge (4.9 MB at 1,000 x 6,400 sentences) that was 1.5-2 % of the run. Here each
piece is appended to one list, and strings are escaped by the same C function
(``json.encoder.encode_basestring``): the same characters, byte for byte (floats by
``float.__repr__``, ``NaN`` and ``Infinity`` as json writes them, keys converted as json
converts them). Only what json itself accepts without a ``default``: dicts, lists, tuples,
strings, numbers, booleans and None; anything else raises ``TypeError`` as json does.
"""

from __future__ import annotations

from json.encoder import encode_basestring

__all__ = ["dumps"]

_INF = float("inf")


def _float(o: float) -> str:
    if o != o:
        return "NaN"
    if o == _INF:
        return "Infinity"
    if o == -_INF:
        return "-Infinity"
    return float.__repr__(o)


def _key(k: object) -> str:
    """A dict key as json writes it (a string; a number, boolean or None converted)."""
    if isinstance(k, str):
        return k
    if isinstance(k, float):
        return _float(k)
    if k is True:
        return "true"
    if k is False:
        return "false"
    if k is None:
        return "null"
    if isinstance(k, int):
        return int.__repr__(k)
    raise TypeError(f"keys must be str, int, float, bool or None, not {k.__class__.__name__}")


def dumps(obj: object, indent: int = 1) -> str:
    """``json.dumps(obj, indent=indent, ensure_ascii=False)``."""
    step = " " * indent
    out: list[str] = []
    append = out.append
    encode = encode_basestring

    def write(o: object, newline: str) -> None:
        if isinstance(o, str):
            append(encode(o))
        elif o is None:
            append("null")
        elif o is True:
            append("true")
        elif o is False:
            append("false")
        elif isinstance(o, int):
            append(int.__repr__(o))
        elif isinstance(o, float):
            append(_float(o))
        elif isinstance(o, (list, tuple)):
            if not o:
                append("[]")
                return
            inner = newline + step
            separator = "[" + inner
            for value in o:
                append(separator)
                separator = "," + inner
                if type(value) is str:  # most values: no call
                    append(encode(value))
                else:
                    write(value, inner)
            append(newline + "]")
        elif isinstance(o, dict):
            if not o:
                append("{}")
                return
            inner = newline + step
            separator = "{" + inner
            for key, value in o.items():
                append(separator)
                separator = "," + inner
                append(encode(key if type(key) is str else _key(key)))
                if type(value) is str:  # most values: no call
                    append(": " + encode(value))
                else:
                    append(": ")
                    write(value, inner)
            append(newline + "}")
        else:
            raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    write(obj, "\n")
    return "".join(out)

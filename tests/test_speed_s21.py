"""scale-21: speed-pass helpers that keep every output (``benchmarks/outputs_hash.py``)."""

from __future__ import annotations


def test_numbered_reads_a_sentence_once():
    """``already._numbered`` gives the sentence's units followed by a number, all at once
    (it was asked per unit, a scan of every unit each time)."""
    from mergekit.plan.already import _numbered, _Sentence

    s = _Sentence.read("Trucks closed Ontario Highway 11 and the Queen Street bridge on Monday.")
    assert _numbered(s) == frozenset({("ontario", "highway")})
    assert _numbered(_Sentence.read("Trucks closed the Queen Street bridge.")) == frozenset()


def test_renamings_need_a_cue_word():
    """``grammar.renamings`` skips a text with none of the words ``_RENAMED`` needs; every
    renaming it reads has one of them."""
    from mergekit.facts.grammar import _RENAME_CUES, _RENAMED, renamings

    for text in ("Meta Platforms, formerly Facebook Inc, employed 71,000 people.",
                 "Facebook Inc was renamed Meta Platforms in 2021.",
                 "Acme Radio, previously known as Beta FM, closed.",
                 "Acme Corp, later Beta Ltd, grew."):
        m = _RENAMED.search(text)
        assert m is not None and any(w in m.group(0) for w in _RENAME_CUES), text
    assert renamings("Meta Platforms employed 71,000 people in 2021.") == []
    assert renamings("Facebook Inc was renamed Meta Platforms in 2021.") == [(("Facebook", "Inc"), ("Meta", "Platforms"))]

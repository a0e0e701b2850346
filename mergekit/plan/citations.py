"""Which references a sentence rests on.

A citation at the end of a paragraph conventionally covers the uncited sentences before
it in the same paragraph, so an uncited sentence takes the citations of the next cited
sentence of its paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence

from mergekit.model import Sentence

__all__ = ["effective_citations"]


def effective_citations(sentences: Sequence[Sentence]) -> list[tuple[tuple[str, ...], bool]]:
    """For each sentence of one section: (reference keys, inherited from the paragraph?)."""
    out: list[tuple[tuple[str, ...], bool]] = []
    for i, sentence in enumerate(sentences):
        if sentence.refs:
            out.append((sentence.refs, False))
            continue
        later = next(
            (s.refs for s in sentences[i + 1:] if s.paragraph == sentence.paragraph and s.refs),
            (),
        )
        out.append((later, bool(later)))
    return out

"""Which references a sentence rests on.

A sentence is cited by the markers written right after it, and by nothing else. A
citation at the end of a paragraph *may* cover the uncited sentences before it (Wikipedia's
text–source integrity: where a citation stands should make clear which text it supports,
and a paragraph's closing citation may be meant for the whole paragraph), but the article
does not say so, and a merge moves the sentences away from it. So an uncited sentence is
given the paragraph's *closing citation* (the references of the next cited sentence of its
paragraph) only as a candidate: the planner cites it for the sentence when the news text
it names says the sentence, and otherwise reports the sentence as uncited (unsourced, or
needing a citation), naming the closing citation as one that might cover it.
"""

from __future__ import annotations

from collections.abc import Sequence

from mergekit.model import Sentence

__all__ = ["effective_citations"]


def effective_citations(sentences: Sequence[Sentence]) -> list[tuple[tuple[str, ...], bool]]:
    """For each sentence of one section: (its reference keys, or else the paragraph's closing
    citation; whether they are the closing citation, a candidate rather than its own)."""
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

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

One exception: a quotation split by its attribution (``"The priest knew it," she told
Spanish television. "I've never tried to do anything hidden."<ref>``) is one quotation that
the sentence splitter cuts in two; the reference closing it cites all of it, so its first
half takes the next sentence's references as its own (trial-7: the first half was tagged
``{{citation needed}}`` between the halves). Only when the next sentence is a quotation and
nothing else: ``"Prayers answered," Abbott wrote. "The neighbourhood is shaken," a neighbour
told reporters.<ref>`` are two speakers' quotations, and the reference may cite only the second
(rv14).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from mergekit.model import Sentence

__all__ = ["effective_citations"]

_OPEN, _CLOSE = "\"\u201c", "\"\u201d"
# A sentence that opens with a quotation closed by a comma, "!" or "?" inside the marks and
# ends with its attribution ("'…,' she told Spanish television."): no quotation mark after.
_QUOTE_THEN_SPEAKER = re.compile(rf"^[{_OPEN}][^{_OPEN}{_CLOSE}]+[,!?][{_CLOSE}]\s+[^{_OPEN}{_CLOSE}]+\.$")
# The rest of that quotation: a sentence that is a quotation and nothing else, closed at its
# end ("'I've never tried to do anything hidden.'"). A sentence that opens with a quotation
# and goes on after it has a speaker of its own ("'It is a disgrace,' Jane Roe replied."):
# another quotation, perhaps another speaker's. Logical punctuation closes it outside the
# marks ("'I have never tried to do anything hidden'."; rv16).
_BARE_QUOTE = re.compile(rf"^[{_OPEN}][^{_OPEN}{_CLOSE}]+(?:[.!?][{_CLOSE}]|[{_CLOSE}][.!?])$")


def _quotation_goes_on(sentence: Sentence, following: Sentence | None) -> bool:
    """Whether ``following`` (the next sentence) carries on the quotation that opens
    ``sentence`` before its attribution: the same paragraph, a bare quotation with no
    attribution of its own (``_BARE_QUOTE``)."""
    return (following is not None and following.paragraph == sentence.paragraph
            and _BARE_QUOTE.match(following.text.strip()) is not None
            and _QUOTE_THEN_SPEAKER.match(sentence.text.strip()) is not None)


def effective_citations(sentences: Sequence[Sentence]) -> list[tuple[tuple[str, ...], bool]]:
    """For each sentence of one section: (its reference keys, or else the paragraph's closing
    citation; whether they are the closing citation, a candidate rather than its own)."""
    out: list[tuple[tuple[str, ...], bool]] = []
    for i, sentence in enumerate(sentences):
        if sentence.refs:
            out.append((sentence.refs, False))
            continue
        following = sentences[i + 1] if i + 1 < len(sentences) else None
        if following is not None and following.refs and _quotation_goes_on(sentence, following):
            out.append((following.refs, False))
            continue
        later = next(
            (s.refs for s in sentences[i + 1:] if s.paragraph == sentence.paragraph and s.refs),
            (),
        )
        out.append((later, bool(later)))
    return out

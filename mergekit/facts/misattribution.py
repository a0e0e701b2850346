"""A quotation the article gives to one speaker while a source gives it to another."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from .attribution import QUOTE_RE, attributions, same_speaker
from .statements import Statement, speaker_at, speakers_in_context

__all__ = ["Misattribution", "find_misattributions"]

_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}


@dataclass(frozen=True)
class Misattribution:
    """The article's speaker for a quotation differs from its source's speaker."""

    key: str  # the article statement's key
    quote: str  # the quoted words
    article_speaker: str  # who the article gives it to
    source_speaker: str  # who the source gives it to
    source: str
    source_quote: str  # the source sentence
    score: float = 100.0  # rapidfuzz partial ratio of the quotation in the source sentence


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'")
    return re.sub(r"\s+", " ", re.sub(r"[^\w' ]+", " ", text.lower())).strip()


def _source_speaker(st: Statement, context: str | None, pos: int) -> str | None:
    found = attributions(st.text)
    speaker = speaker_at(found, pos, fallback=context)
    return None if speaker is None or speaker.lower() in _PRONOUNS else speaker


def find_misattributions(article: Sequence[Statement], sources: Sequence[Statement], *,
                         min_score: float = 90.0, min_words: int = 5) -> tuple[Misattribution, ...]:
    """Quotations in ``article`` whose speaker differs from the speaker in ``sources``.

    A quotation matches a source sentence when its normalised words occur there with a
    rapidfuzz partial ratio of at least ``min_score``; speakers are compared loosely
    (``same_speaker``), so only a real change of speaker is reported.
    """
    context = speakers_in_context(sources)
    normed = [_norm(s.text) for s in sources]
    out: list[Misattribution] = []
    seen: set[tuple[str, str, str]] = set()
    for st in article:
        for att in attributions(st.text):
            if not att.quote or att.speaker.lower() in _PRONOUNS or len(att.quote.split()) < min_words:
                continue
            needle = _norm(att.quote)
            for src, hay, ctx in zip(sources, normed, context, strict=True):
                if len(hay) < len(needle) * 0.8:
                    continue
                score = fuzz.partial_ratio(needle, hay)
                if score < min_score:
                    continue
                first = needle.split()[0]
                pos = _raw_position(src.text, first)
                speaker = _source_speaker(src, ctx, pos)
                if speaker is None or same_speaker(att.speaker, speaker):
                    continue
                if (st.key, needle, src.source) in seen:
                    continue
                seen.add((st.key, needle, src.source))
                out.append(Misattribution(st.key, att.quote, att.speaker, speaker, src.source, src.text, score))
    return tuple(out)


def _raw_position(text: str, first_word: str) -> int:
    """Where the quotation starts in the raw source sentence (inside its quotation marks)."""
    for m in QUOTE_RE.finditer(text):
        if first_word in _norm(m.group(1)):
            return m.start(1)
    idx = text.lower().find(first_word)
    return max(idx, 0)

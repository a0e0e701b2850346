"""The passage cited for a sentence that says who said it names that speaker.

A sentence that gives its own speaker ("A forensic report stated that Sikazwe suffered heat
stroke, ...", "According to Sotheby's, it is ...", "Brazilian President Michel Temer said
that ...") says two things: what was said, and who said it. The support heads and
``own_words`` read the words of both together, so a passage that says what was said, in the
words of somebody else, passes them: sikazwe-mali-tunisia-whistle's Chicago Today quotes
the head of the Egyptian referees' committee saying "he suffered heat stroke and
dehydration", and no text speaks of a forensic report. Cited for the sentence, it would
vouch for a source the news never names.

So the planner adds a citation for such a sentence only where the passage the verifier
quotes, or a sentence beside it in the text (a report names its speaker once, then "he
said"), holds the speaker (``facts.attribution`` reads the frames) in some form
(``exact.in_some_form``): the last word of its name where it has one ("Temer" of "Brazilian
President Michel Temer", whom a text calls "Temer" once it has introduced him; the role words
beside a name, "representatives" of "Mujahedeen-e-Khalq representatives claim", describe its
people: the seed's Middle East Monitor names the MEK, not its representatives), else every
content word ("forensic report"). A speaker that is the news text's own outlet ("Reuters
reported ..." cited to Reuters, which seldom names itself in its own text) is named by it. Only a frame whose speaker stands next to its verb
("X said", "said X", "according to X") is read: the attribution reader takes "Later in the
evening" for the speaker of "Later in the evening, police announced that ..." (an opening
phrase before a lower-case subject), which names nobody. A speaker that is the press
itself ("according to news sources", "the media") is what every news text is: those words
are not asked ("report" is: a forensic report is no news report). A text that fails it still
says the sentence at least in part: the planner shows its passage as a lead
(needs_citation, or the unresolved_reference bullet naming it), never as a ``<ref>``.

On the 60 tuning cases it withholds the sikazwe citation alone (wrong by the gold) and no
right one; put on ``Judgement.citable``, it changes no row of ``benchmarks/citable_bench.py``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from mergekit.facts.attribution import attributions
from mergekit.verify.exact import in_some_form
from mergekit.verify.spans import STOPWORDS, split_sentences, tokens

__all__ = ["unnamed_speaker"]

# The press itself: a news text is one of "news sources".
_PRESS = frozenset({"news", "media", "press", "source", "sources"})
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})


def _beside_verb(claim: str, speaker: str, verb: str) -> bool:
    """Whether ``speaker`` stands right before or after its reporting ``verb`` in ``claim``."""
    if verb == "according to":
        return True
    s, v = re.escape(speaker), re.escape(verb)
    return bool(re.search(rf"{s}\W*\s+(?:(?:has|have|had)\s+)?{v}\b", claim)
                or re.search(rf"\b{v}\s+(?:(?:the|an?)\s+)?{s}", claim))


def _neighbourhood(quote: str, evidence: Sequence[str]) -> list[str]:
    """The words of the quoted passage and of the text's sentence before and after it."""
    sentences = split_sentences(evidence)
    held = [i for i, s in enumerate(sentences) if s.strip() and s.strip() in quote]
    if not held:
        return tokens(quote)
    # each held sentence's neighbours, not the span from the first to the last: a short
    # sentence of the quote ("He said.") can stand anywhere else in the text too
    near = sorted({k for i in held for k in range(max(i - 1, 0), min(i + 2, len(sentences)))})
    return [w for k in near for w in tokens(sentences[k])] + tokens(quote)


def _name_words(speaker: str) -> list[str]:
    """The capitalised words of ``speaker`` that are not function words ("A" of a sentence's
    opening "A forensic report" is no name)."""
    return [w for w in speaker.split() if w[:1].isupper() and w.lower() not in STOPWORDS]


def _naming_part(speaker: str) -> str:
    """The words that name the speaker: the last word of its name where it has one ("Temer"
    of "Brazilian President Michel Temer", which a text names "Temer said" once it has
    introduced him; "Mujahedeen-e-Khalq" of "Mujahedeen-e-Khalq representatives": the role
    words beside a name describe its people), else all of it ("forensic report")."""
    named = _name_words(speaker)
    return named[-1] if named else speaker


def _is_outlet(speaker: str, outlet: str) -> bool:
    """Whether ``speaker`` is the news text's own ``outlet`` ("Reuters reported" in Reuters'
    text, which seldom names itself): every word of its name is a word of the outlet's."""
    named = [w for n in _name_words(speaker) for w in tokens(n)]
    return bool(outlet and named) and set(named) <= set(tokens(outlet))


def unnamed_speaker(claim: str, quote: str, evidence: Sequence[str], outlet: str = "") -> tuple[str, ...]:
    """The words of a speaker ``claim`` names that neither ``quote`` nor the sentences of
    ``evidence`` beside it hold; () where they hold them all or the claim names none. A
    speaker that is the text's own ``outlet`` (its work or publisher) is named by it."""
    frames = [a for a in attributions(claim) if _beside_verb(claim, a.speaker, a.verb)
              and not _is_outlet(a.speaker, outlet)]
    if not frames:
        return ()
    near = _neighbourhood(quote, evidence)
    missing: list[str] = []
    for frame in frames:
        words = [w for w in tokens(_naming_part(frame.speaker))
                 if w not in STOPWORDS and w not in _PRONOUNS and w not in _PRESS and not w.isdigit()]
        missing += [w for w in words if not in_some_form(w, near) and w not in missing]
    return tuple(missing)

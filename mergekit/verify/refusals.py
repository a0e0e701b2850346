"""A quote that refuses what the claim says was had or done is no citation for it.

"The temple's authorities told police that they had verbal permission from the district
authorities." is not said by "the Kollam district administration had denied permission to
conduct the fire show at the temple ... But temple authorities went ahead anyway": the
quote shares the claim's words (temple, authorities, police, permission, district), and
the one it puts a refusal beside, "denied permission", says the claim's opposite
(docs/citation-audit-1.toml, puttingal-temple-fire). The support heads weigh the shared
words, ``opposites`` knows antonym pairs and ``features`` counts the negations ("not",
"no", "never"), but a refusal verb is none of these.

So when the quote refuses one of the claim's own words (``features.own_words``): a refusal
word (``REFUSALS``: deny, refuse, reject, revoke, withhold, in their forms) with the word at
most ``_NEAR`` words after it, as its object ("denied permission", "rejected the bid"), or
before it as the subject of a passive ("permission was refused"), never the one refusing
("the organisers denied ..."), and not a refusal that is itself negated ("made no attempt to
deny"); and the claim itself neither refuses nor negates (no refusal word, no
``lexicon.NEGATIONS`` word: "was refused permission" and "had no permission" agree with such
a quote): the quote is not cited. The sentence keeps ``{{citation needed}}`` and the talk
post shows the passage as a lead. Withholding only; ``_NEAR`` is the span of a verb and its
object or passive subject ("denied the permission", "permission had been denied"), not
fitted. On the 74 tuning cases it reaches no cited pair (three judged pairs, none citable)
and changes no row of ``benchmarks/citable_bench.py``.
"""

from __future__ import annotations

from mergekit.verify.features import own_words
from mergekit.verify.lexicon import NEGATIONS
from mergekit.verify.spans import stem, tokens

__all__ = ["REFUSALS", "refused_words"]

REFUSALS = frozenset(
    """deny denies denied denying denial denials refuse refuses refused refusing refusal
    refusals reject rejects rejected rejecting rejection rejections revoke revokes revoked
    revoking revocation withhold withholds withheld withholding""".split()
)
# The forms of "be" (and "get") that make the refusal a passive one ("was denied").
_PASSIVE = frozenset("is are was were be been being get gets got".split())
_NEAR = 3  # the claim's word at most this many words before or after the refusal


def refused_words(claim: str, quote: str) -> tuple[str, ...]:
    """The claim's own words (stems) that ``quote`` refuses, as "refusal word" pairs
    ("denied permission"); () when it refuses none or the claim refuses or negates too."""
    said = tokens(claim)
    if any(w in REFUSALS or w in NEGATIONS for w in said):
        return ()
    words = tokens(quote)
    if not REFUSALS.intersection(words):  # most quotes refuse nothing: nothing more to read
        return ()
    own = own_words(claim)
    found = []
    for i, word in enumerate(words):
        if word not in REFUSALS or NEGATIONS.intersection(words[max(i - _NEAR, 0):i]):
            continue  # no refusal, or a refusal denied ("made no attempt to deny")
        # What is refused: the object after the refusal ("denied permission"), or the
        # subject of a passive before it ("permission was denied"), never the one refusing
        # ("the organisers denied ..."): the claim may say that they did something else too.
        after = range(i + 1, min(i + _NEAR + 1, len(words)))
        before = (j for j in range(max(i - _NEAR, 0), i) if _PASSIVE.intersection(words[j + 1:i]))
        found += [f"{word} {words[j]}" for j in after if stem(words[j]) in own]
        found += [f"{words[j]} {word}" for j in before if stem(words[j]) in own]
    return tuple(dict.fromkeys(found))

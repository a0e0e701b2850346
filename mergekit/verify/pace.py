"""How soon or how fast the claim says a thing happened is said by the quote cited for it.

"After the sinking, authorities immediately deployed search and rescue personnel to the area."
is not said by "About 400 personnel have been deployed in the search.": the heads find the
deployment and the personnel, and "immediately", the one word that says how the authorities
responded, goes unheard. An adverb of pace (``PACE``: "immediately", "quickly", "suddenly",
"gradually"...) is a claim of its own, like a date (``when``): the quote must have a word of
the same group, in some form (Snowball stem or ``align.share_stem``: "immediate" says
"immediately"; "swiftly" says "quickly", both of the ``SOON`` group).

Only these closed groups are demanded, not every adverb: on the dev halves of
``benchmarks/citable_bench.py`` demanding every "-ly" word withheld a supported citation
("works exclusively with young 10-24 year old Jordanians" quoted as "works with youth"),
the groups none. An adverb after a negation is not demanded: "did not immediately begin
leaking oil" says the leak came later, which a report says by its dates ("The disaster began
on 25 July", the leak in August), not by the adverb.
"""

from __future__ import annotations

from mergekit.verify.exact import in_some_form
from mergekit.verify.lexicon import NEGATIONS
from mergekit.verify.spans import tokens

__all__ = ["PACE", "SOON", "unsaid_pace"]

# Words of one group say one another; ``spans.tokens`` form.
SOON = frozenset("""immediately instantly promptly quickly swiftly rapidly shortly soon""".split())
PACE: tuple[frozenset[str], ...] = (
    SOON,
    frozenset("""suddenly abruptly unexpectedly""".split()),
    frozenset("""gradually slowly""".split()),
)
_NEGATED = 2  # a negation at most this many words before the adverb ("did not immediately", "not so quickly")


def unsaid_pace(claim: str, quote: str) -> tuple[str, ...]:
    """The claim's adverbs of pace (``PACE``) the quote has no word of the same group for
    ("immediately"); () when it has each, or the claim has none outside a negation."""
    words = tokens(claim)
    claimed = [(i, w) for i, w in enumerate(words) if any(w in group for group in PACE)]
    if not claimed:
        return ()
    quoted = tokens(quote)
    missing = []
    for i, word in claimed:
        if NEGATIONS.intersection(words[max(0, i - _NEGATED):i]):
            continue
        group = next(g for g in PACE if word in g)
        if not any(in_some_form(w, quoted) for w in group):
            missing.append(word)
    return tuple(missing)

"""The passage cited for a sentence names what the sentence names.

``model.citable`` demands that the source give every number of the claim in its best passage
(the verifier's quote) but each name only somewhere in the source: in a merge every news text
names the event's places and people, and a quote can be the one passage of a text that says
the sentence's topic without the name the sentence turns on (yaounde-stadium-crush: "Afcon
quarter-final moved from Olembe Stadium ..." for a match "relocated to Ahmadou Ahidjo
Stadium"; las-vegas-athletics-stadium: a window on the Tropicana's implosion for a ballpark
"on the Las Vegas Strip"). The talk post shows that quote to the editor as the passage that
says the sentence, so the planner adds a citation only where the quote gives each name of the
sentence too, in some form (``exact.in_some_form``: "Mauritius" for "Mauritian"). Month and
weekday names are dates, read by ``when`` and against the text's own date, not here; a
sentence's first word is not read as a name (its capital is the sentence's, as
``features._names`` reads it). Like ``own_words``, a rule of the planner for a merge: on
``benchmarks/citable_bench.py``, where a page names a person or a work in other forms across
its text, it would withhold nine right citations and one wrong one of 90 cited.
"""

from __future__ import annotations

from mergekit.months import NAMES as MONTHS
from mergekit.verify.exact import in_some_form
from mergekit.verify.features import capitalised_words
from mergekit.verify.spans import STOPWORDS, tokens

__all__ = ["unsaid_names"]

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_DATES = frozenset(name.lower() for name in (*MONTHS, *_WEEKDAYS))


def unsaid_names(claim: str, quote: str) -> tuple[str, ...]:
    """The names of ``claim`` (capitalised words after its first, dates and stop words aside)
    that ``quote`` gives in no form; () when it gives each."""
    words = tokens(quote)
    missing: list[str] = []
    for word in capitalised_words(claim):
        for name in tokens(word):
            if name in STOPWORDS or name in _DATES or name in missing or in_some_form(name, words):
                continue
            missing.append(name)
    return tuple(missing)

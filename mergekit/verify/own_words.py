"""A news text cited for a sentence says, in one passage, most of what the sentence says in its own words.

A sentence's names are what any report of the event repeats (``model.citable`` demands them
all anyway); its own words (the content words that are neither names, figures, nor reporting,
hedging and light words: "hindered", "lack", "water" of "First responders fighting the fire
were hindered by a lack of water") are what it says of them. The support heads read the whole
source against the whole sentence, and in a merge every news text is on the sentence's event:
one that shares its names and a few topic words can score "supported"
(national-museum-brazil-fire: a window on the museum, closed at the time of the fire, with
"lacked funds" and "the first fossils", for the lack of water; murdaugh-trial: "a
once-prominent attorney" and "South Carolina's Lowcountry" for "Alex Murdaugh is a member of
the Murdaugh family, a family of attorneys prominent in the Lowcountry region of South
Carolina").

So the planner adds a citation (or writes one in place of the article's) only where the
verifier's quote gives one of the sentence's figures or days (``features.said_specifics``:
what makes a sentence this one and not another on the same event), or one passage of the
text (``scan.WINDOW`` sentences in a row, as the verifier's quote) holds at least half of the
sentence's own words, in some form (``exact.in_some_form``: Snowball stem or shared stem).
Half is the point where the passage says more of the sentence than it leaves out; not
fitted. A sentence with no words of its own ("It was a UNESCO World Heritage Site.") has
nothing to miss. Nor does it add one where the quote holds the sentence's own words
(those it writes outside names) only inside the quote's names and gives none of its figures
(``own_words_in_names_only``: "Hostage" and "Team" of "The FBI's Hostage Rescue Team
scrambled" for "It ended when the FBI hostage team went into the synagogue."): the passage
names what the sentence speaks of and says nothing of it. A text that fails either may
still say the sentence in part (the planner's ``supports``): the sentence is then tagged
``{{citation needed}}`` and the talk post shows its passage as a lead (needs_citation),
never as a ``<ref>``.

It is the planner's rule for a merge, not ``Judgement.citable``'s: on
``benchmarks/citable_bench.py`` (a Wikipedia claim against the very source its article cites,
often a long sentence a whole page says in other words) it would withhold ten right
citations and two wrong ones of 90 cited, and raise no held-out precision.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from mergekit.verify.exact import in_some_form
from mergekit.verify.features import own_words, said_specifics
from mergekit.verify.scan import WINDOW
from mergekit.verify.spans import STOPWORDS, split_sentences, stem, tokens

__all__ = ["unsaid_own_words", "own_words_in_names_only"]

# A word as written: letters, digits, apostrophes and hyphens.
_WORD = re.compile(r"[\w'’-]+")
# A capitalised opening word before another capitalised word: the first word of a name.
_OPENING_NAME = re.compile(r"[\"'“‘(]?([A-Z][\w'’.-]*)\s+[A-Z]")


def _opening_name(claim: str) -> frozenset[str]:
    """The stem of the claim's first word where it opens a name of two or more capitalised
    words ("Alex" of "Alex Murdaugh is a member of ..."): ``features`` reads names after the
    first word only, as a capital there may be the sentence's own ("First responders")."""
    match = _OPENING_NAME.match(claim)
    return frozenset(stem(t) for t in tokens(match.group(1))) if match else frozenset()


def unsaid_own_words(claim: str, quote: str, evidence: Sequence[str]) -> tuple[str, ...]:
    """The claim's own words (stems) that the passage of ``evidence`` holding most of them
    lacks, when they are more than half of them and ``quote`` gives none of the claim's
    figures or days; () otherwise."""
    own = sorted(own_words(claim) - _opening_name(claim))
    if not own or said_specifics(claim, quote):
        return ()
    held = [{w for w in own if in_some_form(w, tokens(s))} for s in split_sentences(evidence)]
    best = max((set().union(*held[start:start + WINDOW]) for start in range(max(len(held) - WINDOW + 1, 1))),
               key=len, default=set())
    missing = tuple(w for w in own if w not in best)
    return missing if 2 * len(missing) > len(own) else ()


def _plain_text(quote: str, *, headlines: bool = False) -> str:
    """The words of ``quote`` that are not inside a name: lower-case words, and a sentence's
    capitalised first word unless another capitalised word follows it ("Police said", not
    "Hostage" of "Hostage Rescue Team"). With ``headlines``, every word of a sentence
    written in title case or capitals ("Synagogue Hostage Standoff Ends"): no lower-case
    word but a function word, so its capitals tell no name from a word."""
    kept: list[str] = []
    for sentence in split_sentences((quote,)):
        words = _WORD.findall(sentence)
        if headlines and not any(w[:1].islower() and w.lower() not in STOPWORDS for w in words):
            kept += words
            continue
        for i, word in enumerate(words):
            after = words[i + 1] if i + 1 < len(words) else ""
            if word[:1].islower() or (i == 0 and not after[:1].isupper()):
                kept.append(word)
    return " ".join(kept)


def own_words_in_names_only(claim: str, quote: str) -> bool:
    """Whether ``quote`` holds the claim's own words only inside its names: none of them as
    a word of its own, and none of the claim's figures or days. The words of a name are
    the name's ("hostage" and "team" of "The FBI's Hostage Rescue Team scrambled and put
    more than 60 people on the ground" for "It ended when the FBI hostage team went into the
    synagogue."): a passage that shares only them names what the claim speaks of and says
    nothing of it. Only the words the claim writes outside names are asked (in lower case,
    or as its first word before a lower-case one): one it writes capitalised is a name of
    its own ("Wu-Tang: Rise of the Deceiver", a title the passage gives as the title). A
    claim with no such word has nothing to say of its names."""
    written_plain = {stem(t) for t in tokens(_plain_text(claim))}
    own = [w for w in own_words(claim) - _opening_name(claim) if w in written_plain]
    if not own or said_specifics(claim, quote):
        return False
    plain = tokens(_plain_text(quote, headlines=True))
    return not any(in_some_form(w, plain) for w in own)

"""What a quote must hold word for word before it is cited for a claim.

The fitted heads judge how much of a claim a source says; a citation needs more: an
editor who reads the quote must find each specific of the claim in it. Three kinds of
specific are claims of their own, and a near match is no match:

* a word of rank ("largest", "first", "only", "eighth": ``lexicon.rank_words``);
* a count written in words ("three previous operators"): the quote must give the same
  value, in words or digits ("3"). Digits are already a feature of the heads
  (``num_frac_win``); "one" and "zero" are too often no count ("one of the") to demand;
* a quotation of three words or more, or a shorter one of lower-case words that carry
  content (a speaker's own word: "Temer said that the loss ... was 'incalculable'" is not
  said by a report quoting him as calling it a "tragic" loss; a shorter one with a capital
  is a name or a title, "the 'Big Maple Leaf'"): each stretch of it between an ellipsis or an
  editor's brackets ("were [destroyed]") is in the quote, case and punctuation aside
  ("an 'absolute lack of understanding'" is not said by "a lack of understanding");
* a word that says the claim holds for every one (``UNIVERSALS``: "Of the 29 dead, all of
  them were German" is not said by "a bus carrying German tourists", nor "a week-long
  suspension of all Turkish league football" by a report without it);
* what a short claim says of its subject: in a claim of at most ``SHORT`` words that carry
  its content, the words after its first auxiliary or copula (its predicate: "Some cases are
  believed to be *hoaxes*", "The ship was sailing without *cargo*") are each in the quote in
  some form (the same Snowball stem, or ``align.share_stem``). A report that the
  contamination "is now believed" to affect six brands shares "believed" and "cases" with
  the first and says nothing of hoaxes. Not counted as content, nor demanded: names
  (capitalised after the first word), counts (checked above), words that say who holds a
  claim or how sure it is (``REPORTING``, ``lexicon.HEDGES``: "believed", "reported") and
  light words (``LIGHT``: general nouns and light verbs, "cases", "people", "put out").
  In a longer claim the heads' coverage features weigh each word; in a short one each word
  is the claim. A claim with no auxiliary or copula ("Smith died in 1957") is not read:
  finding its verb needs a tagger. Paraphrase is not recognised ("one dead" does not say
  "was killed"): on the dev halves of ``benchmarks/citable_bench.py`` the rule withholds
  one supported citation (WiCE: "is the younger sister of" quoted as "has two siblings").
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from mergekit.align import share_stem
from mergekit.facts.attribution import QUOTE_RE
from mergekit.facts.numbers import NUMERAL_RE, parse_numeral
from mergekit.verify.lexicon import HEDGES, rank_words
from mergekit.verify.spans import STOPWORDS, stem, tokens

__all__ = ["LIGHT", "REPORTING", "SHORT", "UNIVERSALS", "carries_content", "holds_specifics", "in_some_form",
           "missing_predicate", "missing_specifics", "plain", "quotations"]

# Words that say something holds for every one, always, or for none (``spans.tokens`` form).
UNIVERSALS = frozenset({"all", "every", "each", "entire", "none", "always"})

# A claim is short when it has at most this many content words (``_content``).
SHORT = 3
# Words that say who holds a claim or how sure it is, not what it claims (``spans.tokens`` form),
# beside those ``_content`` already drops as ``lexicon.HEDGES`` ("reported", "allegedly",
# "claimed", "apparently") or ``spans.STOPWORDS`` ("said").
REPORTING = frozenset(
    """believe believed believes thought stated according suggested considered understood known
    described called told appears appeared seems seemed likely probably""".split()
)
# Light words: general nouns, light verbs and adverbs of time that carry no claim of their own.
LIGHT = frozenset(
    """case cases people person thing things part parts way ways time times number lot kind type
    put puts take takes took taken make makes made get gets got go goes went gone come comes came
    give gives gave given set become becomes became currently now later still today recently""".split()
)
_AUXILIARY = re.compile(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|shall|should|can|could|may|might|must)\b"
)  # lower case only: "May 2019", "Will Smith"
_CAPITALISED = re.compile(r"\b[^\W\d_][\w'’-]*")

_MIN_QUOTED_WORDS = 3  # shorter quoted words are names and titles ("the 'Big Maple Leaf'")
_CUT = re.compile(r"\.{3}|…|\[[^\]]*\]")  # an ellipsis or an editor's insertion
_PUNCTUATION = re.compile(r"[^\w\s]")


def plain(text: str) -> str:
    """``text`` lower-cased with its punctuation as spaces: what a quotation is compared on."""
    return " ".join(_PUNCTUATION.sub(" ", text.lower().replace("\u2019", "'").replace("'", "")).split())


@lru_cache(maxsize=1 << 14)  # remembered: every judgement asks it of its claim and its quote
def _values(text: str, *, spelled_only: bool) -> frozenset[float]:
    """The counts ``text`` gives (exact numerals; vague ones like "dozens" left out);
    ``spelled_only``: those written in words ("three", "a dozen") of 2 or more."""
    found = set()
    for m in NUMERAL_RE.finditer(text):
        if m.group("vague"):
            continue
        if spelled_only and (m.group("num") or parse_numeral(m.group(0)).value < 2):
            continue
        found.add(parse_numeral(m.group(0)).value)
    return frozenset(found)


def _stretches(text: str) -> list[tuple[str, str]]:
    """Each stretch of ``text``'s quotations between an ellipsis or an editor's brackets,
    as written and ``plain``."""
    return [(piece, plain(piece)) for m in QUOTE_RE.finditer(text) for piece in _CUT.split(m.group(1))]


def quotations(text: str) -> list[str]:
    """The stretches of the claim's quotations a quote must hold verbatim (``plain``), each
    of ``_MIN_QUOTED_WORDS`` words or more."""
    return [p for _, p in _stretches(text) if len(p.split()) >= _MIN_QUOTED_WORDS]


def _quoted_words(text: str) -> list[str]:
    """The claim's shorter quotations a quote must hold too (``plain``): of lower-case words
    that carry content, a speaker's own word ("called the loss 'incalculable'"); one with a
    capital is a name or a title ("the 'Big Maple'")."""
    return [p for piece, p in _stretches(text) if 0 < len(p.split()) < _MIN_QUOTED_WORDS
            and not any(w[:1].isupper() for w in piece.split()) and any(carries_content(w) for w in tokens(piece))]


def carries_content(word: str) -> bool:
    """Whether ``word`` (``spans.tokens`` form) can carry a claim: not a stop word, a light
    word (``LIGHT``) or a figure, nor a word of one or two letters ("p.m.")."""
    return len(word) > 2 and not word[0].isdigit() and word not in STOPWORDS and word not in LIGHT


def in_some_form(word: str, words: Collection[str]) -> bool:
    """Whether ``words`` (``spans.tokens`` form) have ``word`` in some form: the same Snowball
    stem, or a shared stem (``align.share_stem``: "immediate" for "immediately")."""
    return any(stem(word) == stem(w) or share_stem(word, w) for w in words)


def _content(text: str, names: frozenset[str]) -> list[str]:
    """The words of ``text`` that carry content (``carries_content``) and are not names,
    counts, reporting or hedging words."""
    counts = {w for m in NUMERAL_RE.finditer(text) for w in tokens(m.group(0))}
    return [w for w in tokens(text) if carries_content(w)
            and w not in names and w not in counts and w not in REPORTING and w not in HEDGES]


def _names(claim: str) -> frozenset[str]:
    """The claim's capitalised words after its first word (``spans.tokens`` form)."""
    words = [m.group(0) for m in _CAPITALISED.finditer(claim)][1:]
    return frozenset(t for w in words if w[0].isupper() for t in tokens(w))


def missing_predicate(claim: str, quote: str) -> tuple[str, ...]:
    """The words of a short claim's predicate the quote has in no form ("hoaxes"); () when
    the claim is not short, has no auxiliary or copula, or the quote has every one."""
    names = _names(claim)
    auxiliary = _AUXILIARY.search(claim)
    if auxiliary is None or len(_content(claim, names)) > SHORT:
        return ()
    quoted = tokens(quote)
    return tuple(w for w in _content(claim[auxiliary.end():], names) if not in_some_form(w, quoted))


def missing_specifics(claim: str, quote: str) -> tuple[str, ...]:
    """The claim's specifics the quote lacks, as written in the claim ("eighth", "all",
    "three", a quoted stretch, a short claim's predicate word); () when it holds every one."""
    missing = sorted(rank_words(claim) - rank_words(quote))
    missing += sorted(UNIVERSALS.intersection(tokens(claim)).difference(tokens(quote)))
    spelled = _values(claim, spelled_only=True)
    if spelled:
        given = _values(quote, spelled_only=False)
        missing += [f"{v:g}" for v in sorted(spelled - given)]
    plain_quote = f" {plain(quote)} "
    missing += [q for q in quotations(claim) + _quoted_words(claim) if f" {q} " not in plain_quote]
    missing += missing_predicate(claim, quote)
    return tuple(missing)


def holds_specifics(claim: str, quote: str) -> bool:
    """Whether ``quote`` holds every specific of ``claim`` (see the module docstring)."""
    return not missing_specifics(claim, quote)

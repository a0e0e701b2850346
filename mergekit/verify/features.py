"""Turn (claim, evidence) into a short vector of explainable features.

Every feature is a number a reviewer can check by hand: how much of the claim's wording,
numbers and names occur in the source (anywhere, in one sentence, in a window of three),
whether negation lines up, and how loudly the source calls something false. The best
window is kept as the evidence quote, less the sentences at its edges that hold none of the
claim's words: "A state mourning was declared for today, ..." opens no quote for a sentence
on the train's route.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from rapidfuzz import fuzz

from mergekit import months
from mergekit.facts.journeys import journeys, tells_route
from mergekit.facts.memo import attributions  # the planner reads the same sentences' frames
from mergekit.facts.numbers import NUMERAL_RE, parse_numeral
from mergekit.verify.counts import Count, counts, gives_count, years
from mergekit.verify.exact import LIGHT, REPORTING, plain, quotations
from mergekit.verify.lexicon import CONTRASTS, FITTED_HEDGE_STEMS, HEDGES, NEGATIONS
from mergekit.verify.lists import Item, gives_items, named_lists
from mergekit.verify.measures import Measure, gives_measure, measures
from mergekit.verify.memo import numbers  # each evidence sentence read once
from mergekit.verify.scan import Scan, Survey, content, scan, survey
from mergekit.verify.spans import MAX_WORDS, SENTENCE_START, STOPWORDS, split_sentences, stem, tokens
from mergekit.verify.written import as_written

__all__ = ["FEATURE_NAMES", "FIGURE_WORDS", "PART_WORDS", "Features", "clause_span", "extract", "plain_stems", "said_specifics", "words_around"]

FEATURE_NAMES = (
    "cov_doc",  # share of the claim's content words found anywhere in the source
    "cov_sent",  # best share found in one sentence
    "cov_win",  # best share found in a window of three sentences
    "bigram_win",  # share of the claim's adjacent content-word pairs adjacent in the best window
    "missing_log",  # log(1 + content words never found)
    "num_frac",  # share of the claim's numbers found (1 when it has none)
    "ent_frac",  # share of capitalised names found (1 when none)
    "ent_missing_log",  # log(1 + names never found)
    "ev_len_log",  # log(1 + thousands of words of evidence)
    "neg_claim",  # the claim is negated
    "neg_mismatch",  # exactly one of the claim and the best window is negated
    "refute_doc",  # log(1 + refutation words in the source)
    "refute_rel",  # log(1 + refutation words in sentences sharing claim words)
    "hedge_claim",  # the claim hedges (reportedly, may, a question mark)
    "fuzz_win",  # rapidfuzz token-set similarity of claim and best window
    "num_frac_win",  # share of the claim's numbers found in the best window (1 when none)
    "cov_win_idf",  # best-window coverage, words weighted by rarity among the sentences
    "cov_two",  # coverage by the best window plus the best other window
    "cov_prefix",  # coverage when a shared 5-letter prefix counts as a match
    "clause_min",  # worst clause of the claim, each clause in its own best window
    "clause_mean",  # mean over the clauses
    "claim_contrast",  # the claim uses a contrast or denial word (not, but, actually, hoax...)
    "neg_x_cov",  # neg_mismatch * cov_win
    "refute_lead",  # log(1 + refutation words in the first three sentences)
    "body_denies",  # cov_doc when the source refutes near claim words and the claim does not
    "claim_denies",  # cov_doc when the claim denies and the source does not refute
    "refute_density",  # refutation words per 100 content words of the source
)


# The fewest content words a clause needs for "the source says part of the claim": a clause
# of two is mostly a name or a noun phrase ("Huguenot High", "critical condition") that a
# text on the same event shares; three or more carry what the clause says about it.
PART_WORDS = 3
# A passage shares something an editor can check against the claim (``_checkable``) when it
# holds one of the claim's figures, one of its names together with one of its other content
# words, or this many of its content words that are not names: a name alone, or a word or
# two, is what any text on the same event shares.
CHECK_WORDS = 3
# A sentence giving one of the claim's figures says that part of it when it also holds this
# many of the words beside the figure that are not names (``_says_part``): a figure with
# one word is a count any text on the event may give of something else ("14 people died"
# and "14 deaths" for "the deaths of 14 villagers", but also "10 injured" for "10 arrested").
FIGURE_WORDS = 2
# A figure of the claim that does not by itself tell a part of it: a year or a day of a
# month (any text on the event gives them: "kicked off SpaceX's 2018" for "rescheduled for
# 4 January 2018"), or a number that is part of a name ("Woodstock 50", "Falcon 9", "Fox
# Hunt 2": a text that only names the thing gives it).
_YEAR = re.compile(r"[12]\d{3}")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_DAY = re.compile(rf"(?<![\w.])(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:{months.ANY})\b")  # "September 23" is a name
_DATED = re.compile(rf"{_DAY.pattern}|\b(?:{months.ANY})\s+\d{{1,2}}(?:st|nd|rd|th)?(?!\d)")  # a day either way round
_NAMED_FIGURE = re.compile(r"(?<![\w.])([A-Z][\w'’-]*)\s+(\d[\d,.]*)")
_MONTHS = frozenset(stem(name.lower()) for name in months.NAMES)


@dataclass(frozen=True)
class Features:
    """The feature vector plus what the explanation needs."""

    values: tuple[float, ...]  # in FEATURE_NAMES order
    quote: str
    missing_words: tuple[str, ...]  # as the claim writes them (``written.as_written``), never stems
    missing_numbers: tuple[str, ...]
    missing_names: tuple[str, ...]  # as the claim writes them
    refutations: tuple[str, ...]
    part_said: bool = False  # one clause of the claim is said in full in one passage (``PART_WORDS``)
    checkable: bool = False  # the quote shares a figure, a name and a word, or words of the claim (``CHECK_WORDS``)
    part_quote: str = ""  # a sentence that says a part of the claim in its own words (``_says_part``)

    def as_dict(self) -> dict[str, float]:
        """Name -> value."""
        return dict(zip(FEATURE_NAMES, self.values, strict=True))


def capitalised_words(claim: str) -> list[str]:
    """The words of ``claim`` after its first that open with a capital, their punctuation
    stripped: where its names are (the first word's capital is the sentence's). Read by
    ``_names`` here and by ``verify.quoted_names``."""
    words = (word.strip("\"'“”‘’()[],.;:!?") for word in claim.split()[1:])
    return [word for word in words if word[:1].isupper()]


def _names(claim: str) -> set[str]:
    """Capitalised words after the first word: a cheap proxy for named entities."""
    found: set[str] = set()
    for word in capitalised_words(claim):
        if word.lower() not in STOPWORDS:
            found.update(stem(t) for t in tokens(word))
    return found


# A lower-case word that joins the parts of a name ("Marcelo Rebelo de Sousa", "Ludwig
# van Beethoven", "Rio de Janeiro"): between two capitalised words it is part of the name.
_PARTICLE = re.compile(r"\b[A-Z][\w'’.-]*\s+(d[aeiou]|d[ao]s|del|della|van|von|der|den|ter|bin|binti|ibn|al|el|la|le|y)"
                       r"(?=\s+[A-Z])")


@lru_cache(maxsize=4096)
def _name_words(claim: str) -> frozenset[str]:
    """The claim's names (``_names``) with the lower-case particles inside them (``_PARTICLE``):
    what a passage shares with the claim when it only names what the claim names. The
    verifier's name features keep ``_names`` alone (its model was fitted on them); the
    tests of what a passage says beyond the names (``_checkable``, ``_part_said``,
    ``said_words``) read these: "de" of "Marcelo Rebelo de Sousa" is no word of what the
    claim says of him (madeira-bus-crash: "The President of Portugal, Marcelo Rebelo de
    Sousa, made plans to visit the site of the crash" against "Portuguese President Marcelo
    Rebelo de Sousa told SIC TV that some of the victims were from Madeira")."""
    return frozenset(_names(claim)) | {stem(m.group(1).lower()) for m in _PARTICLE.finditer(claim)}


# Words that say who holds a claim, how sure it is, or that carry no claim of their own
# (``exact.REPORTING``, ``exact.LIGHT``, ``lexicon.HEDGES``): a clause is said without
# them ("Police stated that they had made a tactical decision not to intervene" by "we
# made a very tactical decision ... why we didn't intervene").
_FURNITURE = frozenset(stem(w) for w in REPORTING | LIGHT | HEDGES)
# A negation written as a contraction ("didn't", ``spans.tokens`` "didnt") says "not".
_NOT = frozenset(w for w in NEGATIONS if w.endswith("nt") or w == "cannot")


def _plain_names(claim: str, names: AbstractSet[str]) -> frozenset[str]:
    """``names`` less those the claim also writes in lower case: "research" of "Natural
    Environment Research Council" is a word of "polar scientific research ship" too."""
    return frozenset(names - _lower_words(claim))


@lru_cache(maxsize=4096)  # remembered: _read_claim and _plain_names both read it
def _lower_words(claim: str) -> frozenset[str]:
    """The stems of the words ``claim`` writes in lower case."""
    return frozenset(stem(t) for word in claim.split() if word.lstrip("\"'“‘([")[:1].islower() for t in tokens(word))


def said_words(claim: str, passage: str) -> int:
    """How much of ``claim`` ``passage`` says: the number of the claim's content stems,
    neither names (``_names``) nor numbers, that it holds. Names and figures are what any
    text on the event repeats; the other words are what it says of it ("Most passengers
    were tourists who travelled to the lake" holds four of "many of the passengers were
    tourists who had traveled with families to Lake Toba", "Lake Toba, a popular tourist
    destination" two). Both sides are read once per text (a claim meets many passages, a
    passage many claims)."""
    return len(_plain_words(claim) & plain_stems(passage))


def own_words(claim: str) -> frozenset[str]:
    """The claim's own words: the content stems ``said_words`` counts (neither names nor
    numbers), less reporting and hedging words (``_FURNITURE``): what it says of its names."""
    return _plain_words(claim) - _FURNITURE


def said_specifics(claim: str, passage: str) -> int:
    """How many of ``claim``'s specifics ``passage`` gives: its figures (``numbers``, so
    "24,239" is "24239") but years, and its days, named by day and month either way round,
    with or without the year ("held on 23 June 2022" and "will take place on 23 June" give
    the day and the figure 23; "will be held on Thursday" gives neither). What
    ``said_words`` leaves out: the figures and dates that make a sentence this one and not
    another on the same event. A bare year is not one: any text on the event gives it
    ("a 24,000 majority gained by former MP Neil Parish in 2019" says nothing of "the
    Liberal Democrats' third gain from the Conservatives since 2019")."""
    years = _bare_years(claim)
    figures = {n for n in numbers(claim) & numbers(passage) if n not in years}
    return len(figures) + len(_days(claim) & _days(passage))


_BARE_YEAR = re.compile(r"(?<!\d)(?<!\d[,.])[12]\d{3}(?!\d|[,.]\d)")


def _bare_years(text: str) -> frozenset[str]:
    """The figures ``text`` writes as a year may be written: four digits with no thousands
    separator ("in 2019"); "1,000 flights" is no year."""
    return frozenset(m.group(0) for m in _BARE_YEAR.finditer(text))


@lru_cache(maxsize=1 << 14)
def _days(text: str) -> frozenset[tuple[int, int]]:
    """The (month, day) of each day ``text`` names in words: "23 June 2022", "June 23rd"
    (remembered: the planner asks it of a sentence and each passage it meets)."""
    return frozenset((months.NUMBER[(m["m1"] or m["m2"]).lower()], int(m["d1"] or m["d2"]))
                     for m in _DAY_EITHER_WAY.finditer(text))


_DAY_EITHER_WAY = re.compile(rf"(?<![\w.])(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{months.ANY})\b"
                             rf"|\b(?P<m2>{months.ANY})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)")


@lru_cache(maxsize=4096)
def _plain_words(claim: str) -> frozenset[str]:
    """The claim's content stems that ``said_words`` counts: neither names nor numbers."""
    said = _read_claim(claim)
    return frozenset(w for w in said.word_set if not w[0].isdigit()) - _name_words(claim)


@lru_cache(maxsize=1 << 14)
def plain_stems(passage: str) -> frozenset[str]:
    """The content stems of ``passage`` (remembered: a news sentence meets many claims)."""
    return frozenset(content(tokens(passage)))


# A sentence that ends as prose does: a stop, or a colon, semicolon, comma or dash that
# leads on, before any closing quotation marks and brackets.
_ENDED = re.compile(r"[.!?…:;,–—-][\"'”’)\]]*$")


def _quoted(sentences: Sequence[str]) -> str:
    """A window's sentences as the quote an editor reads. A line without a stop of its own
    (a standfirst, a subheading, a caption: "'America' is a solid gold toilet sculpture")
    gets a full stop before the sentence that follows it, as the headline does
    (``plan.planner._evidence_text``): joined by a bare space it would read as one sentence
    running on into the next ("... toilet sculpture Sotheby's will auction ..."). The
    features read the window as it is (``win_text``)."""
    return " ".join(s if i == len(sentences) - 1 or _ENDED.search(s) or not _lined(s, sentences[i + 1]) else f"{s}."
                    for i, s in enumerate(sentences))


def _lined(sentence: str, after: str) -> bool:
    """Whether ``sentence`` is a line of its own before ``after``, not a piece of a longer
    sentence the splitter cut at ``MAX_WORDS`` words ("... the European Convention" /
    "on Human Rights."): such a piece has that many words, and what follows it need not
    start as a sentence does."""
    return len(sentence.split()) < MAX_WORDS and SENTENCE_START.match(after) is not None


_CLAUSE = re.compile(r"[,;:()\[\]]|\s[–—-]\s|\b(?:and|but|which|who|while|whereas|where|after|before)\b")


def _clauses(claim: str) -> list[set[str]]:
    """The claim's clauses as sets of content stems (clauses of one word join the next)."""
    out: list[set[str]] = []
    pending: set[str] = set()
    for piece in _CLAUSE.split(claim):
        pending |= set(content(tokens(piece)))
        if len(pending) >= 2:
            out.append(pending)
            pending = set()
    if pending and out:
        out[-1] |= pending
    elif pending:
        out.append(pending)
    return out


def _share(part: AbstractSet[str], whole: AbstractSet[str]) -> float:
    """|part ∩ whole| / |whole|, 1.0 for an empty ``whole`` (nothing to miss)."""
    return len(part & whole) / len(whole) if whole else 1.0


def _part_said(clauses: Sequence[AbstractSet[str]], covered: Sequence[float], names: AbstractSet[str]) -> bool:
    """Whether one passage of the source holds every word of one clause of the claim, a
    clause of at least ``PART_WORDS`` content words that are not all names: ``covered``
    is each clause's best share in one window (``Scan.best``), read once for the features."""
    return any(len(clause) >= PART_WORDS and clause - names and share >= 1.0
               for clause, share in zip(clauses, covered, strict=True))


def _whole(clause: AbstractSet[str], names: AbstractSet[str], lower: AbstractSet[str]) -> bool:
    """Whether ``clause`` (its words of furniture already taken out) is one a sentence says
    by holding every word of it (``_says_part``): ``PART_WORDS`` words or more, names and
    figures among them, one at least neither a name nor a figure, and one the claim writes
    in lower case (``lower``): the first word of a sentence is never read as a name
    (``_names``), so "Huguenot High School, of the Richmond Public Schools district, began
    ..." would have "Huguenot High School" for a clause with a word of its own."""
    return len(clause) >= PART_WORDS and any(not w[0].isdigit() and w in lower for w in clause - names)


def _figures(claim: str, names: AbstractSet[str]) -> tuple[tuple[str, frozenset[str], frozenset[str]], ...]:
    """Each figure of the claim that says something of its own (not a year, not part of a
    name: ``_YEAR``, ``_NAMED_FIGURE``), in digits or in words (``_word_figures``: "four
    times its capacity"), with the content words beside it that are not names, and the
    names beside it that are not months: those of its clause and of the clause on either
    side (the claim cut at commas, brackets, dashes and conjunctions, ``_CLAUSE``), "wife
    Maggie (52) on June 7" giving 52 with "wife" and "Maggie". A number word is none of a
    figure's words ("four" of 4, "twenty" of "twenty-five"), but one that writes another of
    its figures ("seven" beside 38 in "38 others were injured, with seven in critical
    condition")."""
    named = _named_figures(claim).union(*(numbers(m.group(1)) for m in _DAY.finditer(claim)))
    # a thousands separator is no clause break: "$1,000,000" stays one figure
    pieces = [piece for piece in _CLAUSE.split(_THOUSANDS.sub("", claim)) if piece and piece.strip()]
    held = [{f for f in numbers(piece) - named if not _YEAR.fullmatch(f)} | _word_figures(piece) for piece in pieces]
    every = set().union(*held)
    out: dict[str, set[str]] = {}
    for i, figures in enumerate(held):
        if figures:
            near = [t for piece in pieces[max(i - 1, 0):i + 2] for t in tokens(piece) if not t[0].isdigit()]
            for figure in figures:
                out.setdefault(figure, set()).update(content([t for t in near if _other_figure(t, figure, every)]))
    return tuple((figure, frozenset(words - names), frozenset(words & names - _MONTHS))
                 for figure, words in sorted(out.items()))


def _other_figure(word: str, figure: str, figures: AbstractSet[str]) -> bool:
    """Whether ``word`` counts as a word beside ``figure``: any word but a number word,
    and a number word that writes another of the claim's ``figures``."""
    spelled = _word_figures(word)
    return not spelled or bool(spelled & figures) and figure not in spelled


def words_around(claim: str, span: tuple[int, int]) -> frozenset[str]:
    """The content stems beside ``span`` of ``claim`` that are neither figures, names nor
    months: those of the clause that holds it and of the clause on either side (``_CLAUSE``),
    as a figure's words are read (``_figures``): "The festival was reduced from three days
    to one day shortly before it was canceled on July 31, 2019" gives its date "cancel",
    "festiv", "reduc", "three", "day" and "short"."""
    pieces = _clause_pieces(claim)
    at = next((i for i, (start, end) in enumerate(pieces) if start <= span[0] < end), None)
    if at is None:
        return frozenset()
    names = _plain_names(claim, _read_claim(claim).names) | _MONTHS
    return frozenset(w for start, end in pieces[max(at - 1, 0):at + 2] for w in content(tokens(claim[start:end]))
                     if not w[0].isdigit() and w not in names)


def clause_span(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Where the clause of ``text`` (``_CLAUSE``) that holds the start of ``span`` starts and
    ends (``span`` itself where none does)."""
    return next(((start, end) for start, end in _clause_pieces(text) if start <= span[0] < end), span)


def _clause_pieces(text: str) -> list[tuple[int, int]]:
    """``text``'s clauses (``_CLAUSE``) as spans, the empty ones left out."""
    bounds = [0, *(i for m in _CLAUSE.finditer(text) for i in m.span()), len(text)]
    return [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds) - 1, 2) if text[bounds[i]:bounds[i + 1]].strip()]


def _says_part(sentence: str, hits: AbstractSet[str], said: _Claim) -> bool:
    """Whether one sentence of the source says a part of the claim in its own words, short of
    a whole clause (``_part_said``): every word but one of a clause of more than
    ``PART_WORDS`` content words that are not names ("Calleary resigned as Agriculture
    Minister ... after it emerged he was one of more than 80 people who attended a dinner"
    for "one of whose ministers was in attendance at the dinner"; a noun phrase with its
    abbreviation, "intensive care unit (ICU)", is not one), its words of furniture
    (``_FURNITURE``) aside and a contraction ("didn't") read as "not"; the word it lacks is
    never a figure ("Authorities stated that the ferry sank at around 17:00" is not said by
    "authorities ... said ... a ferry sank late Monday"); or every word of a clause of
    ``PART_WORDS`` words or more, furniture aside, names and figures among them but one at
    least neither (``_whole``: "the rear carriage of the 17:08 Great Western Railway service
    from Portsmouth Harbour to Bristol Temple Meads" for "Great Western Railway's (GWR) 17:08
    Portsmouth Harbour to Bristol Temple Meads service"; "Vardy, wife of Leicester City
    footballer Jamie Vardy" for "the wife of the footballer Jamie Vardy"; not "Queensland
    Police reported", names and a reporting word); or one of the claim's figures (``_figures``) with
    ``FIGURE_WORDS`` of the words beside it, one of them may be a name ("where 14 people
    died ... for respiratory complications" for "the sudden deaths of 14 Orang Asli
    villagers ... pneumonia complications"; "his wife, 52-year-old Maggie Murdaugh" for
    "his wife Maggie (52)"); or one of the claim's quotations (``exact.quotations``) word
    for word; or the origin and end of a journey of the claim (``facts.journeys.tells_route``:
    "en route to Amritsar from Jalandhar", "the Jalandhar-Amritsar DMU" for "travelling
    westbound from Jalandhar station to Amritsar"); or ``lists.LIST_ITEMS`` items of one of its
    lists of named items, by name or by role (``lists.gives_items``: "booked more than 80
    acts, including Jay-Z, Miley Cyrus, the Killers, ..., Imagine Dragons, ..., Halsey" for
    "the lineup included the Killers, Imagine Dragons, Halsey, Miley Cyrus, Robert Plant,
    ..."). ``hits``: the claim's content stems the sentence holds. (A sentence that gives
    one of the claim's measures, ``measures.gives_measure``, says a part whatever words it
    shares: ``extract`` asks it of every sentence, and so one that gives one of the claim's
    counts of an event class, ``counts.gives_count``: "making the total death toll 42" for
    "42 people have been confirmed dead".)"""
    if said.negated and "not" not in hits and _NOT & plain_stems(sentence):
        hits = hits | {"not"}
    if any(len(clause - hits) <= 1 and not any(w[0].isdigit() for w in clause - hits) for clause in said.part_clauses):
        return True
    if any(clause <= hits for clause in said.whole_clauses):
        return True
    near = [figure for (figure, words), named in zip(said.figures, said.figure_names, strict=True)
            if words & hits and len(words & hits) + bool(named & hits) >= FIGURE_WORDS]
    if near and _gives_figure(sentence, near):
        return True
    if said.journey and tells_route(said.text, sentence):
        return True
    if said.lists and gives_items(said.lists, plain_stems(sentence)):
        return True
    if said.quotations:
        text = f" {plain(sentence)} "
        return any(f" {q} " in text for q in said.quotations)
    return False


def _gives_figure(sentence: str, figures: Sequence[str]) -> bool:
    """Whether ``sentence`` gives one of ``figures`` (read only where a figure's words are there).
    A day of a month in the sentence ("5 January", "January 5") gives none: the claim's own
    days are no figures of it (``_figures``), so a figure of the claim is a count, a time or
    an amount (colston-four-trial: "today (Wednesday, 5 January)" does not give "At 5 am")."""
    found = _undated_figures(sentence)
    return any(figure in found for figure in figures)


@lru_cache(maxsize=1 << 16)
def _undated_figures(sentence: str) -> frozenset[str]:
    """The figures ``_gives_figure`` reads in ``sentence``: its numbers (with their parts)
    outside its days of a month (remembered: a news sentence meets many claims)."""
    undated = _DATED.sub(" ", sentence) if _DATED.search(sentence) else sentence
    return (frozenset(numbers(undated, parts=True)) - _named_figures(undated)) | _word_figures(sentence)


def _named_figures(text: str) -> frozenset[str]:
    """The numbers of ``text`` that are part of a name ("Fyre Festival 2.0", "Fox Hunt 2"; not
    "The 14 victims"), as ``_figures`` reads them in the claim: a text that names the thing
    gives them."""
    return frozenset().union(*(numbers(m.group(2)) for m in _NAMED_FIGURE.finditer(text)
                               if m.group(1).lower() not in STOPWORDS))


@lru_cache(maxsize=1 << 16)
def _word_figures(text: str) -> frozenset[str]:
    """The whole numbers ``text`` writes in words, as ``numbers`` writes them ("four times"
    and "4 times" give "4"), but "one", as often a pronoun or an article as a count ("one
    of the", "one protester"), and a number joined to the word after it, a measure of
    something else ("a three-year span" gives no 3 to "three companies")."""
    values = (parse_numeral(m.group("word")).value for m in NUMERAL_RE.finditer(text)
              if m.group("word") and not text.startswith("-", m.end()))
    return frozenset(str(int(v)) for v in values if v >= 2 and v == int(v))


def _checkable(in_quote: AbstractSet[str], names: AbstractSet[str], figure: bool,
               speakers: AbstractSet[str] = frozenset()) -> bool:
    """Whether the quote shares with the claim something an editor can check (``CHECK_WORDS``):
    ``in_quote`` is the claim's content stems the quote holds, ``figure`` whether it holds
    one of the claim's numbers. The words of who the claim says said it (``speakers``) are
    not what it says: a passage that names the same speaker shares nothing of what was said
    (colleyville-synagogue-hostage: "Later, law enforcement officials said the man had told
    the rabbi to make a phone call for him" against a photo caption "Law enforcement
    officials investigate the hostage incident ... Rabbi Charlie had spoken just the previous
    Saturday"); its names still count as names."""
    words, named = len(in_quote - names - speakers), bool(in_quote & names)
    return figure or words >= CHECK_WORDS or (named and words >= 1)


@lru_cache(maxsize=4096)
def _speaker_words(claim: str) -> frozenset[str]:
    """The content stems of the speakers of the claim's reporting frames (``attributions``):
    "law enforcement officials" of "law enforcement officials said the man had ..."."""
    return frozenset(w for a in attributions(claim) for w in content(tokens(a.speaker)))


@dataclass(frozen=True)
class _Claim:
    """What ``extract`` reads from the claim alone (remembered: a claim meets many sources)."""

    stems: tuple[str, ...]
    word_set: frozenset[str]
    pairs: frozenset[tuple[str, str]]
    clauses: tuple[frozenset[str], ...]
    part_clauses: tuple[frozenset[str], ...]  # those of more than PART_WORDS words that are not names
    whole_clauses: tuple[frozenset[str], ...]  # PART_WORDS words or more, one a word of its own (``_whole``)
    numbers: frozenset[str]
    names: frozenset[str]
    figures: tuple[tuple[str, frozenset[str]], ...]  # each telling figure with the words beside it (``_figures``)
    figure_names: tuple[frozenset[str], ...]  # the names beside each of ``figures``, months aside
    quotations: tuple[str, ...]  # its quotations of three words or more (``exact.quotations``)
    negated: bool
    hedge: float
    contrast: float
    text: str = ""
    journey: bool = False  # the claim tells a journey from a place to another (``facts.journeys``)
    lists: tuple[tuple[Item, ...], ...] = ()  # its lists of named items (``lists.named_lists``)
    measures: frozenset[Measure] = frozenset()  # its figures with a unit of mass, length or area
    counts: frozenset[Count] = frozenset()  # its figures counting an event class (``counts``)
    years: frozenset[int] = frozenset()  # the years it names (``counts.years``)


@lru_cache(maxsize=4096)
def _read_claim(claim: str) -> _Claim:
    words = tokens(claim)
    stems = content(words)
    names = frozenset(_names(claim))
    clauses = tuple(frozenset(c) for c in _clauses(claim))
    part_names = _plain_names(claim, names)
    sayable = tuple(c - _FURNITURE for c in clauses)
    figures = _figures(claim, part_names)
    whole_names, lower = part_names | (_name_words(claim) - names), _lower_words(claim)
    return _Claim(
        stems=tuple(stems),
        word_set=frozenset(stems) or frozenset(words),
        pairs=frozenset(pairwise(stems)),
        clauses=clauses,
        part_clauses=tuple(c for c in sayable if len(c - part_names) > PART_WORDS),
        whole_clauses=tuple(c for c in sayable if _whole(c, whole_names, lower)),
        numbers=frozenset(numbers(claim)),
        names=names,
        figures=tuple((figure, words) for figure, words, _ in figures),
        figure_names=tuple(named for _, _, named in figures),
        quotations=tuple(quotations(claim)),
        negated=any(w in NEGATIONS for w in words),
        hedge=float("?" in claim or any(stem(w) in FITTED_HEDGE_STEMS for w in words)),
        contrast=float(any(w in CONTRASTS for w in words)),
        text=claim,
        journey=bool(journeys(claim)),
        lists=named_lists(claim),
        measures=measures(claim),
        counts=counts(claim),
        years=years(claim),
    )


@dataclass(frozen=True)
class _Evidence:
    """What ``extract`` reads from the evidence alone (remembered: a source meets many claims)."""

    survey: Survey
    prefixes: frozenset[str]  # the first five letters of every content stem of five or more
    numbers: frozenset[str]  # every number of every sentence, with the ends of ranges


@lru_cache(maxsize=4096)
def _read_evidence(evidence: tuple[str, ...]) -> _Evidence:
    seen = survey(split_sentences(evidence))
    return _Evidence(
        survey=seen,
        prefixes=frozenset(w[:5] for w in seen.counts if len(w) >= 5),
        numbers=frozenset().union(*(numbers(s, parts=True) for s in seen.sentences)),
    )


def extract(claim: str, evidence: Sequence[str]) -> Features:
    """Compute the features of ``claim`` against ``evidence`` (pages, passages or sentences)."""
    said = _read_claim(claim)
    claim_set = said.word_set
    claim_pairs = said.pairs
    size = max(len(claim_set), 1)
    source = _read_evidence(tuple(evidence))
    doc = scan(source.survey, claim_set)

    found = {w for w in claim_set if doc.counts[w]}
    cov_doc = len(found) / size
    cov_sent, best_sent = Scan.best(doc.hits, claim_set) if doc.hits else (0.0, 0)
    cov_win, start = Scan.best(doc.unions, claim_set)
    window = doc.window(start)
    win_pairs = {p for i in window for p in pairwise(doc.stems[i])}
    win_text = " ".join(doc.sentences[i] for i in window)
    # Rarity among the sentences: a claim word found in one sentence says more than one
    # found everywhere. A claim word's sentences are the survey's (``where``), so its count
    # of sentences is read there, not counted over every sentence's hits.
    where = source.survey.where
    weight = {w: math.log((len(doc.hits) + 1) / (len(where.get(w, ())) + 1)) + 1 for w in claim_set}
    cov_win_idf, _ = Scan.best(doc.unions, claim_set, weight)
    first = doc.unions[start]
    # every window's stems are claim stems, so a window joined with the first covers their union:
    # Scan.best([first | u for u in unions], claim_set)[0], without the joined sets
    cov_two = max(len(first | u) for u in doc.unions) / len(claim_set) if first else 0.0
    prefixes = source.prefixes
    near = sum(1 for w in claim_set - found if len(w) >= 5 and w[:5] in prefixes)
    clauses = said.clauses
    covered = [Scan.best(doc.unions, clause)[0] for clause in clauses]
    clause_cov = covered or [cov_win]

    claim_numbers = said.numbers
    doc_numbers = source.numbers if claim_numbers else frozenset()
    win_numbers = numbers(win_text, parts=True) if claim_numbers else set()
    missing_numbers = sorted(claim_numbers - doc_numbers)
    names = said.names
    missing_names = sorted(n for n in names if not doc.counts[n])
    neg_claim = said.negated
    neg_mismatch = float(neg_claim != any(doc.negated[i] for i in window))
    refute_doc = sum(doc.refutations.values())
    refute_rel = math.log1p(doc.refute_related)
    hedge = said.hedge
    contrast = said.contrast
    values = (
        cov_doc,
        cov_sent,
        cov_win,
        len(claim_pairs & win_pairs) / len(claim_pairs) if claim_pairs else 1.0,
        math.log1p(len(claim_set) - len(found)),
        1 - len(missing_numbers) / len(claim_numbers) if claim_numbers else 1.0,
        1 - len(missing_names) / len(names) if names else 1.0,
        math.log1p(len(missing_names)),
        math.log1p(doc.n_words / 1000),
        float(neg_claim),
        neg_mismatch,
        math.log1p(refute_doc),
        refute_rel,
        hedge,
        fuzz.token_set_ratio(claim, win_text) / 100 if win_text else 0.0,
        _share(win_numbers, claim_numbers),
        cov_win_idf,
        cov_two,
        (len(found) + near) / size,
        min(clause_cov),
        sum(clause_cov) / len(clause_cov),
        contrast,
        neg_mismatch * cov_win,
        math.log1p(doc.refute_lead),
        cov_doc * (doc.refute_related > 0) * (1 - contrast),
        cov_doc * contrast * (doc.refute_related == 0),
        100 * refute_doc / max(doc.n_words, 1),
    )
    if cov_win == 0:
        quote, in_quote = "", set()
    elif cov_sent >= cov_win - 1e-9:
        quote, in_quote = doc.sentences[best_sent], doc.hits[best_sent]
    else:  # the window less the sentences at its edges that hold none of the claim's words
        held = [i for i in window if doc.hits[i]]
        quote, in_quote = _quoted([doc.sentences[i] for i in range(held[0], held[-1] + 1)]), doc.unions[start]
    figure = bool(claim_numbers) and bool(quote) and bool(claim_numbers & numbers(quote, parts=True))
    # The sentence that says most of the claim among those that say a part of it (the word
    # rules need at least FIGURE_WORDS < PART_WORDS of its words: others are not read; a
    # measure, "101.2 kilograms" for "the 101kg toilet", needs none, nor does a count of an
    # event class, "the total death toll 42" for "42 people died").
    saying = [i for i, hits in enumerate(doc.hits)
              if len(hits) >= FIGURE_WORDS and _says_part(doc.sentences[i], hits, said)
              or said.measures and gives_measure(said.measures, doc.sentences[i])
              or said.counts and gives_count(said.counts, doc.sentences[i], said.years)]
    part_quote = doc.sentences[max(saying, key=lambda i: len(doc.hits[i]))] if saying else ""
    return Features(
        values=values,
        quote=quote,
        missing_words=as_written(claim, claim_set - found),
        part_said=_part_said(clauses, covered, _name_words(claim)),
        checkable=_checkable(in_quote, _name_words(claim), figure, _speaker_words(claim)),
        part_quote=part_quote,
        missing_numbers=tuple(missing_numbers),
        missing_names=as_written(claim, missing_names),
        refutations=tuple(w for w, _ in doc.refuting_words.most_common(3)),
    )

"""Figures that disagree between a sentence and the evidence aligned with it.

Claim clusters catch conflicts about the topics their lexicon knows (injured, dead,
distance, ...). This is the general check underneath: for a sentence and each source,
take the source's sentences best aligned with it, and compare the quantities that count
the same thing (the same noun, singular or plural; "no ships" counts zero ships) in the
same event (the same governing verb or event class: "34 workers were killed" says nothing
of "81 workers were on site", nor "a capacity of 60 passengers" of "carrying 188
passengers"; a duration is compared only with a duration of the same verb) and the same
group (``grammar.Counted.key``: "12 people died in Mexico State" is no toll) where the evidence figure's own
clause shares another content word with the claim (the same subject: "no person was
touched" says nothing of a person killed); two counts that no event governs (a thing's
stock) only when the same words stand between figure and noun ("two roads" against "five
access roads" are two sets) and no two verbs' prepositional phrases hold them ("won in six
games" against "suspended for 30 games": a series and a suspension, ``grammar.governing_verb``). Two measures are compared too: an area with an
area the same verb measures ("the area burned ranged between 150 and 1,000 hectares"
against "the fire burned through some 1,250 hectares"; not the area a counted many burnt,
a sum), and a mass in tonnes with a mass of a substance that shares a word ("17,500
tonnes of diesel oil" against "20,000 tons of diesel fuel") unless each has a verb and they
differ ("held" against "spilled": a tank's content is not what left it; "spilled" and
"leaked" are one event class, "seeped into the river" another, often a part; a mass "on board"
with no verb is what the vessel held, not what spilled); a sum of money is the value of
the noun before "worth", "valued at" or "estimated at", compared only with a value of the
same noun in the same currency ("13 luxury cars worth Dh 25 million" against "13 luxury
cars, estimated at 35 million dirham"); a figure restated in brackets
keeps the bound of the one before ("up to 21,000 cubic metres (17,500 tonnes)"). Where a
journey went is compared too (``facts.journeys``): "travelling from Zwolle to Coevorden"
against "traveling at full speed from Zwolle to Emmen", neither sentence about another event. What ``facts.scope`` finds is not a final
figure of the event: a sentence about another event gives no figure here, a running count
("three bodies so far") is a lower bound, and neither a duration still running when
written ("now approaching 39 hours": how long so far, of whatever was going on) nor an
offset ("nine days since the collapse") is compared, nor a figure in a clause that states no
fact (a wish, hope, prayer, fear, condition or question: ``scope.unasserted``). A
source contradicts the sentence when an aligned sentence gives an incompatible figure and
none of its aligned sentences gives a compatible one: a source that reports both "36" and
"more than 100" supports the sentence that says 36.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from mergekit.align import STEM_LETTERS, Match, content_words, fold_plural
from mergekit.facts import Quantity, quantities_agree
from mergekit.facts.clauses import clause_around, clause_start
from mergekit.facts.clusters import BODIES as _BODIES
from mergekit.facts.clusters import counts_casualties
from mergekit.facts.grammar import event_of, governing_verb, is_verb_form, noun_after, words
from mergekit.facts.journeys import journeys, other_end
from mergekit.facts.memo import extract_quantities  # each sentence read once
from mergekit.facts.numbers import VAGUE_REACH, vague_plural, vague_plurals_disagree
from mergekit.facts.quantities import PARTITIVE
from mergekit.facts.revisions import names_other, revisions
from mergekit.facts.scope import (
    about_another_event,
    increment,
    offset,
    present_perfect,
    presupposed,
    reference_point,
    running,
    running_duration,
    snapshot,
    unasserted,
    years_named,
)
from mergekit.facts.topics import is_count, not_counted, what_counts

__all__ = ["FigureConflict", "counted_quantities", "figure_conflicts", "gives_other_value"]

_NONE = re.compile(r"\b(?:no|zero|none of the)\s+(?:(?:more|other|further)\s+)?([a-z]+)", re.IGNORECASE)


@dataclass(frozen=True)
class FigureConflict:
    """A sentence's figure, and the aligned source sentence that gives another."""

    source: str
    noun: str  # folded ("ship"), for matching
    counted: str  # as the claim writes it ("ships")
    claim_figure: str
    source_figure: str
    quote: str


# what ends a clause around a figure: commas, semicolons, colons, brackets, quotes, dashes
_CLAUSE_BREAK = re.compile(r"[,;:()\u201c\u201d\"]|\s[\u2013\u2014-]\s")


def _prefix(word: str) -> str:
    """A word's first ``align.STEM_LETTERS`` letters: two words of one prefix are one word's forms."""
    return word[:STEM_LETTERS]


@lru_cache(maxsize=1 << 15)
def _clause_prefixes(text: str, span: tuple[int, int]) -> frozenset[str]:
    """The 5-letter prefixes of the content words of the clause of ``text`` around ``span``
    (remembered: a news sentence's count is compared with every claim it is aligned with)."""
    return frozenset(_prefix(w) for w in content_words(clause_around(text, span, _CLAUSE_BREAK)))


def _noun(word: str | None) -> str | None:
    return fold_plural(word.lower()) if word else None




def _agree(a: Quantity, b: Quantity) -> bool:
    """``quantities_agree``, but a vague plural against a figure ("hundreds of flights" against
    "more than 1,000") gives its floor and reaches ``numbers.VAGUE_REACH`` times its ceiling;
    two vague plurals, as the claim clusters compare them, disagree where their ranges as read
    do not meet ("dozens" against "hundreds"; rv18)."""
    a_vague, b_vague = (q.unit is None and q.high != float("inf") and vague_plural(q.text) for q in (a, b))
    if a_vague and b_vague:
        return not vague_plurals_disagree((a.low, a.high), (b.low, b.high))
    if a_vague != b_vague:
        a, b = (replace(q, high=q.high * VAGUE_REACH) if vague else q for q, vague in ((a, a_vague), (b, b_vague)))
    return quantities_agree(a, b)


@dataclass(frozen=True)
class _Count:
    """A count in a sentence: its folded noun, the quantity, its event and whether it counts time."""

    noun: str
    q: Quantity
    event: str | None  # what happens to the counted ("dead", "divert"), None when nothing governs it
    time: bool  # a duration ("nine days"): compared only with a duration of the same verb
    group: str = ""  # what restricts the counted (``grammar.Counted.key``): "in gansu", "at ground"
    what: frozenset[str] = frozenset()  # a mass's substance ("diesel", "fuel"): compared when they share a word
    mods: tuple[str, ...] = ()  # the words between the figure and its noun ("access" of "five access roads")
    # the event of the verb whose prepositional phrase holds a count no event governs ("won in six
    # games": "win"; ``grammar.governing_verb``), "" when none: another verb's is another frame
    frame: str = ""


@lru_cache(maxsize=1 << 15)  # remembered: a news sentence is aligned with many article sentences
def _read_counts(text: str, *, references: bool = False) -> tuple[_Count, ...]:
    """The counts of ``text`` that can contradict another text's (``counted_quantities``):
    none in a sentence about another event (``scope.about_another_event``); a running
    count or a duration elapsed when written is a lower bound; an offset is no count.
    ``references``: instead, only the counts of an event the sentence measures its own
    against (``scope.reference_point``: "the deadliest since a fire ... that killed 14
    people"), which say nothing of its own event's count but are claims of the sentence."""
    if about_another_event(text) and not years_named(text):
        return ()  # with a year, the year keeps it apart (``figure_conflicts``)
    out: list[_Count] = []
    quantities = extract_quantities(text)
    superseded = _superseded(text)
    for i, q in enumerate(quantities):
        counted = _noun(q.noun)
        measure = _measure(text, q, quantities[:i], quantities[i + 1:]) or _value(text, q)
        if measure is not None:
            if not references and not (increment(text, q.span) or snapshot(text, q.span)
                                       or reference_point(text, q.span) or unasserted(text, q.span)):
                out.append(replace(measure, q=replace(measure.q, high=float("inf")) if running(text, q.span) else measure.q))
            continue
        if q.unit is not None or not counted or counted == "other" or PARTITIVE.match(text, q.span[1]):
            continue  # "five others": the rest of what each sentence named before, never the same
        if not is_count(q, text):  # not a part, a measure, a share or "several"
            continue
        if references != reference_point(text, q.span):
            continue
        if (q.span in superseded or increment(text, q.span) or snapshot(text, q.span) or presupposed(text, q.span)
                or unasserted(text, q.span)):
            continue  # "a further 21 rescued", "19 remain missing", "the 11 who died inside", "if 20
            # had been aboard", "altered the number of deaths ... from 32 to at least 19": no total
        found = what_counts(q, text)
        if found is None:
            continue
        c, event = found
        if c.noun and not_counted(c.noun):
            continue  # "1.3 billion rubles": money
        if c.time and (offset(text, q.span[1]) or running_duration(text, q.span)):
            continue  # "nine days since the collapse": when; "on site for 169 hours": so far
        if running(text, q.span):
            q = replace(q, high=float("inf"))  # "three bodies so far"
        cause = f" {c.key}".partition(" of ")[2]  # "two dying from pneumonia"
        if event and c.presumed:
            event += "-presumed"  # "166 are feared dead" is not the confirmed dead
        out.append(_Count(counted + (f" of {cause}" if cause else ""), q,
                          _duration_verb(text, q) if c.time else event, c.time, c.key, mods=_mods(text, q),
                          frame="" if event or c.time else governing_verb(text, q.span[0]) or ""))
    for match in () if references else _NONE.finditer(text):
        noun = fold_plural(match.group(1).lower())
        zero = Quantity(value=0.0, low=0.0, high=0.0, unit=None, approx=False, noun=noun,
                        span=match.span(), text=match.group(0))
        found = what_counts(zero, text)
        out.append(_Count(noun, zero, found[1] if found else None, bool(found and found[0].time),
                          found[0].key if found else ""))
    return tuple(out)


def _superseded(text: str) -> frozenset[tuple[int, int]]:
    """The spans of the figures ``text`` says were revised, of an event's count
    (``facts.revisions``; as ``facts.clusters`` reads them): no figure the report holds, so
    none it agrees or disagrees with."""
    labels = words()["event_labels"]
    out = set()
    for r in revisions(text):
        if any(names_other(q, text) for q in (r.old, r.new) if q is not None):
            continue  # "reduced its fleet from 32 to 19 jets": jets, whatever toll the sentence names
        found = what_counts(r.old, text)
        if r.event in labels or (found is not None and found[1] in labels):
            out.add(r.old.span)
    return frozenset(out)


_MOD_WORD = re.compile(r"[A-Za-z][\w'’-]*")


_MODS = 3  # at most this many words between a figure and its noun; further, none is read


def _mods(text: str, q: Quantity) -> tuple[str, ...]:
    """The words between figure ``q`` and its counted noun, lower-cased ("access" of "five
    access roads", "world", "heritage" of "32 World Heritage Sites"); none when more than
    ``_MODS`` stand there (the noun was read further off)."""
    if not q.noun:
        return ()
    at = text.lower().find(q.noun.lower(), q.span[1])
    found = tuple(w.lower() for w in _MOD_WORD.findall(text[q.span[1]:at])) if at >= 0 else ()
    return found if len(found) <= _MODS else ()


# a mass counted in tonnes: "20,000 tonnes of diesel fuel" (tons are taken as tonnes, as
# reports write either for the same figure), kilograms in tonnes
_MASS = {"tonne": 1.0, "ton": 1.0, "kilogram": 0.001, "kg": 0.001}
_SUBSTANCE = re.compile(r"\)?\s+of\s+([a-z-]+)", re.I)
# a mass a vessel carries, said where it is rather than by a verb: "with about 4,000 tonnes
# of fuel oil ... onboard" is what it held ("hold", as "the tank held"), not what spilled
_ON_BOARD = re.compile(r"\b(?:on\s*board|aboard)\b", re.I)
# a restatement in brackets of the figure before it: "up to 21,000 cubic metres (17,500 tonnes)"
_RESTATED = re.compile(r"^\s*(?:[A-Za-z]+\s+){0,2}\(\s*$")
# verbs that link a measure to what it measures ("ranged between", "totalled"): the event is
# the verb before them ("the area burned ranged between 150 and 1,000 hectares")
_MEASURE_LINK = frozenset({"rang", "total", "amount", "measur", "estim", "reach", "stand", "stood"})
_MEASURE_GAP = frozenset({"between", "through", "across", "of", "approximately", "estimated", "totalling"})


def _measure(text: str, q: Quantity, earlier: Sequence[Quantity], later: Sequence[Quantity]) -> _Count | None:
    """An area or a mass as a count of its dimension, or None: an area with the event of the
    verb that measures it ("burned 1,200 hectares", "the area burned ranged between 150 and
    1,000 hectares"; not "11,000 bushfires burnt 237,869 hectares", a sum over a counted
    many, nor one of two areas of a sentence, parts), a mass with its substance ("17,500 tonnes of diesel oil"); a figure in
    brackets after another restates it and keeps its bound ("up to 21,000 cubic metres
    (17,500 tonnes)" is up to 17,500 tonnes)."""
    before = earlier[-1] if earlier else None
    if before is not None and _restates(text, before, q) and before.value:
        scale = q.value / before.value
        q = replace(q, low=before.low * scale, high=before.high * scale, approx=before.approx)
    if q.unit in ("ha", "acre"):
        start = clause_start(text, q.span[0], _CLAUSE_BREAK)
        if any(p.unit is None and p.span[1] > start for p in earlier):
            return None  # "11,000 bushfires burnt 237,869 hectares": the sum of many, not one's area
        if any(p.unit in ("ha", "acre") and not _restates(text, q, p) for p in later) or (
                before is not None and before.unit in ("ha", "acre") and not _restates(text, before, q)):
            return None  # "300 hectares of pine and 900 hectares of farmland": parts of an area
        event = _measure_verb(text, q)
        return _Count("area", q, event, False) if event else None
    factor = _MASS.get(_noun(q.noun) or "")
    if q.unit is not None or factor is None:
        return None
    substance = _SUBSTANCE.match(text, noun_after(text, q.span[1])[1])
    what: set[str] = set()
    event = _measure_verb(text, q)  # "leaked 20,000 tonnes of fuel"
    for word in re.findall(r"[A-Za-z-]+", text[substance.start(1):])[:6] if substance else ():
        word = word.lower()
        if len(what) < 3 and word not in words()["function"] and not is_verb_form(word) and word != "onboard":
            what.add(word)  # "of diesel oil" (not "onboard": where it is, ``_ON_BOARD``)
        elif word not in words()["auxiliary"]:  # "of diesel fuel (had) spilled": its verb
            event = event or (event_of(word) if is_verb_form(word) else None)
            break
    if not what:
        return None
    if event is None and _ON_BOARD.search(clause_around(text, q.span, _CLAUSE_BREAK)):
        event = event_of("held")
    return _Count("mass", replace(q, value=q.value * factor, low=q.low * factor, high=q.high * factor),
                  event, False, what=frozenset(what))


# what a sum of money values: the noun before "worth", "valued at", "estimated at" ("13
# luxury cars worth Dh 25 million", "13 luxury cars, estimated at 35 million dirham"), and
# the currency written before the figure when its noun names none
_WORTH = re.compile(r"(?P<noun>[A-Za-z][\w-]*)\s*,?\s+(?:(?:were|was|are|is|being)\s+)?(?:worth|(?:valued|estimated|"
                    r"priced)\s+at)\s+(?:(?:about|around|some|nearly|almost|approximately|an\s+estimated)\s+)?"
                    r"(?P<cur>US\$|[$€£₦¥]|[A-Z][A-Za-z]{1,2})?\s*$")
# a currency as written before a figure, by its name: "Dh 25 million" is in dirhams
_CURRENCY_MARK = {"$": "dollar", "us$": "dollar", "usd": "dollar", "€": "euro", "eur": "euro", "£": "pound",
                  "gbp": "pound", "₦": "naira", "ngn": "naira", "dh": "dirham", "dhs": "dirham", "aed": "dirham",
                  "¥": "yen", "rs": "rupee"}


def _value(text: str, q: Quantity) -> _Count | None:
    """A sum of money as the value of what it values, or None: "13 luxury cars worth Dh 25
    million" is the cars' value in dirhams, compared only with a value of the same noun in
    the same currency ("13 luxury cars, estimated at 35 million dirham"). The figure's span
    reaches back to the valued noun, so that its clause shares the claim's words."""
    m = _WORTH.search(text, max(0, q.span[0] - 80), q.span[0])
    if m is None or q.unit is not None:
        return None
    named = fold_plural(q.noun.lower()) if q.noun else None
    if named is not None and not not_counted(named):
        return None  # "worth 3 points": no sum of money
    currency = named or _CURRENCY_MARK.get((m.group("cur") or "").lower())
    if currency is None:
        return None  # a sum in no currency named
    noun = fold_plural(m.group("noun").lower())
    if noun in words()["function"]:
        return None
    return _Count(f"value of {noun}", replace(q, span=(m.start("noun"), q.span[1]),
                                              noun=f"value of {m.group('noun').lower()}"), None, False,
                  what=frozenset({currency}))


def _restates(text: str, first: Quantity, second: Quantity) -> bool:
    """Whether ``second`` restates ``first`` in brackets right after it ("(17,500 tonnes)")."""
    return first.span[1] <= second.span[0] and bool(_RESTATED.match(text[first.span[1]:second.span[0]]))


def _measure_verb(text: str, q: Quantity) -> str | None:
    """The event of the verb an area measures, in its clause before it; None when none does."""
    for word in reversed(re.findall(r"[A-Za-z]+", text[clause_start(text, q.span[0], _CLAUSE_BREAK):q.span[0]])[-6:]):
        low = word.lower()
        if low in _DURATION_GAP or low in _MEASURE_GAP:
            continue
        if not is_verb_form(low) and low not in words()["irregular"]:
            return None
        event = event_of(low)
        if event not in _MEASURE_LINK:
            return event
    return None


# what may stand between a verb and the duration it governs: "lasted for nearly nine days"
_DURATION_GAP = frozenset({"for", "about", "some", "nearly", "almost", "around", "roughly", "over", "than",
                           "more", "at", "least", "up", "to", "only", "just", "a", "an", "the", "another"})


def _duration_verb(text: str, q: Quantity) -> str | None:
    """The verb a duration measures, by its stem: the verb before it ("lasted nine days",
    "trapped for 17 days") or the participle after its noun ("5 days (118 hours) trapped");
    None when none governs it ("for the first time in 68 days")."""
    before = re.findall(r"[A-Za-z]+", text[max(0, q.span[0] - 60):q.span[0]])
    for word in reversed(before[-5:]):
        if word.lower() in _DURATION_GAP:
            continue
        if word.lower() in ("last", "lasts"):  # a function word elsewhere ("the last survivor")
            return "last"
        if is_verb_form(word):
            return event_of(word)
        break
    after = re.match(r"[\s-]*[A-Za-z]+\)?\s*(?:\([^)]*\)\s*)?([A-Za-z]+)", text[q.span[1]:])
    return event_of(after.group(1)) if after and is_verb_form(after.group(1)) else None


def counted_quantities(text: str) -> list[tuple[str, Quantity]]:
    """(counted noun, quantity) pairs of ``text``, with "no X" as a count of zero.

    A partitive ("one of the residents") picks from a group; it does not count it.
    """
    return [(c.noun, c.q) for c in _read_counts(text)]


def figure_conflicts(claim: str, aligned: Sequence[Match], years: frozenset[int] = frozenset(),
                     source_years: Mapping[str, frozenset[int]] | None = None,
                     provisional: frozenset[str] = frozenset(),
                     reports: frozenset[str] = frozenset()) -> list[FigureConflict]:
    """Conflicts between ``claim`` and its aligned evidence, at most one per source and noun.

    ``years``: the year the claim's article is about, for a claim that names none; an
    evidence sentence dated only in other years is about another event ("in 2008 when
    87,000 people were killed"). ``source_years``: for an evidence sentence that names no
    year, the years its source was written in (a report tells of recent events), by source.
    ``provisional``: the sources that say their death toll is not final
    (``facts.clusters.provisional_reports``): their counts of the dead and of bodies are
    lower bounds. ``reports``: the news sources: a count of casualties they tell in the present
    perfect ("an ongoing outbreak ... that has killed two people": ``scope.present_perfect``)
    is a count so far, a lower bound."""
    conflicts = _journey_conflicts(claim, aligned)
    mine = _read_counts(claim)
    if not mine:
        return conflicts
    years = years_named(claim) or years
    # Aligned and about the same thing: a content word in common besides the figures and the
    # nouns they count, compared by a 5-letter prefix ("injured" ~ "injuries").
    nouns = {c.noun for c in mine}
    figures = {w.lower() for c in mine for w in c.q.text.split()}
    words = {_prefix(w) for w in content_words(claim)
             if not w.isdigit() and w not in figures and _noun(w) not in nouns}
    by_source: dict[str, list[tuple[_Count, str]]] = {}
    for match in aligned:
        text = match.passage.text
        named = (years_named(text) or (source_years or {}).get(match.passage.source, frozenset())
                 if years else frozenset())
        if named and not named & years:
            continue
        for count in _read_counts(text):
            # The figure must be about the claim's subject: a shared word in its own clause.
            if words & _clause_prefixes(text, count.q.span):
                if match.passage.source in provisional and _toll_count(count) and (
                        not years_named(text) or years_named(text) & (source_years or {}).get(match.passage.source,
                                                                                              frozenset())):
                    count = replace(count, q=replace(count.q, high=float("inf")))  # so far, of this event
                elif match.passage.source in reports and _casualty_count(count) and present_perfect(text, count.q.span):
                    count = replace(count, q=replace(count.q, high=float("inf")))  # "has killed two": so far
                by_source.setdefault(match.passage.source, []).append((count, text))
    for source in sorted(by_source):
        theirs = by_source[source]
        for mc in mine:
            # the same thing counted: the same noun and group, and the same event ("34 workers
            # were killed" says nothing of "81 workers were on site", nor "12 people died in
            # Mexico State" of the toll), or a duration of each; with no event on either side
            # (a thing's stock: "It has five access roads"), the same words between figure and
            # noun: a modifier names a kind of the thing, another set ("two roads out of the
            # town" against "five access roads from the main road")
            same = [(tc.q, text) for tc, text in theirs
                    if tc.noun == mc.noun and _same_event(tc, mc) and tc.time == mc.time
                    and tc.group == mc.group and (tc.event is not None or not tc.time)
                    and (tc.event is not None or mc.event is not None or tc.mods == mc.mods)
                    and not (tc.frame and mc.frame and tc.frame != mc.frame)
                    and (tc.what & mc.what or not (tc.what or mc.what))]
            if not same or any(_agree(mc.q, tq) for tq, _ in same):
                continue
            parts = _elided_parts(claim, mc.q)
            same = [(tq, text) for tq, text in same if not any(_agree(p, tq) for p in parts)]
            if not same:
                continue  # "Five vehicles fell, two into the water and three onto the ship": a part
            other, quote = same[0]
            conflicts.append(FigureConflict(source, mc.noun, mc.q.noun or mc.noun, mc.q.text, other.text, quote))
    return sorted(conflicts, key=lambda c: c.source)


def _elided_parts(claim: str, whole: Quantity) -> tuple[Quantity, ...]:
    """The parts the claim itself breaks ``whole`` into, their noun left out ("Five vehicles
    fell when the bridge collapsed, two into the water and three onto the ship"): two or more
    bare figures (no noun, no unit) after it that add up to it. A source giving one of them
    gives the sentence's own part, not another whole (``facts.clusters._breakdown`` reads
    such parts when each has its noun and verb)."""
    bare = tuple(q for q in extract_quantities(claim)
                 if q.span[0] > whole.span[1] and q.noun is None and q.unit is None and not q.single)
    if len(bare) < 2 or sum(q.value for q in bare) != whole.value:
        return ()
    return bare


def _casualty_count(count: _Count) -> bool:
    """Whether a count is of casualties: the dead, the injured (presumed or not), bodies."""
    return bool(count.q.value > 0 and count.q.unit is None and not count.time
                and counts_casualties(count.event, count.q.noun or ""))


def _toll_count(count: _Count) -> bool:
    """Whether a count is of the dead or of bodies: what a rising toll counts so far (a
    casualty count, ``_casualty_count``, of those two)."""
    return _casualty_count(count) and (count.event == "dead" or (count.q.noun or "").lower() in _BODIES)


@lru_cache(maxsize=1 << 15)  # a sentence's passages are asked of every source's judgement
def gives_other_value(claim: str, text: str) -> bool:
    """Whether ``text`` gives another value than ``claim`` for a thing the claim counts: the
    same noun and group, the same event or none named ("18 survivors so far" counts the
    survivors; a duration only of the same verb: ``_same_counted``), and a figure other
    than the claim's, a bound read as its figure ("at least 18" does not say 21). Not a
    contradiction (``figure_conflicts``: a running count is a lower bound) but no support
    for that figure: "At least three people are confirmed dead; 18 survivors so far" says
    no part of "Twenty-one survivors were rescued, three bodies were found ...", whatever
    else it shares."""
    mine = _read_counts(claim)
    references = _read_counts(claim, references=True)
    if not mine and not references:  # the claim counts nothing: ``text``'s counts are not read
        return False
    theirs = _read_counts(text)
    figures = extract_quantities(claim)
    for mc in (*mine, *references):
        for tc in theirs:
            if (tc.noun == mc.noun and tc.group == mc.group and tc.time == mc.time and tc.what == mc.what
                    and _same_counted(tc.event, mc.event, time=mc.time, whole=mc.noun in words()["whole"])):
                given = replace(tc.q, high=tc.q.low) if tc.q.high == float("inf") else tc.q
                if _agree(mc.q, given):
                    continue
                # A count of the event the claim measures its own against ("the deadliest since a
                # clothing factory fire ... that killed 14 people" against "12 people died in a
                # fire in a Moscow clothing factory") is given otherwise only by a count that is
                # none of the claim's figures: "17 people died" is the claim's own event's count.
                if mc in mine or not any(_agree(q, given) for q in figures):
                    return True
    return False


def _same_counted(a: str | None, b: str | None, *, time: bool, whole: bool = False) -> bool:
    """Whether two counts of one noun with events ``a`` and ``b`` count the same thing for
    ``gives_other_value``: the same event, or for a count that is no duration none named on
    one side; a duration only with a duration of the same verb ("the final 30 minutes" is
    no part of "delayed by over an hour and twenty minutes"); and a count of a noun that
    names no group of its own (``whole``: "people", "persons") only with the same event,
    which alone says who is counted ("additional six people that we have also been able to
    identify ... were on-site" is no other figure for "At least 42 people died")."""
    if time or whole:
        return a is not None and a == b
    return a == b or a is None or b is None


def _same_event(a: _Count, b: _Count) -> bool:
    """The same event, or for two masses of a substance no verb of either that differs
    ("up to 17,500 tonnes of diesel oil" meets "20,000 tons of diesel fuel spilled"; "spilled
    20,000 tonnes" does not meet "the tank held 30,000 tonnes")."""
    if a.what and b.what:
        return a.event is None or b.event is None or a.event == b.event
    return a.event == b.event


def _journey_conflicts(claim: str, aligned: Sequence[Match]) -> list[FigureConflict]:
    """Where a journey went, by source: the claim's end against another end of a journey
    from the same origin in an aligned sentence (``facts.journeys``), at most one per source."""
    if about_another_event(claim) or not journeys(claim):  # no journey of the claim: no other end (read once)
        return []
    found: dict[str, FigureConflict] = {}
    for match in aligned:
        text = match.passage.text
        if match.passage.source in found or about_another_event(text):
            continue
        pair = other_end(claim, text)
        if pair:
            found[match.passage.source] = FigureConflict(match.passage.source, "journey-end", "where it was going",
                                                         pair[0].end, pair[1].end, text)
    return list(found.values())

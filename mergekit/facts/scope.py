"""Whether a figure is a final figure of the event a text is about, read from its sentence.

Two figures can only contradict each other when both state the same thing at its end.
News texts also give figures that are none of that, and comparing them is the commonest
false contradiction on real coverage:

* **another event** (``about_another_event``): a sentence about an earlier or a separate
  event of the same kind (when it names no year: with one, the year keeps it apart and
  lets it meet what other texts say of that year's event): "During the same storm system ..., another twister hit Moore",
  "The previous week, two boats sank, killing at least 16", "There were no reported
  fatalities on that occasion", "In a separate incident ...", "missing from a separate
  training exercise". Its subject is "another",
  "a second/separate/previous/similar" or "an earlier" thing with a verb of its own (not
  "another 18 people", a further count of the same event, nor "Another died", nor
  "another witness said", a speaker), or it refers to "that occasion", "a separate
  incident", "the previous <day, week ...>", to what happened "previously", to "its last
  deadly eruption", or to "a 2015 blaze";
* **one of several** (``one_of_several``): the date of an event told as one of its kind,
  "the volcano last erupted in January 2023", "its previous eruption", "another
  collapse": another text's date of that event may be another occurrence;
* **a reference point** (``reference_point``): what a rank is measured from, "Seattle's
  first female mayor since Bertha Landes' election in 1926", "the deadliest flood since
  the 1998 floods": a word of rank ("first", "only", a superlative) then "since" in one
  clause; the date or figure after "since" tells of an earlier occurrence. Not in a
  perfect tense ("has been the largest employer since its founding in 1901"), where
  "since" opens the span the rank has held, dated by the sentence's own event;
* **a running count** (``running``): a figure still rising when written, "the toll had
  risen to five", "three bodies so far", "20 remain missing to date": a lower bound of the
  final count, which may be any larger;
* **a count in the present perfect** (``present_perfect``, ``ongoing``): "an ongoing outbreak
  ... that has killed two people", "two people have died": the tense read from "has" or
  "have" before the participle; a news report's count of casualties so told, or any count
  of an event its sentence calls ongoing, is a count so far (``facts.clusters``,
  ``plan.aligned``);
* **a running duration** (``running_duration``): the time elapsed when the text was
  written, "the rescue operation is now approaching 39 hours", "workers buried for more
  than 12 hours", "volunteers have been on site for 169 hours", "miners trapped for 17
  days are alive": how long something has gone on so far, not the duration of what a
  finished account measures;
* **an offset** (``offset``): a count of time units that places something in time, "two
  days before the holiday", "nine days since the collapse", "three weeks after the
  crash", "a year ago": not the duration of anything, never compared;
* **an increment** (``increment``): "a further 21 workers had been rescued", "another 18
  people rescued" (with no figure before it: "killed ten and injured another four" counts
  four besides the ten), "an additional 40", "12 more", the others besides one named
  ("Lochte and three other US swimmers": the group is four), "a reduction of two", "up by 3": what
  was added to or taken from another count, not the count itself; and a figure set apart
  from the count, "the count does not include one death reported in Oaxaca", "not
  including three", "in addition to five";
* **a presupposed set** (``presupposed``): "the 11 people who died inside the church",
  "the two victims who died are ...": a definite set its relative clause picks out, told
  about rather than counted, and often a part of the toll;
* **another year** (``years_named``): the years a sentence dates what it tells with ("On
  9 January 1994", "in 2008 when 87,000 people were killed", a year modifying its event,
  "at the 2015 general election", "a 2015 blaze"; not "since 2014", which
  reaches the time of writing, unless "since 2014, when ..." dates what follows): a figure
  of a sentence about other years than another's is about another event;
* **before the event** (``dated_before``): a sentence of the event's year dated to a month
  or day wholly before the event began ("In January 2016, 12 people died in a fire in a
  Moscow clothing factory", of a fire on 27 August 2016) tells of another occurrence;
* **a snapshot** (``snapshot``): the state when the text was written, which changes both
  ways as an event unfolds, "19 remain unaccounted for", "12 workers are still
  hospitalised", "39 persons unaccounted for at present", "currently 50 in hospital":
  another report at another time may give any other figure;
* **a whole domain** (``whole_domain``): a count its clause sets over a whole territory
  or population, "Across India, the scheme provides roughly 120 million children with
  free lunches", "nationwide", "throughout the country", "around the world", "in every
  school": a set's size, which a count of one member of it ("With 125 children on its
  rolls, the school has ...") does not dispute, though both count children. It keeps two
  counts apart only when the whole's is an order of magnitude larger (``clusters``): at a
  like size the two are the same set told with and without its extent, unless the other
  count's subject names **one site** (``one_site``) of an organisation: "The campus enrolls
  more than 25,000 students" is one member's count told as such, never the whole's ("UMass,
  which enrolls more than 74,000 students across its five-university system");
* **no statement** (``unasserted``): a figure in a wish, hope, prayer or fear ("We pray to
  God to give us hope that there has not been a high death toll", "fears that 300 may
  have died"), a condition ("if 20 had been aboard", "unless", "whether") or a question
  ("Were 40 people on board?"): the sentence states no fact, so its figure contradicts
  nothing. The cue is read in the figure's own clause before it, as a denial is
  (``clusters._clause_before``), so "hoped the 12 would be found; 12 were found" keeps
  the second; "feared dead" after a figure is a presumption (``grammar.presumed``), not this.

The words are English grammar (determiners, time adverbs, auxiliaries); nothing here
knows one event's topic.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import lru_cache

from mergekit import months

from .clauses import STATEMENT_BREAK, clause_around, clause_start
from .dates import DateFact
from .grammar import event_of, is_verb_form, noun_after, stem, words
from .memo import extract_dates  # each sentence read once

__all__ = ["about_another_event", "reference_point", "running", "running_duration", "offset", "increment", "snapshot", "years_named",
           "dated_before", "event_start", "provisional_casualties",
           "presupposed", "one_of_several", "most_named_years", "unasserted", "whole_domain", "one_site"]

# "another twister hit", "a separate fire broke out", "an earlier accident killed": the
# determiner, up to two modifiers, the head noun and the word after it
_OTHER_SUBJECT = re.compile(
    r"\b(?:another|a\s+(?:second|separate|previous|similar|different)|an\s+(?:earlier|unrelated))"
    r"\s+(?P<np>(?:[\w’'-]+\s+){0,2}?)(?P<head>[A-Za-z][\w’'-]*)\s+(?P<next>[A-Za-z]+)", re.I)
_OTHER_OCCASION = re.compile(
    r"\b(?:(?:on|at)\s+that\s+occasion|(?:at|from|during)\s+(?:a|an)\s+(?:separate|unrelated|earlier|previous)\s+[a-z]+|"
    r"(?:in|on)\s+(?:a|an)\s+(?:separate|unrelated|earlier|previous|"
    r"similar)\s+[a-z]+|(?:in|during|after)\s+another\s+(?-i:[a-z]+)|previously|the\s+(?:previous|preceding)\s+(?:day|night|week|weekend|month|year|"
    r"morning|evening|summer|winter|spring|autumn)"
    # "its last deadly eruption occurred in 1979", "the previous deadliest accident in 2015"
    r"|(?:its|the|their)\s+(?:last|previous|preceding|earlier)\s+(?-i:(?:[a-z-]+\s+){0,2}?[a-z]+)\s+(?:occurred|"
    r"happened|took\s+place|struck|hit|was|left|(?-i:[a-z]+ed)|in\s+(?:1[89]|20)\d\d)"
    # "a 2015 blaze that killed 64 people", "an 1830 eruption"
    r"|(?:a|an)\s+(?:[a-z-]+\s+)?(?:1[89]|20)\d\d\s+[a-z]+)\b", re.I)
# number words: a figure written out ("another three"), or a quantifier of one ("dozens")
_NUMBER_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?")
_NUMBER = re.compile(rf"^(?:\d[\d,.]*|{_NUMBER_WORDS}|several|few|many|more|half|couple)$", re.I)


@lru_cache(maxsize=1 << 15)
def about_another_event(text: str) -> bool:
    """Whether a sentence is (also) about another event than the text's own (module docstring).

    Remembered by the text (a pure function of it): the claim clusters and the aligned-figures
    check ask it of every copy of a sentence, 18,380 times for 2,000 texts at 1,000 article
    sentences against 250 news files."""
    if _OTHER_OCCASION.search(text):
        return True
    w = words()
    for m in _OTHER_SUBJECT.finditer(text):
        head, after = m.group("head").lower(), m.group("next").lower()
        if _NUMBER.match(head) or any(_NUMBER.match(t) for t in m.group("np").split()):
            continue  # "another 18 people", "a second three-storey block": a further count
        if is_verb_form(head) or head in w["whole"] or head in w["time"] or head in w["function"]:
            continue  # "Another died", "another person", "another week", "another of"
        if after in w["reporting"] or after in ("of", "to", "for", "on", "in", "at", "and"):
            continue  # "another witness said": a speaker; "another round of talks"
        if after in w["auxiliary"] or is_verb_form(after) or after in w["irregular"]:
            return True  # "another twister hit Moore", "a separate fire was reported"
    return False


_SINCE_WORD = re.compile(r"\bsince\b", re.I)
# a relative clause that opens the figure's clause and tells what an occurrence did: "since
# the 2015 capsizing on the Yangtze in China, which killed 442 people" (its toll is that
# occurrence's); not one that tells what a place or a time recorded or saw ("since 2015 for
# the province, which recorded 31 deaths")
_OCCURRENCE_VERB = re.compile(r"\s*(?:(?:which|that)\s+(?:(?:had|has|also|then)\s+)*(?:killed|left|claimed|"
                              r"injured|wounded|caused|resulted\s+in|took\s+the\s+lives)|in\s+which)\b", re.I)
_PERFECT = re.compile(r"\b(?:has|have|had|'s|’s)\s+(?:(?:not|never|always|long|also)\s+)?been\b", re.I)


def reference_point(text: str, span: tuple[int, int]) -> bool:
    """Whether the date or figure at ``span`` tells of the earlier occurrence a rank is
    measured from ("the first female mayor since Bertha Landes' election in 1926"): in its
    clause, a word of rank, then "since" before it, and no perfect tense (module docstring)."""
    start = clause_start(text, span[0], _CLAUSE)
    if start > 0 and _OCCURRENCE_VERB.match(text, start):  # "since the 1952 crash, which had killed 31 people"
        before = clause_start(text, start - 1, _CLAUSE)
        if _SINCE_WORD.search(text, before, start):
            start = before  # the clause tells of the very occurrence "since" names
    since = max(_SINCE_WORD.finditer(text, start, span[0]), key=lambda m: m.start(), default=None)  # the last
    if since is None or _PERFECT.search(text, start, since.start()):
        return False
    from mergekit.verify.lexicon import is_rank_word  # the words of rank the verifier reads too

    return any(is_rank_word(w.lower()) for w in re.findall(r"[A-Za-z]+", text[start:since.start()]))


# a running count, still rising when written: "the toll had risen to five", "three so far"
_RISEN_TO = re.compile(r"\b(?:ris(?:en|ing)|rose|climb(?:ed|ing|s)?|jump(?:ed|s)?|grown|grew|increas(?:ed|ing|es))"
                       r"\s+to\s+(?:at\s+least\s+)?$", re.I)
_SO_FAR = re.compile(r"^[^,;.]{0,40}?\b(?:so\s+far|to\s+date|thus\s+far|as\s+yet)\b", re.I)


# a count as of a time before the figure: "By Wednesday, the death toll was at 33", "by
# late Monday", "by 5 pm", "by then" (not "by Monday's blast": a possessive names the cause)
_BY_TIME = re.compile(r"\bby\s+(?:(?:late|early|mid)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b(?![’'])|"
                      r"then\b|nightfall\b|midnight\b|noon\b|midday\b|(?:this|that|the\s+next)\s+(?:morning|"
                      r"afternoon|evening|night)\b|\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b)", re.I)


# every one of a group: "All three buildings were destroyed", "all 29 people on board"
_ALL_OF = re.compile(r"\ball\s+(?:of\s+(?:the|its|their)\s+)?$", re.I)


# a count the sentence dates to the first reports: "First reports confirmed 30 people were
# dead", "initial reports said", "Officials initially put the toll at 60", "was initially
# said to be"; "initially" only with a reporting verb ("was initially a chavurah with 25
# families", "Police initially arrested two" date the fact, not its report)
_REPORTED = r"(?:reported|said|put|estimated|thought|believed|feared|stated|announced|confirmed|counted|claimed|told)"
_EARLY_REPORT = re.compile(r"\b(?:(?:first|initial|early|earliest|preliminary)\s+(?:(?:news|media|press|official|"
                           rf"police)\s+)?reports?|initially\s+(?:been\s+)?{_REPORTED}|{_REPORTED}\s+initially)\b",
                           re.I)


def running(text: str, span: tuple[int, int]) -> bool:
    """Whether the figure at ``span`` is a running count ("had risen to five", "three
    bodies so far", "By Wednesday, the death toll was at 33", "First reports confirmed 30
    people were dead") or every one of a group ("All three buildings were destroyed": the
    three it named, others may have been): a lower bound of the final count, which may be
    any larger."""
    if (_RISEN_TO.search(text[:span[0]]) or _SO_FAR.match(text[span[1]:]) or _ALL_OF.search(text, 0, span[0])
            or _EARLY_REPORT.search(text, clause_start(text, span[0], STATEMENT_BREAK), span[0])):
        return True
    by = _BY_TIME.search(text, 0, span[0])  # opening the sentence, or in the figure's own clause
    return bool(by and (not text[:by.start()].strip() or by.start() >= clause_start(text, span[0], _CLAUSE)))


# the present perfect's auxiliary and its participle, adverbs between ("has killed", "have
# now died", "has so far sickened", "have been hospitalised"): never "had" (a count as of then)
_HAVE_PARTICIPLE = re.compile(r"\b(?:has|have|[’']ve)((?:\s+(?:now|already|also|since|so\s+far|thus\s+far|"
                              r"reportedly|[a-z]+ly))*)\s+(?:been\s+)?([a-z]+)\b", re.I)
# what may stand between a participle and its object's figure: "killed at least", "claimed the
# lives of", "sickened nearly"; no punctuation, at most three words, none opening a clause
# ("have died and seven other people were injured": seven is the next clause's)
_TO_FIGURE = re.compile(r"(?:\s+(?!(?:and|or|but|while|which|that|who|after|before|when|as)\b)[a-z]+){0,3}\s*",
                        re.I)
_OPENS_CLAUSE = frozenset({"that", "which", "who", "whom", "whose", "while", "after", "before", "when", "as", "but"})
# a second participle of the same auxiliary after a first object: "has killed two people and
# sickened nearly three dozen"
_COORDINATED = re.compile(r"[^;:.()]{1,80}?(?:,\s*|\s+)and\s+([a-z]+)(?:\s+[a-z]+){0,3}\s*", re.I)
# a subject's figure and its noun before the auxiliary: "two people have died", "60 people in
# the United States have been hospitalised"
_SUBJECT_HAVE = re.compile(r"(?:\s+[A-Za-z-]+){0,5}?\s+(?:has|have|[’']ve)((?:\s+(?:now|already|also|since|so\s+far|"
                           r"thus\s+far|reportedly|[a-z]+ly))*)\s+(?:been\s+)?([a-z]+)\b")


def present_perfect(text: str, span: tuple[int, int]) -> bool:
    """Whether the count at ``span`` is told in the present perfect: its event verb a
    participle after "has" or "have" ("has killed two people", "two people have died", "has
    killed two people and sickened nearly three dozen": one auxiliary, two participles), the
    tense read from the auxiliary, not from the event. A report's count so far: what it
    tells is still going on when written ("an ongoing outbreak ... that has killed two
    people"). "had" is a count as of another time, and is not one."""
    from .grammar import is_verb_form

    start = clause_start(text, span[0], STATEMENT_BREAK)
    for m in _HAVE_PARTICIPLE.finditer(text, start, span[0]):
        if not is_verb_form(m.group(2)) or _SETS_A_FIGURE.match(m.group(2)):
            continue  # "Officials have revised the toll to 12": a figure set, no count so far
        between = text[m.end():span[0]]
        if _TO_FIGURE.fullmatch(between) and not any(is_verb_form(w) for w in between.split()):
            return True
        co = _COORDINATED.fullmatch(between)
        if co and is_verb_form(co.group(1)) and not any(
                is_verb_form(w) or w.lower() in _OPENS_CLAUSE for w in re.findall(r"[A-Za-z]+", between)
                if w != co.group(1)):  # the first object has no verb of its own ("a collision that killed ...")
            return True
    after = _SUBJECT_HAVE.match(text, span[1])
    return bool(after and is_verb_form(after.group(2))
                and not any(is_verb_form(w) or w.lower() in ("had", "was", "were", "is", "are")
                            for w in text[span[1]:after.start(1)].split()[:-1]))


# a participle that sets or revises a figure rather than counting an event ("have revised the
# toll to 12", "has put the number at 30"): its figure is the report's settled one
_SETS_A_FIGURE = re.compile(r"(?:revis|lower|rais|correct|adjust|updat|amend|downgrad|upgrad|put|set|plac|fix)\w*$",
                            re.I)


# a sentence that calls its event still going on: "an ongoing outbreak", "the continuing
# strike", "the search is still under way"
_ONGOING = re.compile(r"\b(?:ongoing|continuing|(?:still\s+)?under\s*way)\b", re.I)


def ongoing(text: str) -> bool:
    """Whether a sentence calls the event it tells of still going on ("an ongoing outbreak
    of listeria poisoning that has killed two people")."""
    return bool(_ONGOING.search(text))


# the time of writing in a duration's clause: "is now approaching 39 hours", "has been
# trapped for days", "as of 5.33am", "so far", "still", or a present tense ("miners
# trapped for 17 days ... are alive")
_NOW = re.compile(r"\b(?:now|still|so\s+far|to\s+date|as\s+of|approaching|ongoing|under\s+way|"
                  r"ha(?:s|ve)\s+been|is|are|am)\b", re.I)
_LOWER_BOUND = re.compile(r"^(?:more\s+than|over|at\s+least|upwards\s+of)\b", re.I)
_CLAUSE = re.compile(r"[;:]|,\s|\s[\u2013\u2014-]\s|\b(?:and|but|while|after|before|when)\b")
# an offset: the time units place something in time ("two days before", "nine days since")
_OFFSET_AFTER = re.compile(r"^\s*(?:[\w-]+\s+)?(?:before|after|later|earlier|ago|since|prior|"
                           r"beforehand|afterwards?|previously|into|from)\b", re.I)


def running_duration(text: str, span: tuple[int, int]) -> bool:
    """Whether the duration at ``span`` is the time elapsed when the text was written
    ("now approaching 39 hours", "buried for more than 12 hours")."""
    return bool(_LOWER_BOUND.match(text[span[0]:span[1]]) or _NOW.search(clause_around(text, span, _CLAUSE)))


def offset(text: str, end: int) -> bool:
    """Whether the count of time units ending at ``end`` (its noun after it) is an offset
    ("two days before the holiday", "nine days since the collapse", "a year ago")."""
    noun_end = re.match(r"[\s-]*[A-Za-z]+", text[end:])
    return bool(noun_end and _OFFSET_AFTER.match(text[end + noun_end.end():]))


_INCREMENT_BEFORE = re.compile(r"\b(?:a\s+further|another|an\s+additional|an\s+extra|a\s+(?:new|fresh)\s+batch\s+of)"
                               r"\s+(?:(?:about|some|around|nearly|almost|at\s+least)\s+)?$", re.I)
_FIGURE = re.compile(rf"\d|\b(?:{_NUMBER_WORDS})\b", re.I)
_INCREMENT_AFTER = re.compile(r"^\s+(?:more|additional|further|extra)\b", re.I)
# the others besides a named one: "Lochte and three other US swimmers", "Smith and two other
# officers" (the group is one more); a figure after a name and "and", before "other"
_NAMED_AND_BEFORE = re.compile(r"\b(?-i:[A-Z][\w'’-]*[a-z])\s+and\s+$")
_OTHER_AFTER = re.compile(r"^\s+other\b", re.I)
# a difference or a figure kept out of the count: "a reduction of two", "up by 3", "does
# not include one death", "not counting", "excluding", "in addition to"
_DIFFERENCE_BEFORE = re.compile(
    r"\b(?:(?:reduction|increase|rise|drop|decrease|fall|jump|revision|difference)\s+of|(?:up|down)\s+by|"
    r"(?:do|does|did)(?:\s+not|n[’']t)\s+(?:include|count)|not\s+(?:including|counting)|excluding|"
    r"in\s+addition\s+to|on\s+top\s+of|apart\s+from|besides|"
    # a figure a count was revised from: "down from the original 50 victims", "an increase
    # from the previous toll of 717", "rose from 10 to 15"
    r"(?:up|down|ris(?:e|es|en)|rose|f[ae]ll(?:en)?|increase[ds]?|decrease[ds]?|revised|lowered|raised|"
    r"dropped|climbed|jumped)\s+from(?:\s+(?:the|an?|its|their))?(?:\s+(?:original|previous|earlier|initial|"
    r"prior|first|old))?(?:\s+[a-z]+){0,2}?(?:\s+of)?)\s+(?:(?:about|some|around|nearly|almost|"
    r"at\s+least|the|a|an)\s+)?$", re.I)


def increment(text: str, span: tuple[int, int]) -> bool:
    """Whether the count at ``span`` adds to or is set apart from another count ("a further
    21", "another 18", "12 more", "a reduction of two", "does not include one death")
    rather than stating a total."""
    before = text[:span[0]]
    cue = _INCREMENT_BEFORE.search(before)
    if cue and cue.group(0).lower().startswith("another") and _FIGURE.search(before, 0, cue.start()):
        cue = None  # "killed ten people and injured another four": four besides the ten, no increment
    after = text[span[1]:]
    return bool(cue or _DIFFERENCE_BEFORE.search(before) or _INCREMENT_AFTER.match(after)
                or (_OTHER_AFTER.match(after) and _NAMED_AND_BEFORE.search(before)))


# a forecast that a count will rise, not negated ("is not expected to rise" says it is
# final), up to its verb; the pattern that ends it closes the alternation and the word
_WILL_RISE = (r"\b(?<!\bnot\s)(?<!n[’']t\s)(?:(?:likely|expected|feared|set|bound|certain)\s+to|could|may|might|will|would)"
              r"\s+(?:(?:still|further|only|probably|likely|again|continue\s+to)\s+)?"
              r"(?:rise|climb|increase|grow|mount|go\s+up|be\s+higher")

# a report that says its toll is not final: "The death toll is likely to rise", "the death
# toll expected to rise", "the death toll could rise", "has risen to 35, and could rise further";
# the count may be named "that number" or "the number (of deaths)" (contra-21's second audit:
# "police say that number is likely to rise", "the number is expected to continue to rise"),
# or "the number of people killed", never "the number of tourists"
_PROVISIONAL_TOLL = re.compile(
    r"(?:\btoll\b(?!\s*-?\s*(?:roads?|booths?|bridges?|plazas?|gates?|ways?|free|lanes?|charges?|fees?)\b)"  # never a road toll
    r"|\b(?:that|the|this)\s+number\b(?!\s+of\s+(?!(?:the\s+)?(?:dead|deaths|victims|fatalities|bodies)\b"
    r"|(?:people|persons|those)\s+(?:killed|dead|who\s+(?:have\s+)?died|confirmed\s+dead)\b)))"
    r"[^.;!?]{0,160}?" + _WILL_RISE + r"|end\s+up\s+(?:much\s+)?higher)\b", re.I)


# a forecast whose subject covers the injured: "the number of casualties could rise", "death
# figures are expected to rise", "the number of injured may increase"; figures or numbers of
# anything else are no casualties ("unemployment figures are expected to rise")
_PROVISIONAL_CASUALTIES = re.compile(
    r"\b(?:casualt(?:y|ies)|injur(?:ed|ies)|wounded|(?:death|injury|victim)\s+(?:figures|numbers)"
    r"|(?:figures|numbers)\s+of\s+(?:the\s+)?(?:dead|victims|people\s+(?:killed|hurt|harmed)))\b"
    r"[^.;!?]{0,100}?" + _WILL_RISE + r")\b", re.I)


def provisional_casualties(text: str) -> bool:
    """Whether a report's sentence says its count of the injured, not only of the dead, is not
    final ("the number of casualties is expected to rise"): a death toll alone ("The death toll
    could rise further") says nothing of the injured."""
    return bool(_PROVISIONAL_CASUALTIES.search(text))


def provisional_toll(text: str) -> bool:
    """Whether a report's sentence says its death toll is not final ("the death toll is
    likely to rise as more bodies are feared trapped inside"): the report's counts of the
    dead and of bodies are counts so far, lower bounds of the final toll."""
    return bool(_PROVISIONAL_TOLL.search(text))


# "remain" as a verb of state ("19 remain unaccounted for", "remained in hospital"), not
# the noun ("the skeletal remains of the 12 who died")
_STATE = re.compile(r"\b(?:still|at\s+present|presently|currently|as\s+of|for\s+now|remain(?:s|ed|ing)?\s+"
                    r"(?:missing|unaccounted|trapped|stranded|buried|detained|hospitali[sz]ed|in|at|on|under|inside|"
                    r"critical|unknown|closed|open|behind|without|homeless|displaced))\b", re.I)


def snapshot(text: str, span: tuple[int, int]) -> bool:
    """Whether the count at ``span`` is a state at the time of writing ("19 remain
    unaccounted for", "12 are still hospitalised", "39 unaccounted for at present"): its
    clause says so."""
    return bool(_STATE.search(clause_around(text, span, _CLAUSE)))


# a goal is vowed or willed ("we wouldn't stop until", "vowed not to rest until"); a past
# "did not stop until 12 were dead" tells what happened
_GOAL = (r"(?:(?:would|will|wo|shall|[’']d)(?:n[’']t|\s+not|\s+never)?|(?:vow|pledg|promis|swor)e?[ds]?\s+(?:not\s+)?to)"
         r"\s+(?:stop|rest|give\s+up|quit)\s+until")

# what makes a clause state no fact: a wish, hope, prayer or fear that governs it, a
# condition, a goal ("we wouldn't stop until there were no more victims") or an indirect
# question; the verbs in any form, the nouns too ("in the hope
# that", "fears that"), never "feared" right before its figure's event ("are feared dead")
# (the verbs and nouns in lower case: "Hope Hospital said 12 were injured" names a place)
_UNASSERTED = re.compile(r"\b(?:hop(?:e|es|ed|ing)|pray(?:s|ed|ing|ers?)?|wish(?:es|ed|ing)?|"
                         r"fear(?:s|ed|ing)?\s+(?:that|for)|(?i:if|unless|whether)|" + _GOAL + r")\b")
_SENTENCE_END = re.compile(r"[.!?](?=[\s\"\u201d\u2019']|$)")


def unasserted(text: str, span: tuple[int, int]) -> bool:
    """Whether the figure at ``span`` is in a clause that states no fact: a wish, hope,
    prayer, fear, condition or question governs it (module docstring)."""
    end = _SENTENCE_END.search(text, span[1])
    if end and end.group(0) == "?":
        return True
    return bool(_UNASSERTED.search(text, clause_start(text, span[0], STATEMENT_BREAK), span[0]))


# "since 2014" starts a span that reaches the time of writing: it dates no event of the sentence
_SINCE = re.compile(r"\b(?:since|from)\s+(?:\w+\s+){0,2}$", re.I)
_WHEN_AFTER = re.compile(r"^\s*,?\s*when\b", re.I)  # "since 2014, when 600 were killed": that year


def years_named(text: str, dates: Sequence[DateFact] | None = None) -> frozenset[int]:
    """The years of the dates ``text`` writes with a year ("On 9 January 1994"), not a
    "since 2014" nor a reference point ("the first ... since the election in 1926") (module docstring); ``dates``: ``extract_dates(text)`` when read already."""
    return _years_named(text) if dates is None else _years(text, dates)


@lru_cache(maxsize=1 << 15)
def _years_named(text: str) -> frozenset[int]:
    """``years_named`` of a text alone, remembered: the planner asks it of every news sentence
    for its report's years, and of an aligned one again for each article sentence it is
    aligned with (11,937 questions of 1,774 texts at 60x60)."""
    return _years(text, extract_dates(text))


# a year written as a modifier of what the sentence tells, after a determiner: "at the 2015
# general election", "a 2015 blaze that killed 64 people", "the 2010 World Cup" (no date to
# ``extract_dates``, but the year of that event); not a count before a plural or a measure,
# "the 1900 employees", "a 2000 km race"
# (nor a count of people named by a word that is no plural: "the 1800 injured", "the 1900
# staff", "the 2000 crew"; "that" and "this" open clauses too: "said that 2000 died")
_OF_YEAR = re.compile(r"\b(?:the|a|an|its|his|her|their)\s+(1[89]\d\d|20\d\d)\s+"
                      r"(?!(?:people|men|women|children|km|mi|miles?|metres?|meters?|feet|foot|kg|tons?|tonnes?|"
                      r"hectares?|acres?|yards?|pounds?|dollars?|euros?|injured|dead|wounded|missing|staff|crew|"
                      r"personnel|police|troops|strong|workforce|[a-z]+s)\b)(?=[A-Za-z])", re.I)


def _years(text: str, found: Sequence[DateFact]) -> frozenset[int]:
    # a date written with its year, of any century ("22 August 1485"); a decade names none
    dated = frozenset(y for d in found
                      if d.resolved and d.year_written and d.precision != "decade"
                      and (not (_SINCE.search(text[:d.span[0]]) or reference_point(text, d.span))
                           or _WHEN_AFTER.match(text[d.span[1]:]))
                      if d.low is not None and d.high is not None
                      for y in range(d.low.year, d.high.year + 1))
    return dated | _modifier_years(text)


def _modifier_years(text: str) -> frozenset[int]:
    """The years ``text`` writes as a modifier of an event ("the 2015 general election":
    ``_OF_YEAR``), not after "since" nor as a reference point, like a date's."""
    if not any(map(str.isdigit, text)):
        return frozenset()
    return frozenset(int(m.group(1)) for m in _OF_YEAR.finditer(text)
                     if not (_SINCE.search(text[:m.start(1)]) or reference_point(text, m.span(1))))


# a span's first month, written without its year before the dated end: "from September to November 2024"
_FROM_MONTH = re.compile(rf"\b(?:from|between)\s+({months.ANY})\.?"
                         r"\s+(?:to|and|until|till|through|[-–])\s+$", re.I)


def event_start(text: str, dates: Sequence[DateFact]) -> dt.date | None:
    """The event's own start: the earliest day of the dates to the month or the day that the
    article's first sentence writing a date with its year (``text``, ``dates``) gives; a span's
    first month written without its year counts ("from September to November 2024": 1
    September 2024)."""
    exact = [d for d in dates if d.year_written and d.precision in ("day", "month") and d.low and d.high
             and not d.relative]
    if not exact:
        return None
    first = min(exact, key=lambda d: d.low or dt.date.max)
    assert first.low is not None
    start = first.low
    if m := _FROM_MONTH.search(text[:first.span[0]]):
        month = months.NUMBER[m.group(1).lower()]
        start = dt.date(start.year - (month > start.month), month, 1)
    return start


def dated_before(text: str, dates: Sequence[DateFact], start: dt.date | None) -> bool:
    """Whether ``text`` dates what it tells to a month or day of the event's year wholly
    before the event (``event_start``) began: another occurrence ("In January 2016, 12 people
    died in a fire in a Moscow clothing factory", of a fire on 27 August 2016). Not a "since
    January 2016" nor a reference point; another year is ``years_named``'s."""
    if start is None:
        return False
    told = [d for d in dates if d.year_written and d.precision in ("day", "month") and d.low and d.high
            and not (_SINCE.search(text[:d.span[0]]) or reference_point(text, d.span))]
    return bool(told) and all(d.high is not None and d.high < start and d.high.year == start.year for d in told)


_THE_BEFORE = re.compile(r"\b[Tt]he\s+(?:(?:first|last|other)\s+)?$")
_RELATIVE = re.compile(r"\s*,?\s*(?:who|whom|whose|that|which)\b")


def presupposed(text: str, span: tuple[int, int]) -> bool:
    """Whether the count at ``span`` is a definite set its relative clause picks out ("the
    11 people who died inside the church"): presupposed, not a count to dispute."""
    if not _THE_BEFORE.search(text, max(0, span[0] - 16), span[0]):
        return False
    np_end = noun_after(text, span[1])[1]
    return bool(_RELATIVE.match(text, np_end))


# "another", "last", "previous" ... before the event word: one of several ("a" alone is
# how a report first names its own event: "the police launched an operation")
_ONE_OF = re.compile(r"\b(?:another|last|previous|preceding|earlier|first|second|third)\s+(?:[a-z-]+\s+){0,2}$",
                     re.I)


# "another major national outage", "the previous outage": a thing told as another of its kind
_ANOTHER = re.compile(r"\b(?:another|previous|preceding|earlier)\s+", re.I)
_WORD = re.compile(r"[\w’'-]+|[^\w\s]")


def other_occurrences(text: str) -> tuple[tuple[str, int], ...]:
    """The nouns ``text`` tells of as another of their kind, each with where its noun phrase
    ends ("This followed another major national outage a year prior in April 2021" -> the
    stem of "outage"): the head of the noun phrase after "another", "previous",
    "preceding" or "earlier", the first of its next four words followed by a function
    word, a verb, punctuation or the end. A date just after it, in its clause
    (``clusters``), is that other occurrence's: another text's date of a like event within
    it is the same other occurrence, not a contradiction of the main one."""
    out = []
    for m in _ANOTHER.finditer(text):
        tokens = list(_WORD.finditer(text, m.end(), min(len(text), m.end() + 80)))
        for i, token in enumerate(tokens[:4]):
            word = token.group(0).lower()
            if not word[0].isalpha() or word in words()["function"]:
                break
            after = tokens[i + 1].group(0).lower() if i + 1 < len(tokens) else ""
            if (not after or not after[0].isalpha() or after in words()["function"]
                    or is_verb_form(after) or after in words()["reporting"]):
                out.append((stem(word), token.end()))
                break
    return tuple(out)


def one_of_several(text: str, event: str) -> bool:
    """Whether ``text`` tells of ``event`` (an event word's stem or class, as
    ``grammar.event_of`` names it) as one of its kind: "last erupted", "the previous
    collapse", "another raid" (module docstring)."""
    for m in re.finditer(r"[A-Za-z][\w’'-]*", text):
        if event_of(m.group(0)) == event and _ONE_OF.search(text, max(0, m.start() - 40), m.start()):
            return True
    return False


def most_named_years(named: Sequence[frozenset[int]]) -> frozenset[int]:
    """The years named by most of ``named`` (each a sentence's ``years_named``), ties kept;
    empty when none names a year: the year an article about one event is about."""
    counts: dict[int, int] = {}
    for years in named:
        for y in years:
            counts[y] = counts.get(y, 0) + 1
    top = max(counts.values(), default=0)
    return frozenset(y for y, n in counts.items() if n == top and top)


# a count's extent as a whole territory or population: "across India", "throughout the
# country", "all over the world", "nationwide", "in every school", "in all of the states"
_WHOLE_DOMAIN = re.compile(
    r"\b(?:across|throughout|all\s+over|around\s+the\s+(?:world|globe|country)|nation-?wide|country-?wide|"
    r"state-?wide|world-?wide|globally|nationally|in\s+(?:every|all\s+(?:of\s+)?the)\s+(?-i:[a-z]+)\b)",
    re.I)
# what ends the clause a domain reaches: a semicolon, a contrast or a new sentence, not a
# comma ("Across India, the scheme provides ...")
_DOMAIN_CLAUSE = re.compile(r";|\b(?:but|while|whereas|although)\b|[.!?](?=\s)", re.I)


def whole_domain(text: str, span: tuple[int, int]) -> bool:
    """Whether the clause of the figure at ``span`` sets it over a whole territory or
    population ("Across India, ... 120 million children"; module docstring)."""
    return bool(_WHOLE_DOMAIN.search(clause_around(text, span, _DOMAIN_CLAUSE)))


# the subject of a figure's clause that names one site of an organisation: a definite or
# possessive noun phrase ("The campus", "the Newton campus", "its branch") whose head is a
# site noun, the figure after it in the same clause ("The campus enrolls more than 25,000")
_ONE_SITE = re.compile(
    r"^\s*(?:the|its|their|this|that|each|our)\s+(?:[\w-]+\s+)?"
    r"(?:campus|branch|plant|factory|store|shop|outlet|site|office|subsidiary|division|mine)\b(?!\s+of\b)"
    r"[^,;:]*$", re.I)


def one_site(text: str, span: tuple[int, int]) -> bool:
    """Whether the figure at ``span`` is told of one site of an organisation: its clause
    opens with a subject headed by a site noun ("The campus enrolls more than 25,000
    students", "Its Leeds branch employs 300"; not "the campus of ..." nor a site named
    after the figure): one member's count, never a whole domain's (module docstring)."""
    start = clause_start(text, span[0], _DOMAIN_CLAUSE)
    return bool(_ONE_SITE.match(text, start, span[0]))

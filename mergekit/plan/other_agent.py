"""One act told with another doer: "shot in the leg by a police officer" against "by a security guard".

A passive verb with its agent names who did the act; two texts telling the same act of the same
moment with agents of two kinds give it two doers, and one of them is wrong.
sherbini-courtroom-murder: the destination's "Her husband was stabbed when he tried to protect
her, and was then shot in the leg by a police officer who mistook him for the attacker" against
the BBC's "Her husband was himself stabbed as he tried to protect his wife, and also accidentally
shot in the leg by a security guard who initially believed him to be the attacker". A sentence
is contradicted by a news sentence when

* each writes a past participle (an "-ed" form or an irregular one, "shot": no event noun,
  "taken to hospital by a neighbour"), then at most four lower-case words of the act ("in the
  leg"), then "by" and an agent: "a", "an" or "the" and one to three lower-case words up to a
  function word, a verb form after its first word ("a figure holding", "a program called") or a
  stop ("a police officer"); a named agent ("by Rangers") is a person's name, which
  ``plan.renamed`` reads, and an agent followed by "of" ("by a number of", "by a lack of")
  names its doer after the "of", so it is none;
* the agent is a doer: its last word (its head) names people or an organisation, as a speaker
  does (``attribution.is_person_or_organisation``: "officer", "guard", "the police"). "Followed
  by a fire", "replaced by a steel structure", "surrounded by a park" name what came after or
  around, not who did it, and two of them can both be true;
* the act is the same: the participles have one stem and the words between participle and "by"
  are the same words;
* the agents are of two kinds: their last words (the heads) differ, and neither agent's words
  hold the other's head ("an officer" and "a police officer" are one kind);
* neither names the other's doer: the article sentence does not write the news agent's head, and
  the news text does not write the article agent's words anywhere (a report naming both a police
  officer and a guard may tell of both);
* the two sentences tell the same moment: besides the participle, the act and the agents they
  share two content words or figures ("husband", "protect").

Two words for one doer ("a gunman", "the attacker") would be read as two doers; the guards
above make that rare, and over the tuning cases' inputs no such pair meets them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from mergekit.align import content_words, fold_plural
from mergekit.facts.attribution import is_person_or_organisation
from mergekit.facts.grammar import stem, words
from mergekit.facts.statements import Statement
from mergekit.plan.told import Told, once_per_source

__all__ = ["other_agents"]

# "by" and a determiner, then the agent's words (read by ``_agent``)
_BY = re.compile(r"\bby\s+(?:a|an|the)\s+")
_OF = re.compile(r"\s+of\b")
_WORD = re.compile(r"[A-Za-z][\w'’-]*|[^\w\s]")
_ACT = 4  # at most this many words between the participle and "by"
_AGENT = 3  # at most this many words of the agent after its determiner
_SHARED = 2  # content words or figures the two sentences share besides the act and agents


@dataclass(frozen=True)
class _Passive:
    """A participle, the words of its act up to "by", and its agent, as read from one sentence."""

    verb: str  # the participle's stem ("shoot")
    act: tuple[str, ...]  # the lower-case words between participle and "by" ("in", "the", "leg")
    agent: tuple[str, ...]  # the agent's words, folded plural ("police", "officer")
    written: str  # from the participle to the agent's end, as written


def _participle(word: str) -> str | None:
    """The stem of a past participle ("shot" -> "shoot", "stabbed" -> "stab"), else None: an
    "-ed" form or an irregular one, never an event noun ("hospital", "murder")."""
    if not word.islower() or not _past(word):
        return None
    return stem(words()["irregular"].get(word, word))


def _past(word: str) -> bool:
    """An "-ed" form or an irregular past ("stabbed", "shot")."""
    return len(word) > 3 and word.endswith("ed") or word in words()["irregular"]


def _agent(text: str, start: int) -> list[re.Match[str]]:
    """The agent's words from ``start`` (after "by a"): lower-case words up to a function word,
    a verb form after the first word ("a figure holding": the first may be an adjective, "an
    armed guard") or anything else, at most ``_AGENT``; none unless the last is a doer."""
    out: list[re.Match[str]] = []
    for m in _WORD.finditer(text, start):
        w = m.group(0)
        if (not w.isalpha() or not w.islower() or w in words()["function"] or len(out) == _AGENT
                or out and (_past(w) or len(w) > 4 and w.endswith("ing"))):
            break
        out.append(m)
    return out if out and is_person_or_organisation(out[-1].group(0)) else []


@lru_cache(maxsize=1 << 14)  # remembered: a merge holds many copies of one news sentence
def _passives(text: str) -> tuple[_Passive, ...]:
    """Every passive act with an agent that ``text`` writes (module docstring)."""
    out = []
    for by in _BY.finditer(text):
        agent = _agent(text, by.end())
        if not agent or _OF.match(text, agent[-1].end()):
            continue
        before = [m for m in _WORD.finditer(text[:by.start()])][-(_ACT + 1):]
        for i in range(len(before) - 1, -1, -1):
            act = before[i + 1:]
            if any(not m.group(0).isalpha() or not m.group(0).islower() for m in act):
                break  # the act is lower-case words only: no stop, no name, no figure
            verb = _participle(before[i].group(0))
            if verb:
                out.append(_Passive(verb, tuple(m.group(0) for m in act),
                                    tuple(fold_plural(m.group(0)) for m in agent),
                                    text[before[i].start():agent[-1].end()]))
                break
    return tuple(out)


def _other_kind(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two agents are of two kinds: other heads, neither holding the other's head."""
    return a[-1] != b[-1] and a[-1] not in b and b[-1] not in a


def _words(text: str, drop: set[str]) -> frozenset[str]:
    return frozenset(fold_plural(w) for w in content_words(text)) - drop


def _texts_by_source(news: Sequence[Statement]) -> dict[str, str]:
    """Each news source's sentences in lower case, each after a space, in one string: joined
    once (added one sentence at a time, a file of 40,000 short paragraphs copied its text
    again for each)."""
    parts: dict[str, list[str]] = {}
    for st in news:
        parts.setdefault(st.source, []).append(st.text.lower())
    return {source: "".join(" " + text for text in texts) for source, texts in parts.items()}


def other_agents(article: Sequence[Statement], news: Sequence[Statement]) -> list[Told]:
    """Every sentence whose act a news sentence gives to a doer of another kind (module
    docstring): one per sentence and news text, in sentence then news order."""
    told = [(st, acts) for st in news if (acts := _passives(st.text))]
    if not told:
        return []
    by_source = _texts_by_source(news)
    out: list[Told] = []
    for st in article:
        mine_words = {fold_plural(w) for w in content_words(st.text)}
        for mine in _passives(st.text):
            found: list[Told] = []
            for other, theirs in told:
                for p in theirs:
                    if (p.verb != mine.verb or p.act != mine.act or not _other_kind(mine.agent, p.agent)
                            or p.agent[-1] in mine_words
                            or re.search(r"\b" + r"\s+".join(mine.agent), by_source[other.source])):
                        continue
                    drop = {w for x in (mine, p) for w in (*x.act, *x.agent)} | {
                        fold_plural(w) for w in content_words(mine.written + " " + p.written)}
                    if len(_words(st.text, drop) & _words(other.text, drop)) >= _SHARED:
                        found.append(Told(st.key, other.source, mine.written, p.written, other.text))
            out += once_per_source(found)
    return out

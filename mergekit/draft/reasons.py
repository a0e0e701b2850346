"""A finding's rule and facts, in an editor's words.

The planner records why it flagged a sentence as data (``Finding.rule``, ``topic``,
``said``, ``sources``, ``refs``); this module words it once for the talk post and for
``flags.json``'s ``detail``. Inputs are named as an editor knows them (the outlet and
date, the article's title), never by file name, and the words carry no scores,
probabilities or tolerance formulas: those stay in ``flags.json`` (``verifier``, the
evidence scores and each cluster's ``reason``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from itertools import islice

from mergekit.draft.dates import year_commas
from mergekit.draft.pointers import opening, orphans
from mergekit.plan.model import LEAD, Finding, MergePlan, Said

__all__ = ["describe", "ref_names", "ref_words"]

# A conflict's detail names at most this many disagreeing sources, and as many agreeing
# ones; flags.json's evidence and agreeing (capped too, with a count) and clusters carry the rest.
_NAMED = 5


def _listed(items: Sequence[str]) -> str:
    items = list(dict.fromkeys(items))
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + f" and {items[-1]}"


def _quoted(items: Iterable[str]) -> str:
    """``items`` each in quotation marks, listed: "“Omaha”, “Lancaster” and “Memphis”"."""
    return _listed([f"\u201c{item}\u201d" for item in items])


def _words(items: Sequence[str]) -> str:
    """``items`` quoted (``_quoted``) after "the word" or "the words": "the word “won”",
    "the words “near the city”"."""
    return f"the word{'' if _one_word(items) else 's'} {_quoted(items)}"


def _one_word(items: Sequence[str]) -> bool:
    return len(items) == 1 and len(items[0].split()) == 1


def ref_words(keys: Sequence[str]) -> str:
    """The source article's reference keys as an editor reads them: "reference 1",
    "references 1, 2 and 3"."""
    return ("reference " if len(keys) == 1 else "references ") + _listed(keys)


def ref_names(keys: Sequence[str], plan: MergePlan) -> str:
    """The source's references ``keys`` as an editor finds them on its page: a wikitext
    source's by outlet and date, or title (``MergePlan.reference_names``; its keys are
    ``<ref>`` names and counts of unnamed refs, which the page never shows), a rendered
    copy's by the numbers its reader sees ("reference 4")."""
    names = dict(plan.reference_names)
    named = list(dict.fromkeys(names[k] for k in keys if k in names))
    rest = [k for k in keys if k not in names]
    if not named:
        return ref_words(keys)
    parts = named + ([ref_words(rest)] if rest else [])
    # the names hold commas of their own ("WJW, May 5, 2021"): more than two are set apart by semicolons
    return " and ".join(parts) if len(parts) <= 2 else "; ".join(parts[:-1]) + f"; and {parts[-1]}"


# A date's display carries the days it was read as ("In 2014 (2014-01-01..2014-12-31)"):
# inside quotation marks that would misquote the sentence.
_READ_AS = re.compile(r"^(?P<text>.+?) \((?P<low>\d{4}-\d\d-\d\d)(?:\.\.(?P<high>\d{4}-\d\d-\d\d))?\)$")


def _what(what: str) -> str:
    """The words quoted as the input gives them; a date's reading outside the quotation
    marks, and only where the words name no year ("on Monday" (read as 2020-06-01))."""
    m = _READ_AS.match(what)
    if not m:
        return f"\u201c{what}\u201d"
    if re.search(r"\b\d{4}\b", m.group("text")):
        return f"\u201c{m.group('text')}\u201d"
    days = m.group("low") + (f" to {m.group('high')}" if m.group("high") else "")
    return f"\u201c{m.group('text')}\u201d (read as {days})"


def _figure(s: Said, *, bracketed: bool = False) -> str:
    """A figure and who gives it; inside brackets already (``bracketed``) without brackets of
    its own: "(“an elderly individual” according to the MEK)", not "(“…” (according to the MEK))"."""
    what = _what(s.what)
    if s.revised:  # "“at least 19” (revised from “32”)": the report's figure now first (facts.revisions)
        what, aside = _what(s.revised), f"revised from {what}"
        if s.speaker:
            aside += f", according to {s.speaker}"
        return f"{what}, {aside}" if bracketed else f"{what} ({aside})"
    if s.revised is not None:  # "“32”, since revised": the report gives no figure in its place
        what += ", since revised"
    if not s.speaker:
        return what
    return what + (f" according to {s.speaker}" if bracketed else f" (according to {s.speaker})")


def _by_source(said: Sequence[Said]) -> tuple[dict[str, list[Said]], int]:
    """The first ``_NAMED`` sources' figures, in order of first mention, and how many more sources."""
    sources = dict.fromkeys(s.source for s in said)
    by_source: dict[str, list[Said]] = {source: [] for source in islice(sources, _NAMED)}
    for s in said:
        if s.source in by_source:
            by_source[s.source].append(s)
    return by_source, len(sources) - len(by_source)


def _distinct(figures: Sequence[Said]) -> list[Said]:
    """One source's figures, each said once: its headline's "At least 32" and its body's "at
    least 32" according to the Health Ministry are one figure, given with its speaker; two
    speakers who give it stay two. In the order of first mention."""
    def key(s: Said) -> str:  # a figure since revised is another than the same figure given as current
        return " ".join(s.what.casefold().split()) + ("" if s.revised is None else f"\x00{s.revised}")

    spoken = {key(s) for s in figures if s.speaker}
    kept: dict[tuple[str, str | None], Said] = {}
    for s in figures:
        if s.speaker or key(s) not in spoken:
            kept.setdefault((key(s), s.speaker), s)
    return list(kept.values())


def _agreeing(f: Finding, mine: Said, name: Callable[[str], str]) -> str:
    """", as does Accurate News, 25 June 2020": the news giving the sentence's figure, with
    their own words where they write it otherwise ("about 25 million")."""
    by_source, rest = _by_source(f.agreeing)
    if not by_source:
        return ""
    named = []
    for source, figures in by_source.items():
        # Their own words where they differ: the figure as written, or only who gives it.
        own = [f"according to {s.speaker}" if s.what == mine.what and s.speaker else _figure(s, bracketed=True)
               for s in figures if (s.what, s.speaker) != (mine.what, mine.speaker)]
        named.append(name(source) + (f" ({_listed(own)})" if own else ""))
    if rest:
        named.append(f"{rest} other sources")
    return f", as {'does' if len(named) == 1 else 'do'} {_listed(named)}"


def _figures(f: Finding, name: Callable[[str], str], whose: str) -> str:
    mine, *others = f.said
    by_source, rest = _by_source(others)
    said = "; ".join(f"{name(source)} gives {_listed([_figure(s) for s in _distinct(figures)])}"
                     for source, figures in by_source.items())
    if rest:  # a figure many sources disagree with: the rest are counted, not listed
        said += f"; and {rest} other sources"
    who = f" (according to {mine.speaker})" if mine.speaker else ""
    topic = f"{f.topic}: " if f.topic else ""
    agreeing = _agreeing(f, mine, name)
    return f"{topic}{whose} gives {_what(mine.what)}{who}{agreeing}{'; ' if agreeing else ', but '}{said}."


def _orphan(f: Finding, plan: MergePlan) -> str:
    """When a sentence is left out and the next one of its paragraph, which the proposal
    keeps, points back at it (``pointers``): say so, or the proposal reads "these requests"
    of nothing."""
    if f.article != "source" or f.carried:
        return ""
    # Said once, under the sentence's first bullet (a second reads "The same sentence").
    first = plan.first_source_finding(f.section, f.sentence)
    if first is not None and first is not f:
        return ""
    orphan = next((o for o in orphans(plan)
                   if (o.left_out.original, o.left_out.section or LEAD) == (f.sentence, f.section)), None)
    if orphan is None:
        return ""
    return f" The next sentence (\u201c{opening(orphan)}\u2026\u201d) points back to it: reword it, or keep both."


def _closing(f: Finding, plan: MergePlan, name: Callable[[str], str]) -> str:
    """An uncited sentence whose paragraph ends with a citation: that citation might be meant
    to cover it (``plan.citations``); say which one, and whether it was checked."""
    if not f.inherited:
        return ""
    sp = plan.sentence_plan(f.sentence)
    failing = [name(label) for label in sp.failing] if sp else []
    which = f"The paragraph's closing citation, {ref_names(f.refs, plan)}, may be meant to cover it"
    if not failing:
        return f" {which}; it could not be checked here: if it does, cite it for this sentence too."
    does = "does" if len(failing) == 1 else "do"
    rest = "" if len(failing) >= len(f.refs) else "; the rest could not be checked here"
    return f" {which}, but {_listed(failing)} {does} not say it{rest}."


def describe(f: Finding, plan: MergePlan) -> str:
    """The finding as one or two plain sentences for an editor."""
    told = _TOLD_OTHERWISE.get(f.rule)
    text = _dated(f) if f.rule == "dated_plan" else told(f, plan) if told else _describe(f, plan)
    return year_commas(text + _orphan(f, plan))


def _renamed(f: Finding, plan: MergePlan) -> str:
    """A person a news text names otherwise (plan.renamed)."""
    mine, theirs = f.said
    whose = _whose(f)
    return (f"{whose} names \u201c{mine.what}\u201d, but {plan.source_name(theirs.source)} gives the same "
            f"surname and age to \u201c{theirs.what}\u201d: check the name.")


def _renamed_in_role(f: Finding, plan: MergePlan) -> str:
    """A person a news text gives another last name in the same role (plan.renamed)."""
    mine, theirs = f.said
    whose = _whose(f)
    return (f"{whose} names \u201c{mine.what}\u201d, but {plan.source_name(theirs.source)} gives the same role and "
            f"given names to \u201c{theirs.what}\u201d: check the name.")


def _whose(f: Finding) -> str:
    """Whose sentence a finding is on, as the editor reads it."""
    return "the sentence" if f.article == "source" else "the article"


def _versus(f: Finding, plan: MergePlan, verb: str, tail: str, *, whose: str = "the sentence") -> str:
    """"<whose> <verb> “mine”, but <source> <verb> “theirs”<tail>": the sentence's words against
    a news text's, for the rules of ``_TOLD_OTHERWISE`` that quote both sides."""
    mine, theirs = f.said
    return (f"{whose} {verb} \u201c{mine.what}\u201d, but {plan.source_name(theirs.source)} {verb} "
            f"\u201c{theirs.what}\u201d{tail}")


def _phrases(f: Finding, plan: MergePlan) -> str:
    """The sentence's words and the news's other words, quoted: a place the news gives the
    opposite word to (plan.opposite_place), a named image it puts on the other side of a coin
    (plan.opposite_side), "all were X" where it says "most" (plan.all_most)."""
    return _versus(f, plan, "says", ".")


def _other_code(f: Finding, plan: MergePlan) -> str:
    """A coded thing a news text gives a code one digit apart (plan.other_code)."""
    return _versus(f, plan, "gives", ": one digit apart; check which is right.")


def _after_last(f: Finding, plan: MergePlan) -> str:
    """An occurrence dated after the one a news text calls the last of its kind (plan.last_time)."""
    mine, theirs = f.said
    return (f"the sentence dates an occurrence {mine.what}, but {plan.source_name(theirs.source)} calls an earlier "
            f"one the last before its report (\u201c{theirs.what}\u201d).")


def _unkept(f: Finding, plan: MergePlan) -> str:
    """A plan told as still to come that a news text says was not kept (plan.unkept)."""
    mine, theirs = f.said
    return (f"the sentence states a plan for {mine.what} as still to come, but {plan.source_name(theirs.source)} "
            f"says it was not kept (\u201c{theirs.what}\u201d): say what happened, with that source.")


def _other_utc(f: Finding, plan: MergePlan) -> str:
    """One local time a news text converts to another time in UTC (plan.utc_time)."""
    return _versus(f, plan, "gives", ": one local time, two times in UTC; check the conversion.")


def _other_time(f: Finding, plan: MergePlan) -> str:
    """An event's time of day a news text gives another (plan.time_of_day)."""
    return _versus(f, plan, "gives", " for the same event: check which time is right.")


def _other_agent(f: Finding, plan: MergePlan) -> str:
    """An act a news text gives to a doer of another kind (plan.other_agent)."""
    return _versus(f, plan, "says", ": check who did it.", whose=_whose(f))


# What a news text says of a sentence beyond its figures (plan.conflicts._told_otherwise), by rule.
_TOLD_OTHERWISE: dict[str, Callable[[Finding, MergePlan], str]] = {
    "unkept_plan": _unkept, "after_last": _after_last, "opposite_place": _phrases, "renamed": _renamed,
    "renamed_in_role": _renamed_in_role, "not_all": _phrases, "opposite_side": _phrases, "other_utc": _other_utc,
    "other_time": _other_time,
    "other_code": _other_code, "other_agent": _other_agent,
}


def _dated(f: Finding) -> str:
    """A plan told as still to come for a date before the run date (plan.dated)."""
    when, run = f.said
    return (f"states a plan for {when.what} as still to come; the merge is dated {run.what[:4]}: say what "
            "happened, with a source, or reword with \u201cAs of\u201d.")


def _describe(f: Finding, plan: MergePlan) -> str:
    name = plan.source_name
    whose = _whose(f)
    if f.rule in ("figures_differ", "aligned_figure"):
        text = _figures(f, name, whose)
        if f.kind == "conflicts_target" and not f.carried:
            text += " The sentence is left out of the proposal, as it would state its figure as fact."
        elif f.article == "source" and not f.carried:
            text += " The sentence is not carried over."
        if f.uncited:
            names = _listed([name(s) for s in f.uncited])
            text += (f" No sentence giving both figures was written: {names} has no title to cite it by "
                     "(give it as the news item's title in merge.toml).")
        return text
    if f.rule == "misattributed":
        mine, theirs = f.said
        # the article's own words, quoted: "White House" (its wording) reads as a slip unquoted
        return (f"the source article gives the quotation to \u201c{mine.speaker}\u201d, but {name(theirs.source)} gives it "
                f"to {theirs.speaker}; the proposal names {theirs.speaker}.")
    if f.rule == "cited_not_supporting":
        names = _listed([name(s) for s in f.sources])
        if f.article == "target":
            text = f"the article cites {names} for this, which does not say it"
        else:
            plural = len(f.sources) > 1
            text = f"the cited source{'s' if plural else ''} {names} {'do' if plural else 'does'} not say it"
        if f.said:
            text += f"; the proposal cites {name(f.said[0].source)} instead, which does"
        return text + "."
    if f.rule == "cites_unavailable":
        return f"it cites {ref_names(f.refs, plan)}, which could not be checked here, and no available source was found to say it."
    if f.rule == "no_citation":
        return "no citation, and no available source was found to say it." + _closing(f, plan, name)
    if f.rule == "uncited_support":
        return (f"no citation; {name(f.sources[0])} may say it, or part of it, but not clearly all of it, so it "
                "is not cited unchecked: check its words, then cite it or keep the citation-needed tag."
                + _closing(f, plan, name))
    if f.rule in ("already_said", "partly_said"):
        return _already(f, name(f.sources[0]))
    if f.rule == "no_list_entry":
        return _no_list_entry(f, plan)
    raise ValueError(f"no wording for rule {f.rule!r}")


def _already(f: Finding, where: str) -> str:
    """An already_in_target finding (``where``: the destination as the editor knows it): told
    and left out, naming the words its passage lacks (``Finding.lacks``), which may be a
    detail; or told but for what the sentence adds (``partly_said``), carried."""
    if f.rule == "already_said":
        if f.lacks:  # told, but not word for word: the editor judges whether they add a detail
            them = "it" if _one_word(f.lacks) else "them"
            return (f"{where} already says this, but its passage lacks {_words(f.lacks)}; "
                    f"not copied again: check whether the merged article should have {them}.")
        return f"{where} already says this; not copied again."
    lacks = f" (its passage also lacks {_words(f.lacks)})" if f.lacks else ""
    return (f"{where} already says this, except {_quoted(s.what for s in f.said)}{lacks}; the "
            "sentence is carried over so that nothing is lost: fold what it adds into the article's own "
            "sentence, or keep it.")


def _no_list_entry(f: Finding, plan: MergePlan) -> str:
    """A marker with no reference-list entry (``Rule.NO_LIST_ENTRY``): what the draft does
    at the spot, and the news text that says the sentence, cited beside the note or, with
    no title to cite it by, named in a note of its own."""
    name = plan.source_name
    nothing = ", and no available source was found to say it" if f.kind == "unverifiable" else ""
    # "The copy given here": a rendered copy may have lost its list, which the article has.
    missing = "it" if len(f.refs) == 1 else "them"
    # The draft cites a source that says the sentence beside the note (mergekit.draft.section):
    # the note then stands beside that citation, not instead of one.
    sp = next((sp for sp in plan.sentences if sp.original == f.sentence and sp.include), None)
    says = sp.supporting[0] if sp and sp.supporting and not nothing else None
    if says is None:
        instead = " instead of a citation"
    elif says not in plan.untitled:
        instead = f" and cites {name(says)}, which says it"
    else:  # no title to cite it by: the draft names it in a note instead
        instead = (" instead of a citation"
                   f"; {name(says)} says it, but no title was given for it, so it is not cited: a second "
                   "hidden note names it; cite it with its title")
    # Not unverifiable: a news text says it, or part of it (named, for the editor to check).
    partly = (f"; part or all of it is in {name(f.sources[0])}, not cited unchecked as it does not clearly "
              "say all of it" if f.sources and not nothing and says is None else "")
    return (f"the source article cites {ref_names(f.refs, plan)}, but the copy given here does not list {missing}"
            f"{nothing}{partly}; the proposal keeps a hidden note at the spot{instead}.")

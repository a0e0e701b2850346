"""The talk-page post that proposes the merge (editors propose first on contentious topics).

It speaks an editor's language: one bullet per problem, in words (``reasons.py``), and
under it the passages that bear on it (that contradict it, say it already, or may support
it: the words the editor is asked to check), named by outlet and date, each quoted once (a
long passage is quoted again only where a later bullet's words were cut from it, cut as
``draft.quoting`` cuts it); never file names, scores or formulas. After the points, the
news citations the proposal adds to sentences the source article does not cite them for
(``draft.talkcites``). The post stands on the destination's talk page: it calls the
destination "this article", never by its title.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from mergekit.draft.dates import format_date, year_commas
from mergekit.draft.escape import escape_link, escape_wikitext
from mergekit.draft.housekeeping import afd_page
from mergekit.draft.lists import list_point
from mergekit.draft.quoting import quote as _quote
from mergekit.draft.quoting import words as _words
from mergekit.draft.reasons import describe
from mergekit.draft.refs import SHORT_LACKS, SHORT_NOTE
from mergekit.draft.talkcites import added_citations, added_summary
from mergekit.model import AfdNotice, SourceList
from mergekit.plan.model import KIND_WORDS, LEAD, Evidence, Finding, FindingKind, MergePlan, Rule

if TYPE_CHECKING:
    from mergekit.check.model import Finding as CheckFinding
    from mergekit.draft.section import AddedCite
    from mergekit.plan.decisions import Decided

__all__ = ["talk_post", "with_check_points"]


@dataclass
class _Shown:
    """What the post has written so far: its bullets, and by passage (source, words) the
    texts it quotes of it (looked up by passage, not by scanning everything quoted before)."""

    bullets: set[str] = field(default_factory=set)
    quoted: defaultdict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    # by source: each text quoted of it, with the sentence of the bullet it is quoted under
    texts: defaultdict[str, dict[str, str]] = field(default_factory=lambda: defaultdict(dict))


_BOLD = "'" * 3
_QUOTED = ("contradicted", "conflicts_target", "already_in_target")  # kinds whose evidence is quoted
# Rules whose finding names a news text that says the sentence, or part of it (``sources``):
# its words, which the editor is to check, are quoted (an unresolved reference's too).
_PARTLY_SAID = (Rule.UNCITED_SUPPORT, Rule.NO_LIST_ENTRY)
_FIGURES = (Rule.FIGURES_DIFFER, Rule.ALIGNED_FIGURE)  # rules whose ``said`` are the figures disputed


def _carried(kept: int, total: int, already: int) -> str:
    """How many sentences the proposal carries over, in words ("5 of its 7 sentences are carried
    over; 2 already appear here."); a count of none is left out or said as "none". The counts
    add up to ``total``: the sentences neither carried nor already here are said to be left
    out ("7 of its 10 sentences are carried over; 1 already appears here and 2 are left
    out."), so the editor never has to guess where the rest went."""
    if not kept:
        head = f"None of its {total} sentence{'' if total == 1 else 's'} is carried over"
    elif kept == total:
        head = {1: "Its one sentence is carried over", 2: "Both of its sentences are carried over"}.get(
            total, f"All {total} of its sentences are carried over")
    else:
        head = f"{kept} of its {total} sentence{'' if total == 1 else 's'} {'is' if kept == 1 else 'are'} carried over"
    left = total - kept - already
    parts = ([f"{already} already appear{'s' if already == 1 else ''} here"] if already else []) + (
        [f"{left} {'is' if left == 1 else 'are'} left out"] if kept and left > 0 else [])
    if parts:
        head += "; " + " and ".join(parts)
    return head + "."


def _lists_left(lists: Sequence[SourceList]) -> str:
    """" Its list is not (...)." for the source's lists, never merged as prose, and the
    passages of prose its copy ran into a box; nothing for none."""
    count = sum(found.kind != "box" for found in lists)
    boxed = len(lists) - count
    which = [("Its list" if count == 1 else f"Its {count} lists")] if count else []
    which += [("a passage of prose read with a box" if boxed == 1 else f"{boxed} passages of prose read with boxes")
              ] if boxed else []
    if not which:
        return ""
    text = " and ".join(which)
    verb = "is" if len(lists) == 1 else "are"
    return f" {text[0].upper()}{text[1:]} {verb} not (see \u201cNot carried over\u201d below)."


def _attention(points: int) -> str:
    """How many sentences the points below list; none is said as "none", never "0 sentences"."""
    if not points:
        return "none needs attention before this goes live."
    return (f"{points} sentence{'' if points == 1 else 's'} need{'s' if points == 1 else ''} attention before "
            "this goes live (listed below).")


def _quoted(finding: Finding) -> list[Evidence]:
    """The passages quoted under a bullet: those that contradict the sentence or say it
    already; for a sentence a source may support, that source's words, which the bullet
    asks the editor to check."""
    if finding.kind in _QUOTED:
        return [ev for ev in finding.evidence if ev.quote and ev.stance != "neutral"]
    if finding.rule in _PARTLY_SAID and finding.sources:
        return [ev for ev in finding.evidence if ev.quote and ev.source == finding.sources[0]][:1]
    return []


def _lines(findings: list[Finding], plan: MergePlan, shown: _Shown) -> list[str]:
    """A bullet per problem (the sentence, what is wrong, in words), and under it the passages
    that contradict it (or say it already); a passage already quoted in the post so as to
    show this bullet's words is not quoted again (``shown``), so no bullet appears twice."""
    lines: list[str] = []
    listed = None  # the (section, sentence) of the last bullet written
    for finding in findings:
        line = (f"* {_quote(finding.sentence, 160)} \u2014 {_BOLD}{KIND_WORDS[finding.kind].talk}{_BOLD}: "
                f"{escape_wikitext(describe(finding, plan))}")
        if line in shown.bullets:  # the same words on a sentence the article has twice
            line = line.replace(" \u2014 ", f" (in \u201c{escape_wikitext(finding.section)}\u201d) \u2014 ", 1)
        if line in shown.bullets:
            continue  # the very same problem, already listed
        shown.bullets.add(line)
        # A second problem of the sentence just listed names it so, not by quoting it again.
        if listed == (finding.section, finding.sentence):
            line = "* The same sentence" + line[line.index(" \u2014 "):]
        listed = (finding.section, finding.sentence)
        quoted = [(ev, _about(finding, ev)) for ev in _quoted(finding)[:2]]
        fresh = [(ev, text) for ev, about in quoted
                 if not _shown_before(ev, text := _quote(ev.quote, about=about), about, shown)]
        if finding.rule in _PARTLY_SAID and quoted and not fresh:
            line += " Its words are quoted above."  # the bullet asks to check them
        lines.append(line)
        for ev, text in fresh:
            shown.quoted[ev.source, ev.quote].add(text)
            shown.texts[ev.source].setdefault(text, finding.sentence)
            name = plan.source_name(ev.source)
            lines.append(f"** {escape_wikitext(_HERE.capitalize() if name == _HERE else name)}: {text}")
    return lines


def _about(finding: Finding, ev: Evidence) -> str:
    """The words a long passage is cut around for ``finding``'s bullet (``_quote``): the
    sentence and the figures it disputes; none for a misquoted speaker's passage, quoted
    from its start, where it names the speaker."""
    if finding.rule == Rule.MISATTRIBUTED:
        return ""
    figures = [said.what for said in finding.said if said.source == ev.source and finding.rule in _FIGURES]
    return " ".join([finding.sentence, *figures])


def _shown_before(ev: Evidence, text: str, about: str, shown: _Shown) -> bool:
    """Whether the post already quotes ``ev``'s passage so as to show what this bullet would
    quote of it (``text``): every word of ``about`` that ``text`` shows. A long passage cut
    around another bullet's words is quoted again, cut around this one's: "Its words are
    quoted above" must not point at a quotation that stops before them. Another passage of
    the same source cut to the very same words (two windows over one sentence) is that
    quotation too: quoted twice, the post would repeat a line."""
    wanted = _words(about) & _words(text)
    return (any(wanted <= _words(earlier) for earlier in shown.quoted.get((ev.source, ev.quote), ()))
            or text in shown.texts.get(ev.source, ()))


def _untitled(sentence: str, source: str, banner: bool = False) -> str:
    """The bullet for a sentence whose source the proposal could not cite (no title given).
    ``banner``: the proposed section carries {{Unreferenced section}} instead of inline tags."""
    tagged = ("the proposal's section is tagged unreferenced" if banner else "the proposal tags it citation needed")
    return (f"* {_quote(sentence, 160)} \u2014 {_BOLD}{KIND_WORDS[FindingKind.NEEDS_CITATION].talk}{_BOLD}: "
            f"no citation; {year_commas(escape_wikitext(source) + ' says')} it, but no title was given for it, so it is not "
            f"cited: {tagged} and names the source in a hidden note; cite it "
            "with its title, or keep the tag.")


def _repeated(plan: MergePlan) -> list[str]:
    """The carried sentences that repeat an earlier carried one word for word (case and
    spacing aside): a rendered copy can give a sentence twice (a lead sentence again after
    the infobox), and the proposal, which carries the source as written, would say it twice."""
    seen: set[str] = set()
    repeats: list[str] = []
    for sp in plan.sentences:
        key = " ".join(sp.original.split()).casefold()
        if sp.include and key in seen:
            repeats.append(sp.original)
        seen.add(key)
    return repeats


def _repeat_point(sentence: str) -> str:
    """The bullet for a sentence the source, and so the proposal, gives twice."""
    return (f"* {_quote(sentence, 160)} \u2014 {_BOLD}repeated in the source{_BOLD}: the source article gives "
            "this sentence twice, and the proposal carries both as written: keep one (with the references of "
            "both).")


def _home(plan: MergePlan) -> list[str]:
    """A paragraph naming the section this article already has on the source's subject
    (``plan.home``), its evidence, and the editor's choice; none when there is none."""
    if plan.home is None:
        return []
    section = escape_wikitext(plan.home.section)
    why = "; ".join(escape_wikitext(e) for e in plan.home.evidence(plan.source_title))
    return ["", f"This article already has a section on this subject, \u201c{section}\u201d ({why}). The proposal "
            f"puts the text in a new section all the same; consider merging it into \u201c{section}\u201d instead, "
            "so that the article does not tell one subject in two sections."]


def _where(plan: MergePlan) -> str:
    """Where the text goes: a new section, or the end of one the article has (``plan.existing``)."""
    section = escape_wikitext(plan.section_title)
    if plan.existing is None:
        return f"into a new section, \u201c{section}\u201d"
    return f"into the article's section \u201c{section}\u201d, after its present text"


_HERE = "this article"  # how the post names the destination, on whose talk page it stands


def _on_its_talk_page(plan: MergePlan, destination: str) -> MergePlan:
    """``plan`` with the input ``destination`` named "this article" (``_HERE``)."""
    if not destination:
        return plan
    return replace(plan, source_names=tuple((label, _HERE if label == destination else name)
                                            for label, name in plan.source_names))


_FOOTNOTE = re.compile(r"<ref[\s/>]|\{\{\s*sfnp?\s*\|", re.IGNORECASE)  # a footnote of the proposed text: {{reflist-talk}} lists it
# the hidden note on a short citation whose full citation the destination lacks (``RefRegistry.short``)
_SHORT = re.compile(f"<!-- {SHORT_NOTE} (.+?): {SHORT_LACKS} ")


def _short_points(proposed_text: str) -> list[str]:
    """A point to check for each short citation ({{sfn}}) the proposal keeps that points to a
    full citation the destination does not have (the hidden note beside it says so)."""
    return [f"* The proposed text keeps the short citation {escape_wikitext(html.unescape(words))}, but "
            "this article has no full citation for it to point to: add one to its sources (the hidden note "
            "beside the citation gives the source article's, or says it has none)."
            for words in dict.fromkeys(_SHORT.findall(proposed_text))]


def talk_post(plan: MergePlan, proposed_text: str, afd: AfdNotice, *, style: str,
              source_revid: int | None = None, unavailable: tuple[dict[str, str], ...] = (),
              decided: tuple[Decided, ...] = (), untitled: tuple[tuple[str, str], ...] = (),
              lists: Sequence[SourceList] = (), added: Sequence[AddedCite] = (), destination: str = "",
              banner: bool = False) -> str:
    """Heading, what and why, the proposed text, the flagged sentences, a signature.

    ``decided`` (``mergekit.plan.decisions.Decided``): the editor's review decisions; a
    finding decided otherwise than "keep" leaves the points to check for "Decided in review".
    ``untitled`` (``SectionText.untitled``): sentences a source says that the proposal could
    not cite, as the inputs give that source no title; each is a point to check too.
    ``lists`` (``Article.lists``): the source's lists, never merged as prose; each is a point
    under "Not carried over", as the proposal shows them only as hidden notes. ``added``
    (``SectionText.added``): the citations the proposal adds to source sentences, listed under
    "Citations added" (``draft.talkcites``). ``destination``: the destination's input label; on
    its talk page the post calls it "this article", not by its title ("Ja Rule already says
    this" reads on Talk:Ja Rule as the rapper's words). ``banner``: the proposed text opens with
    {{Unreferenced section}} rather than tagging each uncited sentence (``SectionText.banner``)."""
    plan = _on_its_talk_page(plan, destination)
    kept = sum(sp.include for sp in plan.sentences)
    settled = {d.finding.id for d in decided if d.decision.action != "keep"}
    # Carried or not as the plan now stands (a review decision may have dropped a sentence).
    included = {(sp.section or LEAD, sp.original) for sp in plan.sentences if sp.include}
    mine = [f for f in plan.findings if f.article == "source" and f.id not in settled]
    flagged = [f for f in mine if (f.section, f.sentence) in included]
    in_target = [f for f in plan.findings if f.article == "target" and f.id not in settled]
    skipped = [f for f in mine if (f.section, f.sentence) not in included]
    already = sum(1 for f in skipped if f.kind == "already_in_target")
    flagged_texts = {f.sentence for f in flagged}
    untitled = tuple((text, label) for text, label in dict.fromkeys(untitled) if text not in flagged_texts)
    repeated = _repeated(plan)
    points = len({(f.section, f.sentence) for f in flagged} | {(LEAD, text) for text in untitled}
                 | {(LEAD, text) for text in repeated if text not in flagged_texts})
    shown = _Shown()
    closed = f" (closed {format_date(afd.close_date, style)})" if afd.close_date else ""
    revision = f" as of [[Special:Permalink/{source_revid}|revision {source_revid}]]" if source_revid else ""
    page = afd_page(afd)
    if page:
        why = f"Per [[{page}]]{closed}, I"
    elif afd.close_date:  # a notice that does not name its discussion: no link is made up
        why = (f"Following a deletion discussion closed on {format_date(afd.close_date, style)}"
               "<!-- the inputs do not name the discussion's page: link it here -->, I")
    else:
        why = "I"
    lines = [
        f"== Proposed merge of [[{escape_link(plan.source_title)}]] ==",
        why + " propose to merge the content of "
        f"[[{escape_link(plan.source_title)}]]{revision} {_where(plan)}. "
        f"{_carried(kept, len(plan.sentences), already)}{_lists_left(lists)} Each sentence was checked against the available "
        f"sources; {_attention(points)}{added_summary(added)} Comments and corrections are welcome before I make "
        "the edit.",
        *_home(plan),
        "",
        "=== Proposed text ===",
        "<div style=\"border:1px solid #a2a9b1; padding:0 1em;\">",
        proposed_text,
        "</div>",
        # the proposal's footnotes, shown under it; a proposal without one gets no empty box
        *(["{{reflist-talk}}"] if _FOOTNOTE.search(proposed_text) else []),
        "",
        "=== Points to check ===",
    ]
    lines += (_lines(flagged, plan, shown) + [_untitled(text, plan.source_name(label), banner) for text, label in untitled]
              + [_repeat_point(text) for text in repeated] + _short_points(proposed_text) or ["* None."])
    lines += added_citations(added, plan, shown.texts)
    if in_target:
        lines += ["", "=== Points to check in the current article ===",
                  "These are in the article already; the proposal does not change them."]
        lines += _lines(in_target, plan, shown)
    if unavailable:
        lines += ["", "=== Sources that could not be read ==="]
        lines += [
            f"* {escape_wikitext(entry.get('url', '?'))} \u2014 "
            f"{escape_wikitext(' '.join(filter(None, (entry.get('status'), entry.get('reason')))) or 'unavailable')}"
            for entry in unavailable
        ]
    if decided:
        lines += ["", "=== Decided in review ==="]
        lines += [f"* {_quote(d.finding.sentence, 160)} \u2014 {KIND_WORDS[d.finding.kind].talk}: "
                  f"{escape_wikitext(d.phrase)}" for d in decided]
    if skipped or lists:
        lines += ["", "=== Not carried over ==="]
        lines += _lines(skipped, plan, shown) + [list_point(found) for found in lists]
    lines += ["", "~~~~", ""]
    return "\n".join(lines)


# Check rules that say nothing about the proposed text, only about mergekit's data: an outlet
# missing from the perennial-sources list (which lists only outlets discussed again and again;
# the built-in subset lacks even CNN) is no point to raise with other editors. flags.json and
# the report keep them.
_NOT_FOR_TALK = frozenset({"rsp/unknown"})


# What each check rule that can reach the talk post (a warning: an error stops the run) is
# about, as an editor says it: the bullet names the problem, not the rule's id
# ("<code>cite/incomplete</code>"). A rule not listed here is named by its family.
_CHECK_TOPICS = {
    "cite/incomplete": "Incomplete citations",
    "cite/date-format": "Citation dates in another format than the article's",
    "dup/source": "A source cited twice",
    "link/dead": "Dead links",
    "link/unreachable": "Links that could not be reached",
    "link/moved": "Links that moved",
    "link/bare-url": "Bare URLs",
    "link/external-in-prose": "External links in the text",
    "place/before-punctuation": "Footnotes before punctuation",
    "place/space-before": "Spaces before footnotes",
    "place/undated-tag": "Undated maintenance tags",
    "refs/no-reflist": "No reference list",
    "rsp/unreliable": "Sources WP:RSP rates generally unreliable",
    "rsp/no-consensus": "Sources WP:RSP finds no consensus on",
    "wtw/label": "Contentious labels",
    "wtw/editorial": "Editorializing",
    "wtw/weasel": "Vague attribution",
    "wtw/puffery": "Puffery",
    "wtw/contraction": "Contractions",
    "preview/warning": "Warnings in the wiki's preview",
}
_CHECK_FAMILIES = {"cite": "Citations", "dup": "Duplicate citations", "link": "Links", "place": "Footnote placement",
                   "refs": "References", "rsp": "Source reliability", "wtw": "Words to watch",
                   "preview": "The wiki's preview"}


def _check_topic(rule: str) -> str:
    return _CHECK_TOPICS.get(rule) or _CHECK_FAMILIES.get(rule.partition("/")[0]) or "Other points"


def with_check_points(talk: str, findings: Sequence[CheckFinding], examples: int = 3, *,
                      reliability: str | None = None) -> str:
    """``talk`` with a short "citation and wording check" list before the signature: one
    bullet per check rule, named in words (``_CHECK_TOPICS``), its count and its first few
    messages. Where a reliability rating is among them, ``reliability`` (which data, as of
    when: ``RspTable.named``) is said once, after the list: the ratings are that data's, not
    today's list's."""
    findings = [f for f in findings if f.rule not in _NOT_FOR_TALK]
    if not findings:
        return talk
    by_rule: dict[str, list[CheckFinding]] = {}
    for f in findings:
        by_rule.setdefault(f.rule, []).append(f)
    lines = ["=== Citation and wording check ===",
             "<code>mergekit check</code> raised these points on the proposed text:"]
    for rule, group in by_rule.items():
        shown = "; ".join(escape_wikitext(f.message) for f in group[:examples])
        more = f"; and {len(group) - examples} more" if len(group) > examples else ""
        lines.append(f"* {_check_topic(rule)} ({len(group)}): {shown}{more}")
    if reliability and any(rule.startswith("rsp/") for rule in by_rule):
        lines.append(f"The reliability ratings are those of {escape_wikitext(reliability)}; "
                     "the current list may differ.")
    head, sep, tail = talk.rpartition("\n~~~~\n")
    if not sep:
        return talk + "\n".join(lines) + "\n"
    return head + "\n" + "\n".join(lines) + "\n" + sep + tail

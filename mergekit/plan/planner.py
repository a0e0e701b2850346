"""Plan a merge: verdicts, findings and what goes into the draft, for every source sentence.

*Decide, then do*: this module only computes a ``MergePlan``; the writers render it.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any

from mergekit.align import Match, Passage, PassageIndex
from mergekit.draft.dates import format_date, page_style
from mergekit.facts.dates import DateFact
from mergekit.facts.memo import extract_dates
from mergekit.load.inputs import MergeInputs, reference_label
from mergekit.load.refmatch import hostname
from mergekit.load.sentences import split_sentences
from mergekit.model import NewsItem, Reference, Sentence
from mergekit.plan.aligned import counted_quantities, gives_other_value
from mergekit.plan.already import Told, candidates
from mergekit.plan.citations import effective_citations
from mergekit.plan.conflicts import Conflict, Conflicts, find_conflicts
from mergekit.plan.dated import dated_plan
from mergekit.plan.disputed import gives_disputed_figures
from mergekit.plan.existing import existing_section, titled_section
from mergekit.plan.home import find_home
from mergekit.plan.memo import told  # a repeated sentence asked once
from mergekit.plan.model import (
    LEAD,
    ArticleRole,
    Evidence,
    Finding,
    FindingKind,
    MergePlan,
    Note,
    PlanSettings,
    Rule,
    Said,
    SentencePlan,
    Stance,
    Verdict,
    sentence_key,
    target_key,
)
from mergekit.plan.notes import citable_notes
from mergekit.plan.other_date import gives_other_date
from mergekit.verify import Judgement, judge, of_another
from mergekit.verify.befallen import other_befallen
from mergekit.verify.dates import dated_event, dated_part, given_dates, without_given_dates
from mergekit.verify.features import said_specifics, said_words
from mergekit.verify.included import unsaid_included
from mergekit.verify.own_words import own_words_in_names_only, unsaid_own_words
from mergekit.verify.quoted_names import unsaid_names
from mergekit.verify.speakers import unnamed_speaker
from mergekit.webaddress import is_machine_address

__all__ = ["plan_merge"]

_SUPPORTIVE = ("supported", "partial")
# Only a citable source (confidently full support, ``Judgement.citable``, with a passage that
# says the sentence's own words, not only inside its names, or its figures,
# ``verify.own_words``, and names its speaker, ``verify.speakers``) is added as a new
# citation or replaces one; a partial match is enough to keep a citation the article had.


def _finding_id(kind: str, *parts: str) -> str:
    """``kind-<10 hex>`` from the finding's content: the same inputs give the same id."""
    digest = hashlib.sha1("\x00".join((kind, *parts)).encode()).hexdigest()[:10]
    return f"{kind}-{digest}"


def _evidence(label: str, j: Judgement, disputes: dict[str, str]) -> Evidence:
    """What one source says of a sentence. It "contradicts" only where the facts layer found
    a conflict (a figure, date, polarity or speaker), quoting that passage; the verifier's
    own contradiction head is not used here: fitted mostly on FNC-1 headlines, it fires on
    about 7 held-out citation_checker and WiCE rows, all of which the source supports at
    least in part (``scripts/train_verifier.py``)."""
    if label in disputes:
        return Evidence(label, disputes[label], j.score, Stance.CONTRADICTS)
    return Evidence(label, _passage(j), j.score, Stance.SUPPORTS if supports(j) else Stance.NEUTRAL)


def _disputes(conflicts: Conflicts, key: str) -> dict[str, str]:
    """Source -> the first passage of it that conflicts with sentence ``key``."""
    out: dict[str, str] = {}
    for conflict in conflicts.with_news.get(key, ()):
        for e in conflict.evidence:
            if e.stance == Stance.CONTRADICTS:
                out.setdefault(e.source, e.quote)
    return out


def supports(j: Judgement) -> bool:
    """Whether a source supports a sentence, at least in part, for the citation findings
    (unsourced, unverifiable, failed verification) and for the draft's choice of citations.

    Full support (the ``full`` head) counts. A ``partial`` label counts only when the
    source more likely than not supports the sentence at least in part without disputing
    it (``score`` = P(any)·(1 − P(contradiction)) >= 0.5, the point where a probability
    says "yes"; not fitted) and the passage it quotes shares something the editor can check
    against the sentence: one of its figures, one of its names with another of its content
    words, or three of its content words (``Judgement.checkable``). A needs-citation
    finding quotes that passage as the part the source says; a passage sharing only the
    sentence's names ("Portuguese Prime Minister António Costa gave his support to German
    Chancellor Angela Merkel" against one naming Madeira, Berlin and Heiko Maas, 0.51)
    shows the editor nothing to check. The label alone is not enough: the ``any`` threshold
    was fitted for recall on benchmark rows (0.41, before the contradiction discount), and
    on real merges it calls "partial" a news text about the same event that shares the
    sentence's names but not what it says (scores down to 0.1 on the real-merge tuning
    cases), so no sentence with news on its topic would ever be found unsourced or
    unverifiable. A "partial" label whose source says one clause of the sentence in full
    (three or more content words, not only names: ``Judgement.part_said``) counts too,
    whatever its score: that is what "says part of it" means ("... but only one,
    19-year-old Amari Pollard, remained a suspect"). So does a source one of whose sentences
    says a part in its own words (``says_part``), whatever its label. ``benchmarks/partial_bench.py``
    measures this decision on labelled rows."""
    return _heads_support(j) or says_part(j)


def _heads_support(j: Judgement) -> bool:
    """``supports`` on the support heads' label: full, or partial as above."""
    return j.support == "supported" or (
        j.support == "partial" and (j.part_said or (j.score >= 0.5 and j.checkable)))


def says_part(j: Judgement) -> bool:
    """Whether one sentence of the source says a part of the sentence in its own words
    (``Judgement.part_quote``): every word but one of a clause of four or more words that
    are not names, reporting and light words aside, the word it lacks no figure ("... one of
    more than 80 people who attended a dinner" for "one of whose ministers was in attendance
    at the dinner"), or every word of a clause of three or more, names and figures among
    them but not only those ("the 17:08 Great Western Railway service from Portsmouth
    Harbour to Bristol Temple Meads"; the heads call that report "not supported", 0.18: the
    verifier's own ``part_said``, which reads a window and counts on a "partial" label
    only, would quote the window that best matches the whole sentence), or a figure that is no year, no day of a month and no part of a name
    with two of the words beside it, one of them may be a name ("... demanded a ransom of
    $1m ... from Optus" for "demanding that Optus pay $1,000,000"; "his wife, 52-year-old
    Maggie Murdaugh" for "his wife Maggie (52)"), or one of its quotations of three words or
    more word for word, or one of its days in any form with two of the words beside it
    ("yesterday (31 July)" in a report of 1 August 2019, ``_Planner.judge_one``), or one of its
    events dated to the same day ("The strike, launched May 21" for "the strike began on 21
    May", ``verify.dates.dated_event``), or three
    items of one of its lists of names, by name or by role ("a former mayor, a state senator
    and two additional members of the Jackson City Council" for "former mayor Harvey
    Johnson, Jr., city council members Melvin Priester and ..., and state senator John
    Horhn", ``verify.lists``), or one of its figures with a unit of mass, length or area,
    the unit in any form ("weighing over 101.2 kilograms" for "won the 101kg toilet",
    ``verify.measures``). It counts whatever the
    support heads' label: they read the whole text against the whole sentence, and to them
    a news sentence that says one fact of a long one in its own words is at best "partial"
    below 0.5 (the ransom, 0.36) or "not supported" (Golfgate's dinner, 0.17, on the
    real-merge tuning cases). Not where the facts layer finds the source giving another
    figure (``_judge`` clears the quote). The finding quotes that sentence (``_shown``); it
    is never ground for a citation, which only ``Judgement.citable`` gives."""
    return bool(j.part_quote)


def _passage(j: Judgement) -> str:
    """The passage of a supporting source to show: the sentence saying a part where that
    alone makes it support (``_part_only``), else the verifier's quote."""
    return j.part_quote if _part_only(j) else j.quote


def _part_only(j: Judgement) -> bool:
    """A source that supports the sentence only by a sentence saying a part (``says_part``)."""
    return not _heads_support(j) and says_part(j)


def _verdict(judgements: dict[str, Judgement], *, any_news: bool) -> Verdict:
    if not any_news:
        return Verdict.NO_SOURCE
    # The same test as the findings: a sentence no source ``supports`` is not "partial".
    labels = {"supported" if j.support == "supported" else "partial" for j in judgements.values() if supports(j)}
    return next((Verdict(v) for v in _SUPPORTIVE if v in labels), Verdict.NOT_SUPPORTED)


def _evidence_text(item: NewsItem) -> tuple[str, ...]:
    """What a news item says, for the verifier: its headline, then its sentences. The loader
    keeps the headline apart from the body, yet it is the outlet's own statement and often
    the only place it gives the gist ("Boat that sank in Lake Toba had four times the
    number of passengers allowed"). It is read as a sentence of its own (a full stop added
    where it has none), so a quote that starts with it still reads as prose. A text that
    already opens with its headline (a question headline ends in "?" and so reads as prose
    to the loader; an HTML extract may keep it) gives it once, not twice."""
    if not item.title or not item.title.strip():
        return item.sentences
    title = item.title.strip()
    if _opens_with(item.sentences, title):
        return item.sentences
    return (title if title[-1] in ".!?" else f"{title}.", *item.sentences)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _opens_with(sentences: Sequence[str], title: str) -> bool:
    """Whether the first sentences, read word for word (case, punctuation and quote marks
    aside), are the headline: a headline the splitter cut in two ("Sunk. Why?") counts."""
    words = _words(title)
    read: list[str] = []
    for sentence in sentences:
        read += _words(sentence)
        if len(read) >= len(words):
            return read == words
    return False


class _Planner:
    def __init__(self, inputs: MergeInputs, *, top_target: int, max_judged: int) -> None:
        self.inputs = inputs
        self.top_target = top_target
        self.max_judged = max_judged
        # Retrieval picks which sources are worth the verifier's time for each sentence.
        self.news_index = PassageIndex(
            [Passage(item.label, i, text) for item in inputs.news for i, text in enumerate(item.sentences)]
        )
        target = inputs.target.paragraphed()
        self.target_sentences = [s.text for _, s in target]
        self.target_paragraphs = [paragraph for paragraph, _ in target]  # a window never leaves its paragraph
        self.target_index = PassageIndex(
            [Passage(inputs.target.label, i, text) for i, text in enumerate(self.target_sentences)]
        )
        lead = next((s.text for section, s in inputs.target.sentences() if not section.title), "")
        self.target_frame = f"{inputs.target.title or ''}. {lead}"
        self.findings: list[Finding] = []
        self.news = {item.label: item for item in inputs.news}
        # News a citation can be written for: with a title, or already cited by the destination.
        self.citable = {item.label for item in inputs.news if item.title} | set(inputs.target_cites)
        # What the verifier reads of each news item: its headline and sentences (``_evidence_text``).
        self.news_text = {item.label: _evidence_text(item) for item in inputs.news}
        self._news_dates: dict[str, tuple[DateFact, ...]] = {}
        # Answers by sentence text: a large article repeats sentences (the 1,000-sentence
        # benchmark article holds 372 distinct texts), and neither depends on where it stands.
        self._judged: dict[tuple[str, tuple[str, ...]], dict[str, Judgement]] = {}
        self._told: dict[str, Told] = {}
        self._other_values: dict[tuple[str, str, Judgement], Judgement] = {}

    def judge_news(self, text: str, *, cited: Sequence[str] = ()) -> dict[str, Judgement]:
        """The verifier's judgement from the sources the sentence cites and the ``max_judged``
        sources whose passages align best with it (the others share too little to support it).
        Asked once per text and cited sources; each caller gets its own dict."""
        key = (text, tuple(cited))
        if key not in self._judged:
            self._judged[key] = self._judge_news(text, cited)
        return dict(self._judged[key])

    def _judge_news(self, text: str, cited: Sequence[str]) -> dict[str, Judgement]:
        best = sorted(self.news_index.best_per_source(text, limit=self.max_judged).items(), key=lambda kv: (-kv[1].score, kv[0]))
        labels = {label for label, _ in best[: self.max_judged]} | set(cited)
        return {label: self.judge_one(text, label, cited=label in cited) for label in sorted(labels)}

    def judge_one(self, text: str, label: str, *, cited: bool = False) -> Judgement:
        """The verifier's judgement of ``text`` against news item ``label``: its headline and
        sentences, with the dates the item gives taken out of ``text`` (``verify.dates``).
        Where none of its sentences says a part of ``text`` in its own words, one that gives
        a date of ``text`` with the words beside it does (``dates.dated_part``: "yesterday
        (31 July)" read against the item's date; the verifier sees neither the date, taken
        out, nor the publication date), and else one that dates an event of ``text`` to the
        same day (``dates.dated_event``: "The strike, launched May 21" for "the strike began
        on 21 May"). Not that last where the sentence cites the item (``cited``): an event word
        and its day are ground enough to quote a lead for an uncited sentence, never to clear a
        citation the verifier finds failing (its ``{{failed verification}}`` tag and finding).
        Where that sentence tells the event of another (``verify.befallen``: "a retired
        firefighter died on Wednesday" for "The mayor of Tirana died on 2 April") it is still
        a lead, never a citation, and the reason says so."""
        j = judge(without_given_dates(text, self.news_dates(label), self.news_text[label], self.news[label].date),
                  self.news_text[label])
        if j.part_quote:
            return j
        dated = (dated_part(text, self.news_text[label], self.news[label].date)
                 or (not cited and dated_event(text, self.news_text[label], self.news[label].date)))
        if not dated:
            return j
        other = other_befallen(text, dated, self.news_text[label])
        return replace(j, part_quote=dated, reason=f"{j.reason}; {of_another(other)}" if other else j.reason)

    def other_value(self, text: str, label: str, j: Judgement) -> Judgement:
        """``_other_value`` of ``text``'s judgement ``j`` by news item ``label``, read once per
        text, item and judgement: every copy of a sentence in the article asks it again."""
        key = (text, label, j)
        if key not in self._other_values:
            self._other_values[key] = _other_value(text, j, self.news[label].sentences if label in self.news else ())
        return self._other_values[key]

    def news_dates(self, label: str) -> tuple[DateFact, ...]:
        """The dates news item ``label`` gives (read once per item; see ``verify.dates``)."""
        if label not in self._news_dates:
            self._news_dates[label] = given_dates(self.news_text[label], self.news[label].date)
        return self._news_dates[label]

    def in_target(self, text: str) -> Told:
        """What the destination says of ``text``: its ``top_target`` closest sentences, each
        read in the windows of its paragraph (``plan.already``); asked once per text."""
        if text not in self._told:
            self._told[text] = self._in_target(text)
        return self._told[text]

    def _in_target(self, text: str) -> Told:
        return told(text, candidates(text, self.target_index, self.target_sentences, self.target_paragraphs,
                                     self.top_target), self.target_frame)

    def add(self, kind: FindingKind, section: str, sentence: str, cited: Sequence[str],
            evidence: Sequence[Evidence], rule: Rule, **facts: Any) -> None:
        """Record a finding (its id is given by ``plan_merge``, once all are known)."""
        self.findings.append(Finding(
            id="", kind=kind, section=section, sentence=sentence, cited=tuple(cited),
            evidence=tuple(evidence), rule=rule, **facts,
        ))

    def identified(self) -> tuple[Finding, ...]:
        """The findings with ids unique in the run and the same on every run: the kind,
        section and sentence (so a review decision outlives a rerun); where one sentence
        has several findings of a kind, also what each is about (rule, topic, who says what)."""
        def base(f: Finding) -> tuple[str, ...]:
            return (f"{'' if f.article == 'source' else f.article + ':'}{f.kind}", f.section, f.sentence)

        shared = Counter(base(f) for f in self.findings)
        out, taken = [], set()
        for f in self.findings:
            parts = base(f)
            if shared[parts] > 1:
                parts += (f.rule, f.topic, *(f"{x.source}\x01{x.what}\x01{x.speaker or ''}" for x in f.said))
            ident, n = _finding_id(*parts), 2
            while ident in taken:  # the very same facts twice: still two ids, in a fixed order
                ident, n = f"{_finding_id(*parts)}-{n}", n + 1
            taken.add(ident)
            out.append(replace(f, id=ident))
        return tuple(out)

    def add_conflict(self, kind: FindingKind, section: str, sentence: str, cited: Sequence[str],
                     conflict: Conflict, **facts: Any) -> None:
        self.add(kind, section, sentence, cited, conflict.evidence, conflict.rule,
                 topic=conflict.topic, said=conflict.said, agreeing=conflict.agreeing, **facts)

    def check_target(self, conflicts: Conflicts) -> None:
        """The destination's own problems: cited news that does not say it, figures news contradict.

        Reported for the editor; the destination's text is never changed.
        """
        label_of = {name: label for label, name in self.inputs.target_cites.items()}
        for number, (section, sentence) in enumerate(self.inputs.target.sentences(), start=1):
            name = section.title or LEAD
            for conflict in conflicts.target_with_news.get(target_key(number), ()):
                self.add_conflict(FindingKind.CONTRADICTED, name, sentence.text, sentence.refs, conflict, article=ArticleRole.TARGET)
            cited = [label_of[r] for r in sentence.refs if r in label_of]
            judgements = {label: self.judge_one(sentence.text, label, cited=True) for label in cited}
            # The destination's own text is only reported, never changed, and a wrong report
            # reads as an error in the destination: only a cited source with no support
            # at all (not even the verifier's "partial") is reported as failing it.
            if cited and not any(j.support in _SUPPORTIVE for j in judgements.values()):
                self.add(FindingKind.FAILED_VERIFICATION, name, sentence.text, sentence.refs,
                         [Evidence(label, j.quote, j.score, Stance.NEUTRAL) for label, j in judgements.items()],
                         Rule.CITED_NOT_SUPPORTING, sources=tuple(cited),
                         verifier=judgements[cited[0]].reason, article=ArticleRole.TARGET)


def _source_names(inputs: MergeInputs, style: str) -> dict[str, str]:
    """Input label -> how an editor knows it: the outlet and date ("Euronews Albania,
    20 June 2023"; "AOL, March 3, 2023" beside an article written mdy, or a destination
    with no style of its own that the merged text brings mdy dates to: ``style``), else the
    site or the headline; never the input's file name."""
    names = {}
    for n, item in enumerate(inputs.news, start=1):
        site = (hostname(item.url) or "").removeprefix("www.") if item.url else ""
        site = "" if site and is_machine_address(site) else site  # a page served on 127.0.0.1 names no outlet
        name = item.work or site or (f"\u201c{item.title}\u201d" if item.title else f"news item {n}")
        names[item.label] = f"{name}, {format_date(item.date, style)}" if item.date else name
    names[inputs.target.label] = inputs.target.title or "the destination"
    names[inputs.source.label] = inputs.source.title or "the source article"
    return names


def _reference_name(ref: Reference, style: str) -> str:
    """How an editor knows a wikitext source's reference: its outlet and date ("Fast Company,
    May 5, 2021"), else its title in quotation marks; a reference written as plain text
    ("Local records.") by that text, as its footnote reads; one that gives nothing to name it
    by as the loader's warnings name it (``inputs.reference_label``: "unnamed <ref> no. 4"),
    never by its key ("#4", the reader's count, which the page never shows)."""
    if ref.text_only and ref.title:
        words = ref.title.split()
        return "\u201c" + " ".join(words[:_TEXT_WORDS]) + ("\u2026" if len(words) > _TEXT_WORDS else "") + "\u201d"
    name = ref.work or ref.publisher or (f"\u201c{ref.title}\u201d" if ref.title else "")
    if not name:
        return reference_label(ref, wikitext=True)
    return f"{name}, {format_date(ref.date, style)}" if ref.date else name


def _reference_names(inputs: MergeInputs, style: str) -> dict[str, str]:
    """A wikitext source's reference key -> its name (:func:`_reference_name`). Such a key is
    a ``<ref>``'s name ("syr") or the reader's count of unnamed ones ("#1"), which the page
    never shows: "it cites reference #1" names nothing an editor can find. Two references of
    one name (one outlet, one day) are told apart by their titles, else by their labels
    ("Reuters, 5 May 2021, “Vote delayed”"). A rendered copy's keys are the numbers its
    reader sees ("reference 4"), and stay so."""
    if not inputs.source.wikitext:
        return {}
    refs = inputs.source.references
    names = {ref.key: _reference_name(ref, style) for ref in refs}
    shared = Counter(names.values())
    # the titles of the references each name is now given to, kept as names change: a
    # reference's titles were gathered by reading every reference (a source of thousands of
    # references of one outlet and day read them all for each). The same answer: a name
    # already told apart holds none of the references after it
    titles_of: dict[str, list[str | None]] = {}
    for ref in refs:
        titles_of.setdefault(ref.key, []).append(ref.title)
    titled: dict[str, Counter[str | None]] = {}
    for key, titles in titles_of.items():
        titled.setdefault(names[key], Counter()).update(titles)
    for ref in refs:
        name = names[ref.key]
        if shared[name] > 1:
            apart = ref.title and titled[name][ref.title] == 1 and f"\u201c{ref.title}\u201d" not in name
            names[ref.key] += f", \u201c{ref.title}\u201d" if apart else f" ({reference_label(ref, wikitext=True)})"
            titled[name].subtract(titles_of[ref.key])
            titled.setdefault(names[ref.key], Counter()).update(titles_of[ref.key])
    return names


_TEXT_WORDS = 12  # a plain-text reference is named by its first words


def _style(inputs: MergeInputs, merged: str) -> str:
    """The date style the names are written in: "mdy" beside an article written mdy, or a
    destination with no style of its own that the merged text brings mdy dates to; else "dmy"."""
    return "mdy" if page_style(inputs.target.wikitext or "", merged) == "mdy" else "dmy"


def plan_merge(inputs: MergeInputs, *, section_title: str | None = None,
               settings: PlanSettings = PlanSettings()) -> MergePlan:
    """Every source sentence's verdict and findings, and the draft's content."""
    # A --section the destination already has takes the text (an appendix named is refused);
    # without one, so does a heading that is the source's title or its bare name (plan.existing):
    # never two headings of one subject.
    existing = (existing_section(inputs.target.wikitext or "", section_title) if section_title
                else titled_section(inputs.target.wikitext or "", inputs.source.title or ""))
    planner = _Planner(inputs, top_target=settings.top_target, max_judged=settings.max_sources)
    conflicts: Conflicts = find_conflicts(inputs, settings)
    plans: list[SentencePlan] = []
    for section in inputs.source.sections:
        for sentence, (cited, inherited) in zip(section.sentences, effective_citations(section.sentences), strict=True):
            key = sentence_key(len(plans) + 1)
            plans.append(_plan_sentence(planner, conflicts, key, section.title, sentence, cited, inherited))
    planner.check_target(conflicts)
    findings = planner.identified()
    merged = "\n\n".join(sp.text for sp in plans if sp.include)
    style = _style(inputs, merged)
    names = _source_names(inputs, style)
    return MergePlan(
        source_title=inputs.source.title or "",
        target_title=inputs.target.title or inputs.afd.target or "",
        section_title=existing.title if existing else section_title or inputs.source.title or "Merged content",
        sentences=tuple(plans),
        findings=findings,
        clusters=conflicts.clusters,
        run_date=inputs.run_date,
        source_names=tuple(sorted(names.items())),
        reference_names=tuple(sorted(_reference_names(inputs, style).items())),
        untitled=tuple(sorted(item.label for item in inputs.news if item.label not in planner.citable)),
        home=None if section_title or existing else find_home(inputs, findings),  # a named section wins
        existing=existing,
    )


def _judge(planner: _Planner, conflicts: Conflicts, key: str, text: str,
           cited_keys: Sequence[str]) -> dict[str, Judgement]:
    """Each news source's judgement; a source whose aligned figures disagree does not support."""
    cited = [planner.inputs.cited[k] for k in cited_keys if k in planner.inputs.cited]
    judgements = planner.judge_news(text, cited=cited)
    for label in conflicts.contradicting.get(key, ()):
        if label in judgements:
            judgements[label] = replace(
                judgements[label], label="contradicted", support="not_supported", citable=False, part_quote="",
                reason="its passage aligned with the sentence gives another figure; see the contradicted finding",
            )
    if not counted_quantities(text) and not extract_dates(text):  # no figure, no date: no source gives another
        return judgements
    return {label: planner.other_value(text, label, j) for label, j in judgements.items()}


def _other_value(text: str, j: Judgement, sentences: Sequence[str]) -> Judgement:
    """``j`` without the support in part of a passage that gives another value for a figure
    the sentence counts, or another date for an event it dates (``aligned.gives_other_value``,
    ``other_date.gives_other_date``: "on the 7th of August ... the ship began leaking oil" is
    no part of "Oil began to leak from the ship on 6 August"; read on the source's ``sentences``
    the passage holds, as the facts layer reads them; it finds no contradiction in "18
    survivors so far", a running count, against "Twenty-one survivors were rescued", yet it
    is no part of it): its sentence saying a part is no longer quoted, and a "partial"
    label whose own passage gives it no longer counts. Full support and citations
    (``citable``) are the verifier's alone."""
    def other(passage: str) -> bool:
        return any(gives_other_value(text, s) or gives_other_date(text, s) for s in sentences if s in passage)

    if j.part_quote and other(j.part_quote):
        j = replace(j, part_quote="")
    if j.support == "partial" and j.quote and other(j.quote):
        j = replace(j, support="not_supported")
    return j


def cite_order(labels: Sequence[str], judgements: dict[str, Judgement]) -> tuple[str, ...]:
    """The citable sources of a sentence, the one to cite first: the one whose passage holds
    the most of the sentence's content words (``Judgement.coverage``), then the order given
    (the verifier's score). The score is P(support) lowered by P(contradiction), a head that
    fires on supporting text; ranked by it alone, a report whose headline names the
    sentence's person and whose body lacks its verb ("withdrawn") was cited before one that
    says the sentence word for word (trial-4: "Australia's captain Pat Cummins could have
    withdrawn the appeal", Sky Sports 0.118 over AFP's 0.062)."""
    return tuple(sorted(labels, key=lambda label: -judgements[label].coverage))


def _uncited(conflict: Conflict, uncitable: Sequence[Note]) -> tuple[str, ...]:
    """The sources of ``conflict`` its generated sentence would have cited, left out because
    they have no title to cite them by (``notes.citable_notes``)."""
    quoted = {e.source for e in conflict.evidence}
    return tuple(label for note in uncitable if note.topic == conflict.topic
                 for label in note.cites if label in quoted)


def _plan_sentence(planner: _Planner, conflicts: Conflicts, key: str,
                   section: str, sentence: Sentence, refs: tuple[str, ...], inherited: bool) -> SentencePlan:
    inputs = planner.inputs
    name = section or LEAD
    judgements = _judge(planner, conflicts, key, sentence.text, refs)
    ranked = sorted(judgements.items(), key=lambda kv: (-kv[1].score, kv[0]))
    disputes = _disputes(conflicts, key)
    evidence = tuple(_evidence(label, j, disputes) for label, j in ranked if j.quote or label in disputes)[:3]
    # A source the tool found contradicting the sentence never counts as supporting it.
    supporting = tuple(label for label, j in ranked if supports(j) and label not in disputes)
    # A citation the draft adds (or writes in place of one) rests on a passage that says the
    # sentence, not only its topic (``verify.own_words``); else the source is a lead.
    citable = tuple(label for label, j in ranked if j.citable and label not in disputes
                    and not unsaid_own_words(sentence.text, j.quote, planner.news_text[label])
                    and not own_words_in_names_only(sentence.text, j.quote)
                    and not unsaid_names(sentence.text, j.quote)
                    and not unsaid_included(sentence.text, j.quote)
                    and not unnamed_speaker(sentence.text, j.quote, planner.news_text[label],
                                            planner.news[label].work or ""))
    citable = cite_order(citable, judgements)
    # The source the draft would cite is among the evidence, below the three best if need be:
    # the talk post quotes its passage beside the citation it adds (draft.talkcites).
    if citable and all(e.source != citable[0] for e in evidence):
        evidence += (_evidence(citable[0], judgements[citable[0]], disputes),)
    # The paragraph's closing citation is the sentence's own only where a news text it names
    # says the sentence (plan.citations); else the sentence is uncited, the closing citation
    # named to the editor as one that might cover it.
    cited = tuple(k for k in refs if inputs.cited.get(k) in supporting) if inherited else refs
    closing = refs if inherited and not cited else ()

    conflict_target = conflicts.with_target.get(key, ())
    conflict_news = conflicts.with_news.get(key, ())
    # Told by the destination and adding nothing: left out. Told but adding a figure, a
    # date or a name: carried, and the editor told what the destination already has.
    there = planner.in_target(sentence.text)
    # The destination saying the whole sentence, its figures and dates with it, cannot
    # contradict it: a figure of another destination sentence that differs ("resigned on
    # 5 November 2017" against "until his resignation in 2023") is the destination's own
    # matter, and flagging it would drop a sentence the article already has word for word.
    if there.said:
        conflict_target = ()
    elif conflict_target:
        there = Told(False, "", 0.0)
    include = not there.said
    if there.told:
        planner.add(FindingKind.ALREADY_IN_TARGET, name, sentence.text, cited,
                    [Evidence(inputs.target.label, there.quote, round(there.coverage, 4), Stance.SUPPORTS)],
                    Rule.ALREADY_SAID if there.said else Rule.PARTLY_SAID, sources=(inputs.target.label,),
                    said=tuple(Said(inputs.source.label, what) for what in there.adds),
                    lacks=there.lacks,
                    verifier=f"{there.coverage:.0%} of the sentence's words in the destination's passage",
                    carried=include)
    # The article's own figure that conflicts with the destination is carried only where the
    # sentence says who gives it; unattributed, it would read as the destination's fact.
    if conflict_target and not all(c.attributed for c in conflict_target):
        include = False
    for conflict in conflict_target:
        planner.add_conflict(FindingKind.CONFLICTS_TARGET, name, sentence.text, cited, conflict, carried=include)
    notes, uncitable = citable_notes(conflicts.notes.get(key, ()) if include else (), planner.citable)
    for conflict in conflict_news:
        planner.add_conflict(FindingKind.CONTRADICTED, name, sentence.text, cited, conflict, carried=include,
                             uncited=_uncited(conflict, uncitable))
    tags = _citation_findings(planner, name, sentence.text, cited, closing, judgements, evidence, supporting,
                              citable, disputed=conflict_news) if include else ()
    if include and "failed verification" not in tags and _cites_only_its_contradiction(conflict_news, tuple(inputs.cited[k] for k in cited if k in inputs.cited),
                                                 disputes, key, conflicts, notes):
        tags += ("failed verification",)
    # A plan told as still to come for a date before the run date (plan.dated): kept as
    # written, tagged {{Update after}}, and the editor asked to say what happened.
    dated = dated_plan(sentence.text, inputs.run_date) if include else None
    if dated is not None:
        planner.add(FindingKind.OUTDATED, name, sentence.text, cited, (), Rule.DATED_PLAN,
                    said=(Said(inputs.source.label, dated.written), Said("run date", inputs.run_date)))
        tags += (dated.tag,)
    return SentencePlan(
        key=key, section=section, paragraph=sentence.paragraph,
        text=conflicts.corrected_text.get(key, sentence.text), original=sentence.text, cited=cited,
        placed=sentence.refs, verdict=_verdict(judgements, any_news=bool(inputs.news)), evidence=evidence,
        supporting=citable, include=include, tags=tags, notes=notes,
        failing=tuple(label for label in (inputs.cited.get(k) for k in refs)
                      if label in judgements and not supports(judgements[label])),
    )


def _cites_only_its_contradiction(conflict_news: tuple[Conflict, ...], available: tuple[str, ...],
                                  disputes: dict[str, str], key: str, conflicts: Conflicts,
                                  notes: tuple[Note, ...]) -> bool:
    """A sentence carried as written whose every available citation is a news text giving
    another figure ("Seven people were killed" citing the report of five): its citation
    would read as saying it, so the draft tags it {{failed verification}} (the contradicted
    finding is its one bullet). Not when the text is corrected (a speaker), an attributed
    sentence names the figures, or the sentence itself says who gives its figure."""
    if not conflict_news or key in conflicts.corrected_text or notes or all(c.attributed for c in conflict_news):
        return False
    return bool(available) and all(label in disputes for label in available)


def _shown(planner: _Planner, text: str, supporting: tuple[str, ...],
           judgements: dict[str, Judgement]) -> tuple[tuple[str, ...], tuple[Said, ...]]:
    """The sources named for a sentence news texts say in part (at most three, the one whose
    passage is shown first), and the passage shown.

    Not the verifier's first source and quote: the verifier ranks sources by how likely each
    supports the sentence at least in part, and quotes the window of three sentences with
    most of its words; as every text of a merge repeats the subject's name, a report that
    only names the subject can rank first, its window then its headline and lead
    (nipigon-river-bridge: "Nipigon River Bridge Fails In Bitter Cold, Severs Trans-Canada
    Highway. THUNDER BAY, Ontario, Jan. 11 (UPI) ..." for "The Nipigon River Bridge is a
    cable-stayed bridge carrying Ontario Highway 11 and ..."). The passage shown is the
    sentence, of all the sources that say it at least in part, that retrieval finds closest
    to it (``align.PassageIndex``: its words weighted by their rarity among all news
    sentences, the passage's own words too, so a sentence that says this and little else
    ranks first: "The province's first cable-stayed bridge, located ... on Highway 11/17"),
    unless another sentence of that source says more of it (``_most_said``), and of the
    sources, the passage that says most of it (``_said``: its figures and days, and of its
    words that are neither names nor figures, "Most passengers were tourists who travelled to the lake"
    before "Lake Toba, a popular tourist destination"; a closer sentence about another event
    that shares its names, the rival Bethel tribute for Woodstock 50, says less); ties keep
    the verifier's order. Where the verifier's quote of that source holds the
    sentence, the quote is shown (the sentence with what surrounds it); where retrieval
    finds no sentence of them, the verifier's first source and quote."""
    found = planner.news_index.best_per_source(text, sources=supporting)
    if not found:
        return supporting[:3], tuple(Said(label, _passage(judgements[label])) for label in supporting[:1])
    # each source's sentence: the one that says the part, not a closer one that does not;
    # else the one that says the most of it (``_most_said``), with its retrieval score
    wanted = [source for source in found if not _part_only(judgements[source])]
    ranked = planner.news_index.in_sources(text, wanted) if wanted else {}
    chosen = {source: match if _part_only(judgements[source])
              else _most_said(text, ranked.get(source, []), match)
              for source, match in found.items()}
    passage = {source: judgements[source].part_quote if _part_only(judgements[source]) else match.passage.text
               for source, match in chosen.items()}
    label = min(found, key=lambda source: (-_said(text, passage[source]), -chosen[source].score,
                                           supporting.index(source)))
    closest, judged = passage[label], judgements[label].quote
    rest = [other for other in supporting if other != label]
    if _part_only(judgements[label]):
        return (label, *rest[:2]), (Said(label, closest),)
    return (label, *rest[:2]), (Said(label, _context(closest, judged) if closest in judged else closest),)


# How much more of a sentence another sentence of the same source must say to be shown
# instead of the retrieval-closest one: one word more is often a light or topic word
# ("By this time, 1,000 tonnes of fuel ..." for "At the time of her grounding, Wakashio was
# sailing under a Panamanian flag ..."), where the closest says it with names.
_MORE = 2


def _most_said(text: str, ranked: Sequence[Match], closest: Match) -> Match:
    """The sentence of one source to show for ``text``: of its sentences that share a word
    with it (``ranked``, retrieval's order, best first), the first that says the most of it
    (``_said``) where it says at least ``_MORE`` more than the retrieval-closest one
    (``closest``); else that one. Retrieval
    weighs rare words, and a date or a name is rare: an embedded post's signature line
    ranked first for "... ceased operations and entered administration on 28 January
    2023" (flybe-collapse-2023), while the report says "ceased trading and entered
    administration"."""
    best = max(ranked, key=lambda match: _said(text, match.passage.text), default=closest)
    return best if _said(text, best.passage.text) >= _said(text, closest.passage.text) + _MORE else closest


# remembered (a pure function of the two): a sentence's passages are weighed again for each
# copy of it and each source ranked (12,736 asks of 1,479 pairs at 60x60)
@lru_cache(maxsize=1 << 15)
def _said(text: str, passage: str) -> int:
    """How much of ``text`` ``passage`` says: its content words (``said_words``) and its
    figures and days (``said_specifics``): of two sources that say a sentence in part, the
    one whose passage gives its date is shown ("held on 23 June 2022": "will take place on
    23 June" before "will be held on Thursday")."""
    return said_words(text, passage) + said_specifics(text, passage)


def _context(closest: str, window: str) -> str:
    """``window``, the verifier's sentences around ``closest``, from after the last sentence
    before ``closest`` that opens a quotation it does not close: that sentence is a piece
    of a speech whose speaker and end are in another paragraph, and quoted on the talk page
    before the narrative it would read as one speech with a stray quotation mark
    (tiverton: "…‘I also have a simple message …: The Liberal Democrats are coming. The
    Liberal Democrat win in the rural south-western constituency, echoes …")."""
    at = window.index(closest)
    before = split_sentences(window[:at])
    open_at = [i for i, sentence in enumerate(before) if _opens_quotation(sentence)]
    if not open_at:
        return window
    return " ".join([*before[open_at[-1] + 1:], window[at:]])


def _opens_quotation(sentence: str) -> bool:
    """Whether ``sentence`` opens a double quotation mark it does not close."""
    return sentence.count("\u201c") > sentence.count("\u201d") or sentence.count('"') % 2 == 1


def _with_shown(evidence: tuple[Evidence, ...], shown: Said, judgements: dict[str, Judgement]) -> tuple[Evidence, ...]:
    """``evidence`` with the passage a finding shows (``_shown``) as its source's quote, that
    source first among it in its place: the talk page quotes that passage under the bullet
    (not the verifier's window of that source, which may not hold it), and a source that
    supports only by a sentence saying a part (``says_part``) may score below the three best."""
    j = judgements[shown.source]
    mine = Evidence(shown.source, shown.what, j.score, Stance.SUPPORTS)
    if any(e.source == shown.source for e in evidence):
        return tuple(mine if e.source == shown.source else e for e in evidence)
    return (*evidence[:2], mine)


def _citation_findings(planner: _Planner, name: str, text: str, cited: tuple[str, ...], closing: tuple[str, ...],
                       judgements: dict[str, Judgement], evidence: tuple[Evidence, ...],
                       supporting: tuple[str, ...], citable: tuple[str, ...], *,
                       disputed: tuple[Conflict, ...] = ()) -> tuple[str, ...]:
    """The finding about a sentence's citations, if any; returns the maintenance tags to add.

    ``cited``: the references the sentence rests on; ``closing``: for an uncited sentence,
    the paragraph's closing citation when no news text it names says the sentence (named
    in the finding as one that might cover it; the sentence is reported as uncited).
    A marker with no reference-list entry (``unresolved``) cannot be checked: unless a
    news source supports the sentence (at least in part), it leaves the sentence
    unverifiable; else it is still reported, once, where the marker stands, as an
    unresolved reference naming the news text that says the sentence or part of it.

    ``disputed``: the sentence's conflicts with news texts (each a contradicted finding quoting one).
    Where no source supports it either, that finding is the one about its sources: no
    unsourced or unverifiable finding is added beside it (one bullet per problem: the
    contradicting passage says more than "no source says it"; the corpus's gold never lists
    either on a contradicted sentence), and the tags stay as they are (an uncited sentence
    is still tagged ``{{citation needed}}``). A source that says it, or part of it, is
    still named (needs_citation) only where its passage gives a figure in dispute as the
    sentence does (``disputed.gives_disputed_figures``): the editor learns which text to
    check beside the one that disagrees, never a text to cite that says otherwise or only
    something beside the point. A cited source that fails verification is still reported:
    it is about the article's own citation."""
    inputs = planner.inputs
    unresolved = tuple(k for k in cited if k not in inputs.cited and inputs.source.reference(k) is None)
    available = [inputs.cited[k] for k in cited if k in inputs.cited]
    if available and not any(supports(judgements[label]) for label in available):
        # Named as the replacement only when the draft does cite it instead (citable).
        planner.add(FindingKind.FAILED_VERIFICATION, name, text, cited,
                    [Evidence(label, judgements[label].quote, judgements[label].score, Stance.NEUTRAL) for label in available],
                    Rule.CITED_NOT_SUPPORTING, sources=tuple(available),
                    said=tuple(Said(label, judgements[label].quote) for label in citable[:1]),
                    verifier=judgements[available[0]].reason)
        return () if citable else ("failed verification",)
    if unresolved:
        # Unverifiable means no news supports it, even in part (the same test as for a cited
        # reference that is not among the news, below): a news text that says part of it
        # is support an editor can check the rest against.
        if not supporting:
            if not disputed:
                planner.add(FindingKind.UNVERIFIABLE, name, text, cited, evidence, Rule.NO_LIST_ENTRY, refs=unresolved)
        else:
            # The news text that says it, or part of it, is named: why it is not unverifiable.
            # One the draft cites beside the note (citable) is the one named and quoted: the
            # bullet says the draft cites it, and its words are the ones to check.
            sources, said = _shown(planner, text, citable[:1] or supporting, judgements)
            planner.add(FindingKind.UNRESOLVED_REFERENCE, name, text, cited, evidence, Rule.NO_LIST_ENTRY,
                        refs=unresolved, sources=sources, said=said)
        return ()
    if cited and not available and not supporting:
        if not disputed:
            planner.add(FindingKind.UNVERIFIABLE, name, text, cited, evidence, Rule.CITES_UNAVAILABLE, refs=cited)
    elif not cited and not supporting:
        if not disputed:
            planner.add(FindingKind.UNSOURCED, name, text, cited, evidence, Rule.NO_CITATION,
                        refs=closing, inherited=bool(closing),
                        verifier=f"best: {evidence[0].source}, score {evidence[0].score:.2f}" if evidence else "")
        return ("citation needed",)
    elif not cited and not citable:
        # A source says it, or part of it, but no source can be cited for all of it (the
        # verifier's support is partial, or its passage lacks a name or figure of the
        # sentence): the sentence is not carried bare, and the editor is shown the source,
        # unless a text contradicts it and the passage shown does not give a figure in
        # dispute as the sentence does (the contradicted finding is then its one bullet).
        sources, said = _shown(planner, text, supporting, judgements)
        if disputed and not gives_disputed_figures(disputed, said[0].what, text):
            return ("citation needed",)
        planner.add(FindingKind.NEEDS_CITATION, name, text, cited, _with_shown(evidence, said[0], judgements),
                    Rule.UNCITED_SUPPORT,
                    sources=sources, said=said, refs=closing, inherited=bool(closing),
                    verifier=_support_note(judgements[sources[0]]))
        return ("citation needed",)
    return ()


def _support_note(j: Judgement) -> str:
    """The verifier's note for the source a needs_citation finding names: its reason, but
    for a source that supports only by a sentence saying a part (``_part_only``) without
    the heads' label, which is then "not_supported" or "partial" below 0.5 and would read
    "AsiaNews says it, or part of it ... [verifier: not_supported: ...]"."""
    if not _part_only(j):
        return j.reason
    return "says part: one of its sentences says a part of it in its own words; read as a whole: " + (
        j.reason.partition(": ")[2] or j.reason)

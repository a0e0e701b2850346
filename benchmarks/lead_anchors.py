"""Would a word rule withhold or replace the passages of needs_citation leads that say nothing?

Reads the two labelled sets of leads (``docs/needs-citation-leads-lead2.tsv``: the tuning
cases' leads; ``docs/citation-audit-1.toml``: 38 leads on 14 unseen merges, whose input
folders are given with ``--audit``), runs mergekit in memory on each case (as
``benchmarks/cases.py`` does; set ``MERGEKIT_NO_CACHE=1``), and for every needs_citation lead
on the source article says what each rule below would do with its quoted passage: keep it,
withhold it (the lead would name the source without a passage), or replace it (the new
passage is printed, to be read). Nothing here changes mergekit.

*Topic words*: content stems (no figures) that at least half of the merge's news texts hold
(``--topic most``: more than half); a merge of one text: its headline's. *Anchors* of a
passage: the stems it shares with the sentence that are no topic words, plus the figures and
days it gives as the sentence does (``features.said_specifics``).

- ``withhold``: no anchor in the passage shown: the passage is withheld.
- ``withhold-or-best``: as ``withhold``, unless a sentence of the sources named has an
  anchor: the one with most (then most ``_said``) is shown instead.
- ``best``: the sentence of the sources named with the most anchors is shown where it has
  at least one more than the passage shown.
- ``window``: the verifier's own window of the source shown (``Judgement.quote``) is shown
  where it does not hold the passage and says more of the sentence (``planner._said``).

A lead of the tuning set is labelled by lead2's reading of the passage it had then
(``label_before`` where the passage is the one read, else ``label_after``, marked ``*``);
leads since added (new cases, new findings) are unlabelled and only counted.

    MERGEKIT_NO_CACHE=1 python benchmarks/lead_anchors.py --half odd
    MERGEKIT_NO_CACHE=1 python benchmarks/lead_anchors.py --half even
    MERGEKIT_NO_CACHE=1 python benchmarks/lead_anchors.py --audit /tmp/contra24/*/input /tmp/citeaudit/*/input
"""

from __future__ import annotations

import argparse
import csv
import sys
import tomllib
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cases import BUILT_IN, case_folders, half  # noqa: E402

import mergekit.plan.planner as planner  # noqa: E402
from mergekit.errors import MergekitError  # noqa: E402
from mergekit.load.inputs import load_folder  # noqa: E402
from mergekit.pipeline import render_merge  # noqa: E402
from mergekit.plan.planner import _evidence_text, _said  # noqa: E402
from mergekit.verify.features import plain_stems, said_specifics  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
RULES = ("withhold", "withhold-or-best", "best", "window")


def stems(text: str) -> frozenset[str]:
    """The content stems of ``text`` that are no figures."""
    return frozenset(s for s in plain_stems(text) if not s[0].isdigit())


def topic_words(news: dict[str, list[str]], most: bool) -> frozenset[str]:
    """The stems at least half (``most``: more than half) of the news texts hold; of one text, its headline's."""
    texts = [sentences for sentences in news.values() if sentences]
    if len(texts) == 1:
        return stems(texts[0][0])
    counts: Counter[str] = Counter()
    for sentences in texts:
        counts.update(frozenset().union(*(stems(s) for s in sentences)))
    return frozenset(w for w, k in counts.items() if (k * 2 > len(texts) if most else k * 2 >= len(texts)))


def anchors(sentence: str, passage: str, topic: frozenset[str]) -> int:
    """The non-topic stems and the specifics ``passage`` shares with ``sentence``."""
    return len((stems(sentence) & stems(passage)) - topic) + said_specifics(sentence, passage)


def _best(sentence: str, candidates: list[str], topic: frozenset[str]) -> tuple[int, str]:
    """The candidate with most anchors (then most ``_said``, then the first), and its anchors."""
    best = max(candidates, key=lambda s: (anchors(sentence, s, topic), _said(sentence, s)), default="")
    return (anchors(sentence, best, topic) if best else 0), best


def decide(rule: str, lead: dict, topic: frozenset[str]) -> tuple[str, str]:
    """What ``rule`` does with ``lead``'s passage: ("kept", ""), ("withheld", "") or ("replaced", passage)."""
    sentence, passage = lead["sentence"], lead["passage"]
    here = anchors(sentence, passage, topic)
    candidates = [s for source in lead["sources"] for s in lead["news"].get(source, [])]
    if rule == "window":
        window = lead["window"]
        if window and passage not in window and window not in passage and _said(sentence, window) > _said(sentence, passage):
            return "replaced", window
        return "kept", ""
    count, best = _best(sentence, candidates, topic)
    if rule == "best":
        return ("replaced", best) if count >= here + 1 and best not in passage else ("kept", "")
    if here:
        return "kept", ""
    if rule == "withhold-or-best" and count:
        return ("replaced", best) if best not in passage else ("kept", "")
    return "withheld", ""


def case_leads(folder: Path) -> tuple[list[dict], dict[str, list[str]]]:
    """The needs_citation leads on the source article of the merge in ``folder`` (its
    ``input``), each with its sources' sentences and the verifier's window of the source shown."""
    windows: dict[str, dict[str, str]] = {}
    shown = planner._shown

    def spy(plan: planner._Planner, text: str, supporting: tuple[str, ...], judgements: dict) -> tuple:
        windows[text] = {s: judgements[s].quote for s in supporting}
        return shown(plan, text, supporting, judgements)

    inputs = load_folder(folder)
    planner._shown = spy  # type: ignore[assignment]
    try:
        plan = render_merge(inputs, rsp=BUILT_IN).decided.plan
    except MergekitError:
        return [], {}
    finally:
        planner._shown = shown  # type: ignore[assignment]
    news = {item.label: list(_evidence_text(item)) for item in inputs.news}
    leads = [dict(sentence=f.sentence, sources=list(f.sources), passage=f.said[0].what if f.said else "",
                  window=windows.get(f.sentence, {}).get(f.sources[0], ""), news=news)
             for f in plan.findings if f.kind == "needs_citation" and f.article == "source"]
    return leads, news


def tuning_labels() -> dict[tuple[str, str], dict[str, str]]:
    rows = csv.DictReader((ROOT / "docs/needs-citation-leads-lead2.tsv").open(encoding="utf-8"), delimiter="\t")
    return {(row["case"], row["sentence"]): row for row in rows}


def tuning_label(row: dict[str, str] | None, passage: str) -> str:
    if row is None:
        return "?"
    read = row["quoted_before"][:60]
    return row["label_before"] if read in passage else row["label_after"] + "*"


def audit_labels() -> dict[tuple[str, str], str]:
    audit = tomllib.loads((ROOT / "docs/citation-audit-1.toml").read_text(encoding="utf-8"))
    return {(lead["case"], lead["sentence"]): lead["label"] for lead in audit["lead"]}


def report(cases: list[tuple[str, Path]], label_of: Callable[[str, dict], str], most: bool) -> None:
    tally: dict[str, Counter[tuple[str, str]]] = {rule: Counter() for rule in RULES}
    labels: Counter[str] = Counter()
    changed: list[str] = []
    for name, folder in cases:
        leads, news = case_leads(folder)
        topic = topic_words(news, most)
        for lead in leads:
            label = label_of(name, lead)
            labels[label] += 1
            for rule in RULES:
                what, new = decide(rule, lead, topic)
                tally[rule][label.rstrip("*"), what] += 1
                if what != "kept" and label != "?":
                    changed.append(f"{rule:16} [{label}] {name}: {what}\n    sentence: {lead['sentence'][:200]}\n"
                                   f"    shown:    {lead['passage'][:200]}" + (f"\n    new:      {new[:200]}" if new else ""))
    print("leads by label:", dict(sorted(labels.items())))
    for rule in RULES:
        cells = [f"{label} {tally[rule][label, 'withheld']}/{tally[rule][label, 'replaced']}"
                 for label in ("says", "part", "nothing", "?") if sum(tally[rule][label, w] for w in ("kept", "withheld", "replaced"))]
        print(f"{rule:16} withheld/replaced: " + ", ".join(cells))
    print("\n".join(changed))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("odd", "even"), help="the tuning cases of this fixed half (cases.half)")
    parser.add_argument("--audit", nargs="+", type=Path, help="citation-audit-1's input folders, instead of the tuning cases")
    parser.add_argument("--topic", choices=("half", "most"), default="half", help="topic words: in at least half, or more than half, of the news texts")
    args = parser.parse_args(argv)
    most = args.topic == "most"
    if args.audit:
        found = audit_labels()
        report([(folder.parent.name, folder) for folder in args.audit],
               lambda name, lead: found.get((name, lead["sentence"]), "?"), most)
        return 0
    rows = tuning_labels()
    folders = [f for f in case_folders(split="tune") if args.half is None or half(f.name) == args.half]
    report([(f.name, f / "input") for f in folders],
           lambda name, lead: tuning_label(rows.get((name, lead["sentence"])), lead["passage"]), most)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Score mergekit on the real-merge corpus (tests/cases/real/*/GOLD.toml).

For every case it runs the whole pipeline in memory (load, plan, render; nothing written),
matches each finding to the gold sentence it is about, and prints, for the tuning part and
the held-out part apart:

- precision and recall of findings per kind and overall (a finding is right when the gold
  entry it matches lists its kind; findings on ``uncertain`` entries are left out, and a
  finding on no gold sentence is wrong). ``needs_citation`` (an uncited sentence that a
  news text says in part, tagged ``{{citation needed}}``) has no gold problem of its own:
  it is right when the gold verdict is supported or partial (the gold names the best
  supporting file, not every one, so the file the finding names is not required to be
  it), and wrong otherwise; it counts in precision but not in recall.
  ``unresolved_reference`` (a footnote marker with no entry in the reference list, a fact
  about the copy rather than about the sentence) is counted apart, not scored;
- how often the sentence verdict agrees with the gold verdict;
- the citations mergekit adds itself (a news text cited for a sentence the article did not
  cite it for): right when the gold says that file supports the whole sentence; wrong when
  the gold says no text supports it, or names that very file as saying only part of it or
  as contradicting it; "unlisted" when the gold names other files (its ``sources`` are the
  best, not every one: check those by hand). A wrong citation is the worst thing a draft
  can carry;
- the invariant violations ``mergekit.audit`` finds in the rendered draft, per rule;
- cases mergekit refused (an ``InputError``): their gold problems all count as missed.

    python benchmarks/cases.py            # both parts, and each case
    python benchmarks/cases.py --json     # the figures as JSON
    python benchmarks/cases.py --case NAME -v   # one case, with every finding and miss
    python benchmarks/cases.py --split tune     # only the tuning cases (held-out ones never run)

See tests/cases/real/README.md for the gold format.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tomllib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from mergekit.audit import audit
from mergekit.check.rsp import builtin_table
from mergekit.errors import MergekitError
from mergekit.load.inputs import load_folder
from mergekit.pipeline import render_merge

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "cases" / "real"
BUILT_IN = builtin_table()  # the same reliability data on every machine
KINDS = ("unsourced", "failed_verification", "unverifiable", "contradicted", "conflicts_target", "already_in_target")
ADVICE = "needs_citation"  # scored against the gold verdict and sources; no gold problem of its own
SCORED = (*KINDS, ADVICE)


def _norm(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"').split()).lower()


def match(text: str, candidates: list[str]) -> int | None:
    """Index of the gold text that ``text`` is about: the closest by edit ratio, or one that
    contains it / is contained in it (another sentence split); None when nothing is close."""
    if not candidates:
        return None
    mine = _norm(text)
    scores = [fuzz.ratio(mine, _norm(c)) for c in candidates]
    best = max(range(len(candidates)), key=lambda i: scores[i])
    if scores[best] >= 80:
        return best
    partial = [fuzz.partial_ratio(mine, _norm(c)) if min(len(mine), len(c)) >= 25 else 0 for c in candidates]
    best = max(range(len(candidates)), key=lambda i: (partial[i], scores[i]))
    return best if partial[best] >= 92 else None


@dataclass
class Tally:
    """Counts for one part of the corpus."""

    flagged: Counter = field(default_factory=Counter)   # kind -> findings scored
    right: Counter = field(default_factory=Counter)     # kind -> of those, right
    gold: Counter = field(default_factory=Counter)      # kind -> gold problems
    found: Counter = field(default_factory=Counter)     # kind -> of those, found
    verdicts: Counter = field(default_factory=Counter)  # "agree" / "differ"
    citations: Counter = field(default_factory=Counter)  # added citations: "right" / "unlisted" / "wrong"
    violations: Counter = field(default_factory=Counter)
    apart: Counter = field(default_factory=Counter)     # findings of kinds the gold does not define
    cases: int = 0
    refused: int = 0

    def add(self, other: Tally) -> None:
        for name in ("flagged", "right", "gold", "found", "verdicts", "citations", "violations", "apart"):
            getattr(self, name).update(getattr(other, name))
        self.cases += other.cases
        self.refused += other.refused


@dataclass
class CaseResult:
    name: str
    split: str
    tally: Tally
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    citations: list[str] = field(default_factory=list)  # added citations not right, described
    violations: list[str] = field(default_factory=list)
    refused: str | None = None


def _gold_verdict_agrees(gold: str, tool: str, contradicted: bool) -> bool:
    if gold == "contradicted":
        return contradicted or tool == "not_supported"
    return gold == tool


def _split(folder: Path) -> str:
    """The case's split, read from GOLD.toml without looking at anything else in it."""
    return tomllib.loads((folder / "GOLD.toml").read_text(encoding="utf-8")).get("split", "tune")


def half(name: str) -> str:
    """The case's fixed half of its split, "odd" or "even", for choosing a rule on one half and
    checking it on the other: the parity of the first byte of the SHA-256 of its folder name,
    so that a case never changes half when cases are added (positions in the sorted list
    did: 44 of 74 tuning cases changed half when six were added)."""
    return "odd" if hashlib.sha256(name.encode("utf-8")).digest()[0] % 2 else "even"


def case_folders(corpus: Path = CORPUS, split: str | None = None) -> list[Path]:
    """The corpus's case folders, alphabetically; with ``split``, only that split's (read
    from each GOLD.toml's ``split`` before anything else of the case is read)."""
    folders = sorted(p.parent for p in corpus.glob("*/GOLD.toml"))
    return [f for f in folders if _split(f) == split] if split else folders


def _gold_kinds(entry: dict, article: str) -> list[str]:
    return entry.get("problems", []) if article == "source" else [entry["kind"]]


def _gold_says(entry: dict) -> str:
    """What the gold says of a sentence, for a line of the report: its verdict and sources."""
    return f"gold: {entry.get('verdict')} by {entry.get('sources') or 'nothing'}"


def _advice_right(finding, entry: dict | None) -> bool:
    """A needs_citation finding is right when the gold says a news text supports the
    sentence in full or in part."""
    return entry is not None and finding.article == "source" and entry.get("verdict") in ("supported", "partial")


@dataclass(frozen=True)
class Graded:
    """One scored finding against the gold: the gold entry it is about (its index in its
    pool, or None when it matches no gold sentence) and whether the finding is right."""

    index: int | None
    entry: dict | None
    right: bool


def grade_finding(f, pools: dict[str, list[dict]]) -> Graded | None:
    """``f`` graded as this scorer counts it, or None when it is not scored: a kind the gold
    does not define, or a finding on an ``uncertain`` gold entry."""
    if f.kind not in SCORED:
        return None
    pool = pools[f.article]
    i = match(f.sentence, [e["text"] for e in pool])
    entry = pool[i] if i is not None else None
    if entry is not None and entry.get("uncertain"):
        return None
    if f.kind == ADVICE:
        return Graded(i, entry, _advice_right(f, entry))
    return Graded(i, entry, entry is not None and f.kind in _gold_kinds(entry, f.article))


def _score_findings(result: CaseResult, plan, pools: dict[str, list[dict]]) -> None:
    """Each finding against the gold (flagged, right or wrong), then each gold problem (found or missed)."""
    t = result.tally
    found: set[tuple[str, int, str]] = set()
    for f in plan.findings:
        if f.kind not in SCORED:  # a kind the gold does not define (unresolved_reference): counted apart
            t.apart[f.kind] += 1
            continue
        graded = grade_finding(f, pools)
        if graded is None:
            continue
        i, entry = graded.index, graded.entry
        kinds = _gold_kinds(entry, f.article) if entry else []
        t.flagged[f.kind] += 1
        if f.kind == ADVICE:
            if graded.right:
                t.right[f.kind] += 1
            else:
                verdict = "no gold sentence" if entry is None else _gold_says(entry)
                result.wrong.append(f"{f.kind} [{f.article}] {f.sentence[:90]!r} names {list(f.sources)} ({verdict})")
        elif graded.right:
            assert i is not None
            t.right[f.kind] += 1
            found.add((f.article, i, f.kind))
        else:
            where = "no gold sentence" if entry is None else f"gold: {kinds or 'no problem'}"
            result.wrong.append(f"{f.kind} [{f.article}] {f.sentence[:90]!r} ({where})")
    for article, pool in pools.items():
        for i, entry in enumerate(pool):
            if entry.get("uncertain"):
                continue
            for kind in _gold_kinds(entry, article):
                if (article, i, kind) in found:
                    t.found[kind] += 1
                else:
                    result.missed.append(f"{kind} [{article}] {entry['text'][:90]!r}")


def _score_verdicts(result: CaseResult, plan, sentences: list[dict]) -> None:
    t = result.tally
    contradicted = {f.sentence for f in plan.findings if f.kind == "contradicted" and f.article == "source"}
    for entry in sentences:
        if entry.get("uncertain"):
            continue
        i = match(entry["text"], [sp.original for sp in plan.sentences])
        if i is None:
            t.verdicts["unmatched"] += 1
            continue
        sp = plan.sentences[i]
        ok = _gold_verdict_agrees(entry.get("verdict", ""), sp.verdict, sp.original in contradicted)
        t.verdicts["agree" if ok else "differ"] += 1


def added_citation(sp, cited_labels: dict[str, str]) -> str | None:
    """The news label the draft cites for sentence ``sp`` that the article did not cite
    (as ``mergekit.draft.section`` writes it: the first citable source), or None."""
    if not sp.include or not sp.supporting:
        return None
    carried = {cited_labels.get(k, f"ref:{k}") for k in sp.cited}
    label = sp.supporting[0]
    return None if label in carried else label


def citation_grade(label: str, entry: dict) -> str:
    """"right", "wrong" or "unlisted" for citing news file ``label`` for gold sentence ``entry``."""
    verdict, named = entry.get("verdict"), label in entry.get("sources", [])
    if verdict in ("not_supported", "no_source") or (named and verdict != "supported"):
        return "wrong"
    return "right" if named else "unlisted"


def _score_citations(result: CaseResult, plan, cited_labels: dict[str, str], sentences: list[dict]) -> None:
    texts = [e["text"] for e in sentences]
    for sp in plan.sentences:
        label = added_citation(sp, cited_labels)
        if label is None:
            continue
        i = match(sp.original, texts)
        if i is None or sentences[i].get("uncertain"):
            continue
        grade = citation_grade(label, sentences[i])
        result.tally.citations[grade] += 1
        if grade != "right":
            result.citations.append(f"{grade}: {label} cited for {sp.original[:90]!r} ({_gold_says(sentences[i])})")


def gold_pools(gold: dict) -> dict[str, list[dict]]:
    """The gold entries a finding is matched against, by the article it is about."""
    return {"source": gold.get("sentence", []), "target": gold.get("target_problem", [])}


def score_case(folder: Path) -> CaseResult:
    gold = tomllib.loads((folder / "GOLD.toml").read_text(encoding="utf-8"))
    result = CaseResult(folder.name, gold.get("split", "tune"), Tally(cases=1))
    pools = gold_pools(gold)
    t = result.tally
    for article, pool in pools.items():
        for entry in pool:
            if not entry.get("uncertain"):
                t.gold.update(_gold_kinds(entry, article))
    try:
        inputs = load_folder(folder / "input")
        rendered = render_merge(inputs, rsp=BUILT_IN)
        plan, files = rendered.decided.plan, rendered.files
    except MergekitError as exc:  # refused the input, or its own draft failed its check
        result.refused = str(exc)
        t.refused = 1
        return result
    _score_findings(result, plan, pools)
    _score_verdicts(result, plan, pools["source"])
    _score_citations(result, plan, dict(inputs.cited), pools["source"])
    for v in audit(inputs, plan, files):
        t.violations[v.rule] += 1
        result.violations.append(f"{v.rule} ({v.file}): {v.detail[:120]}")
    return result


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "-"


def table(tally: Tally, title: str) -> str:
    lines = [f"## {title}: {tally.cases} cases" + (f", {tally.refused} refused" if tally.refused else ""), "",
             "| kind | findings | right | precision | gold problems | found | recall |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for kind in SCORED:
        gold = "-" if kind == ADVICE else tally.gold[kind]
        found = "-" if kind == ADVICE else tally.found[kind]
        lines.append(f"| {kind} | {tally.flagged[kind]} | {tally.right[kind]} | "
                     f"{_ratio(tally.right[kind], tally.flagged[kind])} | {gold} | "
                     f"{found} | {_ratio(tally.found[kind], tally.gold[kind])} |")
    f, r, g, n = (sum(c.values()) for c in (tally.flagged, tally.right, tally.gold, tally.found))
    lines.append(f"| **all** | {f} | {r} | **{_ratio(r, f)}** | {g} | {n} | **{_ratio(n, g)}** |")
    v = tally.verdicts
    lines += ["", f"Sentence verdicts agreeing with gold: {v['agree']} of {v['agree'] + v['differ']} "
              f"({_ratio(v['agree'], v['agree'] + v['differ'])}); gold sentences not found: {v['unmatched']}.",
              f"Citations mergekit added: {sum(tally.citations.values())}: right {tally.citations['right']}, "
              f"to a file the gold does not name {tally.citations['unlisted']}, "
              f"**wrong {tally.citations['wrong']}**.",
              "Findings of kinds the gold does not define, not scored: "
              + (", ".join(f"{k} {n}" for k, n in sorted(tally.apart.items())) or "none") + ".",
              f"Invariant violations: {sum(tally.violations.values())}"
              + (" (" + ", ".join(f"{k} {n}" for k, n in sorted(tally.violations.items())) + ")"
                 if tally.violations else "")]
    return "\n".join(lines)


def summary(tally: Tally) -> dict:
    f, r, g, n = (sum(c.values()) for c in (tally.flagged, tally.right, tally.gold, tally.found))
    return {
        "cases": tally.cases, "refused": tally.refused,
        "precision": r / f if f else None, "recall": n / g if g else None,
        "findings": f, "right": r, "gold": g, "found": n,
        "per_kind": {k: {"findings": tally.flagged[k], "right": tally.right[k], "gold": tally.gold[k],
                         "found": tally.found[k]} for k in SCORED},
        "verdicts": dict(tally.verdicts), "citations": dict(tally.citations), "violations": dict(tally.violations), "not_scored": dict(tally.apart),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--case", action="append", metavar="NAME",
                        help="only this case (repeat for several)")
    parser.add_argument("--split", choices=("tune", "heldout"),
                        help="only cases of this split (filtered before any case is loaded)")
    parser.add_argument("--half", choices=("odd", "even"),
                        help="only the cases of this fixed half (cases.half: a hash of the case's name)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true", help="list wrong findings, misses and violations")
    args = parser.parse_args(argv)
    folders = case_folders(args.corpus)
    if args.case:
        folders = [f for f in folders if f.name in args.case]
    if args.split:
        folders = [f for f in folders if _split(f) == args.split]
    if args.half:
        folders = [f for f in folders if half(f.name) == args.half]
    if not folders:
        print(f"no cases in {args.corpus}", file=sys.stderr)
        return 2
    parts: dict[str, Tally] = defaultdict(Tally)
    results = [score_case(folder) for folder in folders]
    for r in results:
        parts[r.split].add(r.tally)
    if args.json:
        print(json.dumps({split: summary(t) for split, t in sorted(parts.items())}, indent=2))
        return 0
    for split in ("tune", "heldout"):
        if split in parts:
            print(table(parts[split], "held-out cases" if split == "heldout" else "tuning cases"), end="\n\n")
    print("| case | split | findings | right | gold problems | found | violations |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for r in results:
        t = r.tally
        print(f"| {r.name} | {r.split} | {sum(t.flagged.values())} | {sum(t.right.values())} | "
              f"{sum(t.gold.values())} | {sum(t.found.values())} | {sum(t.violations.values())} |"
              + (f" refused: {r.refused}" if r.refused else ""))
    if args.verbose:
        for r in results:
            print(f"\n### {r.name} ({r.split})")
            for title, items in (("wrong", r.wrong), ("missed", r.missed), ("citation", r.citations),
                                 ("violations", r.violations)):
                for item in items:
                    print(f"- {title}: {item}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

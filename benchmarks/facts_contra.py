"""False alarms of the facts layer's contradiction decision, on third-party labelled data.

The decision measured is the pipeline's own: ``plan.conflicts.find_conflicts`` on inputs
whose source article is the row's claim (one sentence), whose destination is empty and
whose one news text is the row's evidence (read by ``load.news.parse_news_text``, as a
news file is; WiCE's list of sentences is joined as paragraphs). The claim is flagged
when the planner would write a ``contradicted`` finding for it: ``with_news`` holds a
conflict for its sentence (a claim cluster that disagrees, a figure of an aligned
passage, or a misattributed quotation). ``compared`` counts the rows where some claim
cluster holds a value of both the claim and the evidence: where a false alarm could arise
(the aligned-figure check is not counted there).

Data (``../shared/bench``, read by path, never copied here; its README says what each
file is): rows with ``meta.evaluable == false`` are skipped.

- citation_checker and WiCE rows labelled ``supported`` or ``partial``: the human said
  the source supports the claim, so a contradiction found there is almost always a
  **false alarm**; ``not_supported`` rows are counted for reference only.
- FNC-1: ``supported`` (agree) flagged = false alarm; ``contradicted`` (disagree)
  flagged = a contradiction found (its recall); ``not_supported`` (discuss/unrelated)
  for reference.

Dev and held-out halves, fixed before any flagged row was read: each row belongs to a
group (citation_checker ``meta.article_title``, WiCE ``meta.claim_title``, FNC-1
``meta.body_id``), and a group is in the dev half when the first byte of
sha256("facts_contra/1:" + group name) is even, else held out. Only the dev half's
flagged rows are ever listed; the held-out half prints totals alone. Rules are developed
on the dev half; the held-out half says whether they generalise.

    python benchmarks/facts_contra.py [BENCH_DIR] [--quiet] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchrows import BENCH  # noqa: E402
from benchrows import rows as bench_rows  # noqa: E402

from mergekit.load.inputs import MergeInputs  # noqa: E402
from mergekit.load.news import parse_news_text  # noqa: E402
from mergekit.model import AfdNotice, Article, Section, Sentence  # noqa: E402
from mergekit.plan.conflicts import Conflict, find_conflicts  # noqa: E402
from mergekit.plan.model import sentence_key  # noqa: E402

FILES = {"citation_checker.jsonl": "article_title", "wice_dev.jsonl": "claim_title", "fnc1_dev.jsonl": "body_id"}
# the labels where a flag is a false alarm, per file
FALSE_ALARM = {"citation_checker.jsonl": ("supported", "partial"), "wice_dev.jsonl": ("supported", "partial"),
               "fnc1_dev.jsonl": ("supported",)}
SEED = "facts_contra/1:"  # this script's own split (``benchrows.half``)


@dataclass(frozen=True)
class Row:
    file: str
    id: str
    claim: str
    evidence: str
    label: str
    half: str


def rows(bench: Path) -> Iterator[Row]:
    for name, group_field in FILES.items():
        for side, obj in bench_rows(bench / name, group_field, SEED):
            evidence = obj["evidence"]
            text = "\n\n".join(evidence) if isinstance(evidence, list) else evidence
            yield Row(name, obj["id"], obj["claim"], text, obj["label"], side)


def contradictions(claim: str, evidence: str) -> tuple[tuple[Conflict, ...], bool]:
    """The conflicts the planner would report as ``contradicted`` for ``claim`` against one
    news text, and whether a claim cluster compared a figure or date of each at all."""
    source = Article(title="Claim", sections=(Section("", 1, (Sentence(claim),)),), label="claim")
    target = Article(title="Destination", sections=(), label="destination")
    news = parse_news_text(evidence, label="evidence")
    inputs = MergeInputs(source, target, (news,), AfdNotice(None), "2026-01-01", {}, {})
    found = find_conflicts(inputs)
    compared = any({v.role for v in c.values} >= {"article", "news"} for c in found.clusters)
    return found.with_news.get(sentence_key(1), ()), compared


def describe(conflict: Conflict) -> str:
    said = " vs ".join(f"{s.what!r}" for s in conflict.said) or "-"
    quote = next((e.quote for e in conflict.evidence if e.source == "evidence"), "")
    return f"{conflict.rule.value} [{conflict.topic}] {said}\n      evidence: {quote[:300]}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bench", nargs="?", default=str(BENCH))
    parser.add_argument("--quiet", action="store_true", help="totals only, no dev rows listed")
    parser.add_argument("--json", action="store_true", help="totals as JSON")
    args = parser.parse_args()
    total: Counter[tuple[str, str, str]] = Counter()
    flagged: Counter[tuple[str, str, str]] = Counter()
    compared: Counter[tuple[str, str, str]] = Counter()
    listed: list[str] = []
    for row in rows(Path(args.bench)):
        found, both = contradictions(row.claim, row.evidence)
        total[row.file, row.half, row.label] += 1
        compared[row.file, row.half, row.label] += both
        if not found:
            continue
        flagged[row.file, row.half, row.label] += 1
        if row.half == "dev" and row.label in FALSE_ALARM[row.file] and not args.quiet:
            listed.append(f"{row.id} ({row.label}) claim: {row.claim[:300]}\n"
                          + "\n".join(f"    {describe(c)}" for c in found))
    summary = {f"{f}|{h}|{label}": {"rows": n, "compared": compared[f, h, label], "flagged": flagged[f, h, label]}
               for (f, h, label), n in sorted(total.items())}
    for h in ("dev", "heldout"):
        alarms = sum(flagged[f, h, lb] for f in FILES for lb in FALSE_ALARM[f])
        base = sum(total[f, h, lb] for f in FILES for lb in FALSE_ALARM[f])
        summary[f"false_alarms|{h}"] = {"rows": base, "compared": sum(compared[f, h, lb] for f in FILES
                                                                    for lb in FALSE_ALARM[f]), "flagged": alarms}
        key = ("fnc1_dev.jsonl", h, "contradicted")
        summary[f"fnc1_disagree_recall|{h}"] = {"rows": total[key], "compared": compared[key], "flagged": flagged[key]}
    if args.json:
        print(json.dumps(summary, indent=1))
        return
    for line in listed:
        print(line)
    print("\nfile | half | label | rows | compared | flagged")
    for key, v in summary.items():
        share = f" ({v['flagged'] / v['rows']:.1%})" if v["rows"] else ""
        print(f"{key.replace('|', ' | ')} | {v['rows']} | {v['compared']} | {v['flagged']}{share}")


if __name__ == "__main__":
    main()

"""How well the planner's "a source says it, or part of it" decision matches independent labels.

    python benchmarks/partial_bench.py [--bench ../shared/bench] [--show N]

For a sentence with no citation of its own the planner reports ``needs_citation`` (a
source says it, or part of it: the finding quotes the passage) when some source
``supports`` it (``mergekit.plan.planner.supports``), else ``unsourced``. This runs that
same decision on every evaluable row of ``citation_checker.jsonl`` and ``wice_dev.jsonl``
(read from ``--bench`` by path: the data is not the project's to copy), the row's claim as
the sentence and its source as the only news text, and prints per file and half the
confusion against the labels: positive = ``supported`` or ``partial`` (the source says at
least part of it), negative = ``not_supported`` (or ``contradicted``). ``says`` = the
decision said "a source says part of it" (needs_citation); ``silent`` = it did not
(unsourced). Precision is that of ``says`` (a needs_citation bullet worth the editor's
reading), recall that of the positive rows (help not hidden behind ``unsourced``);
``unsourced precision`` is the share of ``silent`` rows labelled negative.

Halves: ``benchmarks/benchrows.py``'s fixed rule (a group - citation_checker's
``meta.article_title``, WiCE's ``meta.claim_title`` - is ``dev`` when the first byte of
the SHA-256 of its name is even, else ``heldout``), so claims of one article never fall
on both sides. The rule was fixed before any row was read. A change is developed on the
dev half only (``--show`` lists dev rows only) and adopted only if it also improves the
held-out half.

The verifier's heads were fitted on these rows (``scripts/train_verifier.py``), so the
figures are in-sample for the heads; what they measure fairly is a rule on top of the
heads' decision, compared with and without it.
"""

from __future__ import annotations

from dataclasses import dataclass

from benchrows import citation_args, citation_rows, table_lines

from mergekit.plan.planner import supports
from mergekit.verify import judge


@dataclass
class Confusion:
    rows: int = 0
    says_pos: int = 0  # needs_citation, the label says the source says at least part of it
    says_neg: int = 0  # needs_citation on a source that says none of it
    silent_pos: int = 0  # unsourced though the source says part of it: help hidden
    silent_neg: int = 0  # unsourced, rightly

    def add(self, says: bool, positive: bool) -> None:
        self.rows += 1
        if says:
            self.says_pos += positive
            self.says_neg += not positive
        else:
            self.silent_pos += positive
            self.silent_neg += not positive

    def line(self, name: str) -> str:
        def ratio(a: int, b: int) -> str:
            return f"{a / b:.3f}" if b else "-"

        says, silent = self.says_pos + self.says_neg, self.silent_pos + self.silent_neg
        return (f"| {name} | {self.rows} | {self.says_pos} | {self.says_neg} | {self.silent_pos} | "
                f"{self.silent_neg} | {ratio(self.says_pos + self.silent_neg, self.rows)} | "
                f"{ratio(self.says_pos, says)} | {ratio(self.says_pos, self.says_pos + self.silent_pos)} | "
                f"{ratio(self.silent_neg, silent)} |")


def main(argv: list[str] | None = None) -> int:
    args = citation_args(__doc__.split("\n\n")[0], "list up to N dev-half rows where the decision disagrees with the label",
                         argv)
    if args is None:
        return 2
    counts: dict[tuple[str, str], Confusion] = {}
    shown = 0
    for name, side, row in citation_rows(args.bench):
        j = judge(row["claim"], row["evidence"])
        says, positive = supports(j), row["label"] in ("supported", "partial")
        counts.setdefault((name, side), Confusion()).add(says, positive)
        if side == "dev" and says != positive and shown < args.show:
            shown += 1
            print(f"- {row['id']} ({row['label']}; says={says}, {j.support}, score {j.score:.2f}, "
                  f"part_said={j.part_said}, checkable={j.checkable}, part_quote={bool(j.part_quote)}): "
                  f"{row['claim']}\n    quote: {j.quote[:300]}")
    print("| file, half | rows | says+ | says- | silent+ | silent- | accuracy | says precision | "
          "recall | unsourced precision |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    print("\n".join(table_lines(counts)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

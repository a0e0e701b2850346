"""How often ``judge(claim, evidence).citable`` would cite, and how often rightly.

    python benchmarks/citable_bench.py [--bench ../shared/bench] [--show N]

Reads ``citation_checker.jsonl`` and ``wice_dev.jsonl`` from ``--bench`` (by path: the
data is not the project's to copy) and, for every evaluable row, asks whether the draft
would cite the source for the claim. A citation is right when the row's label is
``supported``; it prints, per file and half, the rows, the rows it would cite, the
precision of those citations and their recall of the supported rows.

Halves: the rows are split by their group (the Wikipedia article: citation_checker's
``meta.article_title``, WiCE's ``meta.claim_title``), so claims from one article never
fall on both sides: a group is in the ``dev`` half when the first byte of the SHA-256 of
its name is even, else ``heldout``. The rule was fixed before any row was read. A
citation rule is developed on the dev half only (``--show`` lists dev rows cited but not
supported, never held-out ones) and adopted only if it also raises the held-out
precision.

The verifier's heads were fitted on these rows (``scripts/train_verifier.py``), so the
figures are in-sample for the heads; what they measure fairly is a rule added on top of
the heads' decision, compared with and without it.
"""

from __future__ import annotations

from dataclasses import dataclass

from benchrows import citation_args, citation_rows, table_lines

from mergekit.verify import judge


@dataclass
class Count:
    rows: int = 0
    supported: int = 0
    cited: int = 0
    right: int = 0

    def line(self, name: str) -> str:
        precision = f"{self.right / self.cited:.3f}" if self.cited else "-"
        recall = f"{self.right / self.supported:.3f}" if self.supported else "-"
        return (f"| {name} | {self.rows} | {self.supported} | {self.cited} | {self.right} | "
                f"{precision} | {recall} |")


def main(argv: list[str] | None = None) -> int:
    args = citation_args(__doc__.split("\n\n")[0], "list up to N dev-half rows cited but not supported", argv)
    if args is None:
        return 2
    counts: dict[tuple[str, str], Count] = {}
    shown = 0
    for name, side, row in citation_rows(args.bench):
        count = counts.setdefault((name, side), Count())
        j = judge(row["claim"], row["evidence"])
        good = row["label"] == "supported"
        count.rows += 1
        count.supported += good
        count.cited += j.citable
        count.right += j.citable and good
        if side == "dev" and j.citable and not good and shown < args.show:
            shown += 1
            print(f"- {row['id']} ({row['label']}): {row['claim']}\n    quote: {j.quote[:300]}")
    print("| file, half | rows | supported | cited | right | precision | recall |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    print("\n".join(table_lines(counts)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""How long ``mergekit check`` takes on a large article (target: a 200 kB article in under 1 s).

The article is built from real wikitext: the seed draft's body (infobox, {{convert}},
named refs and reuses, {{cite news}}, maintenance tags, headings), repeated with each copy's
ref names suffixed so every copy is a distinct set of citations, plus the check case files'
texts (list-defined refs, {{sfn}}, comments, <nowiki>), until it reaches the size asked.
Times are the whole offline check (parse + every rule family), best and median of N runs,
then the share of each rule family in one run.

    python benchmarks/check_speed.py [--kb 200] [--runs 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import statistics
import time
from pathlib import Path

from mergekit.check import Context, check_document, cites, duplicates, incomplete, links, placement, refs
from mergekit.check import reliability, wtw
from mergekit.check.document import Document

ROOT = Path(__file__).resolve().parents[1]


def build(kb: int) -> str:
    draft = (ROOT / "drafts" / "Camp_Ashraf_3.wikitext").read_text(encoding="utf-8")
    body = draft.split("== See also ==")[0]
    cases = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "cases" / "check").glob("*.cases")))
    cases = "\n".join(line for line in cases.splitlines() if not line.startswith(">>>"))
    parts, size, i = [], 0, 0
    while size < kb * 1000:
        chunk = re.sub(r'name="([^"]+)"', lambda m: f'name="{m.group(1)}-{i}"', body if i % 4 else cases)
        parts.append(f"== Copy {i} ==\n{chunk}\n")
        size += len(chunk.encode("utf-8"))
        i += 1
    return "".join(parts) + "== References ==\n{{Reflist}}\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    text = build(args.kb)
    ctx = Context(today=dt.date(2024, 1, 15))
    times, cpu, report = [], [], None
    for _ in range(args.runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        report = check_document(Document.parse(text), ctx)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    print(f"article: {len(text.encode('utf-8')) / 1000:.0f} kB, {text.count(chr(10))} lines, "
          f"{text.count('<ref')} <ref> tags; {len(report.findings)} findings")
    print(f"check: wall best {min(times):.3f} s, median {statistics.median(times):.3f} s; "
          f"CPU best {min(cpu):.3f} s, median {statistics.median(cpu):.3f} s over {args.runs} runs; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    start = time.perf_counter()
    doc = Document.parse(text)
    _ = doc.nodes, doc.prose, doc.refs, doc.cites
    print(f"  parse + shared views: {time.perf_counter() - start:.3f} s")
    for name, run in (("refs", lambda: refs.check(doc)), ("duplicates", lambda: duplicates.check(doc)),
                      ("cites", lambda: cites.check(doc, ctx)), ("links", lambda: links.check(doc)),
                      ("incomplete", lambda: incomplete.check(doc)), ("wtw", lambda: wtw.check(doc)),
                      ("placement", lambda: placement.check(doc)), ("reliability", lambda: reliability.check(doc, ctx))):
        start = time.perf_counter()
        run()
        print(f"  {name}: {time.perf_counter() - start:.3f} s")


if __name__ == "__main__":
    main()

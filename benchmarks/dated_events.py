"""Where does ``verify.dates.dated_event`` find a news sentence dating a sentence's event to its day?

For every sentence of the tuning cases' source articles (one half: ``cases.half``) and every
news text of the case, prints the news sentence ``dated_event`` finds, to be read: does it
say the part (the event and its day)? Marks those ``dated_part`` finds too. Nothing here
changes mergekit; held-out cases are never read.

    python benchmarks/dated_events.py --half odd
    python benchmarks/dated_events.py --half even
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import cases  # noqa: E402

from mergekit.load.inputs import load_folder  # noqa: E402
from mergekit.plan.planner import _evidence_text  # noqa: E402
from mergekit.verify.dates import dated_event, dated_part  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("odd", "even"), required=True)
    args = parser.parse_args(argv)
    found = 0
    for folder in cases.case_folders(split="tune"):
        if cases.half(folder.name) != args.half:
            continue
        inputs = load_folder(folder / "input")
        for text in dict.fromkeys(s.text for _, s in inputs.source.sentences()):
            for item in inputs.news:
                evidence = _evidence_text(item)
                quote = dated_event(text, evidence, item.date)
                if quote:
                    found += 1
                    also = " (dated_part too)" if dated_part(text, evidence, item.date) else ""
                    print(f"[{folder.name}] {item.label}{also}\n  sentence: {text}\n  news:     {quote}")
    print(f"{found} found")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""How ``mergekit run`` grows on hostile inputs: the seed merge plus one pathological file.

Each input class is generated at a few sizes, each twice the one before, and run in-process
as ``mergekit run`` does (load_folder -> plan_merge -> render_outputs; the CLI itself ends
with ``os._exit``), each run in a forked child so that no memo of one run serves the next.
The seed merge alone is timed first; a row's figure is its CPU seconds above that, and the
growth column is that figure's ratio to the size before (2.0 is linear, 4.0 quadratic).

Classes (``--only NAME,...`` picks some):

- ``figures``: a news file of one line of N words of figures ("12 people, 34 cars, ..."),
  no full stop (the trial's "slow on a huge line", docs/trial-3.md);
- ``dates``: a news file of N/10 sentences each carrying two dates;
- ``refs``: a wikitext source of N/10 sentences each with a ``<ref>{{cite news ...}}</ref>``;
- ``sentence``: a news file of one sentence of N words of prose;
- ``nested``: a wikitext source whose lead holds templates and brackets nested N/10 deep;
- ``paragraphs``: a news file of N/2 two-word paragraphs;
- ``quotes``: a news file of N/10 sentences full of quotation marks, some never closed;
- ``dateline``: a news file of one line of N/3 dates, no full stop;
- ``quoteline``: a news file of one line of N words, each after an opening quotation mark.

    python benchmarks/hostile_scale.py [--words 5000,10000,20000] [--only figures,dates]

Writes only to a temporary folder. Exits 0.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ["MERGEKIT_NO_CACHE"] = "1"  # every run a first run: no plan served from disk

from mergekit.load.inputs import load_folder  # noqa: E402
from mergekit.outputs import render_outputs  # noqa: E402
from mergekit.plan import plan_merge  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SOURCE = "000_cca1debf4f80bbf1.txt"
TARGET = "Camp_Ashraf_3.wikitext"
HOSTILE = "009_hostile.txt"
_THINGS = ("people", "cars", "houses", "police officers", "tents", "computers", "members", "buses", "rooms",
           "windows", "soldiers", "families", "devices", "villages", "trucks")
_WORDS = ("the", "camp", "police", "raid", "members", "said", "group", "Albania", "officers", "opposition",
          "Iranian", "government", "residents", "agreement", "protest", "inside", "over", "after", "and", "of")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


def _seed_folder(folder: Path) -> None:
    """The seed merge, copied."""
    shutil.copytree(SEEDS, folder, ignore=shutil.ignore_patterns("README.md"))


def _news(folder: Path, body: str) -> None:
    """A news file: a headline, a paragraph of prose (so that what follows is the story, not
    its masthead) and ``body``."""
    (folder / HOSTILE).write_text("Hostile report on the Tirana camp raid\n\nPolice raided the camp in Manez on "
                                  "20 June 2023, a day after the talks.\n\n" + body + "\n", encoding="utf-8")


def figures(folder: Path, n: int, rng: random.Random) -> None:
    _news(folder, ", ".join(f"{rng.randint(2, 999)} {rng.choice(_THINGS)}" for _ in range(n // 2)))


def dates(folder: Path, n: int, rng: random.Random) -> None:
    def day() -> str:
        return f"{rng.randint(1, 28)} {rng.choice(_MONTHS)} {rng.randint(1990, 2023)}"
    _news(folder, "\n\n".join(
        " ".join(f"The police came to the camp on {day()} and left it on {day()}." for _ in range(5))
        for _ in range(n // 100)))


def dateline(folder: Path, n: int, rng: random.Random) -> None:
    _news(folder, "Raids on " + ", ".join(f"{rng.randint(1, 28)} {rng.choice(_MONTHS)} {rng.randint(1990, 2023)}"
                                          for _ in range(n // 3)))


def quoteline(folder: Path, n: int, rng: random.Random) -> None:
    _news(folder, "He said " + " ".join(f"\u201c{rng.choice(_WORDS)} \"{rng.choice(_WORDS)}" for _ in range(n // 2)))


def sentence(folder: Path, n: int, rng: random.Random) -> None:
    _news(folder, "The " + " ".join(rng.choice(_WORDS) for _ in range(n)) + ".")


def paragraphs(folder: Path, n: int, rng: random.Random) -> None:
    _news(folder, "\n\n".join(f"Police {rng.choice(_WORDS)}." for _ in range(n // 2)))


def quotes(folder: Path, n: int, rng: random.Random) -> None:
    pieces = []
    for i in range(n // 10):
        said = " ".join(rng.choice(_WORDS) for _ in range(4))
        pieces.append(f"\u201c{said},\u201d he said, \"{said}\" and \u201c{rng.choice(_WORDS)}."
                      if i % 3 else f"She said: \"{said} \"{said}\".")
    _news(folder, " ".join(pieces))


def _wikitext_source(folder: Path, lead: str, body: str) -> None:
    """A wikitext source (an AfD notice, ``lead`` and ``body``) in place of the rendered one."""
    (folder / SOURCE).unlink()
    (folder / "Source.wikitext").write_text(
        "{{Afd-merge to|Camp Ashraf 3|2023 Tirana camp raid|20 July 2023}}\n"
        f"'''2023 Tirana camp raid''' was a police raid on [[Camp Ashraf 3]]. {lead}\n\n"
        f"== Background ==\n{body}\n\n== References ==\n{{{{Reflist}}}}\n", encoding="utf-8")
    manifest = (folder / "merge.toml").read_text(encoding="utf-8")
    (folder / "merge.toml").write_text(
        manifest.replace("[source]\n", '[source]\nfile = "Source.wikitext"\n', 1)
        + f'\n[target]\nfile = "{TARGET}"\n', encoding="utf-8")


def refs(folder: Path, n: int, rng: random.Random) -> None:
    _wikitext_source(folder, "", "\n\n".join(" ".join(
        f"Police searched {rng.randint(2, 999)} rooms of the camp.<ref>{{{{cite news |title=Raid report {p}-{i} "
        f"|url=https://news.example/{p}/{i} |work=Example Times |date=21 June 2023}}}}</ref>"
        for i in range(10)) for p in range(n // 100)))


def nested(folder: Path, n: int, rng: random.Random) -> None:
    depth = n // 10
    templates = "{{a|" * depth + "x" + "}}" * depth
    brackets = "[[" * depth + "y" + "]]" * depth
    parens = "(" * depth + "z" + ")" * depth
    _wikitext_source(folder, f"It was {templates} and {brackets} and {parens}.",
                     "Police searched the camp on 20 June 2023.")


CLASSES: dict[str, Callable[[Path, int, random.Random], None]] = {
    "figures": figures, "dates": dates, "refs": refs, "sentence": sentence, "nested": nested,
    "paragraphs": paragraphs, "quotes": quotes, "dateline": dateline, "quoteline": quoteline,
}


def _time(folder: Path, conn) -> None:
    """CPU seconds of load, plan and render of ``folder`` (in a forked child), sent on ``conn``."""
    try:
        start = time.process_time()
        inputs = load_folder(folder)
        loaded = time.process_time()
        plan = plan_merge(inputs)
        planned = time.process_time()
        render_outputs(plan, inputs, flags=True)
        conn.send((loaded - start, planned - loaded, time.process_time() - planned, None))
    except Exception as error:  # noqa: BLE001 - reported in the table, not raised
        conn.send((0.0, 0.0, 0.0, f"{type(error).__name__}: {error}"[:80]))


def measure(folder: Path) -> tuple[float, float, float, str | None]:
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_time, args=(folder, child))
    proc.start()
    result = parent.recv()
    proc.join()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", default="5000,10000,20000", help="sizes N (words, roughly), comma-separated")
    parser.add_argument("--only", default=",".join(CLASSES), help="classes to run, comma-separated")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.words.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "seed"
        _seed_folder(base)
        seed = sum(measure(base)[:3])
        print(f"seed merge alone: {seed:.2f} CPU s (subtracted below)")
        print(f"{'class':>10} {'N':>7} {'file B':>9} {'load s':>7} {'plan s':>7} {'render s':>8} {'extra s':>7} "
              f"{'growth':>6}")
        for name in args.only.split(","):
            before = None
            for n in sizes:
                folder = Path(tmp) / f"{name}-{n}"
                _seed_folder(folder)
                CLASSES[name](folder, n, random.Random(n))
                written = folder / HOSTILE if (folder / HOSTILE).exists() else folder / "Source.wikitext"
                size = written.stat().st_size
                load, plan, render, error = measure(folder)
                extra = load + plan + render - seed
                growth = f"{extra / before:>6.1f}" if before and before > 0.05 and extra > 0 else f"{'-':>6}"
                print(f"{name:>10} {n:>7,} {size:>9,} {load:>7.2f} {plan:>7.2f} {render:>8.2f} {extra:>7.2f} {growth}"
                      + (f"  {error}" if error else ""), flush=True)
                before = extra
                shutil.rmtree(folder)
    print("file B: the hostile file's size; s: CPU seconds (process_time) of a forked child; extra: above the seed merge alone; growth: extra over "
          "the size before's (each size doubles N: 2 is linear)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The needs_citation leads whose part support rests on a shared figure, and what each figure counts.

Runs mergekit in memory on each tuning case of a half (as ``benchmarks/cases.py`` does; set
``MERGEKIT_NO_CACHE=1``) twice: as it is, and with the figure rule of
``features._says_part`` (``_figure_part``) answering nothing. A lead rests on a shared figure
when that second run drops it or a source it names. For each such lead and source it prints
the figure, and the noun the figure counts on each side (``facts.quantities``: the
quantity's noun; ``facts.topics.what_counts``: the counted head), so that one can read
whether the two figures count the same things.

    MERGEKIT_NO_CACHE=1 python benchmarks/figure_leads.py --half odd
    MERGEKIT_NO_CACHE=1 python benchmarks/figure_leads.py --half even
    MERGEKIT_NO_CACHE=1 python benchmarks/figure_leads.py --half odd --any-noun   # as before lead-4
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cases import BUILT_IN, case_folders, half  # noqa: E402

import mergekit.verify as verify  # noqa: E402
import mergekit.verify.features as features  # noqa: E402
from mergekit.errors import MergekitError  # noqa: E402
from mergekit.facts.quantities import extract_quantities  # noqa: E402
from mergekit.facts.topics import what_counts  # noqa: E402
from mergekit.load.inputs import load_folder  # noqa: E402
from mergekit.pipeline import render_merge  # noqa: E402
from mergekit.plan.planner import _evidence_text  # noqa: E402
from mergekit.verify.spans import numbers  # noqa: E402


def leads(folder: Path, spy: dict[tuple[str, str], tuple[str, ...]] | None, off: bool,
          texts: dict[str, str] | None = None) -> dict[str, dict[str, str]]:
    """sentence -> {source: passage} of the needs_citation leads on the source article
    (``texts``, when given, is filled with each news text's evidence, by label)."""
    real = features._figure_part

    def wrapped(sentence: str, hits: frozenset[str], said: features._Claim) -> tuple[str, ...]:
        found = () if off else real(sentence, hits, said)
        if spy is not None and found:
            spy[said.text, sentence] = found
        return found

    features._figure_part = wrapped  # type: ignore[assignment]
    features._read_claim.cache_clear()
    verify._judge.cache_clear()  # the judgements of the other run are remembered
    try:
        inputs = load_folder(folder)
        if texts is not None:
            texts.update({item.label: " ".join(_evidence_text(item)) for item in inputs.news})
        plan = render_merge(inputs, rsp=BUILT_IN).decided.plan
    except MergekitError:
        return {}
    finally:
        features._figure_part = real  # type: ignore[assignment]
    return {f.sentence: {s: next((said.what for said in f.said if said.source == s), "") for s in f.sources}
            for f in plan.findings if f.kind == "needs_citation" and f.article == "source"}


def nouns(text: str, figure: str) -> list[str]:
    """What each occurrence of ``figure`` in ``text`` counts: "quantity noun / counted head"."""
    out = []
    for q in extract_quantities(text):
        if figure in numbers(q.text, parts=True) or _same(q.value, figure):
            found = what_counts(q, text)
            out.append(f"{q.noun}/{found[0].noun if found else None}")
    return out or ["?"]


def _same(value: float, figure: str) -> bool:
    try:
        return float(figure) == value
    except ValueError:
        return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("odd", "even"))
    parser.add_argument("--any-noun", action="store_true",
                        help="as before lead-4: a shared figure says part whatever noun it counts")
    args = parser.parse_args(argv)
    if args.any_noun:
        features.same_things = lambda claim, sentence, figure: True  # type: ignore[assignment]
    total = 0
    for folder in case_folders(split="tune"):
        if args.half and half(folder.name) != args.half:
            continue
        spy: dict[tuple[str, str], tuple[str, ...]] = {}
        texts: dict[str, str] = {}
        on = leads(folder / "input", spy, off=False, texts=texts)
        off = leads(folder / "input", None, off=True)
        for sentence, sources in on.items():
            lost = [s for s in sources if s not in off.get(sentence, {})]
            if not lost:
                continue
            total += 1
            print(f"{folder.name}: {'lead dropped' if sentence not in off else 'sources dropped: ' + ', '.join(lost)}")
            print(f"  sentence: {sentence}")
            for source in lost:
                passage = sources[source]
                print(f"  {source}: {passage or '(named, no passage shown)'}")
                # the sentences of this source the figure rule read as saying a part of this sentence
                given = [(s, f) for (claim, s), f in spy.items()
                         if claim == sentence and (s in passage if passage else s in texts.get(source, ""))]
                for said, figures in given[:3]:
                    if said != passage:
                        print(f"    by: {said}")
                    for figure in figures:
                        print(f"    figure {figure}: sentence counts {nouns(sentence, figure)}, passage counts {nouns(said, figure)}")
    print(f"leads resting on a shared figure: {total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

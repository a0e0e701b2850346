"""A warm run (plan and check served by the results cache) imports no reader it does not call.

The draft needs ``plan.dated.tag_markup`` to write an ``{{Update after}}`` tag; importing that
must not load ``mergekit.verify`` (its package imports the whole verifier and, through it,
the facts readers, whose patterns compile at import: a third of a warm run's imports).
"""

from __future__ import annotations

import subprocess
import sys


def _loaded(code: str) -> list[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys\nprint(' '.join(sorted(sys.modules)))"],
                         capture_output=True, text=True, check=True).stdout
    return out.split()


def test_the_pipeline_imports_neither_the_verifier_nor_the_facts_readers():
    loaded = _loaded("import mergekit.pipeline, mergekit.outputs, mergekit.plan.dated")
    assert [m for m in loaded if m == "mergekit.verify" or m.startswith("mergekit.verify.")] == []
    assert [m for m in loaded if m.startswith("mergekit.facts.")] == []


def test_dated_plan_still_reads_a_plan_when_first_called():
    loaded = _loaded("from mergekit.plan.dated import dated_plan\n"
                     "assert dated_plan('The span is scheduled for completion in 2017.', '2024-05-01').tag "
                     "== 'update after|2017'")
    assert "mergekit.verify.plans" in loaded and "mergekit.facts.dates" in loaded

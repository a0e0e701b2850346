"""The whole job, in one place every command calls: load -> plan -> render -> write.

Each step is a function of the previous step's result; only ``load_*`` and ``write_outputs``
touch files. Commands (``run``, ``backlog``) build their inputs, call ``draft_merge`` and
print its ``DraftResult``; they do no pipeline work of their own.

Before anything is written, the merged destination is checked to hold the destination as
it was read, byte for byte, around one inserted block; if it does not, that is a bug and
``DraftIntegrityError`` stops the run with nothing written.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from mergekit.errors import DraftIntegrityError
from mergekit.load.inputs import MergeInputs
from mergekit.outputs import page_filename, render_outputs, write_outputs
from mergekit.plan import plan_merge
from mergekit.plan.model import MergePlan

__all__ = ["DraftResult", "draft_merge", "check_destination_kept"]


@dataclass(frozen=True)
class DraftResult:
    """What a run produced: the plan, the files written, and the findings counted by kind."""

    plan: MergePlan
    written: tuple[Path, ...]

    @property
    def kinds(self) -> Counter:
        return Counter(f.kind for f in self.plan.findings)


def draft_merge(inputs: MergeInputs, out: Path, *, section: str | None = None) -> DraftResult:
    """Plan the merge, render every file of the draft, and write them into ``out`` as one unit."""
    plan = plan_merge(inputs, section_title=section)
    files = render_outputs(plan, inputs)
    name = f"{page_filename(plan.target_title)}.wikitext"
    check_destination_kept(inputs.target.wikitext, files.get(name), what=name)
    written = write_outputs(out, files)
    return DraftResult(plan, tuple(written))


def check_destination_kept(original: str | None, merged: str | None, *, what: str = "the destination") -> None:
    """Raise ``DraftIntegrityError`` unless ``merged`` is ``original`` with one block inserted."""
    if original is None or merged is None:
        raise DraftIntegrityError(f"{what}: the destination's wikitext or its merged draft is missing")
    prefix = len(os.path.commonprefix([original, merged]))
    room = min(len(original), len(merged)) - prefix
    suffix = 0
    while suffix < room and original[-1 - suffix] == merged[-1 - suffix]:
        suffix += 1
    if prefix + suffix < len(original):
        lost = original[prefix:len(original) - suffix]
        raise DraftIntegrityError(
            f"{what} would lose {len(lost)} characters of the destination as read, from offset {prefix} "
            f"({lost[:60]!r}): a bug in mergekit, nothing was written"
        )

"""All the files of a draft, rendered in memory, then written so nothing is half-written."""

from __future__ import annotations

import difflib
import os
import tempfile
from pathlib import Path

from mergekit.draft.dates import date_style
from mergekit.draft.housekeeping import edit_summaries, redirect_page, talk_templates
from mergekit.draft.insert import insert_section
from mergekit.draft.section import build_registry, compose_section
from mergekit.draft.talk import talk_post
from mergekit.errors import InputError
from mergekit.flags import flags_json
from mergekit.load.inputs import MergeInputs
from mergekit.plan.model import MergePlan

__all__ = ["render_outputs", "write_outputs", "check_output_folder", "page_filename"]


def page_filename(title: str) -> str:
    """``Camp Ashraf 3`` -> ``Camp_Ashraf_3`` (safe as a file name)."""
    return "".join(c if c.isalnum() or c in "-_.()," else "_" for c in title.replace(" ", "_"))


def render_outputs(plan: MergePlan, inputs: MergeInputs, *, decided: tuple = ()) -> dict[str, str]:
    """File name -> content, for every file of the draft (``decided``: the review decisions
    applied to ``plan``, listed in the talk post)."""
    original = inputs.target.wikitext or ""
    style = date_style(original)
    section = compose_section(plan, inputs, build_registry(inputs))
    merged = insert_section(original, section.wikitext())
    name = page_filename(plan.target_title)
    diff = "".join(difflib.unified_diff(
        original.splitlines(keepends=True), merged.splitlines(keepends=True),
        fromfile=f"a/{name}.wikitext", tofile=f"b/{name}.wikitext",
    ))
    return {
        f"{name}.wikitext": merged,
        f"{name}.diff": diff,
        "talk.wikitext": talk_post(plan, section.body(), inputs.afd, style=style,
                                   source_revid=inputs.source.revid, unavailable=inputs.unavailable,
                                   decided=decided),
        "redirect.wikitext": redirect_page(plan.target_title, plan.section_title),
        "edit-summaries.txt": edit_summaries(plan.source_title, plan.target_title, plan.section_title, inputs.afd),
        "talk-templates.wikitext": talk_templates(
            plan.source_title, plan.target_title, inputs.afd, run_date=plan.run_date, style=style,
            source_revid=inputs.source.revid, target_revid=inputs.target.revid,
        ),
        "flags.json": flags_json(plan, inputs),
    }


def check_output_folder(out: Path) -> None:
    """Fail before any work when ``out`` cannot be the draft's folder."""
    if out.exists() and not out.is_dir():
        raise InputError(f"output {out} is a file: give a folder for --out")


def write_outputs(out: Path, files: dict[str, str]) -> list[Path]:
    """Write ``files`` into ``out``: all are staged as temporary files first and renamed into
    place only when every one was written, so a failure (a full disk) leaves the old draft."""
    check_output_folder(out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create output folder {out}: {exc.strerror}") from None
    staged: list[tuple[str, Path]] = []
    try:
        for name, text in files.items():
            fd, tmp = tempfile.mkstemp(dir=out, prefix=f".{name}.", suffix=".tmp")
            staged.append((name, Path(tmp)))
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
    except OSError as exc:
        for _, tmp in staged:
            tmp.unlink(missing_ok=True)
        raise InputError(f"cannot write the draft into {out}: {exc.strerror}; nothing was changed") from None
    for name, tmp in staged:
        os.replace(tmp, out / name)
    return [out / name for name, _ in staged]

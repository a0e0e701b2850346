"""All the files of a draft, rendered in memory, then written as one unit.

The draft folder is replaced whole (``mergekit.unit``): a new folder is written beside
it and swapped into its place in one atomic step, the previous draft kept until the swap
succeeds, so a kill or a full disk at any moment leaves either the old draft or the new
one, never a mix; a lock file beside the folder (``.NAME.lock``) makes a concurrent run
into the same folder wait. What else the folder holds (an ``input/`` folder) is kept.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from pathlib import Path

import mwparserfromhell
from mwparserfromhell.wikicode import Wikicode

from mergekit.draft.dates import page_style
from mergekit.draft.escape import visible_json
from mergekit.draft.housekeeping import edit_summaries, redirect_page, talk_templates
from mergekit.draft.insert import insert_into_section, insert_section
from mergekit.draft.section import build_registry, compose_section
from mergekit.draft.selflinks import SourceLink, follow_up_summary, source_links
from mergekit.draft.talk import talk_post
from mergekit.draft.talkrefs import define_reused
from mergekit.errors import InputError
from mergekit.filenames import diff_filename, wikitext_filename
from mergekit.flags import flags_json
from mergekit.load.inputs import MergeInputs
from mergekit.plan.model import MergePlan
from mergekit.unit import write_unit

__all__ = ["render_outputs", "parse_destination", "destination_links", "render_flags", "write_outputs", "check_output_folder", "another_run"]


def render_outputs(plan: MergePlan, inputs: MergeInputs, *, decided: tuple = (), flags: bool = True,
                   links: tuple[SourceLink, ...] | None = None, parsed: Wikicode | None = None) -> dict[str, str]:
    """File name -> content, for every file of the draft (``decided``: the review decisions
    applied to ``plan``, listed in the talk post). ``flags=False`` leaves out ``flags.json``,
    for a caller that renders it once, with what ``mergekit check`` found (``render_flags``).
    ``links``: ``destination_links(plan, inputs)``, for a caller that has found them already;
    ``parsed``: ``parse_destination(inputs)``, for a caller that has parsed it already."""
    original = inputs.target.wikitext or ""
    parsed = parse_destination(inputs) if parsed is None else parsed
    section = compose_section(plan, inputs, build_registry(inputs))
    if plan.existing is None:
        added = section.wikitext()
        merged = insert_section(original, added, parsed=parsed)
    else:  # a --section the destination has: the text goes into it
        added = section.within(plan.existing.level)
        merged = insert_into_section(original, plan.existing, added, parsed=parsed)
    # A destination that shows no date style takes the one the merged text brings: its talk
    # templates then write the page's dates as the page now does, not yyyy-mm-dd beside
    # "19 October 2018" (amritsar-dussehra-train-disaster).
    style = page_style(original, added)
    article = wikitext_filename(plan.target_title)
    diff = "".join(difflib.unified_diff(
        original.splitlines(keepends=True), merged.splitlines(keepends=True),
        fromfile=f"a/{article}", tofile=f"b/{article}",
    ))
    quoted = define_reused(section.body(), inputs.target.references)  # on the talk page, with its own references
    files = {
        article: merged,
        diff_filename(plan.target_title): diff,
        "talk.wikitext": talk_post(plan, quoted, inputs.afd, style=style,
                                   source_revid=inputs.source.revid, unavailable=inputs.unavailable,
                                   decided=decided, untitled=section.untitled, lists=inputs.source.lists,
                                   added=section.added, destination=inputs.target.label,
                                   banner=bool(section.banner)),
        "redirect.wikitext": redirect_page(plan.target_title, plan.section_title),
        "edit-summaries.txt": edit_summaries(plan.source_title, plan.target_title, plan.section_title, inputs.afd)
        + follow_up(plan, destination_links(plan, inputs, parsed=parsed) if links is None else links),
        "talk-templates.wikitext": talk_templates(
            plan.source_title, plan.target_title, inputs.afd, run_date=plan.run_date, style=style,
            source_revid=inputs.source.revid, target_revid=inputs.target.revid,
        ),
    }
    if flags:
        files["flags.json"] = render_flags(plan, inputs)
    return files


def parse_destination(inputs: MergeInputs) -> Wikicode:
    """The destination's wikitext parsed, once for a run: the insertion and the search for
    its links to the source read the same parse, and neither changes it."""
    return mwparserfromhell.parse(inputs.target.wikitext or "")


def destination_links(plan: MergePlan, inputs: MergeInputs, *,
                      parsed: Wikicode | None = None) -> tuple[SourceLink, ...]:
    """The destination's links to the source, which the merge makes circular (``draft.selflinks``);
    ``parsed``: ``parse_destination(inputs)``, for a caller that has parsed it already."""
    return source_links(inputs.target.wikitext or "", plan.source_title, plan.section_title, parsed=parsed)


def follow_up(plan: MergePlan, links: tuple[SourceLink, ...]) -> str:
    """The follow-up edit's summary when the destination links to the source (``links``)."""
    summary = follow_up_summary(plan.source_title, plan.target_title, links)
    return "\n" + summary if summary else ""


def render_flags(plan: MergePlan, inputs: MergeInputs, check: dict | None = None,
                 decisions: dict | None = None) -> str:
    """``flags.json`` as written: ``flags_json`` with invisible characters shown (``visible_json``)."""
    return visible_json(flags_json(plan, inputs, check=check, decisions=decisions))


_DRAFT_FILE = re.compile(r"[^/]+\.(wikitext|diff)|edit-summaries\.txt|flags\.json|report\.html")


def check_output_folder(out: Path, inputs: Iterable[Path] = ()) -> None:
    """Fail before any work when ``out`` cannot be the draft's folder: a file, or a folder
    that is, or holds, one of the ``inputs`` (the draft would replace them)."""
    if out.exists() and not out.is_dir():
        raise InputError(f"output {out} is a file: give a folder for --out")
    resolved = out.resolve()
    for path in inputs:
        if path.resolve() == resolved or resolved in path.resolve().parents:
            raise InputError(f"--out {out} is or holds the input {path}: give another folder for the draft")


def _is_draft_file(entry: Path) -> bool:
    """Whether ``entry``, in a draft folder, is one of the draft's own files (replaced by a rerun)."""
    return entry.is_file() and _DRAFT_FILE.fullmatch(entry.name) is not None


def write_outputs(out: Path, files: dict[str, str], *, inputs: Iterable[Path] = (),
                  refuse_other: bool = False) -> list[Path]:
    """Write ``files`` as the folder ``out``, as one unit: they are written into a new
    folder beside it, which then takes its place; the previous draft is kept until that
    succeeds, and what else ``out`` held (an ``input/`` folder) is carried over. A
    concurrent run into the same folder waits for the lock; a failure (a full disk)
    leaves the previous draft as it was. ``refuse_other``: a folder holding another merge's run
    is refused (``another_run``), under the lock, before anything is written."""
    check_output_folder(out, inputs)
    guard = (lambda folder: _refuse_another_run(folder, files)) if refuse_other else None
    return write_unit(out, files, own=_is_draft_file, what="the draft", guard=guard)


def _merge_of(flags: str) -> tuple[str | None, ...] | None:
    """(source title, source file, destination title, destination file) a ``flags.json`` names;
    None when it is no flags.json this tool reads."""
    import json

    try:
        document = json.loads(flags)
        return tuple(document[role][key] for role in ("source", "target") for key in ("title", "file"))
    except (ValueError, TypeError, KeyError):
        return None


# Besides the draft's files, what mergekit writes into a draft folder: the review decisions
# (``mergekit review``) and a backlog page's fetched merge folder (``jobs.BACKLOG_INPUT``).
_ALSO_OURS = frozenset({"decisions.toml", "input"})


def another_run(folder: Path, files: dict[str, str]) -> str | None:
    """Why ``folder`` (an existing --out) holds something other than an earlier run of the
    merge ``files`` draft (their ``flags.json``), which a run into it would replace; None
    when it does not. Another merge's ``flags.json``; with no ``flags.json`` this tool reads, any
    file at all (mergekit did not write that folder); and beside this merge's ``flags.json``, a
    draft's file this run does not write (another destination's ``.wikitext``). Other files
    beside this merge's own (the editor's notes) are carried over, as always, and so are what
    mergekit writes there besides the draft (``decisions.toml``, a backlog page's ``input/``)."""
    previous = folder / "flags.json"
    merge = _merge_of(previous.read_text(encoding="utf-8", errors="replace")) if previous.is_file() else None
    if merge is not None and "flags.json" in files and merge != _merge_of(files["flags.json"]):
        return f"holds the draft of another merge ({merge[0]!r} into {merge[2]!r})"
    entries = sorted(e.name for e in folder.iterdir() if not e.name.startswith(".") and e.name not in _ALSO_OURS)
    if merge is None:
        strange = entries
    else:
        strange = [name for name in entries if _is_draft_file(folder / name)
                   and name not in files and name != "report.html"]
    if strange:
        more = f" and {len(strange) - 1} more" if len(strange) > 1 else ""
        return f"holds files mergekit did not write for this merge ({strange[0]}{more})"
    return None


def _refuse_another_run(folder: Path, files: dict[str, str]) -> None:
    why = another_run(folder, files)
    if why is not None:
        raise InputError(f"--out {folder} {why}: give another folder, or --force to replace its draft")

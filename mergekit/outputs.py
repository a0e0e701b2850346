"""All the files of a draft, rendered in memory, then written as one unit.

The draft folder is replaced whole (``mergekit.unit``): a new folder is written beside
it and swapped into its place in one atomic step, the previous draft kept until the swap
succeeds, so a kill or a full disk at any moment leaves either the old draft or the new
one, never a mix; a lock file beside the folder (``.NAME.lock``) makes a concurrent run
into the same folder wait. What else the folder holds (an ``input/`` folder) is kept.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
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
from mergekit.draft.titles import title_key
from mergekit.errors import InputError
from mergekit.filenames import diff_filename, wikitext_filename
from mergekit.flags import flags_json
from mergekit.load.inputs import MergeInputs
from mergekit.plan.model import MergePlan
from mergekit.review.store import DECISIONS_FILE
from mergekit.unit import write_unit

__all__ = [
    "render_outputs", "parse_destination", "destination_links", "render_flags", "write_outputs", "check_output_folder",
    "another_run", "holds_another_merge", "AnotherRun", "Merge", "OTHER_DECISIONS",
]


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
                  refuse_other: bool = False, aside: list[Path] | None = None) -> list[Path]:
    """Write ``files`` as the folder ``out``, as one unit: they are written into a new
    folder beside it, which then takes its place; the previous draft is kept until that
    succeeds, and what else ``out`` held (an ``input/`` folder) is carried over. A
    concurrent run into the same folder waits for the lock; a failure (a full disk)
    leaves the previous draft as it was. ``refuse_other``: a folder holding another merge's run
    is refused (``another_run``), under the lock, before anything is written. ``aside``: a list
    to hear of the review decisions of another merge a replaced folder held: its
    ``decisions.toml`` is carried over under another name (``OTHER_DECISIONS``), never applied
    to this merge nor deleted, and that file's path is appended to ``aside``."""
    check_output_folder(out, inputs)

    def guard(folder: Path) -> dict[str, str] | None:
        if refuse_other:
            _refuse_another_run(folder, files)
        if aside is None or not (folder / DECISIONS_FILE).is_file() or not holds_another_merge(folder, files):
            return None
        name = _free_name(folder)
        aside.append(out / name)
        return {DECISIONS_FILE: name}

    return write_unit(out, files, own=_is_draft_file, what="the draft", guard=guard)


@dataclass(frozen=True)
class Merge:
    """The merge a ``flags.json`` is of: its source and destination, by title and by input file."""

    source_title: str | None
    source_file: str | None
    target_title: str | None
    target_file: str | None

    def same(self, other: Merge) -> bool:
        """The same merge: the same source and destination titles (as MediaWiki compares them,
        ``title_key``), whatever the input files are called; when either has no titles (an
        older or hand-made ``flags.json``), the same titles and the same files."""
        titles = (self.source_title, self.target_title, other.source_title, other.target_title)
        if all(isinstance(t, str) and t.strip() for t in titles):
            return (title_key(self.source_title or ""), title_key(self.target_title or "")) == (
                title_key(other.source_title or ""), title_key(other.target_title or ""))
        return self == other

    def __str__(self) -> str:
        return f"{_side(self.source_title, self.source_file)!r} into {_side(self.target_title, self.target_file)!r}"


def _side(title: str | None, file: str | None) -> str:
    return title if isinstance(title, str) and title.strip() else f"file {file}"


def _merge_of(flags: str) -> Merge | None:
    """The merge a ``flags.json`` names; None when it is no flags.json this tool reads."""
    try:
        document = json.loads(flags)
        values = [document[role][key] for role in ("source", "target") for key in ("title", "file")]
    except (ValueError, TypeError, KeyError):
        return None
    if not all(v is None or isinstance(v, str) for v in values):
        return None
    return Merge(*values)


_UNREADABLE = object()  # a flags.json that is there but cannot be read


def _previous_merge(folder: Path) -> Merge | None | object:
    """The merge ``folder``'s ``flags.json`` is of; None without one; ``_UNREADABLE`` when it is
    there but cannot be read (not UTF-8 JSON naming a source and a destination, or no access)."""
    previous = folder / "flags.json"
    if not previous.exists():
        return None
    try:
        merge = _merge_of(previous.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        merge = None
    return _UNREADABLE if merge is None else merge


def holds_another_merge(folder: Path, files: dict[str, str]) -> bool:
    """Whether ``folder`` may hold another merge than the one ``files`` draft: its
    ``flags.json`` is of another merge, cannot be read, or is missing beside other files (a
    ``decisions.toml`` whose merge nothing tells). Only a ``flags.json`` that reads as this
    very merge makes its decisions this merge's (review rv12: under ``--force`` an unreadable
    one let another merge's decisions be applied)."""
    previous, this = _previous_merge(folder), _merge_of(files.get("flags.json", ""))
    if previous is _UNREADABLE:
        return True
    if previous is None:
        return folder.is_dir() and any(folder.iterdir())
    return isinstance(previous, Merge) and (this is None or not previous.same(this))


OTHER_DECISIONS = "decisions.other.toml"  # another merge's decisions.toml, set aside by --force
_OTHER_DECISIONS = re.compile(r"decisions\.other(-\d+)?\.toml")


def _free_name(folder: Path) -> str:
    """``OTHER_DECISIONS``, else ``decisions.other-N.toml``: a name ``folder`` does not hold."""
    name, n = OTHER_DECISIONS, 1
    while (folder / name).exists():
        n += 1
        name = f"decisions.other-{n}.toml"
    return name


# Besides the draft's files, what mergekit writes into a draft folder: the review decisions
# (``mergekit review``; another merge's set aside by ``--force``) and a backlog page's fetched
# merge folder (``jobs.BACKLOG_INPUT``).
_ALSO_OURS = frozenset({DECISIONS_FILE, "input"})


def _ours(name: str) -> bool:
    return name in _ALSO_OURS or _OTHER_DECISIONS.fullmatch(name) is not None


def another_run(folder: Path, files: dict[str, str]) -> str | None:
    """Why ``folder`` (an existing --out) holds something other than an earlier run of the
    merge ``files`` draft (their ``flags.json``), which a run into it would replace; None
    when it does not. Another merge's ``flags.json`` (``Merge.same``: other titles), named with
    this run's; a ``flags.json`` that cannot be read; with no ``flags.json``, any file at all
    (mergekit did not write that folder); and beside this merge's ``flags.json``, a draft's
    file neither this run nor that one writes (another destination's ``.wikitext``). Other
    files beside this merge's own (the editor's notes) are carried over, as always, and so are
    what mergekit writes there besides the draft (``decisions.toml``, a backlog page's ``input/``)."""
    previous = _previous_merge(folder)
    this = _merge_of(files.get("flags.json", ""))
    if previous is _UNREADABLE:
        return "holds a draft, but its flags.json cannot be read (it may be another merge's)"
    if isinstance(previous, Merge) and this is not None and not previous.same(this):
        return f"holds the draft of another merge: its flags.json is for {previous}; this run is {this}"
    entries = sorted(e.name for e in folder.iterdir() if not e.name.startswith(".") and not _ours(e.name))
    if not isinstance(previous, Merge):
        strange = entries
    else:
        theirs = {wikitext_filename(previous.target_title), diff_filename(previous.target_title)} \
            if previous.target_title else set()
        strange = [name for name in entries if _is_draft_file(folder / name)
                   and name not in files and name not in theirs and name != "report.html"]
    if strange:
        more = f" and {len(strange) - 1} more" if len(strange) > 1 else ""
        return f"holds files mergekit did not write for this merge ({strange[0]}{more})"
    return None


class AnotherRun(InputError):
    """A draft folder holding another merge's run (``another_run``), refused: ``folder`` and ``why``,
    for a command to name the folder by its own option."""

    def __init__(self, folder: Path, why: str) -> None:
        super().__init__(f"{folder} {why}: give another folder, or force (--force) to replace its draft")
        self.folder = folder
        self.why = why


def _refuse_another_run(folder: Path, files: dict[str, str]) -> None:
    why = another_run(folder, files)
    if why is not None:
        raise AnotherRun(folder, why)

"""All the files of a draft, rendered in memory, then written as one unit.

The draft folder is replaced whole: a new folder is written beside it and swapped into
its place in one atomic step (``renameat2``; two renames where the system lacks it), the
previous draft kept (as ``.NAME.old-*``) until the swap succeeds, so a
kill or a full disk at any moment leaves either the old draft or the new one, never a
mix. A lock file beside the folder (``.NAME.lock``) makes a concurrent run into the same
folder wait. Files are created with the modes the umask gives.
"""

from __future__ import annotations

import contextlib
import ctypes
import difflib
import fcntl
import functools
import glob
import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from mergekit.draft.dates import date_style
from mergekit.draft.escape import visible_json
from mergekit.draft.housekeeping import edit_summaries, redirect_page, talk_templates
from mergekit.draft.insert import insert_section
from mergekit.draft.section import build_registry, compose_section
from mergekit.draft.talk import talk_post
from mergekit.errors import InputError
from mergekit.filenames import page_filename
from mergekit.flags import flags_json
from mergekit.load.inputs import MergeInputs
from mergekit.plan.model import MergePlan

__all__ = ["render_outputs", "render_flags", "write_outputs", "check_output_folder"]


def render_outputs(plan: MergePlan, inputs: MergeInputs, *, decided: tuple = (), flags: bool = True) -> dict[str, str]:
    """File name -> content, for every file of the draft (``decided``: the review decisions
    applied to ``plan``, listed in the talk post). ``flags=False`` leaves out ``flags.json``,
    for a caller that renders it once, with what ``mergekit check`` found (``render_flags``)."""
    original = inputs.target.wikitext or ""
    style = date_style(original)
    section = compose_section(plan, inputs, build_registry(inputs))
    merged = insert_section(original, section.wikitext())
    name = page_filename(plan.target_title)
    diff = "".join(difflib.unified_diff(
        original.splitlines(keepends=True), merged.splitlines(keepends=True),
        fromfile=f"a/{name}.wikitext", tofile=f"b/{name}.wikitext",
    ))
    files = {
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
    }
    if flags:
        files["flags.json"] = render_flags(plan, inputs)
    return files


def render_flags(plan: MergePlan, inputs: MergeInputs, check: dict | None = None) -> str:
    """``flags.json`` as written: ``flags_json`` with invisible characters shown (``visible_json``)."""
    return visible_json(flags_json(plan, inputs, check=check))


_DRAFT_FILE = re.compile(r"[^/]+\.(wikitext|diff)|edit-summaries\.txt|flags\.json|report\.html")
LOCK_WAIT = 60.0  # seconds a run waits for another run writing the same folder


def check_output_folder(out: Path, inputs: Iterable[Path] = ()) -> None:
    """Fail before any work when ``out`` cannot be the draft's folder: a file, or a folder
    that is, or holds, one of the ``inputs`` (the draft would replace them)."""
    if out.exists() and not out.is_dir():
        raise InputError(f"output {out} is a file: give a folder for --out")
    resolved = out.resolve()
    for path in inputs:
        if path.resolve() == resolved or resolved in path.resolve().parents:
            raise InputError(f"--out {out} is or holds the input {path}: give another folder for the draft")


@contextlib.contextmanager
def _locked(out: Path) -> Iterator[None]:
    """Hold the lock of ``out`` (a file beside it); wait up to ``LOCK_WAIT`` for another run."""
    with open(out.parent / f".{out.name}.lock", "a") as handle:
        deadline = time.monotonic() + LOCK_WAIT
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise InputError(f"another mergekit run is writing {out} (waited {LOCK_WAIT:.0f} s): "
                                     "let it finish, or give another --out") from None
                time.sleep(0.05)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _beside(out: Path, kind: str) -> list[Path]:
    return sorted(out.parent.glob(f".{glob.escape(out.name)}.{kind}-*"))


def _carry(source: Path, dest: Path) -> None:
    """Move what is not a draft file (an ``input/`` folder, the editor's notes) from
    ``source`` into ``dest``, unless ``dest`` already has it."""
    for entry in source.iterdir():
        if not (entry.is_file() and _DRAFT_FILE.fullmatch(entry.name)) and not (dest / entry.name).exists():
            os.rename(entry, dest / entry.name)


def _recover(out: Path) -> None:
    """Finish or undo what a killed run left beside ``out``. ``.new-*``: a draft still being
    written, dropped. ``.ready-*``: a complete draft; it becomes ``out`` when ``out`` is
    gone, else what it carried goes back. ``.old-*``: the previous draft; back in place
    when nothing else is, else dropped."""
    for staged in _beside(out, "new"):
        shutil.rmtree(staged, ignore_errors=True)
    for left in _beside(out, "ready") + _beside(out, "old"):  # a complete draft first
        if out.exists():
            _carry(left, out)
            shutil.rmtree(left, ignore_errors=True)
        else:
            os.rename(left, out)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux ``renameat2(RENAME_EXCHANGE)``); False where the
    system or the file system cannot."""
    libc = _libc()
    if libc is None:
        return False
    at_fdcwd, rename_exchange = -100, 2
    if libc.renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    return False


@functools.cache
def _libc():
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc if hasattr(libc, "renameat2") else None
    except OSError:
        return None


def _stage(out: Path, files: dict[str, str]) -> Path:
    """Every file in a new folder beside ``out``, renamed ``.ready-*`` once complete;
    modes follow the umask."""
    staged = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.new-"))
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(staged, 0o777 & ~umask)
    for name, text in files.items():
        with open(staged / name, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    ready = staged.with_name(staged.name.replace(".new-", ".ready-", 1))
    os.rename(staged, ready)
    return ready


def write_outputs(out: Path, files: dict[str, str], *, inputs: Iterable[Path] = ()) -> list[Path]:
    """Write ``files`` as the folder ``out``, as one unit: they are written into a new
    folder beside it, which then takes its place; the previous draft is kept until that
    succeeds, and what else ``out`` held (an ``input/`` folder) is carried over. A
    concurrent run into the same folder waits for the lock; a failure (a full disk)
    leaves the previous draft as it was."""
    check_output_folder(out, inputs)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create output folder {out}: {exc.strerror}") from None
    with _locked(out):
        _recover(out)
        try:
            ready = _stage(out, files)
        except OSError as exc:
            for staged in _beside(out, "new"):
                shutil.rmtree(staged, ignore_errors=True)
            raise InputError(f"cannot write the draft into {out}: {exc.strerror}; nothing was changed") from None
        if out.exists():
            _carry(out, ready)
            old = out.parent / ready.name.replace(".ready-", ".old-", 1)
            if _exchange(ready, out):  # one atomic step: ``ready`` now holds the previous draft
                os.rename(ready, old)
            else:  # two renames; a kill between them is undone by the next run's _recover
                os.rename(out, old)
                os.rename(ready, out)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.rename(ready, out)
    return [out / name for name in files]

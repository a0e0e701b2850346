"""Write a folder as one unit: whole, or not at all.

The folder is replaced whole: a new folder is written beside it and swapped into its
place in one atomic step (``renameat2``; two renames where the system lacks it), the
previous folder kept (as ``.NAME.old-*``) until the swap succeeds, so a kill or a full
disk at any moment leaves either the old folder or the new one, never a mix. A lock file
beside the folder (``.NAME.lock``) makes a concurrent writer into the same folder wait.
What the previous folder held besides the unit's own files is carried over. Files are
created with the modes the umask gives. ``run`` writes its draft this way
(``mergekit.outputs``), ``fetch`` its merge folder (``mergekit.net.folder``).

One file of such a folder is replaced alone with ``replace_file`` (a temporary file in
the same folder renamed over it, under the folder's lock): ``report`` rewrites
``report.html`` this way, ``review`` its decisions, ``rsp update`` its data.
"""

from __future__ import annotations

import contextlib
import ctypes
import fcntl
import functools
import glob
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from mergekit.errors import InputError

__all__ = ["LOCK_WAIT", "write_unit", "replace_file"]

LOCK_WAIT = 60.0  # seconds a run waits for another run writing the same folder


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


def _carry(source: Path, dest: Path, own: Callable[[Path], bool], renames: Mapping[str, str] | None = None) -> None:
    """Move what is not the unit's ``own`` (an ``input/`` folder, the editor's notes) from
    ``source`` into ``dest`` (as ``renames`` names it, else under its own name), unless
    ``dest`` already has it."""
    for entry in source.iterdir():
        name = (renames or {}).get(entry.name, entry.name)
        if not own(entry) and not (dest / name).exists():
            os.rename(entry, dest / name)


def _undo_carry(out: Path, ready: Path, own: Callable[[Path], bool], renames: Mapping[str, str] | None) -> None:
    """After a failed ``_carry``: what was carried goes back and the new unit is dropped; if
    even that fails, ``ready`` stays beside ``out`` for the next run's ``_recover``, so
    nothing carried (the review decisions) is deleted."""
    try:
        _carry(ready, out, own, {new: old for old, new in (renames or {}).items()})
    except OSError:
        return
    shutil.rmtree(ready, ignore_errors=True)


def _recover(out: Path, own: Callable[[Path], bool]) -> None:
    """Finish or undo what a killed run left beside ``out``. ``.new-*``: a draft still being
    written, dropped. ``.ready-*``: a complete unit; it becomes ``out`` when ``out`` is
    gone, else what it carried goes back. ``.old-*``: the previous folder; back in place
    when nothing else is, else dropped."""
    for staged in _beside(out, "new"):
        shutil.rmtree(staged, ignore_errors=True)
    for left in _beside(out, "ready") + _beside(out, "old"):  # a complete unit first
        if out.exists():
            _carry(left, out, own)
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
    return bool(libc.renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0)


@functools.cache
def _libc():
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc if hasattr(libc, "renameat2") else None
    except OSError:
        return None


def _stage(out: Path, files: Mapping[str, bytes]) -> Path:
    """Every file in a new folder beside ``out``, renamed ``.ready-*`` once complete;
    modes follow the umask."""
    staged = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.new-"))
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(staged, 0o777 & ~umask)
    for name, data in files.items():
        with open(staged / name, "wb") as handle:
            handle.write(data)
    ready = staged.with_name(staged.name.replace(".new-", ".ready-", 1))
    os.rename(staged, ready)
    return ready


def write_unit(out: Path, files: Mapping[str, str | bytes], *, own: Callable[[Path], bool],
               what: str, guard: Callable[[Path], Mapping[str, str] | None] | None = None) -> list[Path]:
    """Write ``files`` (text as UTF-8, bytes as given) as the folder ``out``, as one unit:
    they are written into a new folder beside it, which then takes its place; the previous
    folder is kept until that succeeds. ``own`` tells the entries of a previous ``out`` that
    the new unit replaces; the rest (an ``input/`` folder, the editor's notes) is carried
    over. A concurrent writer into the same folder waits for the lock; a failure (a full
    disk) leaves the previous folder as it was. ``what`` names the unit in an error. ``guard``
    looks at the previous ``out`` under the lock, before anything is written, and raises
    ``InputError`` to leave it as it is (``mergekit.outputs``: another merge's draft), or returns
    the new names of entries it carries over (another merge's review decisions, set aside)."""
    if out.exists() and not out.is_dir():
        raise InputError(f"output {out} is a file: give a folder for --out")
    payload = {name: data if isinstance(data, bytes) else data.encode("utf-8") for name, data in files.items()}
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create output folder {out}: {exc.strerror}") from None
    with _locked(out):
        _recover(out, own)
        renames = guard(out) if guard is not None and out.is_dir() else None
        try:
            ready = _stage(out, payload)
        except OSError as exc:
            for staged in _beside(out, "new"):
                shutil.rmtree(staged, ignore_errors=True)
            raise InputError(f"cannot write {what} into {out}: {exc.strerror}; nothing was changed") from None
        if out.exists():
            try:
                _carry(out, ready, own, renames)
            except OSError as exc:  # a folder the editor cannot change: a traceback before (trial-9)
                _undo_carry(out, ready, own, renames)
                raise InputError(f"cannot write {what} into {out}: {exc.strerror}; nothing was changed") from None
            old = out.parent / ready.name.replace(".ready-", ".old-", 1)
            if _exchange(ready, out):  # one atomic step: ``ready`` now holds the previous folder
                os.rename(ready, old)
            else:  # two renames; a kill between them is undone by the next run's _recover
                os.rename(out, old)
                os.rename(ready, out)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.rename(ready, out)
    return [out / name for name in files]


def replace_file(path: Path, data: str | bytes, *, what: str) -> None:
    """Replace the one file ``path`` with ``data``, atomically (a temporary file beside it,
    renamed over it), under the lock of its folder; the other files stay as they are. The
    mode follows the umask. A failure raises ``InputError`` naming ``what`` and leaves the
    old file whole."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    tmp = None
    try:
        with _locked(path.parent):
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
            with os.fdopen(fd, "wb") as handle:
                handle.write(raw)
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
            os.replace(tmp, path)
            tmp = None
    except OSError as exc:
        raise InputError(f"cannot write {what} {path}: {exc.strerror or exc}") from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)

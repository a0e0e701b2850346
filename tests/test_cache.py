"""The results cache (``mergekit.cache``): the same bytes with it, without it, cold and warm;
served only for the same input and code; damage, foreign owners, no room and concurrent
writers are misses, never errors; bounded; off with MERGEKIT_NO_CACHE; emptied by
``mergekit cache clear``."""

from __future__ import annotations

import multiprocessing
import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from mergekit import cache
from mergekit.check import draft as check_draft_module
from mergekit.cli import main
from mergekit.load import inputs as load_inputs
from mergekit.plan import planner
from mergekit.report import page

ROOT = Path(__file__).resolve().parents[1]
CASES = {"seeds": (ROOT / "seeds", ROOT / "drafts")} | {
    p.name: (p / "input", p / "expected") for p in sorted((ROOT / "tests" / "cases" / "merges").iterdir()) if p.is_dir()}
NOT_RUN_OUTPUT = {"report.png"}  # beside the golden files, not written by `mergekit run`


@pytest.fixture
def on(tmp_path, monkeypatch):
    """The results cache on, in a fresh folder; its ``results/`` path."""
    monkeypatch.delenv("MERGEKIT_NO_CACHE", raising=False)
    monkeypatch.setenv("MERGEKIT_CACHE_DIR", str(tmp_path / "user-cache"))
    return tmp_path / "user-cache" / "results"


def _entries(results: Path) -> list[Path]:
    return sorted(results.glob("*/*.pickle"))


def _run(folder: Path, out: Path) -> dict[str, bytes]:
    result = CliRunner().invoke(main, ["run", str(folder), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return {p.name: p.read_bytes() for p in out.iterdir()}


def _golden(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.name not in NOT_RUN_OUTPUT}


def _refuse(*_args, **_kwargs):
    raise AssertionError("computed, though the cache holds the result")


@pytest.mark.parametrize("name", list(CASES))
def test_cold_and_warm_runs_write_the_golden_bytes(name, on, tmp_path, monkeypatch):
    folder, golden = CASES[name]
    page._ENV.cache.clear()  # templates compiled by earlier tests in this process
    assert _run(folder, tmp_path / "cold") == _golden(golden)
    assert {p.parent.name for p in _entries(on)} == {"article", "news", "plan", "check", "template"}
    # Warm: nothing is parsed, planned, checked or compiled again (these raise if called), same bytes.
    page._ENV.cache.clear()
    monkeypatch.setattr(planner, "plan_merge", _refuse)
    monkeypatch.setattr(load_inputs, "_parse_article", _refuse)
    monkeypatch.setattr(load_inputs, "_parse_news", _refuse)
    monkeypatch.setattr(check_draft_module, "check_draft", _refuse)
    monkeypatch.setattr(page._ENV, "compile", _refuse)
    assert _run(folder, tmp_path / "warm") == _golden(golden)


def test_the_pipeline_loads_no_check_rule_until_a_draft_is_checked():
    # A warm run's check comes from the cache: importing the pipeline (and unpickling a
    # Report) must not load the rule families, 50 ms of a 0.3 s warm run.
    code = ("import sys, pickle, mergekit.pipeline\n"
            "from mergekit.check.model import Report\n"
            "pickle.loads(pickle.dumps(Report((), 'data')))\n"
            "print(sorted(m for m in sys.modules if m.startswith('mergekit.check.') and m.split('.')[-1] "
            "in ('core', 'cites', 'wtw', 'refs', 'document')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_off_writes_nothing_and_computes(on, monkeypatch):
    monkeypatch.setenv("MERGEKIT_NO_CACHE", "1")
    calls = []
    for _ in range(2):
        assert cache.cached("t", "key", lambda: calls.append(1) or "value", kind=str) == "value"
    assert calls == [1, 1] and not on.exists()


def test_same_key_and_code_is_served_other_key_or_code_is_computed(on, monkeypatch):
    calls = []

    def compute(value):
        return lambda: calls.append(value) or value

    assert cache.cached("t", ("text", 1), compute("a"), kind=str) == "a"
    assert cache.cached("t", ("text", 1), compute("b"), kind=str) == "a"  # served
    assert cache.cached("t", ("text", 2), compute("c"), kind=str) == "c"  # another input
    assert cache.cached("u", ("text", 1), compute("d"), kind=str) == "d"  # another kind of work
    monkeypatch.setattr(cache, "code_fingerprint", lambda: "another version of the code")
    assert cache.cached("t", ("text", 1), compute("e"), kind=str) == "e"
    assert calls == ["a", "c", "d", "e"]


def test_the_fingerprint_hashes_every_file_of_the_package(tmp_path, monkeypatch):
    package = tmp_path / "pkg"
    (package / "data").mkdir(parents=True)
    (package / "a.py").write_text("X = 1\n")
    (package / "data" / "words.toml").write_text("w = 1\n")
    monkeypatch.setattr(cache, "_PACKAGE", package)
    prints = []
    for change in (None, ("a.py", "X = 2\n"), ("data/words.toml", "w = 2\n"), ("data/new.tsv", "")):
        if change:
            (package / change[0]).write_text(change[1])
        cache.code_fingerprint.cache_clear()
        prints.append(cache.code_fingerprint())
    cache.code_fingerprint.cache_clear()
    assert len(set(prints)) == 4


def _damage(path: Path, how: str) -> None:
    data = path.read_bytes()
    if how == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif how == "empty":
        path.write_bytes(b"")
    elif how == "garbage":
        path.write_bytes(os.urandom(len(data)))
    elif how == "flipped payload byte":
        path.write_bytes(data[:-3] + bytes([data[-3] ^ 0x40]) + data[-2:])
    elif how == "another key's entry":
        other = cache._entry_name("t", "other key")[0]
        cache.store("t", "other key", "other value")
        shutil.copy(other, path)
    elif how == "a folder":
        path.unlink()
        path.mkdir()


@pytest.mark.parametrize("how", ["truncated", "empty", "garbage", "flipped payload byte", "another key's entry",
                                 "a folder"])
def test_a_damaged_entry_is_recomputed_never_an_error(how, on):
    cache.store("t", "key", "value")
    path, _ = cache._entry_name("t", "key")
    _damage(path, how)
    assert cache.cached("t", "key", lambda: "recomputed", kind=str) == "recomputed"
    if how != "a folder":  # rewritten whole
        assert cache.load("t", "key", str) == "recomputed"


def test_a_value_of_another_type_is_a_miss(on):
    cache.store("t", "key", ["a", "list"])
    assert cache.cached("t", "key", lambda: "text", kind=str) == "text"


def test_a_damaged_plan_entry_reruns_to_the_same_bytes(on, tmp_path):
    first = _run(ROOT / "seeds", tmp_path / "one")
    for path in _entries(on):
        path.write_bytes(path.read_bytes()[:100])
    assert _run(ROOT / "seeds", tmp_path / "two") == first


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="chown to another user needs root")
def test_an_entry_owned_by_another_user_is_not_read(on):
    cache.store("t", "key", "planted")
    path, _ = cache._entry_name("t", "key")
    os.chown(path, 12345, 12345)
    assert cache.load("t", "key", str) is None


def test_no_room_or_no_folder_is_a_miss(on, monkeypatch, tmp_path):
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("MERGEKIT_CACHE_DIR", str(blocker))
    assert cache.cached("t", "key", lambda: "value", kind=str) == "value"
    assert _run(ROOT / "seeds", tmp_path / "out") == _golden(ROOT / "drafts")


def test_the_cache_is_bounded_least_recently_used_first(on):
    value = "x" * 1000
    cache.store("t", 0, value, max_bytes=10_000)
    for key in range(1, 30):
        assert cache.load("t", 0, str) == value  # key 0 is used all along
        cache.store("t", key, value, max_bytes=10_000)
        assert sum(p.stat().st_size for p in _entries(on)) <= 10_000
    assert cache.load("t", 0, str) == value
    assert cache.load("t", 1, str) is None  # the oldest unused went first
    assert cache.load("t", 29, str) == value


def _writer(args: tuple[str, int]) -> None:
    directory, n = args
    os.environ["MERGEKIT_CACHE_DIR"] = directory
    os.environ.pop("MERGEKIT_NO_CACHE", None)
    for round_ in range(30):
        cache.store("t", "shared", "y" * 50_000)  # every writer, the same entry
        cache.store("t", (n, round_), n)
        assert cache.load("t", "shared", str) in (None, "y" * 50_000)


def test_concurrent_writers_leave_whole_entries_only(on):
    directory = str(on.parent)
    with multiprocessing.get_context("fork").Pool(4) as pool:
        pool.map(_writer, [(directory, n) for n in range(4)])
    assert cache.load("t", "shared", str) == "y" * 50_000
    assert all(cache.load("t", (n, r), int) == n for n in range(4) for r in range(30))
    assert not list(on.glob("*/.tmp-*")), "a temporary file was left behind"


def test_cache_clear_and_info_cover_the_results(on, tmp_path):
    _run(ROOT / "seeds", tmp_path / "out")
    count = len(_entries(on))
    info = CliRunner().invoke(main, ["cache", "info"])
    assert f"results: {count} in {on}" in info.output
    cleared = CliRunner().invoke(main, ["cache", "clear"])
    assert cleared.exit_code == 0, cleared.output
    assert cleared.output.endswith(f"cleared {count} cached results\n")
    assert _entries(on) == []
    assert "results: 0 in" in CliRunner().invoke(main, ["cache", "info"]).output


def test_keys_do_not_depend_on_the_process():
    """The key of loaded inputs pickles to the same bytes in another process (a set in them
    would not, and every run would miss); both parse afresh (the suite runs without the cache)."""
    from mergekit.load.inputs import load_folder

    assert not cache.enabled()
    here = pickle.dumps(load_folder(ROOT / "seeds", run_date="2024-05-01"), protocol=pickle.HIGHEST_PROTOCOL)
    code = ("import pickle, sys; from pathlib import Path; from mergekit.load.inputs import load_folder; "
            f"sys.stdout.buffer.write(pickle.dumps(load_folder(Path({str(ROOT / 'seeds')!r}), run_date='2024-05-01'), "
            "protocol=pickle.HIGHEST_PROTOCOL))")
    import subprocess
    import sys

    there = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": "12345"}).stdout
    assert here == there


def test_temporary_files_are_not_entries_and_a_dead_writers_go(on):
    cache.store("t", "key", "value")
    folder = cache._entry_name("t", "key")[0].parent
    fresh, stale = folder / ".tmp-writing.pickle", folder / ".tmp-dead.pickle"
    for path in (fresh, stale):
        path.write_bytes(b"half an entry")
    os.utime(stale, (0, 0))
    assert cache.stats().entries == 1
    cache._prune(on, cache.MAX_BYTES)
    assert fresh.exists() and not stale.exists()
    assert cache.clear() == 1 and not fresh.exists()

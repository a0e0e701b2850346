"""Bad input to ``mergekit run``: one clear line, exit 2, nothing written."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from mergekit.cli import main

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
TARGET = SEEDS / "Camp_Ashraf_3.wikitext"
NEWS = SEEDS / "001_59580324c2911592.txt"


def _bad_source(tmp: Path, kind: str) -> Path:
    path = tmp / "source.txt"
    if kind == "missing":
        return tmp / "nope.txt"
    if kind == "directory":
        path.mkdir()
    elif kind == "empty":
        path.write_text("")
    elif kind == "binary":
        path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    elif kind == "latin-1":
        path.write_bytes("Manëz is a town. It lies near Durrës.".encode("latin-1"))
    elif kind == "no sentences":
        path.write_text("Background\n\nReactions\n\nSee also\n")
    return path


@pytest.mark.parametrize(
    "kind, message",
    [
        ("missing", "does not exist"),
        ("directory", "is a directory"),
        ("empty", "is empty"),
        ("binary", "is binary"),
        ("latin-1", "is not UTF-8"),
        ("no sentences", "no sentences of prose"),
    ],
)
def test_bad_source_exits_2_with_one_line_and_writes_nothing(tmp_path, kind, message):
    source = _bad_source(tmp_path, kind)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", "--source", str(source), "--target", str(TARGET),
                                       "--news", str(NEWS), "--out", str(out)])
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and message in lines[0]
    assert str(source.name) in lines[0]
    assert "Traceback" not in result.output
    assert not out.exists()


@pytest.mark.parametrize(
    "args, message",
    [
        (["--source", str(SEEDS / "000_cca1debf4f80bbf1.txt")], "give both --source and --target"),
        (["--date", "15/08/2023"], "is not a date"),
        ([str(SEEDS / "nope")], "does not exist"),
        (["--news", str(NEWS)], "go with --source"),
    ],
)
def test_usage_mistakes_exit_2(tmp_path, args, message):
    result = CliRunner().invoke(main, ["run", *args, "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert message in result.output and len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists()


def test_out_is_a_file(tmp_path):
    out = tmp_path / "out"
    out.write_text("keep me")
    result = CliRunner().invoke(main, ["run", str(SEEDS), "--out", str(out)])
    assert result.exit_code == 2 and "is a file" in result.output
    assert out.read_text() == "keep me"


def test_bad_manifest(tmp_path):
    folder = tmp_path / "merge"
    folder.mkdir()
    for path in SEEDS.iterdir():
        if path.name != "merge.toml":
            (folder / path.name).write_bytes(path.read_bytes())
    (folder / "merge.toml").write_text('date = "yesterday"\n')
    result = CliRunner().invoke(main, ["run", str(folder), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2 and "merge.toml" in result.output and "YYYY-MM-DD" in result.output
    assert not (tmp_path / "out").exists()


def _commands(group, prefix=()):
    ctx = click.Context(group)
    for name in group.list_commands(ctx):  # commands load lazily: ask the group, not its dict
        command = group.get_command(ctx, name)
        yield (*prefix, name)
        if hasattr(command, "commands"):
            yield from _commands(command, (*prefix, name))


@pytest.mark.parametrize("command", list(_commands(main)), ids=" ".join)
def test_every_command_has_help_with_an_example(command):
    result = CliRunner().invoke(main, [*command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output


def test_a_news_file_of_only_site_furniture_is_reported_not_fatal(tmp_path):
    junk = tmp_path / "junk.txt"
    junk.write_text("Home\n\nNews\n\nSport\n\nSubscribe\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", "--source", str(SEEDS / "000_cca1debf4f80bbf1.txt"),
                                       "--target", str(TARGET), "--news", str(NEWS), "--news", str(junk),
                                       "--manifest", str(SEEDS / "merge.toml"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    flags = (out / "flags.json").read_text(encoding="utf-8")
    assert '"url": "junk.txt"' in flags and "no prose" in flags
    assert "junk.txt" in (out / "talk.wikitext").read_text(encoding="utf-8")


def test_a_failed_write_changes_nothing(tmp_path, monkeypatch):
    """A full disk on the third file: the earlier draft stays whole, no temporary files remain."""
    import errno

    from mergekit import unit

    out = tmp_path / "out"
    out.mkdir()
    (out / "flags.json").write_text("earlier draft")
    real_open, calls = open, []

    def failing_open(path, mode="r", *args, **kwargs):
        if "w" in mode:
            calls.append(path)
            if len(calls) == 3:
                raise OSError(errno.ENOSPC, "No space left on device")
        return real_open(path, mode, *args, **kwargs)

    monkeypatch.setattr(unit, "open", failing_open, raising=False)
    # --force: a flags.json that is no run of this merge is otherwise refused before any write
    result = CliRunner().invoke(main, ["run", str(SEEDS), "--out", str(out), "--force"])
    assert result.exit_code == 2 and "nothing was changed" in result.output
    assert sorted(p.name for p in out.iterdir()) == ["flags.json"]
    assert (out / "flags.json").read_text() == "earlier draft"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.lock", "out"]  # nothing staged is left


def test_an_output_folder_whose_files_cannot_be_moved_is_one_line_and_loses_nothing(tmp_path, monkeypatch):
    """Trial-9: `run` into a folder the editor cannot change (read-only, immutable) ended in a
    traceback from moving its decisions.toml into the new draft, and left a ``.out.ready-*``
    folder beside it. It is one line, exit 2; the folder and its review decisions stay as they were."""
    import errno

    from mergekit import unit

    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["run", str(SEEDS), "--out", str(out)]).exit_code == 0
    (out / "decisions.toml").write_text('[decisions."unsourced-1"]\naction = "drop"\n')
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    real_rename = unit.os.rename

    def refusing_rename(src, dst):
        if Path(src).parent == out:
            raise OSError(errno.EPERM, "Operation not permitted")
        return real_rename(src, dst)

    monkeypatch.setattr(unit.os, "rename", refusing_rename)
    result = CliRunner().invoke(main, ["run", str(SEEDS), "--out", str(out)])
    assert result.exit_code == 2, result.output
    assert "Operation not permitted" in result.output and "Traceback" not in result.output
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.lock", "out"]  # nothing staged is left

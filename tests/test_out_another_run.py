"""``mergekit run --out OUT`` into a folder holding another merge's run (rv10: the seed default
run into it replaced its talk.wikitext, flags.json and report.html and left the other
destination's draft beside): refused in one line, exit 2, nothing written, unless --force."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from mergekit.cli.app import main

TRIAL4 = Path(__file__).parent / "data" / "trial4"
MERGES = Path(__file__).parent / "cases" / "merges"


def _run(*args: str):
    return CliRunner().invoke(main, ["run", *args])


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_a_run_of_other_inputs_is_refused_and_left_as_it_was(tmp_path):
    out = tmp_path / "draft"
    assert _run(str(TRIAL4), "--out", str(out), "--date", "2023-07-21").exit_code == 0
    before = _snapshot(out)
    ran = _run(str(MERGES / "harbour" / "input"), "--out", str(out))
    assert ran.exit_code == 2, ran.output
    assert "another merge" in ran.output and "--force" in ran.output
    assert len(ran.output.strip().splitlines()) == 1
    assert _snapshot(out) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".draft.") and not p.name.endswith(".lock")]


def test_force_replaces_it_whole(tmp_path):
    out = tmp_path / "draft"
    assert _run(str(TRIAL4), "--out", str(out), "--date", "2023-07-21").exit_code == 0
    ran = _run(str(MERGES / "harbour" / "input"), "--out", str(out), "--force")
    assert ran.exit_code == 0, ran.output
    assert not (out / "2023_Ashes_series.wikitext").exists()  # the other destination's draft is gone


def test_a_rerun_of_the_same_merge_replaces_its_draft_and_keeps_the_editors_notes(tmp_path):
    out = tmp_path / "draft"
    assert _run(str(TRIAL4), "--out", str(out), "--date", "2023-07-21").exit_code == 0
    (out / "notes.txt").write_text("mine\n", encoding="utf-8")
    ran = _run(str(TRIAL4), "--out", str(out), "--date", "2023-07-21")
    assert ran.exit_code == 0, ran.output
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine\n"


def test_a_folder_mergekit_did_not_write_is_refused(tmp_path):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "thesis.tex").write_text("x\n", encoding="utf-8")
    ran = _run(str(TRIAL4), "--out", str(out), "--date", "2023-07-21")
    assert ran.exit_code == 2, ran.output
    assert "did not write" in ran.output
    assert sorted(p.name for p in out.iterdir()) == ["thesis.tex"]
    assert _run(str(TRIAL4), "--out", str(tmp_path / "empty"), "--date", "2023-07-21").exit_code == 0


def test_beside_this_merges_flags_another_destinations_draft_is_refused(tmp_path):
    out = tmp_path / "draft"
    assert _run(str(TRIAL4), "--out", str(out), "--date", "2023-07-21").exit_code == 0
    shutil.copy(out / "2023_Ashes_series.wikitext", out / "Other_page.wikitext")
    ran = _run(str(TRIAL4), "--out", str(out), "--date", "2023-07-21")
    assert ran.exit_code == 2 and "Other_page.wikitext" in ran.output, ran.output


def test_what_mergekit_writes_beside_a_draft_is_no_strangers(tmp_path):
    from mergekit.jobs import BACKLOG_INPUT
    from mergekit.outputs import another_run
    from mergekit.review.store import DECISIONS_FILE

    out = tmp_path / "page"
    (out / BACKLOG_INPUT).mkdir(parents=True)  # a backlog page: its fetched merge, then the draft
    (out / DECISIONS_FILE).write_text("", encoding="utf-8")
    assert another_run(out, {"flags.json": "{}"}) is None
    (out / "thesis.tex").write_text("x", encoding="utf-8")
    assert another_run(out, {"flags.json": "{}"}) is not None


def test_the_library_writer_alone_still_replaces_a_folder_whole(tmp_path):
    from mergekit.outputs import write_outputs

    out = tmp_path / "out"
    write_outputs(out, {"A.wikitext": "a", "flags.json": "{}"})
    write_outputs(out, {"B.wikitext": "b", "flags.json": "{}"})  # refuse_other is draft_merge's
    assert sorted(p.name for p in out.iterdir()) == ["B.wikitext", "flags.json"]

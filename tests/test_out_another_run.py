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


# rv11: the merge's identity is its titles; the messages name what differs and how the folder
# was chosen; a backlog page is re-drafted; --force sets another merge's decisions aside.

HARBOUR_INTO = "'2024 Vlorë harbour strike' into 'Port of Vlorë'"
BAIRSTOW_INTO = "'Dismissal of Jonny Bairstow' into '2023 Ashes series'"


def test_the_same_merge_from_a_renamed_input_file_is_no_other_merge(tmp_path):
    out = tmp_path / "draft"
    source, target = TRIAL4 / "Dismissal_of_Jonny_Bairstow.wikitext", TRIAL4 / "2023_Ashes_series.wikitext"
    assert _run("--source", str(source), "--target", str(target), "--out", str(out),
                "--date", "2023-07-21").exit_code == 0
    renamed = tmp_path / "edit"
    renamed.mkdir()
    shutil.copy(source, renamed / "Bairstow_fixed.wikitext")
    shutil.copy(target, renamed / "Ashes.wikitext")
    ran = _run("--source", str(renamed / "Bairstow_fixed.wikitext"), "--target", str(renamed / "Ashes.wikitext"),
               "--out", str(out), "--date", "2023-07-21")
    assert ran.exit_code == 0, ran.output
    assert '"file": "Bairstow_fixed.wikitext"' in (out / "flags.json").read_text(encoding="utf-8")


def test_titles_are_compared_as_mediawiki_does_and_files_only_without_titles():
    from mergekit.outputs import Merge

    assert Merge("las_Vegas shooting", "a.txt", "Las Vegas", "b.wikitext").same(
        Merge("Las Vegas shooting", "c.txt", "las Vegas", "d.wikitext"))
    assert not Merge("A", "a.txt", "B", "b.wikitext").same(Merge("A", "a.txt", "C", "b.wikitext"))
    # an older or hand-made flags.json without titles: the files decide, as before
    assert Merge(None, "a.txt", None, "b.wikitext").same(Merge(None, "a.txt", None, "b.wikitext"))
    assert not Merge(None, "a.txt", None, "b.wikitext").same(Merge("A", "c.txt", "B", "b.wikitext"))


def test_the_refusal_names_both_merges_and_the_folder_by_its_option(tmp_path, monkeypatch):
    out = tmp_path / "draft"
    assert _run(str(TRIAL4), "--out", str(out), "--date", "2023-07-21").exit_code == 0
    ran = _run(str(MERGES / "harbour" / "input"), "--out", str(out))
    assert ran.exit_code == 2
    assert f"its flags.json is for {BAIRSTOW_INTO}; this run is {HARBOUR_INTO}" in ran.output, ran.output
    assert f"--out {out} holds" in ran.output and "--force" in ran.output
    # no --out given: the default folder is named as such, not as an --out the editor never gave
    monkeypatch.chdir(tmp_path)
    shutil.copytree(out, tmp_path / "drafts" / "Port_of_Vlorë")
    ran = _run(str(MERGES / "harbour" / "input"))
    assert ran.exit_code == 2
    assert ran.output.startswith("Error: the draft folder drafts/Port_of_Vlorë (the default"), ran.output
    assert "--out drafts" not in ran.output


def test_an_unreadable_flags_json_is_said_to_be_so(tmp_path):
    out = tmp_path / "draft"
    assert _run(str(TRIAL4), "--out", str(out), "--date", "2023-07-21").exit_code == 0
    (out / "flags.json").write_text("{not json", encoding="utf-8")
    ran = _run(str(TRIAL4), "--out", str(out), "--date", "2023-07-21")
    assert ran.exit_code == 2
    assert "its flags.json cannot be read" in ran.output and "did not write" not in ran.output, ran.output


DECISION = '[decisions."unsourced-0000000000"]\naction = "dismiss"\nkind = "unsourced"\n'


def test_force_over_another_merge_sets_its_decisions_aside_and_keeps_them(tmp_path):
    out = tmp_path / "draft"
    assert _run(str(TRIAL4), "--out", str(out), "--date", "2023-07-21").exit_code == 0
    (out / "decisions.toml").write_text(DECISION, encoding="utf-8")
    ran = _run(str(MERGES / "harbour" / "input"), "--out", str(out), "--force")
    assert ran.exit_code == 0, ran.output
    assert "Review decisions" not in ran.output
    assert [line for line in ran.output.splitlines() if "decisions.other.toml" in line] == [
        "Set aside the other merge's review decisions as decisions.other.toml (not applied to this merge)"]
    assert not (out / "decisions.toml").exists()
    assert (out / "decisions.other.toml").read_text(encoding="utf-8") == DECISION
    # once more, over a folder holding one set aside already: neither is lost
    (out / "decisions.toml").write_text(DECISION, encoding="utf-8")
    assert _run(str(TRIAL4), "--out", str(out), "--date", "2023-07-21", "--force").exit_code == 0
    assert (out / "decisions.other.toml").is_file() and (out / "decisions.other-2.toml").is_file()
    # and a rerun of the same merge keeps its own decisions where they are
    (out / "decisions.toml").write_text(DECISION, encoding="utf-8")
    ran = _run(str(TRIAL4), "--out", str(out), "--date", "2023-07-21", "--force")
    assert ran.exit_code == 0 and "Set aside" not in ran.output and (out / "decisions.toml").is_file()


def test_a_backlog_page_whose_destination_changed_is_drafted_again(tmp_path, monkeypatch):
    from types import SimpleNamespace

    import mergekit.net.folder
    from mergekit.jobs import BACKLOG_INPUT, draft_backlog_page
    from mergekit.net.backlog import Status, draft_dir

    fetched = {"merge": TRIAL4}

    def fake_fetch(api_url, title, target, news, *, out, **_):
        if out.exists():
            shutil.rmtree(out)
        shutil.copytree(fetched["merge"], out)
        return SimpleNamespace(already_merged=False, target=SimpleNamespace(title="the destination"))

    monkeypatch.setattr(mergekit.net.folder, "fetch_merge", fake_fetch)

    def page():
        return draft_backlog_page("Page", api_url="-", root=tmp_path, settings=None, run_date="2024-05-21")

    assert page().status is Status.DRAFTED
    folder = draft_dir(tmp_path, "Page")
    (folder / "decisions.toml").write_text(DECISION, encoding="utf-8")
    fetched["merge"] = MERGES / "harbour" / "input"  # its destination changed since
    outcome = page()
    assert outcome.status is Status.DRAFTED, outcome
    assert (folder / "Port_of_Vlorë.wikitext").is_file() and not (folder / "2023_Ashes_series.wikitext").exists()
    assert (folder / BACKLOG_INPUT).is_dir() and (folder / "decisions.other.toml").is_file()
    assert "decisions.other.toml" in outcome.message


def test_force_over_an_unreadable_flags_json_sets_the_decisions_aside_too(tmp_path):
    # review rv12: a flags.json that cannot be read told nothing of its merge, so under
    # --force another merge's decisions.toml was applied to this one.
    out = tmp_path / "draft"
    assert _run(str(TRIAL4), "--out", str(out), "--date", "2023-07-21").exit_code == 0
    (out / "decisions.toml").write_text(DECISION, encoding="utf-8")
    (out / "flags.json").write_text("garbage", encoding="utf-8")
    ran = _run(str(MERGES / "harbour" / "input"), "--out", str(out), "--force")
    assert ran.exit_code == 0, ran.output
    assert not (out / "decisions.toml").exists()
    assert (out / "decisions.other.toml").read_text(encoding="utf-8") == DECISION

"""`mergekit check` on the command line, and `mergekit run` failing on its own draft's errors."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from click.testing import CliRunner

from mergekit.cli import main

ROOT = Path(__file__).resolve().parents[1]
BROKEN = """{{Use dmy dates|date=July 2023}}
The raid began at dawn.<ref name="gone" /> Police said it was legal.<ref>{{cite news |title=Legal |url=https://www.reuters.com/x |work=Reuters |date=June 20, 2023}}</ref>

{{Reflist}}
"""


def test_default_is_the_seed_draft_warnings_only_exit_0(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("drafts/Camp_Ashraf_3.wikitext: 0 error(s),")
    assert "reliability data: built-in subset, as of " in result.output
    assert "[wtw/label] MOS:LABEL: \u201cregime\u201d" in result.output


def test_errors_exit_1_grouped_by_line_with_snippet(tmp_path):
    path = tmp_path / "a.wikitext"
    path.write_text(BROKEN, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 1
    assert "1 error(s), 1 warning(s)" in result.output
    block = result.output.split("\nline 2: ", 1)[1]
    assert block.startswith("The raid began at dawn.<ref name=\"gone\" />")  # the snippet, once
    assert "2:24 error [refs/undefined]" in block and "[cite/date-format]" in block


def test_json_has_findings_and_summary(tmp_path):
    path = tmp_path / "a.wikitext"
    path.write_text(BROKEN, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(path), "--json"])
    assert result.exit_code == 1
    data = json.loads(result.output)
    assert set(data) == {"findings", "summary"}
    first = data["findings"][0]
    assert {k: first[k] for k in ("rule", "severity", "line", "column")} == {
        "rule": "refs/undefined", "severity": "error", "line": 2, "column": 24}
    assert first["message"] and first["fix"]
    assert data["summary"]["errors"] == 1 and data["summary"]["warnings"] == 1
    assert data["summary"]["reliability_data"].startswith("built-in subset")


def test_bad_input_exit_2_one_line(tmp_path):
    runner = CliRunner()
    missing = runner.invoke(main, ["check", str(tmp_path / "nope.wikitext")])
    assert missing.exit_code == 2 and "no such file" in missing.output and "Traceback" not in missing.output
    binary = tmp_path / "b.wikitext"
    binary.write_bytes(b"\xff\xfe\x00bad")
    result = runner.invoke(main, ["check", str(binary)])
    assert result.exit_code == 2 and "not UTF-8" in result.output
    both = runner.invoke(main, ["check", str(binary), "--title", "X"])
    assert both.exit_code == 2 and "not both" in both.output
    offline = runner.invoke(main, ["check", str(binary), "--online", "--offline"])
    assert offline.exit_code == 2 and "drop --offline" in offline.output


def test_run_fails_loudly_on_an_error_in_its_own_draft_and_writes_nothing(tmp_path):
    """News dated after the run's date: the draft would cite a publication date in the future."""
    folder = tmp_path / "merge"
    shutil.copytree(ROOT / "tests" / "cases" / "merges" / "eldham" / "input", folder, symlinks=False)
    manifest = folder / "merge.toml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace('date = "2024-06-01"', 'date = "2020-01-01"'))
    result = CliRunner().invoke(main, ["run", str(folder), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "did not pass `mergekit check`; nothing was written" in result.output
    assert "error [cite/future-date]" in result.output and "fix:" in result.output
    assert not (tmp_path / "out").exists()


def test_run_puts_warnings_into_flags_and_talk(tmp_path):
    result = CliRunner().invoke(main, ["run", str(ROOT / "seeds"), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    flags = json.loads((tmp_path / "flags.json").read_text(encoding="utf-8"))
    assert flags["check"]["summary"]["errors"] == 0
    # One warning for each cite the new section defines without a url, work or date.
    added = (tmp_path / "Camp_Ashraf_3.diff").read_text(encoding="utf-8")
    incomplete = [c for c in re.findall(r"\{\{cite (?:news|web)[^}]*\}\}", added)
                  if not all(f"|{key}=" in c for key in ("url", "work", "date"))]
    assert flags["check"]["summary"]["rules"]["cite/incomplete"] == len(incomplete) > 0
    talk = (tmp_path / "talk.wikitext").read_text(encoding="utf-8")
    assert "=== Citation and wording check ===" in talk and talk.endswith("\n\n~~~~\n")


def test_real_case_copiapo_drafts_without_cite_errors(tmp_path):
    """Once the draft reused the destination's unnamed <ref> as <ref name="#1" /> (a Cite
    error); check caught it, and the run must now pass its check."""
    folder = ROOT / "tests" / "cases" / "real" / "copiapo-mining-accident" / "input"
    result = CliRunner().invoke(main, ["run", str(folder), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output


def test_a_citation_error_the_source_article_wrote_is_a_warning_not_a_stop(tmp_path):
    """A real merge trial: the source's {{cite news ... |date=27/08/2016}} (a common shape) stopped
    the run with exit 1 and nothing written, naming a line of a draft the editor could not see.
    The draft carries the field as written; the talk post names it for the editor to fix."""
    folder = tmp_path / "merge"
    folder.mkdir()
    (folder / "2023_Tirana_camp_raid.wikitext").write_text(
        "{{Afd-merge to|Camp Ashraf 3|2023 Tirana camp raid|1 August 2023}}\n"
        "The '''2023 Tirana camp raid''' was a police raid on Camp Ashraf 3 in June 2023.<ref name=\"mem\">"
        "{{cite news |title=Albania police raid exiled Iran opposition camp |work=Middle East Monitor "
        "|date=21/06/2023}}</ref>\n\n== References ==\n{{Reflist}}\n", encoding="utf-8")
    shutil.copy(ROOT / "seeds" / "Camp_Ashraf_3.wikitext", folder)
    shutil.copy(ROOT / "seeds" / "001_59580324c2911592.txt", folder)
    (folder / "merge.toml").write_text('date = "2023-08-15"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(folder), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    talk = (tmp_path / "out" / "talk.wikitext").read_text(encoding="utf-8")
    assert "date=21/06/2023 is not a date CS1 reads, as the source article has it" in talk
    assert "|date=21/06/2023}}" in (tmp_path / "out" / "Camp_Ashraf_3.wikitext").read_text(encoding="utf-8")

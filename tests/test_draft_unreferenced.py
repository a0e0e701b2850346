"""A new section that cites nothing opens with one {{Unreferenced section}}, not a
{{citation needed}} per sentence (WP:TAGBOMB); one citation anywhere keeps the inline tags.
Small invented merges, run end to end, and the auditor's ``bare-sentence`` rule on them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from mergekit.audit import audit
from mergekit.load.inputs import load_folder
from mergekit.outputs import render_outputs
from mergekit.plan import plan_merge

WEND = Path(__file__).resolve().parent / "cases" / "honest" / "wend"
DRAFT = "Marlow_Green.wikitext"
BANNER = "{{Unreferenced section|date=June 2024}}"  # merge.toml's date: 2024-06-20
# The Gazette says nothing the article says: no citation can be added.
GAZETTE = "Village fete raises funds\n\nMay 13, 2024\n\nThe Marlow Green fete raised money for the church roof.\n"
SENTENCES = ("The Wend footbridge collapse happened at Marlow Green on 12 May 2024.",
             "The bridge had been built in 1911 by the parish council.",
             "It was due to be inspected in the autumn.")


def _folder(tmp_path: Path, source: str) -> Path:
    folder = tmp_path / "wend"
    shutil.copytree(WEND, folder)
    (folder / "Wend_footbridge_collapse.txt").write_text(source, encoding="utf-8")
    (folder / "gazette.txt").write_text(GAZETTE, encoding="utf-8")
    toml = (folder / "merge.toml").read_text(encoding="utf-8")
    source_file = 'title = "Wend footbridge collapse"\nfile = "Wend_footbridge_collapse.txt"'
    (folder / "merge.toml").write_text(toml.replace('title = "Wend footbridge collapse"', source_file), encoding="utf-8")
    return folder


def _run(folder: Path):
    inputs = load_folder(folder)
    plan = plan_merge(inputs)
    return inputs, plan, render_outputs(plan, inputs)


def _section(draft: str) -> str:
    return draft.partition("== Wend footbridge collapse ==\n")[2]


def test_a_section_with_no_citation_gets_one_banner_and_no_inline_tags(tmp_path):
    inputs, plan, files = _run(_folder(tmp_path, " ".join(SENTENCES) + "\n"))
    section = _section(files[DRAFT])
    assert section.startswith(BANNER + "\n")
    assert files[DRAFT].count("Unreferenced section") == 1
    assert "citation needed" not in section.lower()
    assert "<ref" not in section
    # The talk post quotes the text as proposed, and still lists each uncited sentence.
    talk = files["talk.wikitext"]
    assert BANNER in talk and "citation needed" not in talk.lower()
    flagged = json.loads(files["flags.json"])["findings"]
    unsourced = {f["sentence"] for f in flagged if f["kind"] == "unsourced"}
    assert unsourced == set(SENTENCES)
    for sentence in SENTENCES:
        assert sentence[:40] in talk.split("=== Points to check ===")[1]
    assert audit(inputs, plan, files, afd_given=False) == []


def test_one_citation_anywhere_keeps_the_inline_tags(tmp_path):
    source = (f"{SENTENCES[0]}[1] {' '.join(SENTENCES[1:])}\n\nReferences\n\n"
              "  1. ^ \"Footbridge over the Wend collapses\". Marlow Gazette. 2024-05-13. Retrieved 2024-06-01.\n")
    inputs, plan, files = _run(_folder(tmp_path, source))
    section = _section(files[DRAFT])
    assert "Unreferenced section" not in files[DRAFT]
    assert "<ref" in section
    assert section.count("{{citation needed|date=June 2024}}") == 2
    assert audit(inputs, plan, files, afd_given=False) == []


def test_the_banner_date_is_the_run_date_never_the_input(tmp_path):
    hostile = "The plaque read {{Unreferenced section|date=January 1999}} in 1911. " + " ".join(SENTENCES[1:])
    _, _, files = _run(_folder(tmp_path, hostile + "\n"))
    section = _section(files[DRAFT])
    assert section.startswith(BANNER + "\n")
    assert "{{Unreferenced section|date=January 1999}}" not in files[DRAFT]


def test_the_audit_rejects_a_bare_sentence_without_the_banner(tmp_path):
    inputs, plan, files = _run(_folder(tmp_path, " ".join(SENTENCES) + "\n"))
    rules = lambda changed: {v.rule for v in audit(inputs, plan, changed, afd_given=False)}  # noqa: E731
    assert "bare-sentence" not in rules(files)
    assert "bare-sentence" in rules({**files, DRAFT: files[DRAFT].replace(BANNER + "\n", "")})
    # dated otherwise than the run, or on a section that cites a source, it stands for nothing
    assert "bare-sentence" in rules({**files, DRAFT: files[DRAFT].replace("June 2024", "January 1999")})
    cited = files[DRAFT].replace("12 May 2024.", "12 May 2024.<ref>{{cite news |title=X}}</ref>")
    assert "bare-sentence" in rules({**files, DRAFT: cited})


def test_the_audit_still_rejects_a_bare_sentence_where_others_are_cited(tmp_path):
    source = (f"{SENTENCES[0]}[1] {' '.join(SENTENCES[1:])}\n\nReferences\n\n"
              "  1. ^ \"Footbridge over the Wend collapses\". Marlow Gazette. 2024-05-13. Retrieved 2024-06-01.\n")
    inputs, plan, files = _run(_folder(tmp_path, source))
    stripped = files[DRAFT].replace("{{citation needed|date=June 2024}}", "", 1)
    assert "bare-sentence" in {v.rule for v in audit(inputs, plan, {**files, DRAFT: stripped}, afd_given=False)}


def test_text_joining_a_section_the_destination_has_keeps_the_inline_tags(tmp_path):
    # That section is the destination's: a banner at the merged text would speak for it all.
    folder = _folder(tmp_path, " ".join(SENTENCES) + "\n")
    page = (folder / DRAFT).read_text(encoding="utf-8")
    (folder / DRAFT).write_text(page.replace("== References ==", "== History ==\nThe green was common land.\n\n"
                                             "== References =="), encoding="utf-8")
    inputs = load_folder(folder)
    plan = plan_merge(inputs, section_title="History")
    files = render_outputs(plan, inputs)
    assert plan.existing is not None
    assert "Unreferenced section" not in files[DRAFT]
    assert files[DRAFT].count("{{citation needed|date=June 2024}}") == len(SENTENCES)
    assert audit(inputs, plan, files, afd_given=False) == []

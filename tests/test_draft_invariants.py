"""What must hold of any draft: refs defined once, the redirect's section exists, the
destination outside the new section is byte-identical, and inputs cannot inject markup."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import mwparserfromhell
import pytest
from click.testing import CliRunner

from mergekit.cli import main
from mergekit.load.wikitext import ref_name

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = [ROOT / "seeds"] + sorted((ROOT / "tests" / "cases" / "merges").glob("*/input"))


@pytest.fixture(params=FOLDERS, ids=lambda p: p.parent.name if p.name == "input" else p.name)
def drafted(request, tmp_path):
    result = CliRunner().invoke(main, ["run", str(request.param), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    flags = json.loads((tmp_path / "flags.json").read_text(encoding="utf-8"))
    target = request.param / flags["target"]["file"]
    page = next(p for p in tmp_path.glob("*.wikitext") if p.name not in ("talk.wikitext", "redirect.wikitext", "talk-templates.wikitext"))
    return tmp_path, page.read_text(encoding="utf-8"), target.read_text(encoding="utf-8"), flags


def _new_section(draft: str, title: str) -> str:
    match = re.search(rf"^== {re.escape(title)} ==\n.*?(?=^== |\Z)", draft, re.MULTILINE | re.DOTALL)
    assert match, f"no section {title!r} in the draft"
    return match.group(0)


def test_every_ref_name_defined_exactly_once(drafted):
    _, draft, _, _ = drafted
    code = mwparserfromhell.parse(draft)
    defined, used = [], set()
    for tag in code.filter_tags(matches=lambda n: str(n.tag).lower() == "ref"):
        name = ref_name(tag)
        if name is None:
            continue
        used.add(name)
        if tag.contents is not None and str(tag.contents).strip():
            defined.append(name)
    assert len(defined) == len(set(defined)), "a ref name is defined twice"
    assert used <= set(defined), f"used but never defined: {used - set(defined)}"


def test_redirect_points_at_a_section_of_the_draft(drafted):
    out, draft, _, flags = drafted
    redirect = (out / "redirect.wikitext").read_text(encoding="utf-8")
    target, section = re.match(r"#REDIRECT \[\[([^#\]]+)#([^\]]+)\]\]", redirect).groups()
    assert target == flags["target"]["title"]
    headings = [h.title.strip_code().strip() for h in mwparserfromhell.parse(draft).filter_headings()]
    assert section in headings
    assert "{{R from merge}}" in redirect and "{{R to section}}" in redirect


def test_destination_outside_the_new_section_is_untouched(drafted):
    _, draft, original, flags = drafted
    assert draft.replace(_new_section(draft, flags["section"]), "", 1) == original


def test_edit_summary_attributes_the_source(drafted):
    out, _, _, flags = drafted
    summaries = (out / "edit-summaries.txt").read_text(encoding="utf-8")
    assert f"Merged content from [[{flags['source']['title']}]]" in summaries
    assert "see its history for attribution" in summaries
    templates = (out / "talk-templates.wikitext").read_text(encoding="utf-8")
    # An AfD is named in the summaries exactly when the talk pages record it (see test_draft_honest.py).
    assert ("[[Wikipedia:Articles for deletion/" in summaries) == ("{{Afd-merged-from|" in templates)


def test_talk_post_is_signed_and_lists_every_flag(drafted):
    out, _, _, flags = drafted
    talk = (out / "talk.wikitext").read_text(encoding="utf-8")
    assert talk.rstrip().endswith("~~~~")
    # one bullet per finding: a quoted sentence, then its kind in bold (a review decision's
    # bullet, or a check point's, is not a finding's); "The same sentence": the one above
    bullets = re.findall(r"(?m)^\* (?:\u201c[^\n]*?\u201d|The same sentence) \u2014 '''", talk)
    assert len(bullets) == len(flags["findings"])


HOSTILE = "Evil [[Category:Spam]] {{delete}} <script>alert(1)</script> '''bold''' ~~~~ __NOTOC__ |x= and <ref>fake</ref>."


def test_inputs_cannot_inject_markup(tmp_path):
    folder = tmp_path / "merge"
    shutil.copytree(ROOT / "seeds", folder)
    source = folder / "000_cca1debf4f80bbf1.txt"
    text = source.read_text(encoding="utf-8").replace(
        "The situation in the camp on June 21st was calm.[2]",
        f"The situation in the camp on June 21st was calm.[2] {HOSTILE}",
    )
    source.write_text(text, encoding="utf-8")
    news = folder / "003_3b75cf9480b22100.txt"
    news.write_text(news.read_text(encoding="utf-8").replace(
        "Albanian police raided the MEK compound", f"{HOSTILE} Albanian police raided the MEK compound"),
        encoding="utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["run", str(folder), "--out", str(out)]).exit_code == 0
    flags = json.loads((out / "flags.json").read_text(encoding="utf-8"))
    section = mwparserfromhell.parse(_new_section((out / "Camp_Ashraf_3.wikitext").read_text(encoding="utf-8"), flags["section"]))
    assert not section.filter_wikilinks()
    names = {str(t.name).strip().lower() for t in section.filter_templates()}
    assert names <= {"cite news", "cite web", "citation needed", "failed verification"}
    assert {str(t.tag).lower() for t in section.filter_tags()} <= {"ref"}
    assert "~~~" not in str(section) and "__" not in str(section) and "''" not in str(section)
    assert all(str(r.contents).strip().startswith(("{{cite news", "{{cite web")) for r in section.filter_tags() if r.contents)
    talk = mwparserfromhell.parse((out / "talk.wikitext").read_text(encoding="utf-8"))
    assert not [link for link in talk.filter_wikilinks() if "Spam" in str(link)]
    assert not [t for t in talk.filter_templates() if str(t.name).strip().lower() == "delete"]

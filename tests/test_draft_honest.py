"""Honest drafts: nothing the inputs do not give, and the editor sees what could not be resolved.

The cases are small invented merges in ``tests/cases/honest/`` (each merge.toml says what it
holds), run end to end, plus the seeds and the golden merge cases for the invariants that
must hold of every draft.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from mergekit.cli import main
from mergekit.draft.refs import CiteData, cite_template
from mergekit.draft.talk import talk_post
from mergekit.model import AfdNotice
from mergekit.plan.model import Finding, MergePlan

ROOT = Path(__file__).resolve().parents[1]
HONEST = ROOT / "tests" / "cases" / "honest"
EVERY = [ROOT / "seeds"] + sorted((ROOT / "tests" / "cases" / "merges").glob("*/input")) + sorted(
    p for p in HONEST.iterdir() if p.is_dir())


def _run(folder: Path, out: Path) -> dict[str, str]:
    result = CliRunner().invoke(main, ["run", str(folder), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return {p.name: p.read_text(encoding="utf-8") for p in out.iterdir()}


def _section(files: dict[str, str]) -> str:
    """The new section's added lines, from the diff."""
    diff = next(text for name, text in files.items() if name.endswith(".diff"))
    return "\n".join(line[1:] for line in diff.splitlines() if line.startswith("+") and not line.startswith("+++"))


@pytest.fixture(scope="module", params=EVERY, ids=lambda p: p.parent.name if p.name == "input" else p.name)
def every(request, tmp_path_factory):
    return request.param, _run(request.param, tmp_path_factory.mktemp("out"))


# -- generated attribution sentences (their wording: test_plan_notes.py) -------------------

def test_at_most_one_generated_sentence_per_conflict_and_only_from_evidence(every, tmp_path):
    folder, files = every
    flags = json.loads(files["flags.json"])
    section = _section(files)
    generated = re.findall(r"Figures for [^.]*? differ: [^<]*?\.(?=<|\s|$)", section)
    conflicting = [c for c in flags["clusters"] if c["conflict"]]
    assert len(generated) <= len(conflicting)
    assert len(generated) == len(set(generated))
    for sentence in generated:
        assert "according to a statement" not in sentence and "according to Meanwhile" not in sentence
    # the old notes ("<Outlet> reported ..., according to ...") are gone
    assert not re.search(r"[.>] [A-Z][\w ]+ reported [^.]*, according to (?:a|an) ", section)


def test_seed_draft_has_no_contradictory_run_of_generated_sentences(tmp_path):
    section = _section(_run(ROOT / "seeds", tmp_path / "out"))
    assert "Euronews Albania reported" not in section
    assert "according to a statement" not in section
    assert ("Figures for people killed differ: the MEK gave one, while the Ministry of Interior gave none, "
            "according to Euronews Albania.") in section


# -- citations ----------------------------------------------------------------------------

def test_a_source_found_contradicting_a_sentence_does_not_make_it_sourced(tmp_path):
    files = _run(HONEST / "wend", tmp_path / "out")
    flags = json.loads(files["flags.json"])
    line = next(text for text in _section(files).splitlines() if text.startswith("No one was injured"))
    assert line.startswith("No one was injured when the footbridge over the Wend collapsed on Sunday "
                           "afternoon.{{citation needed|")
    kinds = {f["kind"] for f in flags["findings"] if f["sentence"].startswith("No one was injured")}
    # the contradicted finding (quoting the report of two people treated) is the one about its
    # sources: no source says it, and "unsourced" beside it would be a second bullet for one problem
    assert kinds == {"contradicted"}


def test_a_sentence_whose_figure_conflicts_with_the_destination_is_not_restated_unattributed(tmp_path):
    files = _run(ROOT / "seeds", tmp_path / "out")
    assert "located 30 km west of Tirana" not in _section(files)
    flags = json.loads(files["flags.json"])
    finding = next(f for f in flags["findings"] if f["kind"] == "conflicts_target")
    assert finding["carried"] is False
    assert "Not carried over" in files["talk.wikitext"]


# -- nothing fabricated -------------------------------------------------------------------

def test_an_unresolvable_reference_stays_visible_and_is_never_a_made_up_cite(tmp_path):
    files = _run(HONEST / "quarry", tmp_path / "out")
    section = _section(files)
    assert "Reference [7]" not in section and "Reference &#91;7&#93;" not in section
    assert "Untitled" not in section
    assert ("The quarry reopened in June 2024.<!-- source reference 7 could not be resolved: the reference "
            "list of 2024 Ridgeway quarry blast has no entry 7 -->") in section
    flags = json.loads(files["flags.json"])
    assert [(f["kind"], f["rule"], f["refs"]) for f in flags["findings"] if "7" in f["cited"]] == [
        ("unverifiable", "no_list_entry", ["7"])]
    assert "reference 7" in files["talk.wikitext"]


def test_without_an_afd_no_afd_link_or_template_is_written(tmp_path):
    files = _run(HONEST / "quarry", tmp_path / "out")
    for name in ("edit-summaries.txt", "talk-templates.wikitext", "talk.wikitext"):
        assert "Articles for deletion" not in files[name], name
    templates = files["talk-templates.wikitext"]
    assert "{{Afd-merged-from" not in templates and "afd=" not in templates
    assert "{{Merged-from|2024 Ridgeway quarry blast|20 May 2024}}" in templates
    assert "{{Merged-to|Ridgeway quarry|20 May 2024}}" in templates
    assert "Per [[" not in files["edit-summaries.txt"]


# -- the talk post and flags.json ---------------------------------------------------------

def test_talk_post_names_no_files_scores_or_formulas(every):
    folder, files = every
    flags = json.loads(files["flags.json"])
    talk = files["talk.wikitext"].split("=== Points to check ===")[1]  # the proposal's URLs may hold them
    for name in [flags["source"]["file"], flags["target"]["file"]] + [n["file"] for n in flags["news"]]:
        assert name not in talk
    for formula in ("P(support)", "P(full)", "score ", "value pairs", "tolerance", "+/-"):
        assert formula not in talk


def test_talk_post_never_says_a_source_supports_what_it_does_not(every):
    _, files = every
    flags = json.loads(files["flags.json"])
    for f in flags["findings"]:
        if f["rule"] == "cited_not_supporting" and f["said"]:
            sentence = next(s for s in flags["sentences"] if s["text"] == f["sentence"])
            stance = {e["source"]: e["stance"] for e in sentence["evidence"]}
            assert stance.get(f["said"][0]["source"]) == "supports"


def test_one_bullet_per_problem_and_no_bullet_twice(every):
    _, files = every
    bullets, sentence, heading = [], "", ""
    for line in files["talk.wikitext"].splitlines():  # "* The same sentence": the quoted one above
        heading = line if line.startswith("=") else heading
        if heading == "=== Citations added ===":  # not problems: the sources the proposal cites, by outlet
            continue
        sentence = line.split(" \u2014 ", 1)[0] if line.startswith("* \u201c") else sentence
        if line.startswith("*"):
            bullets.append(line.replace("* The same sentence", sentence, 1))
    assert len(bullets) == len(set(bullets))
    problems = [line for line in bullets if line.startswith("* \u201c")]
    assert len(problems) == len(json.loads(files["flags.json"])["findings"])


def test_finding_ids_are_unique_within_a_run(every):
    _, files = every
    ids = Counter(f["id"] for f in json.loads(files["flags.json"])["findings"])
    assert [i for i, n in ids.items() if n > 1] == []


def test_findings_carry_their_reason_as_data(every):
    _, files = every
    for f in json.loads(files["flags.json"])["findings"]:
        assert f["rule"] and f["detail"]
        if f["rule"] == "figures_differ":
            assert len(f["said"]) >= 2 and f["topic"]


def test_a_cite_without_a_title_is_never_given_a_made_up_one():
    assert "Untitled" not in cite_template(CiteData("x.txt", None, "Valley Courier", "2024-04-05"), style="dmy")


def test_a_sentence_the_article_has_twice_gets_two_distinct_bullets():
    same = dict(kind="unsourced", sentence="The bridge was closed.", cited=(), evidence=(), rule="no_citation")
    plan = MergePlan("A", "B", "A", (), (Finding(id="u-1", section="(lead)", **same),
                                        Finding(id="u-2", section="Aftermath", **same),
                                        Finding(id="u-3", section="Aftermath", **same)), (), "2024-01-01")
    bullets = [line for line in talk_post(plan, "", AfdNotice("B"), style="dmy").splitlines()
               if line.startswith("* \u201c")]
    assert len(bullets) == len(set(bullets)) == 2  # the third is the very same problem again
    assert "(in \u201cAftermath\u201d)" in bullets[1]

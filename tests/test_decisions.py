"""decisions.toml round-trips; apply_decisions is pure and follows each action; stale is reported."""

from __future__ import annotations

import shutil
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from mergekit.cli import main
from mergekit.errors import InputError
from mergekit.load.inputs import load_folder
from mergekit.plan import plan_merge
from mergekit.plan.decisions import apply_decisions
from mergekit.plan.model import Evidence
from mergekit.review.model import Decision, sentence_digest
from mergekit.review.store import decisions_toml, read_decisions, write_decisions

ROOT = Path(__file__).resolve().parents[1]
HARBOUR = ROOT / "tests" / "cases" / "merges" / "harbour" / "input"


def test_round_trip_of_awkward_text(tmp_path):
    text = 'He said "no" \\ then\ttabbed, <script>alert(1)</script> \u201cquoted\u201d, \'\'\'bold\'\'\' and """'
    decisions = [
        Decision("unsourced-0123456789", "edit", sentence_digest("a b"), "2026-11-30T04:00:00Z", text=text,
                 sentence="a  b", kind="unsourced"),
        Decision("target:contradicted-9", "dismiss", "abc", "2026-11-30T04:00:01Z"),
        Decision("contradicted-1", "cite", "def", "2026-11-30T04:00:02Z", source="003_x.txt"),
    ]
    path = tmp_path / "decisions.toml"
    write_decisions(path, decisions)
    assert list(read_decisions(path).values()) == decisions
    assert path.read_text().startswith("# mergekit review decisions")
    assert [p.name for p in tmp_path.iterdir()] == ["decisions.toml"]  # no temporary file left
    assert sentence_digest("a  b\n") == sentence_digest("a b")  # re-wrapping is no change


@pytest.mark.parametrize("text, message", [
    ("[decisions.x\n", "is not valid TOML"),
    ('[decisions.x]\naction = "maybe"\n', "unknown action 'maybe'"),
    ("[decisions.x]\ntext = 'y'\n", "needs an action"),
    ("decisions = 3\n", "must be a table"),
])
def test_bad_decisions_file_is_an_input_error(tmp_path, text, message):
    path = tmp_path / "decisions.toml"
    path.write_text(text)
    with pytest.raises(InputError, match=message):
        read_decisions(path)


def test_a_hand_written_entry_needs_only_the_action(tmp_path):
    path = tmp_path / "decisions.toml"
    path.write_text('[decisions."unsourced-1"]\naction = "drop"\n')
    assert read_decisions(path)["unsourced-1"] == Decision("unsourced-1", "drop", "", "")
    assert decisions_toml(read_decisions(path).values()).endswith('[decisions.unsourced-1]\naction = "drop"\n')


@pytest.fixture(scope="module")
def harbour():
    inputs = load_folder(HARBOUR)
    return plan_merge(inputs)


def _decide(finding, action, **kw) -> Decision:
    return Decision(finding.id, action, sentence_digest(finding.sentence), "t", **kw)


def test_apply_is_pure_and_follows_each_action(harbour):
    failed = next(f for f in harbour.findings if f.kind == "failed_verification")
    index = next(i for i, s in enumerate(harbour.sentences) if s.original == failed.sentence)
    assert "failed verification" in harbour.sentences[index].tags
    before = repr(harbour)

    dismissed = apply_decisions(harbour, {failed.id: _decide(failed, "dismiss")})
    assert "failed verification" not in dismissed.plan.sentences[index].tags
    assert repr(harbour) == before  # the input plan is untouched
    assert dismissed.plan.findings == harbour.findings  # flags.json keeps every finding

    kept = apply_decisions(harbour, {failed.id: _decide(failed, "keep")})
    assert kept.plan == harbour and [d.phrase for d in kept.decided] == ["kept as flagged"]

    dropped = apply_decisions(harbour, {failed.id: _decide(failed, "drop")})
    assert not dropped.plan.sentences[index].include

    edited = apply_decisions(harbour, {failed.id: _decide(failed, "edit", text="  New\n text. ")})
    assert edited.plan.sentences[index].text == "New text."
    assert edited.plan.sentences[index].original == failed.sentence


def test_dismissing_already_in_the_destination_carries_the_sentence(harbour):
    # The editor finds the destination does not say it after all: the sentence comes back.
    already = next(f for f in harbour.findings if f.kind == "already_in_target")
    index = next(i for i, s in enumerate(harbour.sentences) if s.original == already.sentence)
    assert not harbour.sentences[index].include and not already.carried
    dismissed = apply_decisions(harbour, {already.id: _decide(already, "dismiss")})
    assert dismissed.plan.sentences[index].include
    assert [d.phrase for d in dismissed.decided] == ["dismissed after checking: carried over"]


def test_stale_and_inapplicable_decisions_are_reported_not_applied(harbour):
    failed = next(f for f in harbour.findings if f.kind == "failed_verification")
    stale = Decision(failed.id, "drop", sentence_digest("another sentence"), "t")
    gone = Decision("unsourced-0000000000", "drop", "", "t")
    no_source = _decide(failed, "cite", source="nowhere.txt")
    result = apply_decisions(harbour, {d.finding + str(i): d for i, d in enumerate((stale, gone, no_source))})
    assert result.plan == harbour and not result.decided
    assert [(n.decision, n.stale) for n in result.not_applied] == [(stale, True), (gone, True), (no_source, False)]
    assert "sentence changed" in result.not_applied[0].reason
    assert "not among the sources" in result.not_applied[2].reason


def test_dismissed_tag_is_gone_from_the_written_draft(tmp_path):
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["run", str(HARBOUR), "--out", str(out)]).exit_code == 0
    page = next(out.glob("Port_of_Vl*.wikitext"))
    assert "{{failed verification" in page.read_text()
    result = CliRunner().invoke(main, ["review", "--out", str(out), "--dismiss-kind", "failed_verification"])
    assert result.exit_code == 0, result.output
    assert CliRunner().invoke(main, ["run", str(HARBOUR), "--out", str(out)]).exit_code == 0
    assert "{{failed verification" not in page.read_text()
    assert "dismissed after checking" in (out / "talk.wikitext").read_text()
    # mergekit report writes the page again from the folder, with the decision shown
    shutil.copy(out / "report.html", tmp_path / "before.html")
    (out / "report.html").unlink()
    assert CliRunner().invoke(main, ["report", "--out", str(out)]).exit_code == 0
    assert (out / "report.html").read_bytes() == (tmp_path / "before.html").read_bytes()
    assert "dismissed after checking" in (out / "report.html").read_text()


def test_report_rewrites_only_the_report(tmp_path):
    """`mergekit report --out DIR` replaces report.html alone; it used to write the folder as
    a unit holding only the report, so the draft, its diff and flags.json were deleted."""
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["run", str(HARBOUR), "--out", str(out)]).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.name != "report.html"}
    result = CliRunner().invoke(main, ["report", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.name != "report.html"} == before
    assert (out / "report.html").stat().st_size > 0


def test_decisions_break_no_promise_of_the_audit():
    """Every action on the seed merge: the decided draft breaks no promise the undecided one keeps."""
    from mergekit.audit import audit
    from mergekit.outputs import render_outputs

    inputs = load_folder(ROOT / "seeds")
    plan = plan_merge(inputs)
    before = Counter(v.rule for v in audit(inputs, plan, render_outputs(plan, inputs), afd_given=True))
    found = {f.id: f for f in plan.findings}
    chosen = [
        _decide(found["contradicted-a7fd2f055c"], "drop"),
        _decide(found["contradicted-be8f59a866"], "edit", text="The MEK said one person was killed."),
        _decide(found["contradicted-b2736a911c"], "attribute", source="004_8fae180621002d83.txt"),
        _decide(found["conflicts_target-37bf8374f0"], "cite", source="002_5997e2cb23b45927.txt"),
        _decide(found["unverifiable-35bcbd9813"], "dismiss"),
        _decide(found["contradicted-9f4658d0f0"], "keep"),
    ]
    decided = apply_decisions(plan, {d.finding: d for d in chosen})
    assert len(decided.decided) == len(chosen) and not decided.not_applied
    files = render_outputs(decided.plan, inputs, decided=decided.decided)
    after = Counter(v.rule for v in audit(inputs, decided.plan, files, afd_given=True))
    assert after - before == Counter()  # no rule broken more often than without the decisions
    assert "Tirana Times" in files["talk.wikitext"].split("=== Decided in review ===")[1]


def test_dismissing_citation_needed_on_a_sentence_nothing_cites_says_the_tag_stays(tmp_path):
    """Before: the talk post and the report said "dismissed after checking" while the draft,
    which never writes an uncited sentence bare, still carried its {{citation needed}}."""
    out = tmp_path / "out"
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    assert CliRunner().invoke(main, ["run", str(seeds), "--out", str(out)]).exit_code == 0
    page = out / "Camp_Ashraf_3.wikitext"
    tags = page.read_text().count("{{citation needed")
    result = CliRunner().invoke(main, ["review", "--out", str(out), "--dismiss-kind", "unsourced"])
    assert result.exit_code == 0, result.output
    assert CliRunner().invoke(main, ["run", str(seeds), "--out", str(out)]).exit_code == 0
    assert page.read_text().count("{{citation needed") == tags  # never bare
    decided = (out / "talk.wikitext").read_text().split("=== Decided in review ===")[1]
    assert "still tagged citation needed, as nothing cites it" in decided
    assert "dismissed after checking\n" not in decided


def test_a_decision_whose_problem_is_gone_is_not_called_stale(harbour):
    """In the trial, giving the news urls in merge.toml solved two needs_citation findings; the
    run then called their decisions 'stale ... review it again', with nothing left to review."""
    sentence = harbour.sentences[0].original
    gone = Decision("needs_citation-0000000000", "dismiss", sentence_digest(sentence), "t", sentence=sentence)
    changed = Decision("needs_citation-1111111111", "dismiss", sentence_digest("another sentence"), "t")
    result = apply_decisions(harbour, {d.finding: d for d in (gone, changed)})
    assert [(n.decision, n.stale) for n in result.not_applied] == [(gone, False), (changed, True)]
    assert "no longer flagged" in result.not_applied[0].reason and "review it again" in result.not_applied[1].reason


def test_a_decision_whose_sentence_is_flagged_otherwise_is_stale(harbour):
    """A finding id hashes the kind, section and sentence: when the same sentence is flagged
    with another kind (a news text added turns unsourced into failed verification), the old
    id is gone but the sentence is still flagged, and must be reviewed again, not reported as
    "no longer flagged"."""
    flagged = next(f for f in harbour.findings if f.kind == "unsourced")
    old = Decision("needs_citation-2222222222", "dismiss", sentence_digest(flagged.sentence), "t",
                   sentence=flagged.sentence)
    (result,) = apply_decisions(harbour, {old.finding: old}).not_applied
    assert result.stale and "no longer flagged" not in result.reason
    assert "flagged as unsourced" in result.reason and "review it again" in result.reason


def test_the_report_names_the_sentence_of_a_decision_not_applied(tmp_path):
    """In the trial the report listed 'Decisions not applied' by id alone
    (needs_citation-f69589aa50: ...), which tells an editor nothing of which sentence it was."""
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["run", str(HARBOUR), "--out", str(out)]).exit_code == 0
    sentence = "A sentence the article no longer has."
    write_decisions(out / "decisions.toml", [Decision("unsourced-0123456789", "drop", sentence_digest(sentence),
                                                      "2026-12-01T05:00:00Z", sentence=sentence)])
    assert CliRunner().invoke(main, ["run", str(HARBOUR), "--out", str(out)]).exit_code == 0
    page = (out / "report.html").read_text()
    assert "<li>\u201cA sentence the article no longer has.\u201d <code>unsourced-0123456789</code>:" in page


def test_dismissing_a_sentence_whose_only_source_has_no_title_says_the_tag_stays(harbour):
    """The writer tags a sentence whose one citable source has no title (it is never cited
    with a made-up one); the decision said "dismissed after checking" all the same."""
    from dataclasses import replace

    from mergekit.plan.model import FindingKind

    finding = next(f for f in harbour.findings if f.kind == FindingKind.UNSOURCED)
    index = next(i for i, sp in enumerate(harbour.sentences) if sp.original == finding.sentence)
    sentences = list(harbour.sentences)
    sentences[index] = replace(sentences[index], supporting=("a.txt",))
    plan = replace(harbour, sentences=tuple(sentences), untitled=("a.txt",))
    result = apply_decisions(plan, {finding.id: _decide(finding, "dismiss")})
    assert "still tagged citation needed" in result.decided[0].phrase
    titled = apply_decisions(replace(plan, untitled=()), {finding.id: _decide(finding, "dismiss")})
    assert titled.decided[0].phrase == "dismissed after checking"


def test_a_cite_decision_for_a_source_the_check_did_not_find_to_say_it_says_so():
    """Trial-8: an editor cited ABC's "Two people die after passenger train derails" for "Of the
    162 total on board, there were two fatalities and 61 passengers were injured …"; the talk
    post said only "cited to ABC News, 20 February 2020", as for a source the check found to say
    the whole sentence. A source the plan would not cite is named with that caution."""
    inputs = load_folder(ROOT / "seeds")
    plan = plan_merge(inputs)
    found = {f.id: f for f in plan.findings}
    finding = found["conflicts_target-37bf8374f0"]
    sentence = next(sp for sp in plan.sentences if sp.original == finding.sentence)
    assert "002_5997e2cb23b45927.txt" not in sentence.supporting and "001_59580324c2911592.txt" in sentence.supporting
    unchecked = apply_decisions(plan, {finding.id: _decide(finding, "cite", source="002_5997e2cb23b45927.txt")})
    checked = apply_decisions(plan, {finding.id: _decide(finding, "cite", source="001_59580324c2911592.txt")})
    assert "which the check did not find to say all of the sentence" in unchecked.decided[0].phrase
    # the sentence conflicts with the destination and is left out: the phrase says so (trial-9)
    assert checked.decided[0].phrase == "cited to Middle East Monitor, 21 June 2023, but the draft leaves the sentence out"


def test_editing_a_sentence_left_out_as_already_said_carries_the_editors_words(harbour):
    # trial-9: an edit on an already_in_target finding was reported "reworded" in the talk post,
    # yet the sentence stayed left out, so the editor's words were in no draft.
    already = next(f for f in harbour.findings if f.kind == "already_in_target")
    index = next(i for i, s in enumerate(harbour.sentences) if s.original == already.sentence)
    assert not harbour.sentences[index].include
    edited = apply_decisions(harbour, {already.id: _decide(already, "edit", text="The editor's own words.")})
    assert edited.plan.sentences[index].include
    assert edited.plan.sentences[index].text == "The editor's own words."
    assert [d.phrase for d in edited.decided] == ["reworded: carried over"]


def test_a_decision_on_a_sentence_left_out_never_reads_as_written(harbour):
    # keep leaves it out as flagged; a cite or attribute on a sentence the draft does not write
    # says so rather than "cited to ..." of a sentence in no draft.
    already = next(f for f in harbour.findings if f.kind == "already_in_target")
    index = next(i for i, s in enumerate(harbour.sentences) if s.original == already.sentence)
    news = next(e.source for s in harbour.sentences for e in s.evidence if e.source.endswith((".txt", ".html")))
    sentences = list(harbour.sentences)
    sentences[index] = replace(sentences[index], evidence=(Evidence(news, "a passage", 0.9, "supports"),))
    plan = replace(harbour, sentences=tuple(sentences))
    cited = apply_decisions(plan, {already.id: _decide(already, "cite", source=news)})
    assert not cited.plan.sentences[index].include
    assert cited.decided[0].phrase.endswith(", but the draft leaves the sentence out: dismiss or edit the finding to carry it")


def test_a_dismissal_of_a_sentence_the_draft_leaves_out_says_so():
    # trial-9: a dismissed conflict with the destination read "dismissed after checking" as if
    # the sentence were now written; the draft still leaves it out, and the phrase says so.
    plan = plan_merge(load_folder(ROOT / "seeds"))
    finding = {f.id: f for f in plan.findings}["conflicts_target-37bf8374f0"]
    assert not next(sp for sp in plan.sentences if sp.original == finding.sentence).include
    dismissed = apply_decisions(plan, {finding.id: _decide(finding, "dismiss")})
    assert dismissed.decided[0].phrase == "dismissed after checking, but the draft leaves the sentence out"


def test_an_edit_of_a_sentence_left_out_for_a_conflict_carries_the_editors_words_and_says_so():
    # rv16: an edit of a sentence left out as conflicting with the destination kept it left out,
    # and the talk post said just "reworded": the editor's words were in no draft.
    plan = plan_merge(load_folder(ROOT / "seeds"))
    finding = {f.id: f for f in plan.findings}["conflicts_target-37bf8374f0"]
    index = next(i for i, sp in enumerate(plan.sentences) if sp.original == finding.sentence)
    assert not plan.sentences[index].include
    edited = apply_decisions(plan, {finding.id: _decide(finding, "edit", text="The editor's  own words.")})
    assert edited.plan.sentences[index].include and edited.plan.sentences[index].text == "The editor's own words."
    (done,) = edited.decided
    assert done.phrase.startswith("reworded: carried over") and "had left the sentence out" in done.phrase
    # a sentence the plan writes is only reworded
    written = next(f for f in plan.findings if f.article == "source"
                   and next(sp for sp in plan.sentences if sp.original == f.sentence).include)
    assert [d.phrase for d in apply_decisions(plan, {written.id: _decide(written, "edit", text="New.")}).decided] == [
        "reworded"]


def test_run_says_an_edit_carried_a_sentence_the_merge_left_out(tmp_path):
    out = tmp_path / "out"
    seeds = ROOT / "seeds"
    assert CliRunner().invoke(main, ["run", str(seeds), "--out", str(out)]).exit_code == 0
    result = CliRunner().invoke(main, ["review", "--out", str(out), "--set",
                                       "conflicts_target-37bf8374f0=edit:The editor wrote this sentence."])
    assert result.exit_code == 0, result.output
    again = CliRunner().invoke(main, ["run", str(seeds), "--out", str(out)])
    assert again.exit_code == 0, again.output
    assert "carried: conflicts_target-37bf8374f0 (edit)" in again.output
    assert "The editor wrote this sentence." in "".join(p.read_text() for p in out.glob("*.wikitext")
                                                         if p.name != "talk.wikitext")
    assert "had left the sentence out" in (out / "talk.wikitext").read_text()


def test_a_decision_whose_finding_has_a_new_id_says_so_and_is_not_moved(harbour):
    # rv16: a sentence's finding names its topic in its id only while the sentence has several
    # findings of its kind; one gone gives the other a new id. The decision was reported as made
    # on "a finding this decision was not made on"; it is the same kind on the same sentence, so
    # the editor is told the new id and how to apply it again (it is never moved silently).
    flagged = next(f for f in harbour.findings if f.kind == "unsourced")
    old = Decision(f"{flagged.kind}-0000000000", "dismiss", sentence_digest(flagged.sentence), "t",
                   sentence=flagged.sentence)
    (result,) = apply_decisions(harbour, {old.finding: old}).not_applied
    assert result.stale and "not made on" not in result.reason
    assert f"this finding has a new id ({flagged.id})" in result.reason
    assert f"mergekit review --set {flagged.id}=dismiss" in result.reason
    # another kind on the same sentence is still "flagged as", not a new id
    other = replace(old, finding="needs_citation-0000000000")
    (result,) = apply_decisions(harbour, {other.finding: other}).not_applied
    assert "new id" not in result.reason and "flagged as unsourced" in result.reason

"""A sentence carried as written whose only available citation gives another figure is
tagged {{failed verification}}: its citation must not read as saying it (trial-2: "Seven
people were killed in the collapse.<ref name=spn/>", the cited report saying five, went
into the draft bare). A dismissed contradiction takes the tag away. Small invented merge,
run end to end."""

from __future__ import annotations

from pathlib import Path

from mergekit.load.inputs import load_folder
from mergekit.outputs import render_outputs
from mergekit.plan import plan_merge
from mergekit.plan.decisions import apply_decisions
from mergekit.review.model import Decision, sentence_digest

SOURCE = """{{Afd-merge to|Harlow Quay|Harlow Quay crane collapse|3 June 2024}}
On 14 May 2024, a dockside crane collapsed onto the ferry terminal at Harlow Quay.<ref name="gz">{{cite news |title=Crane falls on Harlow ferry terminal |work=Harlow Gazette |date=14 May 2024 |url=https://gazette.example/crane}}</ref>

== Casualties ==
Seven people were killed in the collapse.<ref name="gz" /> The terminal was closed for two weeks.<ref name="gz" />

== References ==
{{reflist}}
"""
TARGET = """'''Harlow Quay''' is a harbour on the east coast.<ref name="h">{{cite web |title=Harlow harbour |url=https://harbour.example/ |access-date=1 May 2024}}</ref>

== History ==
The quay was built in 1880.<ref name="h" />

== References ==
{{reflist}}
"""
GAZETTE = """Crane falls on Harlow ferry terminal

A dockside crane collapsed onto the ferry terminal at Harlow Quay on 14 May 2024, killing five people, the harbour authority said.

The terminal was closed for two weeks while engineers examined the site.
"""


def _run(tmp_path: Path, decisions=None):
    folder = tmp_path / "m"
    folder.mkdir(exist_ok=True)
    (folder / "Harlow_Quay_crane_collapse.wikitext").write_text(SOURCE, encoding="utf-8")
    (folder / "Harlow_Quay.wikitext").write_text(TARGET, encoding="utf-8")
    (folder / "gazette.txt").write_text(GAZETTE, encoding="utf-8")
    (folder / "merge.toml").write_text('date = "2024-06-04"\n[[news]]\nfile = "gazette.txt"\nurl = "https://gazette.example/crane"\n',
                                       encoding="utf-8")
    inputs = load_folder(folder)
    plan = plan_merge(inputs)
    if decisions is not None:
        plan = apply_decisions(plan, decisions(plan)).plan
    return plan, render_outputs(plan, inputs)["Harlow_Quay.wikitext"]


def _line(draft: str, start: str) -> str:
    return next(s for s in draft.replace("<ref", "\n<ref").split("\n") if start in s) if start in draft else ""


def test_a_figure_its_only_citation_contradicts_is_tagged_failed_verification(tmp_path):
    plan, draft = _run(tmp_path)
    assert any(f.kind == "contradicted" and f.sentence.startswith("Seven") for f in plan.findings)
    after = draft.partition("Seven people were killed in the collapse.")[2]
    assert after.startswith('<ref name="harlow-gazette-2024-05-14" />{{failed verification|date=June 2024}}'), after[:120]
    # the sentence the report does say keeps its citation bare
    assert "The terminal was closed for two weeks.<ref name=\"harlow-gazette-2024-05-14\" />\n" in draft


def test_a_dismissed_contradiction_takes_the_tag_away(tmp_path):
    def dismiss(plan):
        f = next(f for f in plan.findings if f.kind == "contradicted")
        return {f.id: Decision(f.id, "dismiss", digest=sentence_digest(f.sentence), at="2024-06-04T00:00:00Z")}
    _plan, draft = _run(tmp_path, dismiss)
    assert "Seven people were killed in the collapse." in draft
    assert "failed verification" not in draft

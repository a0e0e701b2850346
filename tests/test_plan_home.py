"""A destination section already on the source's subject (``mergekit.plan.home``).

The tuning destinations of the real-merge corpus: "Optus" has "Data breach", "Alex Murdaugh"
has "Murder conviction", "Imran Khan" has "Arrests". mergekit still writes a new section, and
names the one the article has, with its evidence, in the talk post, flags.json and the run's
summary. Every detection over the tuning cases and golden merges was read by hand (see the
commit); the sections named below are those, and the cases with none stay with none.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from mergekit.cli import main
from mergekit.load.inputs import load_folder
from mergekit.outputs import render_outputs
from mergekit.plan.planner import plan_merge

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "cases" / "real"

HOMES = [  # (tuning case, the destination's section on the source's subject, what shows it)
    ("optus-data-breach", "Data breach", "its heading shares \u201cData\u201d and \u201cbreach\u201d with the title"),
    ("murdaugh-trial", "Murder conviction", "its heading has \u201cMurder\u201d, a word of the first sentence"),
    # two of two sentences: "both", never "all 2"
    ("murdaugh-trial", "Murder conviction", "both sentences of the source that this article already tells are there"),
    ("imran-khan-arrest-2023", "Arrests", "its heading shares \u201cArrests\u201d with the title"),
    ("marapi-eruption-2023", "Eruptions", "all 6 sentences of the source that this article already tells are there"),
    ("norilsk-oil-spill", "2020 fuel spill", "its heading shares \u201cspill\u201d"),
    # Named in the section's prose, no other evidence: the poll the ship's "Name" tells; the
    # outbreak "Countries affected" lists (and links, the link the redirect will make circular).
    ("boaty-mcboatface-naming", "Name", "its text names \u201cBoaty McBoatface\u201d"),
    ("kuala-koh-measles", "Countries affected", "its text names \u201c2019 Kuala Koh measles outbreak\u201d"),
]
NONE = [  # sections of another kind: "History", "Accidents and incidents"
    "dalfsen-train-crash", "busy-bee-goma-crash", "copa-america-2024-final", "tathra-bushfire",
]


def _plan(folder: Path, section: str | None = None):
    inputs = load_folder(folder)
    return inputs, plan_merge(inputs, section_title=section)


@pytest.mark.parametrize(("case", "section", "why"), HOMES)
def test_the_section_the_destination_has_is_named_with_its_evidence(case, section, why):
    inputs, plan = _plan(REAL / case / "input")
    assert plan.home is not None and plan.home.section == section
    assert any(why in e for e in plan.home.evidence(plan.source_title))
    files = render_outputs(plan, inputs)
    talk = files["talk.wikitext"]
    assert f"This article already has a section on this subject, \u201c{section}\u201d (" in talk
    assert f"consider merging it into \u201c{section}\u201d instead" in talk
    home = json.loads(files["flags.json"])["home"]
    assert home["section"] == section and home["evidence"] == list(plan.home.evidence(plan.source_title))
    # The placement is today's: a new section, the destination's own text kept whole.
    assert f"== {plan.section_title} ==" in next(v for k, v in files.items() if k.endswith(".wikitext")
                                                  and k not in {"talk.wikitext", "redirect.wikitext",
                                                                "talk-templates.wikitext"})


@pytest.mark.parametrize("case", NONE)
def test_no_section_is_named_where_none_is_on_the_subject(case):
    inputs, plan = _plan(REAL / case / "input")
    assert plan.home is None
    files = render_outputs(plan, inputs)
    assert "already has a section on this subject" not in files["talk.wikitext"]
    assert json.loads(files["flags.json"])["home"] is None


def test_an_explicit_section_wins():
    _, plan = _plan(REAL / "optus-data-breach" / "input", section="Cyberattack")
    assert plan.home is None and plan.section_title == "Cyberattack"


def test_two_sections_alike_name_neither(tmp_path):
    """A second section whose heading shares the same word ("Later arrests") leaves it unknown
    which one is the home: none is named, rather than a guess."""
    folder = tmp_path / "case"
    shutil.copytree(REAL / "imran-khan-arrest-2023" / "input", folder)
    target = folder / "Imran_Khan.wikitext"
    text = target.read_text(encoding="utf-8")
    text = text.replace("== References ==", "== Later arrests ==\nKhan was arrested again in August 2023.\n\n"
                        "== References ==", 1)
    target.write_text(text, encoding="utf-8")
    _, plan = _plan(folder)
    assert plan.home is None


def test_the_run_says_so(tmp_path):
    result = CliRunner().invoke(main, ["run", str(REAL / "murdaugh-trial" / "input"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "already has a section on this subject, 'Murder conviction'" in result.output
    result = CliRunner().invoke(main, ["run", str(REAL / "murdaugh-trial" / "input"), "--out", str(tmp_path / "out2"),
                                       "--section", "Trial"])
    assert result.exit_code == 0, result.output
    assert "already has a section" not in result.output


def test_a_heading_is_data_in_the_talk_post(tmp_path):
    """The destination's heading is quoted as text: its markup and a signature do not act."""
    folder = tmp_path / "case"
    shutil.copytree(REAL / "optus-data-breach" / "input", folder)
    target = folder / "Optus.wikitext"
    target.write_text(target.read_text(encoding="utf-8").replace(
        "== Data breach ==", "== Data breach </div>{{y}}~~~~ ==", 1), encoding="utf-8")
    inputs, plan = _plan(folder)
    assert plan.home is not None
    talk = render_outputs(plan, inputs)["talk.wikitext"]
    line = next(x for x in talk.splitlines() if x.startswith("This article already has a section"))
    assert "</div>" not in line and "~~~~" not in line and "{{" not in line

"""A generated attribution sentence is written only where its source can be cited.

CS1 needs ``|title=`` and mergekit never makes one up, so a conflict sentence ("Figures
for computers seized differ: ... while Tirana Times reported dozens.") whose news source
has no title is not written: the conflict stays in the finding (which says why), the talk
post and the report. Tested on the seed merge's own texts, with the Tirana Times copy
saved without its headline (as a copy of the page's body alone would be). Its "Dozens of
computers" gives a floor only since contra-31 (it meets Fox News' 150), so the copy here says
"About 40 computers", a figure that still disagrees.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from mergekit.load.inputs import load_folder
from mergekit.pipeline import render_merge
from mergekit.plan.notes import citable_notes

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
TIRANA_TIMES = "002_5997e2cb23b45927.txt"
HEADLINE = "Albania keeps up pressure on MEK, PM hints they could be kicked out of the country if hostile activities continue"
NOTE = "Figures for computers seized differ: Fox News gave 150, while Tirana Times reported about 40."


def forty(folder: Path) -> Path:
    """The seed merge copied to ``folder``, its Tirana Times copy giving "About 40 computers"
    where it says "Dozens of computers" (no longer a disagreement with 150: contra-31)."""
    shutil.copytree(SEEDS, folder)
    news = folder / TIRANA_TIMES
    text = news.read_text(encoding="utf-8")
    assert "Dozens of computers" in text
    news.write_text(text.replace("Dozens of computers", "About 40 computers"), encoding="utf-8")
    return folder


@pytest.fixture
def headless(tmp_path: Path) -> Path:
    """The seed merge with the Tirana Times copy cut below its headline (no title anywhere)."""
    folder = forty(tmp_path / "seeds")
    news = folder / TIRANA_TIMES
    first, rest = news.read_text(encoding="utf-8").split("\n", 1)
    assert first.strip() == HEADLINE
    news.write_text(rest, encoding="utf-8")
    return folder


def _draft(folder: Path) -> dict[str, str]:
    return render_merge(load_folder(folder)).files


def test_the_seed_draft_writes_the_note_with_its_citation(tmp_path):
    files = _draft(forty(tmp_path / "seeds"))
    assert NOTE + '<ref name="tirana-times-2023-06-30">{{cite news |title=' + HEADLINE in files["Camp_Ashraf_3.wikitext"]


def test_a_source_without_a_title_gets_no_generated_sentence(headless):
    files = _draft(headless)
    draft = files["Camp_Ashraf_3.wikitext"]
    assert "computers seized differ" not in draft
    assert "a source without a title was not cited" not in draft
    # The conflict is still the editor's: in flags.json, the talk post and the report, with why.
    [finding] = [f for f in json.loads(files["flags.json"])["findings"]
                 if f["kind"] == "contradicted" and f["topic"] == "computers seized"]
    why = "No sentence giving both figures was written: Tirana Times, 30 June 2023 has no title to cite it by"
    assert why in finding["detail"]
    assert why in files["talk.wikitext"]
    assert why in files["report.html"]
    # The other conflicts, whose source the destination already cites, keep their sentences.
    assert "Figures for people killed differ" in draft


def test_the_title_given_in_the_manifest_makes_the_source_citable_again(headless):
    manifest = headless / "merge.toml"
    text = manifest.read_text(encoding="utf-8")
    entry = f'file = "{TIRANA_TIMES}"\n'
    manifest.write_text(text.replace(entry, entry + f'title = "{HEADLINE}"\n'), encoding="utf-8")
    assert NOTE + '<ref name="tirana-times-2023-06-30">{{cite news |title=' + HEADLINE in _draft(headless)["Camp_Ashraf_3.wikitext"]


def test_citable_notes_keeps_a_note_only_when_each_cited_source_can_be_cited():
    a, b = ("A.", ("x.txt",)), ("B.", ("x.txt", "y.txt"))
    assert citable_notes([a, b], {"x.txt"}) == ((a,), (b,))
    assert citable_notes([a, b], {"x.txt", "y.txt"}) == ((a, b), ())
    assert citable_notes([], set()) == ((), ())

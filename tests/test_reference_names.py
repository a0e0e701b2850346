"""A wikitext source's references are named as an editor finds them on the page (trial-3).

The wikitext reader keys a reference by its ``<ref name>`` ("syr") or by its count among
unnamed refs ("#1"); the rendered page shows neither. The talk post said "it cites
reference #1, which could not be checked here" for a sentence citing the Fast Company
report, the article's sixth footnote. A rendered copy's keys are the numbers its reader
sees, and stay so ("it cites references 4 and 5", the seed golden).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from mergekit.load.inputs import load_folder
from mergekit.outputs import render_outputs
from mergekit.plan import plan_merge

WEND = Path(__file__).resolve().parent / "cases" / "honest" / "wend"
GAZETTE = "Village fete raises funds\n\nMay 13, 2024\n\nThe Marlow Green fete raised money for the church roof.\n"
SOURCE = """{{Afd-merge to|Marlow Green|Wend footbridge collapse|1 June 2024}}
The Wend footbridge collapsed on 12 May 2024.<ref>{{cite news |title=Footbridge falls into the Wend |work=Wendside Echo |date=13 May 2024}}</ref> \
It had been built in 1911 by the parish council.<ref name="hist">{{cite book |title=A History of Marlow Green |date=1990}}</ref> \
Its ironwork came from Leeds.<ref name="bare">Local records.</ref>

== References ==
{{reflist}}
"""


def _findings(tmp_path: Path) -> dict[str, str]:
    folder = tmp_path / "wend"
    shutil.copytree(WEND, folder)
    (folder / "Wend_footbridge_collapse.txt").unlink()
    (folder / "Wend_footbridge_collapse.wikitext").write_text(SOURCE, encoding="utf-8")
    (folder / "gazette.txt").write_text(GAZETTE, encoding="utf-8")
    inputs = load_folder(folder)
    files = render_outputs(plan_merge(inputs), inputs)
    talk = files["talk.wikitext"]
    found = {f["sentence"]: f["detail"] for f in json.loads(files["flags.json"])["findings"] if f["kind"] == "unverifiable"}
    assert all(detail.split(":")[0] in talk or detail[:40] in talk for detail in found.values())
    return found


def test_an_unnamed_ref_is_named_by_its_outlet_and_date_not_its_count(tmp_path):
    detail = _findings(tmp_path)["The Wend footbridge collapsed on 12 May 2024."]
    assert detail.startswith("it cites Wendside Echo, 13 May 2024, which could not be checked here")
    assert "#1" not in detail


def test_a_named_ref_without_an_outlet_is_named_by_its_title(tmp_path):
    detail = _findings(tmp_path)["It had been built in 1911 by the parish council."]
    assert detail.startswith("it cites \u201cA History of Marlow Green\u201d, 1990, which could not be checked here")
    assert "hist" not in detail


def test_a_plain_text_ref_is_named_by_its_text(tmp_path):
    detail = _findings(tmp_path)["Its ironwork came from Leeds."]
    assert detail.startswith("it cites \u201cLocal records.\u201d, which could not be checked here")


ECHO = "Footbridge falls into the Wend\n\n13 May 2024\n\nThe Wend footbridge collapsed on Sunday, the parish council said.\n"


def _near_miss_warning(tmp_path: Path, caplog, source: str) -> str:
    folder = tmp_path / "wend"
    shutil.copytree(WEND, folder)
    (folder / "Wend_footbridge_collapse.txt").unlink()
    (folder / "Wend_footbridge_collapse.wikitext").write_text(source, encoding="utf-8")
    (folder / "echo.txt").write_text(ECHO, encoding="utf-8")  # the Echo's report, its outlet not given
    caplog.set_level("WARNING", logger="mergekit.load.inputs")
    load_folder(folder)
    return next(r.getMessage() for r in caplog.records if "has the headline of the source's" in r.getMessage())


def test_the_near_miss_warning_names_an_unnamed_ref_by_its_count_and_title(tmp_path, caplog):
    warning = _near_miss_warning(tmp_path, caplog, SOURCE)
    assert "has the headline of the source's unnamed <ref> no. 1, \u201cFootbridge falls into the Wend\u201d, but" in warning
    assert "#1" not in warning


def test_the_near_miss_warning_names_a_named_ref_as_the_wikitext_writes_it(tmp_path, caplog):
    warning = _near_miss_warning(tmp_path, caplog, SOURCE.replace("<ref>{{cite news", '<ref name="echo">{{cite news', 1))
    assert "has the headline of the source's <ref name=\"echo\">, but its outlet is not known" in warning


TWO = SOURCE.replace(
    "It had been built in 1911 by the parish council.<ref name=\"hist\">{{cite book |title=A History of Marlow Green "
    "|date=1990}}</ref>",
    "It had been built in 1911 by the parish council.<ref>{{cite news |title=A bridge of 1911 |work=Wendside Echo "
    "|date=13 May 2024}}</ref>")


def test_two_references_of_one_outlet_and_day_are_told_apart_by_their_titles(tmp_path):
    # rv9: "Reuters, 5 May 2021" named keys #1 and #2 alike
    found = _findings_of(tmp_path, TWO)
    first = found["The Wend footbridge collapsed on 12 May 2024."]
    second = found["It had been built in 1911 by the parish council."]
    assert first.startswith("it cites Wendside Echo, 13 May 2024, \u201cFootbridge falls into the Wend\u201d, which")
    assert second.startswith("it cites Wendside Echo, 13 May 2024, \u201cA bridge of 1911\u201d, which")


def test_a_reference_with_nothing_to_name_it_by_is_named_as_the_warnings_name_it(tmp_path):
    # rv9: it fell back to "reference #2", the key the names were meant to hide
    source = TWO.replace("{{cite news |title=A bridge of 1911 |work=Wendside Echo |date=13 May 2024}}",
                         "{{cite news |date=13 May 2024}}")
    detail = _findings_of(tmp_path, source)["It had been built in 1911 by the parish council."]
    assert detail.startswith("it cites unnamed <ref> no. 2, which could not be checked here"), detail
    assert "#2" not in detail


def _findings_of(tmp_path: Path, source: str) -> dict[str, str]:
    folder = tmp_path / "wend"
    shutil.copytree(WEND, folder)
    (folder / "Wend_footbridge_collapse.txt").unlink()
    (folder / "Wend_footbridge_collapse.wikitext").write_text(source, encoding="utf-8")
    (folder / "gazette.txt").write_text(GAZETTE, encoding="utf-8")
    inputs = load_folder(folder)
    files = render_outputs(plan_merge(inputs), inputs)
    return {f["sentence"]: f["detail"] for f in json.loads(files["flags.json"])["findings"] if f["kind"] == "unverifiable"}

"""Finding kinds are named from one table (``plan.model.KIND_WORDS``): every kind has its
words in the talk post and in the report, and its place in the order of severity."""

from __future__ import annotations

import json
from pathlib import Path

from mergekit.plan.model import KIND_WORDS, FindingKind
from mergekit.report.page import KIND_LABELS, render_report
from mergekit.review.model import SEVERITY

DRAFTS = Path(__file__).resolve().parents[1] / "drafts"


def test_every_kind_has_its_words_and_its_rank():
    assert set(KIND_WORDS) == set(FindingKind)
    assert set(KIND_LABELS) == set(FindingKind)
    assert set(SEVERITY) == set(FindingKind)


def test_the_report_names_an_unresolved_reference_in_words():
    doc = json.loads((DRAFTS / "flags.json").read_text(encoding="utf-8"))
    first = doc["findings"][0]
    doc["findings"].append(first | {"id": "unresolved1", "kind": "unresolved_reference", "evidence": []})
    page = render_report(doc, (DRAFTS / "Camp_Ashraf_3.diff").read_text(encoding="utf-8"))
    assert '<span class="label k-unresolved_reference">reference not found</span>' in page
    assert ">unresolved_reference<" not in page

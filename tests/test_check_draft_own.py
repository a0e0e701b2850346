"""check_draft: the source article's own citation errors are matched on the cite itself."""

from __future__ import annotations

from mergekit.check.draft import check_draft
from mergekit.check.model import ERROR, WARNING
from mergekit.check.rsp import builtin_table

SOURCE = "Text.<ref>{{cite news |title=Old |work=Paper |date=21/06/2023}}</ref>\n"


def _severity(merged: str) -> list[str]:
    report = check_draft("", merged, run_date="2024-01-01", rsp=builtin_table(), source=SOURCE)
    return [f.severity for f in report.findings if f.rule == "cite/bad-date"]


def test_the_source_articles_own_cite_is_a_warning():
    assert _severity(SOURCE) == [WARNING]


def test_another_cite_with_the_same_error_message_is_still_an_error():
    """Before: matched on the message alone, a new cite of the same title with the source's bad date (and so
    the same message) was let through as the source article's own."""
    merged = "Text.<ref>{{cite news |title=Old |work=Other |url=https://other.example/old |date=21/06/2023}}</ref>\n"
    assert _severity(merged) == [ERROR]

"""``report.html``: one self-contained page with a run's findings beside their evidence."""

from __future__ import annotations

from mergekit.report.page import REPORT_FILE, render_report

__all__ = ["REPORT_FILE", "render_report"]

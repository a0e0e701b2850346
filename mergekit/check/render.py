"""The human report of ``mergekit check``: findings grouped by line, each line's snippet once."""

from __future__ import annotations

from itertools import groupby

from mergekit.check.model import Report

__all__ = ["render_report"]


def render_report(report: Report, label: str) -> str:
    s = report.summary()
    lines = [f"{label}: {s['errors']} error(s), {s['warnings']} warning(s)",
             f"reliability data: {report.data}; checks: {', '.join(report.checks)}"]
    for line, grouped in groupby(report.findings, key=lambda f: f.line):
        group = list(grouped)
        lines.append("")
        lines.append(f"line {line}: {group[0].snippet}" if line else "(no line: reported by the wiki)")
        for f in group:
            where = f"{f.line}:{f.column}" if line else "-"
            lines.append(f"  {where} {f.severity} [{f.rule}] {f.message}")
            lines.append(f"      fix: {f.fix}")
    return "\n".join(lines) + "\n"

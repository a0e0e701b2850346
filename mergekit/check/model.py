"""What a check reports: one ``Finding`` per problem, at a 1-based line and column.

``rule`` is a stable id (``family/what``), ``severity`` is ``error`` (the wiki shows an
error, or the text must not be published as is) or ``warning`` (an editor should look),
``fix`` says what to do. ``line`` 0 means "somewhere in the text" (a wiki complaint that
could not be mapped back to a line).
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["ERROR", "WARNING", "Finding"]

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True, order=True)
class Finding:
    line: int
    column: int
    rule: str
    severity: str
    message: str
    fix: str
    snippet: str = ""

    def to_dict(self) -> dict:
        return {
            "rule": self.rule, "severity": self.severity, "line": self.line, "column": self.column,
            "message": self.message, "fix": self.fix, "snippet": self.snippet,
        }


@dataclass(frozen=True)
class Report:
    findings: tuple[Finding, ...]
    data: str  # which reliability data was used, and how old it is
    checks: tuple[str, ...] = field(default=("offline",))

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == ERROR)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == WARNING)

    def summary(self) -> dict:
        rules: dict[str, int] = {}
        for f in self.findings:
            rules[f.rule] = rules.get(f.rule, 0) + 1
        return {"errors": len(self.errors), "warnings": len(self.warnings), "rules": dict(sorted(rules.items())),
                "reliability_data": self.data, "checks": list(self.checks)}

    def to_dict(self) -> dict:
        return {"findings": [f.to_dict() for f in self.findings], "summary": self.summary()}

    def within(self, lines: set[int]) -> Report:
        """Only the findings on ``lines`` (and those with no line)."""
        return Report(tuple(f for f in self.findings if f.line in lines or f.line == 0), self.data, self.checks)

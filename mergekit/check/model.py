"""What a check reports: one ``Finding`` per problem, at a 1-based line and column.

``rule`` is a stable id (``family/what``), ``severity`` is ``error`` (the wiki shows an
error, or the text must not be published as is) or ``warning`` (an editor should look),
``fix`` says what to do. ``line`` 0 means "somewhere in the text" (a wiki complaint that
could not be mapped back to a line).
"""

from __future__ import annotations

from dataclasses import dataclass

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

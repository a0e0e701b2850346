"""What the checks need besides the text: today's date and the source-reliability table."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from mergekit.check.rsp import RspTable, builtin_table

__all__ = ["Context"]


@dataclass(frozen=True)
class Context:
    today: dt.date = field(default_factory=dt.date.today)
    rsp: RspTable = field(default_factory=builtin_table)

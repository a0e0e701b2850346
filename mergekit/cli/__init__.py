"""Command-line interface: one thin module per command, all on the ``main`` group."""

from __future__ import annotations

from mergekit.cli.app import main

# Each import registers its command(s) on ``main``.
from mergekit.cli import fetch as _fetch  # noqa: F401,E402
from mergekit.cli import backlog as _backlog  # noqa: F401,E402
from mergekit.cli import cache as _cache  # noqa: F401,E402
from mergekit.cli import run as _run  # noqa: F401,E402
from mergekit.cli import eval as _eval  # noqa: F401,E402
from mergekit.cli import review as _review  # noqa: F401,E402
from mergekit.cli import report as _report  # noqa: F401,E402
from mergekit.cli import check as _check  # noqa: F401,E402
from mergekit.cli import rsp as _rsp  # noqa: F401,E402

__all__ = ["main"]

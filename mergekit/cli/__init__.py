"""Command-line interface: one thin module per command, all on the ``main`` group."""

from __future__ import annotations

from mergekit.cli.app import main

# Each import registers its command(s) on ``main``.
from mergekit.cli import eval as _eval  # noqa: F401,E402

__all__ = ["main"]

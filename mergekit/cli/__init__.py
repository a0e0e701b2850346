"""Command-line interface: one thin module per command, all on the ``main`` group."""

from __future__ import annotations

from mergekit.cli.app import main

# Each import registers its command(s) on ``main``.

__all__ = ["main"]

"""Command-line interface: one thin module per command, all on the ``main`` group.

Commands load lazily (``app.COMMANDS``): ``mergekit run`` never imports the network,
evaluation or cache commands.
"""

from __future__ import annotations

from mergekit.cli.app import main

__all__ = ["main"]

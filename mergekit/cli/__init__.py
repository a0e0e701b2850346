"""Command-line interface: one thin module per command, all on the ``main`` group.

Commands load lazily (``app.COMMANDS``): ``mergekit run`` imports only its own module, not
the network, evaluation, review or check commands, and ``mergekit --help`` lists them from
``app.SUMMARIES`` without importing any. A command module missing from ``COMMANDS`` still
works: an unknown name imports every module here.
"""

from __future__ import annotations

from mergekit.cli.app import entry, main

__all__ = ["entry", "main"]

"""``python -m mergekit``: the same as the ``mergekit`` command."""

from mergekit.cli import entry

entry()

"""``mergekit --help`` lists every command without importing them: the list it writes from
``app.SUMMARIES`` is the one click writes from the imported commands, and each summary is
its command's docstring summary."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys

import click

import mergekit.cli
from mergekit.cli import app

_LIST_AND_IMPORTED = """
import sys
from click.testing import CliRunner
from mergekit.cli import main
print(CliRunner().invoke(main, ["--help"], terminal_width=80).output)
print(sorted(m for m in sys.modules if m.startswith("mergekit.cli.") or m in {"mergekit.check", "mergekit.pipeline",
                                                                          "mergekit.net.session", "mergekit.review"}))
"""


def _every_command() -> dict[str, click.Command]:
    for module in pkgutil.iter_modules(mergekit.cli.__path__):
        importlib.import_module(f"mergekit.cli.{module.name}")
    return dict(app.main.commands)


def test_every_command_has_its_docstring_summary():
    commands = _every_command()
    assert set(app.SUMMARIES) == set(commands) == set(app.COMMANDS)
    for name, command in commands.items():
        assert app.SUMMARIES[name] == " ".join(command.help.split("\n\n")[0].split()), name


def test_help_lists_the_commands_as_click_would_and_imports_none():
    lazy = subprocess.run([sys.executable, "-c", _LIST_AND_IMPORTED], capture_output=True, text=True, check=True)
    listing, imported = lazy.stdout.rstrip("\n").rsplit("\n", 1)
    assert imported == "['mergekit.cli.app']"
    _every_command()  # now click's own listing, from the imported commands
    eager = click.Group.format_commands
    formatter = click.HelpFormatter(width=80)
    with click.Context(app.main, info_name="mergekit") as ctx:
        eager(app.main, ctx, formatter)
    assert formatter.getvalue() in listing

"""The click group every command registers on, and the bridge from errors to exit codes."""

from __future__ import annotations

import functools
import importlib
import logging
import pkgutil

import click

from mergekit import __version__
from mergekit.errors import DraftCheckFailed, InputError

__all__ = ["main", "BadInput", "reports_input_errors"]


class BadInput(click.ClickException):
    """A user mistake: one line on stderr, exit code 2."""

    exit_code = 2


class Blocked(click.ClickException):
    """mergekit's own draft failed its check: the findings on stderr, exit code 1."""

    exit_code = 1


def reports_input_errors(func):
    """Turn the library's ``InputError`` into a one-line ``BadInput`` (exit 2)."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except InputError as exc:
            raise BadInput(str(exc)) from None
        except DraftCheckFailed as exc:
            raise Blocked(str(exc)) from None

    return wrapper


# Command name -> the module that registers it, so a run imports only its own command's
# module (and what that needs). Modules not listed load when an unknown name is asked for.
COMMANDS = {"run": "mergekit.cli.run", "eval": "mergekit.cli.eval", "fetch": "mergekit.cli.fetch",
            "backlog": "mergekit.cli.backlog", "cache": "mergekit.cli.cache", "review": "mergekit.cli.review",
            "report": "mergekit.cli.report", "check": "mergekit.cli.check", "rsp": "mergekit.cli.rsp"}


def _import_every_command() -> None:
    import mergekit.cli

    for module in pkgutil.iter_modules(mergekit.cli.__path__):
        if module.name != "app":
            importlib.import_module(f"mergekit.cli.{module.name}")


class _LazyGroup(click.Group):
    """A group whose commands are imported when they are asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        _import_every_command()
        return sorted(self.commands)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in self.commands:
            if name in COMMANDS:
                importlib.import_module(COMMANDS[name])  # its decorator registers it on ``main``
            else:
                _import_every_command()
        return super().get_command(ctx, name)


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="mergekit")
@click.option("-v", "--verbose", count=True, help="More logging (-v info, -vv debug).")
def main(verbose: int) -> None:
    """Draft a Wikipedia article merge after an AfD closed as "merge".

    \b
    Example:
        mergekit run            # the embedded seed merge, written to drafts/
    """
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")

"""The click group every command registers on, and the bridge from errors to exit codes."""

from __future__ import annotations

import functools
import logging

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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
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

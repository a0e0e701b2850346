"""The click group every command registers on, and the bridge from errors to exit codes.

Global options work before or after the command's name: ``-v``/``-vv`` (more logging) is
added to every command as it registers, and counts with the group's own
(``mergekit -v run -v`` is ``-vv``).
"""

from __future__ import annotations

import atexit
import functools
import gc
import importlib
import logging
import os
import sys
from typing import NoReturn

import click

from mergekit import __version__
from mergekit.errors import DraftCheckFailed, InputError

__all__ = ["main", "entry", "BadInput", "reports_input_errors"]


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


# The cyclic garbage collector's thresholds for a command's process (speed only: the same
# garbage is collected, in larger batches). Python's default (700, 10, 10) walks the young
# objects every 700 allocations and the whole heap each time it grows by a quarter; a
# merge's inputs and readings are many long-lived objects, rarely cyclic, so at 1,000 x
# 6,400 sentences that was 0.36 CPU s of collections (four of the whole heap), 0.09-0.11 s
# with (10,000, 10, 10) (none of the whole heap; four of the middle generation, 0.05 s) and
# 0.045-0.055 s with these (two of the middle generation, 2 ms), for the same peak memory.
GC_THRESHOLDS = (50_000, 10, 10)

# Command name -> the module that registers it, so a run imports only its own command's
# module (and what that needs). Modules not listed load when an unknown name is asked for.
COMMANDS = {"run": "mergekit.cli.run", "eval": "mergekit.cli.eval", "fetch": "mergekit.cli.fetch",
            "backlog": "mergekit.cli.backlog", "cache": "mergekit.cli.cache", "review": "mergekit.cli.review",
            "report": "mergekit.cli.report", "check": "mergekit.cli.check", "rsp": "mergekit.cli.rsp"}
# Each command's docstring summary (its first paragraph), for ``mergekit --help``, which so
# lists the commands without importing them; tests/test_cli_help.py keeps it equal to them.
SUMMARIES = {
    "backlog": "List the articles waiting for an AfD merge; with --run, draft each one.",
    "cache": "Show or clear the caches: HTTP responses, and results (parsed inputs, plans).",
    "check": "Check wikitext before saving it: references, citations, words to watch, sources.",
    "eval": "Score the verifier on a JSONL benchmark FILE (claim, evidence, label a line).",
    "fetch": "Fetch a merge's pages and news into a local folder, without drafting.",
    "report": "Write OUT/report.html from the run's flags.json, diff and decisions.toml.",
    "review": "Review the findings of the last run, one at a time, and record a decision for each.",
    "rsp": "Perennial-sources (WP:RSP) data for `mergekit check`.",
    "run": "Draft a merge: align, verify and flag every sentence, write the draft.",
}


def _import_every_command() -> None:
    import pkgutil

    import mergekit.cli

    for module in pkgutil.iter_modules(mergekit.cli.__path__):
        if module.name != "app":
            importlib.import_module(f"mergekit.cli.{module.name}")


_VERBOSE_HELP = "More logging (-v info, -vv debug)."


def _log_level(verbose: int) -> int:
    return logging.WARNING - 10 * min(verbose, 2)


def _more_verbose(ctx: click.Context, param: click.Parameter, value: int) -> None:
    """A command's own ``-v``: added to the group's count and applied."""
    if value:
        total = ctx.find_root().params.get("verbose", 0) + value
        logging.getLogger().setLevel(_log_level(total))


class _LazyGroup(click.Group):
    """A group whose commands are imported when they are asked for, each given ``-v``."""

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        if not any(param.name == "verbose" for param in cmd.params):
            cmd.params.append(click.Option(["-v", "--verbose"], count=True, expose_value=False,
                                           callback=_more_verbose, help=_VERBOSE_HELP))
        super().add_command(cmd, name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        _import_every_command()
        return sorted(self.commands)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The command list as click writes it, from ``SUMMARIES`` for commands not yet imported."""
        names = sorted(set(SUMMARIES) | set(self.commands))
        limit = formatter.width - 6 - max(len(name) for name in names)
        # a command not imported yet: a stand-in with its summary, shortened by click's own rule
        rows = [(name, self.commands.get(name, click.Command(name, help=SUMMARIES.get(name))).get_short_help_str(limit))
                for name in names]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in self.commands:
            if name in COMMANDS:
                importlib.import_module(COMMANDS[name])  # its decorator registers it on ``main``
            else:
                _import_every_command()
        return super().get_command(ctx, name)


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="mergekit")
@click.option("-v", "--verbose", count=True, help=_VERBOSE_HELP)
def main(verbose: int) -> None:
    """Draft a Wikipedia article merge after an AfD closed as "merge".

    \b
    Example:
        mergekit run            # the embedded seed merge, written to drafts/
    """
    gc.set_threshold(*GC_THRESHOLDS)
    logging.basicConfig(level=_log_level(verbose), format="%(levelname)s %(name)s: %(message)s")
    if verbose:  # also when logging was configured before (basicConfig then does nothing)
        logging.getLogger().setLevel(_log_level(verbose))


def entry() -> NoReturn:
    """The ``mergekit`` command and ``python -m mergekit``: ``main``, then the process ends
    with its status without freeing its objects one by one (speed only). Python's own exit
    frees every object a run made and its caches hold: 0.2 CPU s of a 4 s run at 1,000 x
    6,400 sentences; the operating system takes the memory back at once. What an exit must
    still do is done first: the handlers registered to run at exit (logging's flush), then
    stdout and stderr flushed. Every file a command writes is closed before it returns
    (``mergekit.unit``, ``mergekit.cache``); an uncaught exception ends the usual way."""
    try:
        main()
        status: object = 0
    except SystemExit as done:
        status = done.code
    if status is not None and not isinstance(status, int):  # sys.exit("message"): printed, status 1
        print(status, file=sys.stderr)
        status = 1
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed or broken pipe: nothing more to say
            pass
    os._exit(status or 0)

"""``mergekit report``: write a run's ``report.html`` again from its folder (after a review)."""

from __future__ import annotations

from pathlib import Path

import click

from mergekit.cli.app import main, reports_input_errors
from mergekit.cli.show import home_line
from mergekit.report import REPORT_FILE
from mergekit.report.run import report_of_run
from mergekit.review.findings import read_run
from mergekit.unit import replace_file

__all__ = ["report"]


@main.command()
@click.option("--out", type=click.Path(path_type=Path), default=Path("drafts"), show_default=True,
              help="The run's folder (as given to `mergekit run --out`).")
@reports_input_errors
def report(out):
    """Write OUT/report.html from the run's flags.json, diff and decisions.toml.

    `mergekit run` writes the report with the draft; this writes it again without running,
    e.g. to see the decisions of a review before `mergekit run` applies them.

    \b
    Example:
        mergekit report --out my-draft
    """
    run = read_run(out)  # flags.json, read once: for the page and for the home line
    replace_file(out / REPORT_FILE, report_of_run(out, run), what="the report")  # the draft beside it stays
    click.echo(f"Wrote {out / REPORT_FILE}")
    if home := run.doc.get("home"):  # where the text goes: the editor's first question
        click.echo(home_line(home["section"], home["evidence"]))

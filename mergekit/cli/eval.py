"""``mergekit eval``: score the verifier on a labelled benchmark file."""

from __future__ import annotations

import json

import click

from mergekit.cli.app import main, reports_input_errors
from mergekit.evaluate import evaluate_file, format_report

__all__ = ["eval_command"]


@main.command("eval")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of tables.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Score the first N rows only.")
@reports_input_errors
def eval_command(file: str, as_json: bool, limit: int | None) -> None:
    """Score the verifier on a JSONL benchmark FILE (claim, evidence, label a line).

    Prints accuracy, the binary views (supported-or-partial vs not, supported vs
    rest, contradicted vs rest), per-class precision/recall/F1, the confusion matrix
    and claims per second. Rows with meta.evaluable == false are skipped.

    \b
    Example:
        mergekit eval ../shared/bench/wice_dev.jsonl --limit 100
        mergekit eval ../shared/bench/fnc1_dev.jsonl --json
    """
    report = evaluate_file(file, limit=limit)
    if as_json:
        click.echo(json.dumps(report.to_dict(), sort_keys=False))
    else:
        click.echo(format_report(report))

"""``mergekit review``: walk a run's findings, decide each, and keep every answer.

Interactive: one finding at a time, most severe first, with its sentence, reason, evidence
(figures highlighted when the terminal has colour) and, for a contradiction, the whole claim
cluster; one key per action. Every answer is written to ``decisions.toml`` beside the run's
outputs at once (atomically), so quitting or a crash loses nothing; a later review resumes
at the first undecided finding. Non-interactive: ``--set``, ``--decisions``, ``--accept-all``,
``--dismiss-kind``. ``mergekit run --out DIR`` applies the decisions.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections import Counter
from pathlib import Path

import click

from mergekit.cli.app import main, reports_input_errors
from mergekit.errors import InputError
from mergekit.plan.decisions import renamed
from mergekit.plan.model import KIND_WORDS, FindingKind
from mergekit.review.findings import RunFindings, read_run
from mergekit.review.model import ACTIONS, CHOICE_ACTIONS, FIGURE, Action, Decision, sentence_digest
from mergekit.review.store import DECISIONS_FILE, read_decisions, write_decisions

__all__ = ["review"]

_KEYS = {"k": "keep", "d": "dismiss", "e": "edit", "a": "attribute", "c": "cite", "x": "drop",
         "s": "skip", "b": "back", "q": "quit"}
_TARGET_KEYS = ("k", "d", "s", "b", "q")  # the destination's own text is never changed


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _decision(finding: dict, action: str, *, text: str = "", source: str = "") -> Decision:
    return Decision(finding=finding["id"], action=Action(action), digest=sentence_digest(finding["sentence"]),
                    at=_now(), text=text, source=source, sentence=finding["sentence"], kind=finding["kind"])


def _marked(text: str) -> str:
    """Figures in bold yellow (click drops the colour when the output is not a terminal)."""
    return FIGURE.sub(lambda m: click.style(m.group(), fg="yellow", bold=True), text)


def _show(run: RunFindings, finding: dict, number: int, total: int, decided: Decision | None) -> None:
    where = "the destination's own text" if finding["article"] != "source" else finding["section"]
    click.echo("")
    click.echo(click.style(f"[{number}/{total}] {finding['kind'].replace('_', ' ').upper()}", bold=True, fg="red")
               + f" \u00b7 {where} \u00b7 {finding['id']}"
               + (f" \u00b7 decided: {decided.action}" if decided else ""))
    click.echo(f"  Sentence: {finding['sentence']}")
    click.echo(f"  Why: {finding['detail']}")
    for e in finding["evidence"][:4]:
        click.echo(f"  - {e['stance']} \u00b7 {run.name(e['source'])} \u00b7 score {e['score']:.2f}")
        click.echo(f"    \u201c{_marked(e['quote'])}\u201d")
    for cluster in run.clusters(finding):
        click.echo(f"  Claim cluster: {cluster['topic']} (values disagree)")
        for v in cluster["values"]:
            who = f", according to {v['attributed_to']}" if v.get("attributed_to") else ""
            click.echo(f"    {_marked(v['display'] or str(v['value']))} \u2014 {run.name(v['source'])}{who}")


def _choose(labels: list[str], run: RunFindings, what: str) -> str | None:
    if not labels:
        click.echo(f"  No source to {what} for this finding.")
        return None
    for i, label in enumerate(labels, start=1):
        click.echo(f"    {i}) {run.name(label)}")
    number = click.prompt(f"  Which source to {what} (0 to go back)", type=click.IntRange(0, len(labels)))
    return labels[number - 1] if number else None


def _ask(run: RunFindings, finding: dict) -> Decision | str:
    """One answer: a decision, or "skip" / "back" / "quit"."""
    keys = _TARGET_KEYS if finding["article"] != "source" else tuple(_KEYS)
    menu = " ".join(f"[{k}]{_KEYS[k]}" for k in keys)
    while True:
        key = click.prompt(f"  {menu}", type=click.Choice(keys), show_choices=False).strip()
        action = _KEYS[key]
        if action in ("skip", "back", "quit"):
            return action
        if action == "edit":
            text = click.edit(finding["sentence"], require_save=False)
            text = " ".join((text or "").split())
            if not text or text == finding["sentence"]:
                click.echo("  No change made; choose again.")
                continue
            return _decision(finding, "edit", text=text)
        if action in CHOICE_ACTIONS:
            labels = run.attribute_choices(finding) if action == "attribute" else run.cite_choices(finding)
            source = _choose(labels, run, action)
            if source is None:
                continue
            return _decision(finding, action, source=source)
        return _decision(finding, action)


def _walk(run: RunFindings, decisions: dict[str, Decision], path: Path) -> None:
    findings = run.findings
    start = next((i for i, f in enumerate(findings) if f["id"] not in decisions), 0)
    if decisions:
        click.echo(f"{sum(f['id'] in decisions for f in findings)} of {len(findings)} findings already "
                   f"decided; starting at {start + 1}.")
    i = start
    while 0 <= i < len(findings):
        finding = findings[i]
        _show(run, finding, i + 1, len(findings), decisions.get(finding["id"]))
        answer = _ask(run, finding)
        if answer == "quit":
            click.echo("Stopped; every answer so far is saved.")
            return
        if answer == "back":
            i = max(i - 1, 0)
            continue
        if isinstance(answer, Decision):
            decisions[finding["id"]] = answer
            write_decisions(path, decisions.values())
        i += 1


def _resolve(run: RunFindings, given: str) -> dict:
    """The finding an id names: the whole id, or an unambiguous start of it or of its hash."""
    findings = run.findings
    for f in findings:
        if f["id"] == given:
            return f
    hits = [f for f in findings if f["id"].startswith(given) or f["id"].rsplit("-", 1)[-1].startswith(given)]
    if len(hits) != 1:
        raise InputError(f"--set: {'no' if not hits else 'more than one'} finding matches {given!r}; "
                         f"the ids are in flags.json")
    return hits[0]


def _parse_set(run: RunFindings, value: str) -> Decision:
    """``ID=ACTION``, ``ID=edit:TEXT``, ``ID=attribute:SOURCE`` or ``ID=cite:SOURCE``."""
    given, sep, action = value.partition("=")
    action, _, arg = action.partition(":")
    if not sep or action not in ACTIONS:
        raise InputError(f"--set {value!r}: write ID=ACTION with ACTION one of {', '.join(ACTIONS)} "
                         "(edit:TEXT, attribute:SOURCE, cite:SOURCE)")
    finding = _resolve(run, given.strip())
    if action == "edit":
        if not arg.strip():
            raise InputError(f"--set {value!r}: an edit needs the new text, as ID=edit:TEXT")
        return _decision(finding, "edit", text=" ".join(arg.split()))
    if action in CHOICE_ACTIONS:
        choices = run.attribute_choices(finding) if action == "attribute" else run.cite_choices(finding)
        if not choices:  # "give the source as cite:FILE, one of: none for this finding" read as a riddle (trial-2)
            raise InputError(f"--set {value!r}: this finding has no news source to {action} "
                             f"(none says its sentence); keep, dismiss, edit or drop it")
        if arg not in choices:
            raise InputError(f"--set {value!r}: give the source as {action}:FILE, one of: {', '.join(choices)}")
        return _decision(finding, action, source=arg)
    return _decision(finding, action)


def _summary(run: RunFindings, decisions: dict[str, Decision]) -> None:
    ids = {f["id"] for f in run.findings}
    counts = Counter(d.action for d in decisions.values() if d.finding in ids)
    undecided = len(ids - set(decisions))
    parts = [f"{counts[a]} {a}" for a in ACTIONS if counts[a]] + [f"{undecided} undecided"]
    click.echo(f"Decisions: {', '.join(parts)}.")
    current = {f["id"]: f for f in run.findings}
    for d in decisions.values():
        f = current.get(d.finding)
        if f is not None and not d.stale_for(f["sentence"]):
            continue
        moved = renamed(d, ((g["id"], g["sentence"]) for g in run.findings)) if f is None else None
        if moved:  # the same finding, maybe, under a new id: as `run` says it (rv16)
            click.echo(f"  stale: {d.finding} ({d.action}): {moved}; not applied")
            continue
        # the same sentence flagged under another id (another kind): say so, as `run` does (trial-9)
        kinds = sorted({KIND_WORDS[FindingKind(g["kind"])].label for g in run.findings if f is None and d.digest
                        and sentence_digest(g["sentence"]) == d.digest})
        why = (f"its sentence is now flagged as {' and '.join(kinds)}, a finding this decision was not made on"
               if kinds else "its sentence changed or is gone")
        click.echo(f"  stale: {d.finding} ({d.action}): {why}; not applied")


@main.command()
@click.option("--out", type=click.Path(path_type=Path), default=Path("drafts"), show_default=True,
              help="The run's folder (as given to `mergekit run --out`); decisions.toml is written there.")
@click.option("--set", "sets", multiple=True, metavar="ID=ACTION",
              help="Decide one finding: ACTION is keep, dismiss, drop, edit:TEXT, attribute:SOURCE or "
                   "cite:SOURCE; ID may be a unique start of the id or its hash. Repeatable.")
@click.option("--decisions", "decisions_file", type=click.Path(path_type=Path, dir_okay=False),
              help="Apply the decisions of this decisions.toml file.")
@click.option("--accept-all", is_flag=True, help="Keep every undecided finding as flagged.")
@click.option("--dismiss-kind", multiple=True, metavar="KIND",
              help="Dismiss every undecided finding of this kind (e.g. unverifiable). Repeatable.")
@click.option("--stdin", "from_stdin", is_flag=True,
              help="Read the answers from standard input even when it is not a terminal (one a line).")
@reports_input_errors
def review(out, sets, decisions_file, accept_all, dismiss_kind, from_stdin):
    """Review the findings of the last run, one at a time, and record a decision for each.

    Keys: k keep (the tag stays), d dismiss (checked; no tag, but a sentence nothing cites
    keeps {{citation needed}}), e edit the sentence ($EDITOR),
    a attribute a conflicting figure, c cite a supporting source, x drop the sentence,
    s skip, b back, q quit. Answers are saved at once to OUT/decisions.toml; running the merge
    again with `--out OUT` (`mergekit run FOLDER --out OUT`) applies them to the draft and lists
    them in the talk post.

    \b
    Examples:
        mergekit review
        mergekit review --out my-draft --set contradicted-9f4658=dismiss --set fc1a14=drop
        mergekit review --dismiss-kind unverifiable --accept-all
    """
    run = read_run(out)
    path = out / DECISIONS_FILE
    decisions = read_decisions(path)
    scripted = bool(sets or decisions_file or accept_all or dismiss_kind)
    if not scripted:
        if not (from_stdin or sys.stdin.isatty()):
            raise InputError("standard input is not a terminal: give --set, --decisions, --accept-all or "
                             "--dismiss-kind (or --stdin to read answers from it)")
        if not run.findings:
            click.echo("No findings to review.")
            return
        _walk(run, decisions, path)
        _summary(run, decisions)
        return
    kinds = {f["kind"] for f in run.findings}
    for kind in dismiss_kind:
        if kind not in kinds:
            raise InputError(f"--dismiss-kind {kind!r}: this run has findings of kind {', '.join(sorted(kinds))}")
    if decisions_file is not None:
        if not decisions_file.is_file():
            raise InputError(f"--decisions {decisions_file}: no such file")
        decisions.update(read_decisions(decisions_file))
    decisions.update((d.finding, d) for d in (_parse_set(run, value) for value in sets))
    for f in run.findings:
        if f["id"] not in decisions and f["kind"] in dismiss_kind:
            decisions[f["id"]] = _decision(f, "dismiss")
        elif f["id"] not in decisions and accept_all:
            decisions[f["id"]] = _decision(f, "keep")
    write_decisions(path, decisions.values())
    _summary(run, decisions)
    click.echo(f"Saved to {path}; {rerun_hint(out)} applies them.")


def rerun_hint(out: Path) -> str:
    """How to apply the decisions: the run again on the same inputs into the same folder. A
    bare ``mergekit run --out OUT`` drafts the seed merge (a run with no inputs does), which
    would overwrite another merge's draft with the seeds' (trial-4), so the inputs are named
    unless the draft is the seeds' own (drafts/)."""
    if out == Path("drafts"):
        return f"`mergekit run --out {out}`"
    return f"`mergekit run FOLDER --out {out}` (FOLDER, or --source/--target/--news, as in that run)"

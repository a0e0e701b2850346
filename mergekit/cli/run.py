"""``mergekit run``: plan and draft a merge from local files (the seed merge by default).

The command parses its options into a ``mergekit.jobs.RunRequest`` and prints what the
library did; checking the options, fetching and loading are ``mergekit.jobs``, drafting
is ``mergekit.pipeline.draft_merge``.
"""

from __future__ import annotations

from pathlib import Path

import click

from mergekit.cli.app import BadInput, main, reports_input_errors
from mergekit.cli.options import NETWORK_OPTIONS, given_on_command_line, network_options, settings_from_options
from mergekit.jobs import RunRequest, checked, load_request
from mergekit.net import config
from mergekit.outputs import AnotherRun

__all__ = ["run"]

_PATH = click.Path(path_type=Path)
# Given without --source-title these are a mistake (--contact is harmless: nothing is fetched).
_LIVE_ONLY = {name: option for name, option in NETWORK_OPTIONS.items() if name != "contact"}


@main.command()
@click.argument("folder", required=False, type=_PATH)
@click.option("--source", type=_PATH, help="The article being merged away (rendered text or wikitext).")
@click.option("--target", type=_PATH, help="The destination article (wikitext).")
@click.option("--news", type=_PATH, multiple=True, help="A news report file (text or HTML); repeat for each.")
@click.option("--manifest", type=_PATH, help="A merge.toml with titles, URLs and the date.")
@click.option("--out", type=_PATH, help="Folder for the draft [default: drafts/ for the seeds, "
              "else drafts/<destination>].")
@click.option("--force", is_flag=True, help="Replace the draft in --out even when it is another merge's "
              "(its flags.json names another source or destination title, or cannot be read) or holds files mergekit "
              "did not write; that merge's decisions.toml is kept as decisions.other.toml, not applied.")
@click.option("--date", "run_date", help="The run's date, YYYY-MM-DD [default: the manifest's, else today].")
@click.option("--section", help="Title of the new section [default: the source article's title]; a "
              "section the destination already has (the same words, case and spacing aside) takes the text "
              "at the end of its own prose, under no second heading.")
@click.option("--source-title", metavar="TITLE", help="Fetch the source from a wiki by title "
              "(into merges/<title>, as `mergekit fetch` does) and draft from that.")
@click.option("--target-title", metavar="TITLE", help="With --source-title: the destination "
              "[default: from the source's {{Afd-merge to}}].")
@click.option("--news-url", multiple=True, metavar="URL", help="With --source-title: a news URL; repeat for each.")
@network_options
@click.pass_context
@reports_input_errors
def run(ctx: click.Context, folder, source, target, news, manifest, out, force, run_date, section,
        source_title, target_title, news_url, api_url, contact, offline, timeout, max_retries):
    """Draft a merge: align, verify and flag every sentence, write the draft.

    With no arguments it drafts the embedded seed merge (seeds/ -> drafts/). Give a merge
    FOLDER (article files, news files, optional merge.toml; roles are detected from the
    content), or the files one by one, or --source-title to fetch the merge from a wiki
    (--wiki, --offline, --timeout and --max-retries go with it).

    \b
    Examples:
        mergekit run
        mergekit run path/to/merge-folder --out my-draft
        mergekit run --source Old.txt --target New.wikitext --news a.html --news b.txt \\
                     --date 2024-05-01 --out my-draft
        mergekit run --source-title "2023 Tirana camp raid" --news-url https://... \\
                     --contact you@example.org
    """
    from mergekit.pipeline import draft_merge

    live_given = given_on_command_line(ctx, _LIVE_ONLY)
    request = checked(RunRequest(
        folder=folder, source=source, target=target, news=tuple(news), manifest=manifest, out=out,
        run_date=run_date, section=section, source_title=source_title, target_title=target_title,
        news_urls=tuple(news_url), api_url=api_url if "--wiki" in live_given else None, network_given=live_given,
    ))
    if request.source_title:  # live pages: fetch into a merge folder, then draft from it
        from mergekit.cli.show import report_fetch
        from mergekit.jobs import fetch_live

        settings = settings_from_options(contact=contact, offline=offline, timeout=timeout, max_retries=max_retries)
        fetched = fetch_live(request, settings, default_api=config.DEFAULT_API)
        report_fetch(fetched)
        if fetched.already_merged:
            return
        request = RunRequest(folder=fetched.folder, out=request.out, run_date=request.run_date, section=request.section)
    inputs, out = load_request(request)
    try:
        result = draft_merge(inputs, out, section=request.section, force=force)
    except AnotherRun as exc:  # named by the option that chose the folder
        where = f"--out {out}" if request.out is not None else f"the draft folder {out} (the default; --out chooses another)"
        raise BadInput(f"{where} {exc.why}: give another --out, or `mergekit run --force` to replace its draft") from None
    into = f", into its section {result.plan.section_title!r}" if result.plan.existing else ""
    click.echo(f"Drafted the merge of {inputs.source.title!r} into {inputs.target.title!r}{into} -> {out}/")
    for path in result.written:
        click.echo(f"  {path.name}")
    if result.set_aside is not None:
        click.echo(f"Set aside the other merge's review decisions as {result.set_aside.name} (not applied to this merge)")
    summary = ", ".join(f"{n} {kind}" for kind, n in sorted(result.kinds.items())) or "none"
    click.echo(f"Findings: {summary}")
    if result.plan.home is not None:
        from mergekit.cli.show import home_line

        home = result.plan.home
        click.echo(home_line(home.section, home.evidence(result.plan.source_title)))
    from mergekit.draft.selflinks import links_line

    links = links_line(result.plan.source_title, result.links)
    if links:
        click.echo(links)
    if result.decided or result.not_applied:
        click.echo(f"Review decisions: {len(result.decided)} applied, {len(result.not_applied)} not applied")
    from mergekit.plan.decisions import CARRIED_EDIT

    for done in result.decided:  # the editor's words put back a sentence the merge had left out (rv16)
        if done.phrase == CARRIED_EDIT:
            click.echo(f"  carried: {done.decision.finding} (edit): the editor's words are written, though the "
                       "merge had left the sentence out; check them against this article and the sources")
    for miss in result.not_applied:
        click.echo(f"  {'stale' if miss.stale else 'not applied'}: {miss.decision.finding} "
                   f"({miss.decision.action}): {miss.reason}")

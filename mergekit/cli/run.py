"""``mergekit run``: plan and draft a merge from local files (the seed merge by default)."""

from __future__ import annotations

import datetime as dt
import filecmp
import re
from pathlib import Path

import click

from mergekit.cli.app import main, reports_input_errors
from mergekit.errors import InputError
from mergekit.load.inputs import load_files, load_folder
from mergekit.load.manifest import Manifest, read_manifest
from mergekit.outputs import check_output_folder, page_filename
from mergekit.pipeline import draft_merge

__all__ = ["run", "default_seeds"]

_PATH = click.Path(path_type=Path)


def default_seeds() -> tuple[Path, Path]:
    """The seed folder and its drafts folder: here, else beside the installed package."""
    for root in (Path.cwd(), Path(__file__).resolve().parents[2]):
        if (root / "seeds" / "merge.toml").is_file():
            return root / "seeds", root / "drafts"
    raise InputError("no seeds/ folder here or beside mergekit: run from the project folder, or give --source")


def _date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise InputError(f"--date {value!r} is not a date: write YYYY-MM-DD") from None


def _distinct_inputs(source: Path | None, target: Path | None, news: tuple[Path, ...]) -> None:
    """The source, the destination and each news file are different files: an article
    given as its own destination, or as its own news, would "support" itself."""
    given = [("--source", source), ("--target", target)] + [("--news", n) for n in news]
    files = [(role, path) for role, path in given if path is not None and path.is_file()]
    for i, (role, path) in enumerate(files):
        for earlier_role, earlier in files[:i]:
            try:
                same = filecmp.cmp(path, earlier, shallow=False)
            except OSError:
                continue  # the reader reports it, with its own message
            if same:
                raise InputError(f"{role} {path} is the same file as {earlier_role} {earlier}: give each input once")


@main.command()
@click.argument("folder", required=False, type=_PATH)
@click.option("--source", type=_PATH, help="The article being merged away (rendered text or wikitext).")
@click.option("--target", type=_PATH, help="The destination article (wikitext).")
@click.option("--news", type=_PATH, multiple=True, help="A news report (text or HTML); repeat for each.")
@click.option("--manifest", type=_PATH, help="A merge.toml with titles, URLs and the date.")
@click.option("--out", type=_PATH, help="Folder for the draft [default: drafts/ for the seeds, "
              "else drafts/<destination>].")
@click.option("--date", "run_date", help="The run's date, YYYY-MM-DD [default: the manifest's, else today].")
@click.option("--section", help="Title of the new section [default: the source article's title].")
@click.option("--source-title", metavar="TITLE", help="Fetch the source from a wiki by title "
              "(into merges/<title>, as `mergekit fetch` does) and draft from that.")
@click.option("--target-title", metavar="TITLE", help="With --source-title: the destination "
              "[default: from the source's {{Afd-merge to}}].")
@click.option("--news-url", multiple=True, metavar="URL", help="With --source-title: a news URL; repeat for each.")
@click.option("--wiki", "api_url", metavar="API_URL", help="With --source-title: the wiki's api.php "
              "[default: https://en.wikipedia.org/w/api.php].")
@click.option("--contact", metavar="EMAIL_OR_USERPAGE", help="Contact for the User-Agent "
              "[default: $MERGEKIT_CONTACT, else the config file].")
@click.option("--offline", is_flag=True, help="With --source-title: use the HTTP cache only.")
@reports_input_errors
def run(folder, source, target, news, manifest, out, run_date, section,
        source_title, target_title, news_url, api_url, contact, offline):
    """Draft a merge: align, verify and flag every sentence, write the draft.

    With no arguments it drafts the embedded seed merge (seeds/ -> drafts/). Give a merge
    FOLDER (article files, news files, optional merge.toml; roles are detected from the
    content), or the files one by one.

    \b
    Examples:
        mergekit run
        mergekit run path/to/merge-folder --out my-draft
        mergekit run --source Old.txt --target New.wikitext --news a.html --news b.txt \\
                     --date 2024-05-01 --out my-draft
        mergekit run --source-title "2023 Tirana camp raid" --news-url https://... \\
                     --contact you@example.org
    """
    run_date = _date(run_date)
    if section is not None and not section.strip():
        raise InputError("--section is empty: give the new section's title, or leave it out")
    for url in (*news_url, *([api_url] if api_url else [])):
        if not re.match(r"(?i)https?://[^\s/]", url):
            raise InputError(f"{url!r} is not an http(s) URL: give the page's address as the browser shows it")
    _distinct_inputs(source, target, news)
    if out is not None:
        check_output_folder(out, [p for p in (folder, source, target, manifest, *news) if p is not None])
    if source_title:  # live pages: fetch into a merge folder, then draft from it
        if folder or source or target or news or manifest:
            raise InputError("--source-title fetches the inputs: give it without FOLDER, --source, --target, "
                             "--news or --manifest (news URLs go with --news-url)")
        from mergekit.cli.fetch import live_folder

        folder = live_folder(api_url=api_url, source_title=source_title, target_title=target_title,
                             news_urls=tuple(news_url), contact=contact, offline=offline)
        if folder is None:  # the source already redirects to the destination
            return
    elif target_title or news_url or api_url or offline:
        raise InputError("--target-title, --news-url, --wiki and --offline go with --source-title")
    if source or target:
        if not (source and target):
            raise InputError("give both --source and --target (or a merge FOLDER)")
        if folder:
            raise InputError("give either a merge FOLDER or --source/--target, not both")
        info = read_manifest(manifest) if manifest else Manifest()
        inputs = load_files(source, target, list(news), manifest=info, run_date=run_date)
        out = out or Path("drafts") / page_filename(inputs.target.title or target.stem)
    else:
        if news or manifest:
            raise InputError("--news and --manifest go with --source/--target")
        if folder is None:
            folder, default_out = default_seeds()
            out = out or default_out
        inputs = load_folder(folder, run_date=run_date)
        out = out or Path("drafts") / page_filename(inputs.target.title or folder.name)
    result = draft_merge(inputs, out, section=section)
    click.echo(f"Drafted the merge of {inputs.source.title!r} into {inputs.target.title!r} -> {out}/")
    for path in result.written:
        click.echo(f"  {path.name}")
    summary = ", ".join(f"{n} {kind}" for kind, n in sorted(result.kinds.items())) or "none"
    click.echo(f"Findings: {summary}")
    if result.decided or result.not_applied:
        click.echo(f"Review decisions: {len(result.decided)} applied, {len(result.not_applied)} not applied")
    for miss in result.not_applied:
        click.echo(f"  {'stale' if miss.stale else 'not applied'}: {miss.decision.finding} "
                   f"({miss.decision.action}): {miss.reason}")

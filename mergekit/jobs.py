"""What the commands ask for, done by the library: the CLI only parses options and prints.

:class:`RunRequest` is ``mergekit run``'s options as data. :func:`checked` refuses a
request that mixes the three ways of giving a merge (a FOLDER; ``--source`` and
``--target`` with ``--news`` files; ``--source-title`` to fetch from a wiki), naming the
options and the fix; :func:`fetch_live` fetches a ``--source-title`` merge into
``merges/<title>``; :func:`load_request` reads the inputs and picks the output folder.
:func:`draft_backlog_page` fetches and drafts one backlog page. All drafting goes through
:func:`mergekit.pipeline.draft_merge`.
"""

from __future__ import annotations

import datetime as dt
import filecmp
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from mergekit.errors import InputError
from mergekit.filenames import page_filename
from mergekit.load.titles import LINK_BREAKING
from mergekit.webaddress import is_web_address

if TYPE_CHECKING:  # the network stack and the pipeline load when a job needs them
    from mergekit.load.inputs import MergeInputs
    from mergekit.net.backlog import Outcome
    from mergekit.net.folder import FetchedMerge
    from mergekit.net.session import NetSettings

__all__ = [
    "RunRequest", "checked", "load_request", "fetch_live", "default_seeds", "fetched_folder",
    "draft_backlog_page", "BACKLOG_INPUT",
]


BACKLOG_INPUT = "input"  # the fetched merge folder, inside each backlog page's draft folder


@dataclass(frozen=True)
class RunRequest:
    """``mergekit run``'s options. ``network_given`` names the network options given on the
    command line (they only make sense with ``source_title``)."""

    folder: Path | None = None
    source: Path | None = None
    target: Path | None = None
    news: tuple[Path, ...] = ()
    manifest: Path | None = None
    out: Path | None = None
    run_date: str | None = None
    section: str | None = None
    source_title: str | None = None
    target_title: str | None = None
    news_urls: tuple[str, ...] = ()
    api_url: str | None = None
    network_given: tuple[str, ...] = ()


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


def _check_urls(request: RunRequest) -> None:
    for url in (*request.news_urls, *([request.api_url] if request.api_url else [])):
        if not is_web_address(url):
            raise InputError(f"{url!r} is not an http(s) URL: give the page's address as the browser shows it")


def _check_ways(request: RunRequest) -> None:
    """One way of giving the merge, and only the options that go with it."""
    files = request.source or request.target or request.news or request.manifest
    if request.source_title:
        if request.folder or files:
            raise InputError("--source-title fetches the inputs: give it without FOLDER, --source, --target, "
                             "--news or --manifest (news URLs go with --news-url)")
        return
    live = [*(["--target-title"] if request.target_title else []), *(["--news-url"] if request.news_urls else []),
            *request.network_given]
    if live:
        verb = "goes" if len(live) == 1 else "go"
        raise InputError(f"{' and '.join(live)} only {verb} with --source-title, which fetches the merge from a wiki")
    if request.folder and files:
        raise InputError("give either a merge FOLDER or --source/--target/--news/--manifest, not both")
    if (request.source or request.target) and not (request.source and request.target):
        raise InputError("give both --source and --target (or a merge FOLDER alone)")
    if (request.news or request.manifest) and not request.source:
        raise InputError("--news and --manifest go with --source/--target")


def checked(request: RunRequest) -> RunRequest:
    """``request`` with its date normalised, or an ``InputError`` naming the mistake."""
    from mergekit.outputs import check_output_folder

    request = replace(request, run_date=_date(request.run_date))
    if request.section is not None and not request.section.strip():
        raise InputError("--section is empty: give the new section's title, or leave it out")
    _check_urls(request)
    _check_ways(request)
    _distinct_inputs(request.source, request.target, request.news)
    if request.out is not None:
        given = (request.folder, request.source, request.target, request.manifest, *request.news)
        check_output_folder(request.out, [p for p in given if p is not None])
    return request


def default_seeds() -> tuple[Path, Path]:
    """The seed folder and its drafts folder: here, else beside the installed package."""
    for root in (Path.cwd(), Path(__file__).resolve().parents[1]):
        if (root / "seeds" / "merge.toml").is_file():
            return root / "seeds", root / "drafts"
    raise InputError("no seeds/ folder here or beside mergekit: run from the project folder, or give --source")


def fetched_folder(source_title: str) -> Path:
    """``merges/<source title>``: where fetched merges go unless told otherwise."""
    return Path("merges") / page_filename(source_title)


def fetch_live(request: RunRequest, settings: NetSettings, *, default_api: str) -> FetchedMerge:
    """Fetch ``request.source_title`` (and its destination and news URLs) into
    ``merges/<title>``; ``.already_merged`` means there is nothing to draft."""
    from mergekit.net.folder import fetch_merge

    assert request.source_title
    folder = fetched_folder(request.source_title)
    return fetch_merge(request.api_url or default_api, request.source_title, request.target_title,
                       request.news_urls, out=folder, settings=settings)


def load_request(request: RunRequest) -> tuple[MergeInputs, Path]:
    """The inputs ``request`` names (a checked request; a fetched one gives its FOLDER) and
    the output folder: ``--out``, else drafts/ for the seeds, else drafts/<destination>."""
    from mergekit.load.inputs import load_files, load_folder
    from mergekit.load.manifest import Manifest, read_manifest

    out = request.out
    if request.source and request.target:
        info = read_manifest(request.manifest) if request.manifest else Manifest()
        inputs = load_files(request.source, request.target, list(request.news), manifest=info,
                            run_date=request.run_date)
        _check_new_section(request.section, inputs)
        return inputs, out or Path("drafts") / page_filename(inputs.target.title or request.target.stem)
    folder = request.folder
    if folder is None:
        folder, default_out = default_seeds()
        out = out or default_out
    inputs = load_folder(folder, run_date=request.run_date)
    _check_new_section(request.section, inputs)
    return inputs, out or Path("drafts") / page_filename(inputs.target.title or folder.name)


def _check_new_section(section: str | None, inputs: MergeInputs) -> None:
    """Refuse a --section that names no section of the destination and holds markup: as a new
    heading it would be shown escaped, and the redirect's anchor could not reach it. Naming an
    existing heading that has markup by its source text is fine (``plan.existing``)."""
    from mergekit.plan.existing import existing_section

    if section is None or not (markup := LINK_BREAKING.search(section)):
        return
    if existing_section(inputs.target.wikitext or "", section) is None:
        raise InputError(f"--section {section!r} names no section of the destination and has {markup.group()!r}, "
                         "which a new heading's anchor cannot link to: give the new section's title as plain text")


def draft_backlog_page(
    title: str, *, api_url: str, root: Path, settings: NetSettings, run_date: str | None = None,
    cited_news: bool = False,
) -> Outcome:
    """Fetch ``title`` into ``root/<title>/input`` and draft it into ``root/<title>/``. The page's
    folder is mergekit's own: a draft of another merge there (the page's destination changed
    since the last backlog run) is replaced, its review decisions set aside
    (``draft_merge(force=True)``), as the fetched ``input/`` beside it already was."""
    from mergekit.load.inputs import load_folder
    from mergekit.net.backlog import Outcome, Status, draft_dir
    from mergekit.net.folder import fetch_merge
    from mergekit.pipeline import draft_merge

    folder = draft_dir(root, title)
    fetched = fetch_merge(
        api_url, title, None, (), out=folder / BACKLOG_INPUT, settings=settings, batch=True, cited_news=cited_news
    )
    if fetched.already_merged:
        return Outcome(title, Status.MERGED, f"already a redirect to {fetched.source.redirect_to}")
    inputs = load_folder(folder / BACKLOG_INPUT, run_date=run_date)
    result = draft_merge(inputs, folder, force=True)
    aside = f"; another merge's review decisions set aside as {result.set_aside.name}" if result.set_aside else ""
    return Outcome(title, Status.DRAFTED, f"into {fetched.target.title!r}, {len(result.plan.findings)} findings{aside}",
                   folder)

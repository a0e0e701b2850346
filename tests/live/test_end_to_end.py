"""The live run against the local wiki drafts exactly what the file-based run drafts."""

from __future__ import annotations

import shutil

from click.testing import CliRunner

from mergekit.cli import main
from mergekit.net.session import open_session
from mergekit.net.wiki import fetch_page

from .conftest import CONTACT
from .mediawiki import PAGES
from .newsserver import NEWS

SOURCE, TARGET = "Eldham footbridge collapse", "Eldham Footbridge"
NEWS_FILES = ("eldham-footbridge-collapse.html", "bridge-inquiry.html")
DATE = "2024-05-01"


def invoke(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _files(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_live_run_equals_file_based_run(wiki, news, cache_dir, settings, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    urls = [arg for name in NEWS_FILES for arg in ("--news-url", news.url(f"/news/{name}"))]
    live = invoke(
        "run", "--wiki", wiki.api, "--source-title", SOURCE, *urls,
        "--contact", CONTACT, "--date", DATE, "--out", "live",
    )
    assert live.exit_code == 0, live.output
    assert (tmp_path / "merges" / "Eldham_footbridge_collapse" / "merge.toml").is_file()

    # The same pages as files; only the revision ids have to come from the wiki.
    with open_session(settings) as session:
        revids = [fetch_page(session, wiki.api, t, settings=settings).revid for t in (SOURCE, TARGET)]
    files = tmp_path / "files"
    files.mkdir()
    shutil.copy(PAGES / "source.wikitext", files / "source.wikitext")
    shutil.copy(PAGES / "target.wikitext", files / "target.wikitext")
    news_args = []
    for index, name in enumerate(NEWS_FILES, start=1):
        shutil.copy(NEWS / name, files / f"{index:02d}_{name}")
        news_args += ["--news", str(files / f"{index:02d}_{name}")]
    (files / "merge.toml").write_text(
        f'[source]\ntitle = "{SOURCE}"\nrevid = {revids[0]}\n[target]\ntitle = "{TARGET}"\nrevid = {revids[1]}\n',
        encoding="utf-8",
    )
    offline = invoke(
        "run", "--source", str(files / "source.wikitext"), "--target", str(files / "target.wikitext"),
        *news_args, "--manifest", str(files / "merge.toml"), "--date", DATE, "--out", "file",
    )
    assert offline.exit_code == 0, offline.output

    drafted = _files(tmp_path / "live")
    assert drafted == _files(tmp_path / "file")
    copied = f"{{{{Copied|from={SOURCE}|from_oldid={revids[0]}|"
    assert copied in drafted["talk-templates.wikitext"].decode("utf-8")


def test_live_run_of_a_done_merge_stops_with_exit_0(wiki, cache_dir, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = invoke("run", "--wiki", wiki.api, "--source-title", "Old Eldham ferry", "--contact", CONTACT)
    assert result.exit_code == 0
    assert "already a redirect to 'Eldham Footbridge#History'" in result.output
    assert not (tmp_path / "drafts").exists()


def test_backlog_run_drafts_each_page_and_goes_past_a_failure(wiki, cache_dir, tmp_path):
    result = invoke("backlog", "--wiki", wiki.api, "--run", "--out", str(tmp_path / "drafts"), "--date", DATE)
    assert result.exit_code == 0, result.output
    assert "failed: Mill Lane flood (page 'Mill Lane (Eldham)' does not exist" in result.output
    assert result.stdout.rstrip().endswith("Summary: 2 drafted, 1 failed")
    assert (tmp_path / "drafts" / "Eldham_footbridge_collapse" / "Eldham_Footbridge.wikitext").is_file()
    assert (tmp_path / "drafts" / "Harbor_Street_fire" / "input" / "merge.toml").is_file()
    assert not (tmp_path / "drafts" / "Mill_Lane_flood" / "talk.wikitext").exists()

"""`mergekit fetch` writes its merge folder as one unit (mergekit.net.folder.write_folder).

An interrupted fetch (here: a write refused half-way by a file-size limit, as a full disk
would) leaves the previous folder whole, or no folder at all; a refetch replaces the
previous fetch's files and keeps what else the editor put there.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from mergekit.html import ExtractedPage
from mergekit.net.folder import FetchedMerge, write_folder
from mergekit.net.news import OK, UNAVAILABLE, NewsPage
from mergekit.net.wiki import Page

HERE = Path(__file__).resolve().parent


def fetched(tag: str, *, news_bytes: int = 100) -> FetchedMerge:
    """A fetched merge whose every file says ``tag``; its one news page is ``news_bytes`` long."""
    url = f"https://news.example.org/{tag}-story"
    page = ExtractedPage(title=f"{tag} story", sitename="Example News", date="2024-05-01", author=None, url=url, text=tag)
    body = (f"<html><title>{tag}</title>".encode() + b" " * news_bytes)[:news_bytes]
    return FetchedMerge(
        api_url="https://en.wikipedia.org/w/api.php",
        source=Page(title="Old article", wikitext=f"{tag} source", revid=1, timestamp="2024-05-01T00:00:00Z"),
        target=Page(title="Destination", wikitext=f"{tag} target", revid=2, timestamp="2024-05-01T00:00:00Z"),
        afd=None,
        news=(NewsPage(url=url, status=OK, final_url=url, kind="html", body=body, page=page),
              NewsPage(url="https://gone.example.org/", status=UNAVAILABLE, reason="HTTP 404")),
    )


def contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_a_refetch_replaces_the_previous_fetch_and_keeps_the_editors_files(tmp_path):
    out = tmp_path / "merge"
    write_folder(fetched("old"), out)
    assert sorted(contents(out)) == ["01_old-story.html", "merge.toml", "source.wikitext", "target.wikitext"]
    (out / "notes.txt").write_text("mine")
    write_folder(fetched("new"), out)
    assert sorted(contents(out)) == ["01_new-story.html", "merge.toml", "notes.txt", "source.wikitext", "target.wikitext"]
    assert (out / "source.wikitext").read_text() == "new source" and (out / "notes.txt").read_text() == "mine"
    assert "01_new-story.html" in (out / "merge.toml").read_text()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".merge.lock", "merge"]


_LIMITED = """
import resource, signal, sys
from pathlib import Path
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG, as on a full disk
resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
sys.path.insert(0, sys.argv[2])
from test_fetch_folder import fetched
from mergekit.errors import InputError
from mergekit.net.folder import write_folder
try:
    write_folder(fetched("new", news_bytes=200_000), Path(sys.argv[1]))
except InputError as exc:
    print(exc)
    sys.exit(2)
"""


def _fetch_past_the_limit(out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-B", "-c", _LIMITED, str(out), str(HERE)],
                          capture_output=True, text=True, timeout=120)


def test_a_fetch_that_fails_half_way_leaves_the_previous_folder_whole(tmp_path):
    out = tmp_path / "merge"
    write_folder(fetched("old"), out)
    before = contents(out)
    done = _fetch_past_the_limit(out)
    assert done.returncode == 2, done.stderr
    assert done.stdout.startswith("cannot write the fetched merge into") and done.stdout.count("\n") == 1
    assert contents(out) == before  # not one file of the new fetch (source.wikitext was written first)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".merge.lock", "merge"]


def test_a_first_fetch_that_fails_half_way_leaves_no_folder(tmp_path):
    out = tmp_path / "merge"
    done = _fetch_past_the_limit(out)
    assert done.returncode == 2, done.stderr
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == [".merge.lock"]


def test_a_refetch_keeps_what_the_editor_wrote_in_merge_toml_about_their_own_files(tmp_path):
    """trial-2: the run's warning says to give a hand-added news file's url in merge.toml
    [[news]]; a refetch rewrote merge.toml and dropped it (and the run date), so the next run
    cited that report twice. What the editor wrote about files the fetch does not own is kept;
    rows for files no longer in the folder, or that the fetch writes, are not."""
    from mergekit.load.manifest import read_manifest

    out = tmp_path / "merge"
    write_folder(fetched("old"), out)
    (out / "mine.txt").write_text("A report the editor saved by hand.")
    with (out / "merge.toml").open("a") as f:
        f.write('\n[[news]]\nfile = "mine.txt"\nurl = "https://elsewhere.example/report"\nwork = "Elsewhere"\n'
                '\n[[news]]\nfile = "gone.txt"\nurl = "https://elsewhere.example/gone"\n')
    text = (out / "merge.toml").read_text()
    (out / "merge.toml").write_text('date = 2024-05-20\n' + text)
    write_folder(fetched("new"), out)
    manifest = read_manifest(out / "merge.toml")
    assert manifest.news["mine.txt"] == {"url": "https://elsewhere.example/report", "work": "Elsewhere"}
    assert "gone.txt" not in manifest.news and "01_old-story.html" not in manifest.news
    assert "01_new-story.html" in manifest.news
    assert manifest.date == "2024-05-20"

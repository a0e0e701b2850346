"""``mergekit fetch``, ``backlog`` and ``cache`` against the real wiki and news server."""

from __future__ import annotations

import tomllib

from click.testing import CliRunner

from mergekit.cli import main
from mergekit.load.inputs import load_folder
from mergekit.load.manifest import read_manifest

from .conftest import CONTACT
from .mediawiki import PAGES

SOURCE = "Eldham footbridge collapse"


def invoke(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def fetch(wiki, news, out, *extra: str):
    return invoke(
        "fetch", "--wiki", wiki.api, "--contact", CONTACT, "--timeout", "2", "--max-retries", "1",
        "--out", str(out), *extra,
    )


def test_fetch_writes_a_merge_folder_the_loader_reads(wiki, news, cache_dir, tmp_path):
    out = tmp_path / "merge"
    result = fetch(
        wiki, news, out, "--source-title", SOURCE,
        "--news-url", news.url("/news/eldham-footbridge-collapse.html"),
        "--news-url", news.url("/gone"),
        "--news-url", news.url("/news/bridge-inquiry.html"),
    )
    assert result.exit_code == 0, result.output
    assert f"news unavailable: {news.url('/gone')} (HTTP 404)" in result.output
    assert (out / "source.wikitext").read_text(encoding="utf-8") == (PAGES / "source.wikitext").read_text(encoding="utf-8")
    assert (out / "target.wikitext").read_text(encoding="utf-8") == (PAGES / "target.wikitext").read_text(encoding="utf-8")
    manifest = read_manifest(out / "merge.toml")
    assert manifest.source.title == SOURCE and manifest.source.revid > 0
    assert manifest.target.title == "Eldham Footbridge" and manifest.target.revid > 0
    assert (manifest.discussion, manifest.close_date) == (SOURCE, "2024-03-12")
    assert sorted(manifest.news) == ["01_eldham-footbridge-collapse.html", "03_bridge-inquiry.html"]
    # The manifest keeps what the saved page cannot tell (its URL); the rest is read off the page.
    assert manifest.news["03_bridge-inquiry.html"] == {"url": "http://news.example/gazette/bridge-inquiry"}
    item = next(n for n in load_folder(out).news if n.label == "03_bridge-inquiry.html")
    assert (item.title, item.work, item.date, item.author) == (
        "Inquiry into footbridge to report in June", "Wend Valley Gazette", "2024-02-20", "Tom Ellery")
    raw = tomllib.loads((out / "merge.toml").read_text(encoding="utf-8"))
    assert raw["unavailable"] == [
        {"url": news.url("/gone"), "status": "unavailable", "reason": "HTTP 404", "final_url": news.url("/gone")}
    ]
    assert all(CONTACT in seen.user_agent for seen in news.seen)


def test_second_fetch_makes_no_network_requests(wiki, news, cache_dir, tmp_path):
    args = ("--source-title", SOURCE, "--news-url", news.url("/news/bridge-inquiry.html"))
    assert fetch(wiki, news, tmp_path / "a", *args).exit_code == 0
    wiki_before, news_before = wiki.api_requests(), len(news.seen)
    assert fetch(wiki, news, tmp_path / "b", *args).exit_code == 0
    assert (wiki.api_requests(), len(news.seen)) == (wiki_before, news_before)
    for name in ("source.wikitext", "target.wikitext", "merge.toml", "01_bridge-inquiry.html"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_offline_fails_clearly_before_a_fetch_and_works_after(wiki, news, cache_dir, tmp_path):
    args = ("--source-title", SOURCE, "--news-url", news.url("/news/bridge-inquiry.html"))
    before = wiki.api_requests()
    result = fetch(wiki, news, tmp_path / "a", *args, "--offline")
    assert result.exit_code == 2
    assert "not in the cache and --offline is set; fetch it online first" in result.output
    assert wiki.api_requests() == before and news.seen == []
    assert fetch(wiki, news, tmp_path / "b", *args).exit_code == 0
    online = wiki.api_requests()
    result = fetch(wiki, news, tmp_path / "c", *args, "--offline")
    assert result.exit_code == 0, result.output
    assert wiki.api_requests() == online
    assert (tmp_path / "c" / "merge.toml").read_bytes() == (tmp_path / "b" / "merge.toml").read_bytes()


def test_renamed_source_is_followed(wiki, news, cache_dir, tmp_path):
    result = fetch(wiki, news, tmp_path / "m", "--source-title", "Eldham bridge collapse")
    assert result.exit_code == 0, result.output
    assert f"source: '{SOURCE}' (via 'Eldham bridge collapse')" in result.output
    assert read_manifest(tmp_path / "m" / "merge.toml").source.title == SOURCE


def test_source_already_redirected_means_the_merge_was_done(wiki, news, cache_dir, tmp_path):
    for extra in ((), ("--target-title", "Eldham Footbridge")):
        result = fetch(wiki, news, tmp_path / "m", "--source-title", "Old Eldham ferry", *extra)
        assert result.exit_code == 0
        assert "'Old Eldham ferry' is already a redirect to 'Eldham Footbridge#History'" in result.output
        assert not (tmp_path / "m").exists()


def test_missing_page_and_missing_destination_are_clear_errors(wiki, news, cache_dir, tmp_path):
    result = fetch(wiki, news, tmp_path / "m", "--source-title", "No such article")
    assert result.exit_code == 2
    assert "page 'No such article' does not exist" in result.output
    result = fetch(wiki, news, tmp_path / "m", "--source-title", "Harbor Street")
    assert result.exit_code == 2
    assert "has no {{Afd-merge to}} naming the destination; pass --target-title" in result.output
    result = fetch(wiki, news, tmp_path / "m", "--source-title", "Mill Lane flood")
    assert result.exit_code == 2
    assert "page 'Mill Lane (Eldham)' does not exist" in result.output
    # The red link is the notice's: the message says so, and where to fix it.
    assert "the destination the {{Afd-merge to}} on 'Mill Lane flood' names (a red link)" in result.output
    result = fetch(wiki, news, tmp_path / "m", "--source-title", "Mill Lane flood", "--target-title", "No such page")
    assert result.exit_code == 2
    assert "page 'No such page' does not exist" in result.output and "{{Afd-merge to}}" not in result.output


def test_a_wikimedia_wiki_is_refused_without_a_contact(cache_dir, tmp_path):
    result = invoke("fetch", "--source-title", SOURCE, "--out", str(tmp_path / "m"))
    assert result.exit_code == 2
    assert "Wikimedia requires a contact in the User-Agent; pass --contact" in result.output


def test_backlog_lists_the_category(wiki, cache_dir):
    result = invoke("backlog", "--wiki", wiki.api)
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [SOURCE, "Harbor Street fire", "Mill Lane flood"]


def test_cache_info_and_clear(wiki, news, cache_dir, tmp_path):
    assert fetch(wiki, news, tmp_path / "m", "--source-title", SOURCE).exit_code == 0
    result = invoke("cache", "info")
    assert f"cache: {cache_dir / 'http_cache.sqlite'}" in result.output
    assert "responses: 2 (0 expired)" in result.output
    assert invoke("cache", "clear").output == "cleared 2 cached responses\ncleared 0 cached results\n"
    assert "responses: 0" in invoke("cache", "info").output


def test_a_wrong_api_url_is_a_clear_error(news, cache_dir, tmp_path):
    result = invoke("fetch", "--wiki", news.url("/news/bridge-inquiry.html"), "--source-title", SOURCE,
                    "--out", str(tmp_path / "m"))
    assert result.exit_code == 2
    assert "the answer is not JSON; is this a MediaWiki api.php URL?" in result.output
    result = invoke("fetch", "--wiki", news.url("/w/api.php"), "--source-title", SOURCE, "--out", str(tmp_path / "m"))
    assert result.exit_code == 2
    assert "HTTP 404; check the --wiki API URL" in result.output


def test_an_unreachable_wiki_is_a_clear_error(cache_dir, tmp_path):
    from .mediawiki import free_port

    api = f"http://127.0.0.1:{free_port()}/api.php"  # nobody listens there
    result = invoke("fetch", "--wiki", api, "--source-title", SOURCE, "--max-retries", "1", "--out", str(tmp_path / "m"))
    assert result.exit_code == 2
    assert result.output.startswith(f"Error: {api}")
    assert "gave up after 2 attempt(s) (nothing answers at 127.0.0.1" in result.output


def test_cited_news_fetches_what_the_source_cites(wiki, news, cache_dir, tmp_path):
    cited = news.url("/news/bridge-inquiry.html")
    # No {{Afd-merge to}} here, so the backlog category stays as the other tests expect.
    wiki.edit("Quay fire", f"The quay burned.<ref>{{{{cite news |title=Quay fire |url={cited} |work=Gazette}}}}</ref>")
    result = fetch(wiki, news, tmp_path / "m", "--source-title", "Quay fire", "--target-title", "Harbor Street",
                   "--cited-news",
                   "--news-url", news.url("/news/eldham-footbridge-collapse.html"))
    assert result.exit_code == 0, result.output
    assert sorted(read_manifest(tmp_path / "m" / "merge.toml").news) == [
        "01_eldham-footbridge-collapse.html", "02_bridge-inquiry.html",
    ]

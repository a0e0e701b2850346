"""One test of what a web address is, shared by the manifest, the run request and the draft."""

import pytest

from mergekit.draft.escape import escape_url
from mergekit.errors import InputError
from mergekit.load.manifest import read_manifest
from mergekit.webaddress import is_machine_address, is_web_address


@pytest.mark.parametrize("url", ["https://example.org/a", "HTTP://example.org", "http://x", "http://127.0.0.1:8000/a",
                                 "http://[::1]:8000/", "https://b\u00fccher.de/x", "https://example.org./",
                                 "https://x.example/a b"])
def test_web_addresses(url):
    assert is_web_address(url)


@pytest.mark.parametrize("url", ["javascript:alert(1)", "mailto:a@b.c", "https://", "https:///path",
                                 "http://?q=1", "https://#top", "https:// example.org", "example.org", "",
                                 # rv13: no host, or a host that is only an invisible character
                                 "https://\u200b/path", "https://\ufeff/x", "http://:80/", "http://@/", "https://./a",
                                 "http://[::1", "https://a..b/"])
def test_not_web_addresses(url):
    assert not is_web_address(url)


def test_the_draft_and_the_manifest_agree(tmp_path):
    """A URL with no host is refused by the manifest and never cited by the draft (before,
    the draft cited "http://?q=1" while the manifest refused it)."""
    (tmp_path / "merge.toml").write_text('[[news]]\nfile = "a.txt"\nurl = "http://?q=1"\n', encoding="utf-8")
    with pytest.raises(InputError, match="web address"):
        read_manifest(tmp_path / "merge.toml")
    assert escape_url("http://?q=1") is None
    assert escape_url("https://example.org/?q=1") == "https://example.org/?q=1"


@pytest.mark.parametrize("url", ["https://\u200b/path", "http://:80/", "http://@/", "https://./a"])
def test_what_the_manifest_refuses_the_draft_never_cites_and_the_other_way(tmp_path, url):
    """rv13: the manifest took "https://\u200b/path" (it removed only controls) and the draft,
    which removes invisible characters too, set it aside; "http://:80/" passed all three."""
    (tmp_path / "merge.toml").write_text(f'[[news]]\nfile = "a.txt"\nurl = "{url}"\n', encoding="utf-8")
    with pytest.raises(InputError, match="web address"):
        read_manifest(tmp_path / "merge.toml")
    assert escape_url(url) is None


def test_a_long_hostile_host_is_refused_in_linear_time():
    import time

    start = time.process_time()
    assert not is_web_address("https://" + "a-" * 50_000 + "_!/")
    assert time.process_time() - start < 0.5  # a backtracking host pattern takes minutes here


def test_the_manifest_keeps_the_address_as_the_outputs_write_it(tmp_path):
    # rv14: "https://www.bbc.co.uk\u200b/news/a" was checked cleaned but kept raw, so its host
    # never matched the same page's address
    (tmp_path / "merge.toml").write_text('[[news]]\nfile = "a.txt"\nurl = "https://www.bbc.co.uk\u200b/news/a"\n',
                                         encoding="utf-8")
    assert read_manifest(tmp_path / "merge.toml").news["a.txt"]["url"] == "https://www.bbc.co.uk/news/a"


@pytest.mark.parametrize("host", ["127.0.0.1:8000", "localhost:8000", "[::1]:8000", "devbox:51601", "localhost.:8000",
                                  "192.168.0.5.:8000", "127.0.0.1.nip.io:8000", "localhost"])
def test_machine_addresses_name_no_outlet(host):
    assert is_machine_address(host)


@pytest.mark.parametrize("host", ["www.bbc.co.uk", "The Independent", "abc.net.au", "John 3:16"])
def test_outlets_are_not_machine_addresses(host):
    assert not is_machine_address(host)


def test_a_report_served_on_this_machine_is_named_by_its_headline_not_its_address(tmp_path):
    # contra-30 saw a reason name a report "127.0.0.1": the outlet of a page served locally
    # is none, so the editor reads its headline instead
    import shutil
    from pathlib import Path

    from mergekit.load.inputs import load_folder
    from mergekit.plan.planner import plan_merge

    folder = tmp_path / "korce"
    shutil.copytree(Path(__file__).parent / "cases" / "merges" / "korce" / "input", folder)
    with (folder / "merge.toml").open("a", encoding="utf-8") as manifest:
        manifest.write('\n[[news]]\nfile = "courier.txt"\nurl = "http://127.0.0.1:8000/courier.html"\n'
                       'title = "Fire at the bazaar"\n')
    plan = plan_merge(load_folder(folder))
    name = plan.source_name("courier.txt")
    assert "127.0.0.1" not in name and "Fire at the bazaar" in name, name


def test_an_ampersand_that_reads_as_an_entity_is_written_as_one():
    # rv18: "a&amp;b" (the source's own link, decoded once) was written bare, and MediaWiki
    # linked it as "a&b": a URL the source did not give
    assert escape_url("https://e.example/?a=1&b=2") == "https://e.example/?a=1&b=2"
    assert escape_url("https://e.example/a&amp;b") == "https://e.example/a&amp;amp;b"

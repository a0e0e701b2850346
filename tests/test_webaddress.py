"""One test of what a web address is, shared by the manifest, the run request and the draft."""

import pytest

from mergekit.draft.escape import escape_url
from mergekit.errors import InputError
from mergekit.load.manifest import read_manifest
from mergekit.webaddress import is_web_address


@pytest.mark.parametrize("url", ["https://example.org/a", "HTTP://example.org", "http://x"])
def test_web_addresses(url):
    assert is_web_address(url)


@pytest.mark.parametrize("url", ["javascript:alert(1)", "mailto:a@b.c", "https://", "https:///path",
                                 "http://?q=1", "https://#top", "https:// example.org", "example.org", ""])
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

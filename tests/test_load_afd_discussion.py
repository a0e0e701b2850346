"""The AfD notice's discussion parameter, when the closer wrote the whole page title."""

from __future__ import annotations

import mwparserfromhell
import pytest

from mergekit.load.afd import parse_notice_template


def notice(text: str):
    return parse_notice_template(mwparserfromhell.parse(text).filter_templates()[0])


@pytest.mark.parametrize("given", [
    "Wikipedia:Articles for deletion/Zürich Hauptbahnhof tram collision",
    "wikipedia:Articles_for_deletion/Zürich_Hauptbahnhof_tram_collision",
    "WP:Articles for deletion/Zürich Hauptbahnhof tram collision",
    "[[Wikipedia:Articles for deletion/Zürich Hauptbahnhof tram collision]]",
])
def test_a_full_discussion_title_keeps_only_the_discussion_name(given):
    assert notice(f"{{{{Afd-merge to|Trams in Zürich|discussion={given}}}}}").discussion == (
        "Zürich Hauptbahnhof tram collision")
    assert notice(f"{{{{Afd-merge to|Trams in Zürich|{given}|1 May 2024}}}}").discussion == (
        "Zürich Hauptbahnhof tram collision")


@pytest.mark.parametrize("given", ["Zürich Hauptbahnhof tram collision (2nd nomination)", "A_b", "Wikipedia talk:X"])
def test_a_plain_discussion_name_is_kept_as_written(given):
    assert notice(f"{{{{Afd-merge to|T|discussion={given}}}}}").discussion == given


def test_a_prefix_alone_names_no_discussion():
    assert notice("{{Afd-merge to|T|discussion=Wikipedia:Articles for deletion/}}").discussion is None


def test_merge_toml_discussion_with_the_prefix_is_read_the_same(tmp_path):
    from mergekit.load.manifest import read_manifest

    path = tmp_path / "merge.toml"
    path.write_text('[afd]\ndiscussion = "Wikipedia:Articles for deletion/Kamlapur bridge collapse"\n', encoding="utf-8")
    assert read_manifest(path).discussion == "Kamlapur bridge collapse"

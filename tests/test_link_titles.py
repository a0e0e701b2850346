"""One title normaliser for the draft's links, the destination's self-links and the audit
(``mergekit.draft.titles``; rv10 links-1): ``[[AT&amp;T|...]]`` is the page "AT&T",
``[[Peloton%20Interactive|...]]`` the destination, a bidi mark no part of a title."""

from __future__ import annotations

from pathlib import Path

from test_draft_links import MANIFEST, NEWS, SOURCE, TARGET, _section

from mergekit.audit import audit
from mergekit.draft.selflinks import source_links
from mergekit.draft.titles import link_key, title_key, title_text
from mergekit.load.inputs import load_folder
from mergekit.outputs import render_outputs
from mergekit.plan import plan_merge


def test_titles_are_read_as_mediawiki_reads_them():
    assert title_key("AT&amp;T") == "AT&T"
    assert title_key("Peloton%20Interactive") == "Peloton Interactive"
    assert title_key("\u200eDest") == title_key("&#x200E;Dest") == "Dest"
    assert title_key("las__vegas ") == "Las vegas"
    assert title_key(":peloton_Interactive") == "Peloton Interactive"
    assert title_key("100% Hits") == "100% Hits"  # no escape: kept
    assert title_text("na\u00efve") == "na\u00efve"  # no case change in the written title
    assert link_key("&#x200E;Dest#History") == "Dest" and link_key("AT&amp;T#A") == "AT&T"
    assert title_key("Other page") != title_key("Other pages")  # nothing looser


def _run(tmp_path: Path, old: str, new: str):
    folder = tmp_path / "peloton"
    folder.mkdir()
    source = SOURCE.replace(old, new, 1)
    assert source != SOURCE
    (folder / "Peloton_Tread+_recall.wikitext").write_text(source)
    (folder / "Peloton_Interactive.wikitext").write_text(TARGET)
    (folder / "wjw.txt").write_text(NEWS)
    (folder / "merge.toml").write_text(MANIFEST)
    inputs = load_folder(folder)
    plan = plan_merge(inputs)
    files = dict(render_outputs(plan, inputs))
    return _section(files["Peloton_Interactive.wikitext"]), audit(inputs, plan, files)


def test_a_link_written_with_a_character_reference_passes_the_audit(tmp_path):
    section, found = _run(tmp_path, "[[Peloton Interactive|Peloton]]", "[[AT&amp;T|Peloton]]")
    assert "[[AT&T|Peloton]]" in section
    assert found == []


def test_a_percent_escaped_link_to_the_destination_is_unlinked(tmp_path):
    section, found = _run(tmp_path, "''[[Las Vegas]]''", "''[[Peloton%20Interactive|Las Vegas]]''")
    assert "[[Peloton" not in section and "''Las Vegas''" in section
    assert found == []


def test_a_bidi_mark_is_no_part_of_the_written_title(tmp_path):
    section, found = _run(tmp_path, "[[Consumer Electronics Show]]", "[[\u200eConsumer Electronics Show|CES]]")
    assert "[[Consumer Electronics Show|CES]]" in section and "200E" not in section.upper()
    assert found == []


def test_the_audit_refuses_an_escaped_link_to_the_destination(tmp_path):
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "Peloton_Tread+_recall.wikitext").write_text(SOURCE)
    (folder / "Peloton_Interactive.wikitext").write_text(TARGET)
    (folder / "wjw.txt").write_text(NEWS)
    (folder / "merge.toml").write_text(MANIFEST)
    inputs = load_folder(folder)
    plan = plan_merge(inputs)
    files = dict(render_outputs(plan, inputs))
    name = "Peloton_Interactive.wikitext"
    files[name] = files[name].replace("''[[Las Vegas]]''", "''[[Peloton%20Interactive|Las Vegas]]''", 1)
    assert {v.rule for v in audit(inputs, plan, files)} == {"link-origin"}


def test_the_destinations_escaped_link_to_the_source_is_found():
    links = source_links("See [[Peloton%20Tread+_recall|the recall]] and [[&#x200E;Peloton Tread+ recall]].",
                         "Peloton Tread+ recall", "Recall")
    assert len(links) == 2

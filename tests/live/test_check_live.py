"""`mergekit check --preview`, `--online`, `--title` and `mergekit rsp update` against the real
local MediaWiki and news server (in CI these run: a missing wiki fails, never skips)."""

from __future__ import annotations

import json
from dataclasses import replace

from click.testing import CliRunner

from mergekit.check import preview
from mergekit.check.document import Document
from mergekit.cli import main
from mergekit.net.preview import render_preview

from .conftest import CONTACT

TEXT = """The footbridge fell in a storm.<ref name="courier" /> It was old.<ref>Wend Valley Gazette, 2024.</ref>
{{Nosuch infobox|span=40 m}}

== References ==
<references />
"""


def invoke(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_preview_reports_what_the_wiki_complains_about(wiki, settings):
    # A real parse by PHP: the fixture's 0.5 s (meant for fault tests) is too short on a busy machine.
    html, warnings = render_preview(wiki.api, TEXT, "Check preview", replace(settings, timeout=10.0))
    assert "mw-ext-cite-error" in html  # the real Cite extension said it
    found = preview.check(Document.parse(TEXT), html, warnings)
    rules = [(f.rule, f.line) for f in found]
    assert ("preview/cite-error", 1) in rules  # the undefined "courier", mapped to its line
    assert ("preview/missing-template", 2) in rules
    cite = next(f for f in found if f.rule == "preview/cite-error")
    assert "courier" in cite.message


def test_check_cli_preview_and_title(wiki, cache_dir, tmp_path):
    path = tmp_path / "draft.wikitext"
    path.write_text(TEXT, encoding="utf-8")
    result = invoke("check", str(path), "--json", "--preview", wiki.api, "--contact", CONTACT)
    assert result.exit_code == 1
    data = json.loads(result.output)
    assert data["summary"]["checks"] == ["offline", "preview"]
    assert {"refs/undefined", "preview/cite-error", "preview/missing-template"} <= set(data["summary"]["rules"])
    page = invoke("check", "--title", "Eldham footbridge collapse", "--wiki", wiki.api, "--contact", CONTACT)
    assert page.exit_code in (0, 1) and page.output.startswith("Eldham footbridge collapse (revision ")
    missing = invoke("check", "--title", "No such article", "--wiki", wiki.api, "--contact", CONTACT)
    assert missing.exit_code == 2 and "does not exist" in missing.output


def test_rsp_update_stores_the_export_and_check_says_so(wiki, cache_dir, tmp_path):
    path = tmp_path / "draft.wikitext"
    path.write_text("A.<ref>{{cite news |title=A |url=https://www.example-tabloid.test/a |work=Example Tabloid "
                    "|date=20 June 2023}}</ref>\n\n<references />\n", encoding="utf-8")
    before = invoke("check", str(path))
    assert before.exit_code == 0 and "[rsp/unknown]" in before.output and "built-in subset" in before.output
    update = invoke("rsp", "update", "--wiki", wiki.api, "--page", "Mergekit RSP export", "--contact", CONTACT)
    assert update.exit_code == 0, update.output
    assert "stored 6 perennial-sources records from Mergekit RSP export on " in update.output
    assert (cache_dir / "rsp.json").is_file()
    after = invoke("check", str(path))
    assert after.exit_code == 1 and "[rsp/deprecated]" in after.output
    assert "reliability data: Mergekit RSP export on " in after.output and "(revision " in after.output
    wrong = invoke("rsp", "update", "--wiki", wiki.api, "--page", "Eldham footbridge collapse", "--contact", CONTACT)
    assert wrong.exit_code == 2 and "no JSON on the page" in wrong.output
    assert invoke("check", str(path)).exit_code == 1  # a bad page left the stored export alone


def test_online_reports_dead_links_through_the_cache(news, cache_dir, tmp_path):
    ok, gone, removed, down = (news.url(p) for p in ("/news/eldham-footbridge-collapse.html", "/gone", "/removed",
                                                   "/unavailable"))
    refs = "".join(f"S{i}.<ref>{{{{cite news |title=T{i} |url={u} |work=Wend Valley Gazette |date=20 June 2023}}}}</ref>\n"
                   for i, u in enumerate((ok, gone, removed, down)))
    path = tmp_path / "draft.wikitext"
    path.write_text(refs + "\n<references />\n", encoding="utf-8")
    args = ("check", str(path), "--json", "--online", "--timeout", "1", "--max-retries", "1", "--contact", CONTACT)
    data = json.loads(invoke(*args).output)
    dead = {(f["rule"], f["line"]) for f in data["findings"] if f["rule"].startswith("link/")}
    assert dead == {("link/dead", 2), ("link/dead", 3), ("link/unreachable", 4)}


def test_online_reports_pages_that_moved(news, cache_dir, tmp_path):
    """Trial-8: a report that answers only through a redirect to its site's front page, or
    through a permanent redirect to another address, was reported as nothing."""
    urls = [news.url(p) for p in ("/news/eldham-footbridge-collapse.html", "/to-front", "/moved")]
    refs = "".join(f"S{i}.<ref>{{{{cite news |title=T{i} |url={u} |work=Wend Valley Gazette |date=20 June 2023}}}}</ref>\n"
                   for i, u in enumerate(urls))
    path = tmp_path / "draft.wikitext"
    path.write_text(refs + "\n<references />\n", encoding="utf-8")
    args = ("check", str(path), "--json", "--online", "--timeout", "1", "--max-retries", "1", "--contact", CONTACT)
    data = json.loads(invoke(*args).output)
    moved = sorted((f["line"], f["message"].split(" (")[0].split(" to ")[0]) for f in data["findings"]
                   if f["rule"].startswith("link/"))
    assert moved == [(2, "redirects"), (3, "moved permanently")]
    assert data["summary"]["checks"] == ["offline", "online"]
    hits = news.hits("/news/eldham-footbridge-collapse.html")
    invoke(*args)
    assert news.hits("/news/eldham-footbridge-collapse.html") == hits  # the live page came from the cache


def test_check_title_reads_the_revision_just_saved(wiki, cache_dir):
    """trial-7: an editor fetched the merge (which caches the destination for an hour), saved
    the draft to the wiki, then ran `check --title`: it checked the cached revision from
    before the save ("revision 12: 0 error(s)") while the saved revision 13 was another text.
    `check --title` says it checks the page's current wikitext: it asks the wiki each time
    (--offline still serves the cache)."""
    title = "Trial seven check page"
    wiki.edit(title, "A first text.<ref>{{cite news |title=A |work=B |date=1 May 2024}}</ref>\n\n<references />\n")
    first = invoke("check", "--title", title, "--wiki", wiki.api, "--contact", CONTACT, "--json")
    assert first.exit_code == 0, first.output
    wiki.edit(title, "A second text.<ref name=\"gone\" />\n\n<references />\n")
    second = invoke("check", "--title", title, "--wiki", wiki.api, "--contact", CONTACT)
    assert second.exit_code == 1 and "refs/undefined" in second.output, second.output
    offline = invoke("check", "--title", title, "--wiki", wiki.api, "--contact", CONTACT, "--offline")
    assert offline.exit_code == 1 and "refs/undefined" in offline.output, offline.output

"""No input string can add markup to any output (a property, over hypothesis' strings).

Each field an attacker controls (manifest titles and discussion, the notice's target and
close date, --section, reference fields in the source's wikitext, news metadata, file
names, prose) is filled with hostile fragments; every output is then checked for markup
mergekit does not write itself: templates, links, categories, refs, signatures, magic
words, headings, comment ends, external links, live mailto:, invisible characters.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from mergekit.errors import InputError
from mergekit.load.inputs import load_files
from mergekit.load.manifest import Manifest, PageInfo
from mergekit.outputs import render_outputs
from mergekit.plan import plan_merge
from tests.hostile import INVISIBLE, foreign_markup, hostile_text

TARGET = """'''Camp Ashraf 3''' is a camp in Albania.<ref name="base">{{cite news |title=Base |work=Base Times}}</ref>

== History ==
The camp opened in 2016 near Manëz.<ref name="base" />

== References ==
{{reflist}}
"""

NEWS = ("The Albanian police raided the camp on 20 June 2023. One resident died in the raid, "
        "the group said. Police seized 150 computers from the camp. The ministry denied the death.")

FILE_NAMES = ["news.txt", "[[Category:EVIL]].txt", "~~~~.txt", "__NOTOC__.txt", "{{x}}|y.txt",
              "mailto:a@b.txt", "a\u202eb.txt", "-->.txt"]


def _entities(text: str) -> str:
    """``text`` as character references, so it survives wikitext parsing as field data."""
    return "".join(c if c.isalnum() else f"&#{ord(c)};" for c in text)


def _source(prose: str, ref: dict[str, str], notice: tuple[str, str]) -> str:
    fields = " ".join(f"|{k}={_entities(v)}" for k, v in ref.items())
    notice = tuple(" ".join(part.split()) for part in notice)  # raw markup, on one line: no headings of its own
    return (
        f"{{{{Afd-merge to|{notice[0]}|2023 Tirana camp raid|{notice[1]}}}}}\n"
        "The '''2023 Tirana camp raid''' was a police operation.<ref name=\"a\">{{cite news "
        f"{fields}}}}}</ref> Police seized 150 computers from the camp.<ref name=\"a\" /> {' '.join(prose.split())}\n\n"
        # (a sentence the news does not give, so that a notice whose markup swallows the lead,
        # "{{Afd-merge to|[[|…", never leaves a source that is the news text again: refused)
        "== Aftermath ==\nOne resident died in the raid, the group said.<ref>{{cite news |title=Raid "
        f"|work=Euronews |date={_entities(ref['date'])}}}}}</ref> Relatives of the resident asked for an "
        f"inquiry. {_entities(prose)}\n\n"
        # a list of no prose, an item of which is the hostile text: the draft names it in a hidden note
        f"Brands named:\n- Brand {' '.join(prose.split())}\n- Mal's Black Label<ref name=\"a\" />\n\n"
        "== References ==\n{{reflist}}\n"
    )


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    titles=st.tuples(st.one_of(st.none(), hostile_text), st.one_of(st.none(), hostile_text)),
    discussion=st.one_of(st.none(), hostile_text),
    notice=st.tuples(hostile_text, hostile_text),
    section=st.one_of(st.none(), hostile_text),
    prose=hostile_text,
    ref=st.fixed_dictionaries({k: hostile_text for k in ("title", "work", "date", "url", "author")}),
    news=st.fixed_dictionaries({k: hostile_text for k in ("url", "title", "work", "author")}),
    file_name=st.sampled_from(FILE_NAMES),
    unavailable=st.fixed_dictionaries({k: hostile_text for k in ("url", "status", "reason")}),
)
# Found by hypothesis: a notice "{{Afd-merge to|[[|…" and prose "}}" make the lead part of the
# template, and the source that was left was the news text again (refused as a copy of it).
@example(titles=(None, None), discussion=None, notice=("[[", "'''"), section=None, prose="}}",
         ref=dict.fromkeys(("title", "work", "date", "url", "author"), "x"),
         news=dict.fromkeys(("url", "title", "work", "author"), "x"), file_name="news.txt",
         unavailable=dict.fromkeys(("url", "status", "reason"), "x"))
def test_no_input_string_adds_markup_to_any_output(titles, discussion, notice, section, prose, ref,
                                                   news, file_name, unavailable):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # A NUL in a file makes it binary (refused): the files carry none, the manifest does.
        source = _source(prose, ref, notice).replace("\x00", "")
        (folder / "source.wikitext").write_text(source, encoding="utf-8")
        (folder / "Camp_Ashraf_3.wikitext").write_text(TARGET, encoding="utf-8")
        (folder / file_name).write_text(NEWS, encoding="utf-8")
        manifest = Manifest(
            source=PageInfo(title=titles[0]), target=PageInfo(title=titles[1]), discussion=discussion,
            news={file_name: news}, unavailable=(unavailable,),
        )
        try:
            inputs = load_files(folder / "source.wikitext", folder / "Camp_Ashraf_3.wikitext", [folder / file_name],
                                manifest=manifest, run_date="2023-08-15")
        except InputError as exc:
            assert "\n" not in str(exc), str(exc)
            if "no page title can have" in str(exc):  # a title with markup characters: refused, one line
                return
            # no title given (or an empty one) and the mangled notice names none: refused
            assert not titles[0] and "[source] title" in str(exc), str(exc)
            return
        plan = plan_merge(inputs, section_title=section)
        files = render_outputs(plan, inputs)
    article = next(name for name in files if name.endswith(".wikitext") and "talk" not in name
                   and name != "redirect.wikitext")
    head, tail = TARGET.split("== References ==")
    assert files[article].startswith(head) and files[article].endswith("== References ==" + tail)
    new_section = files[article][len(head):-len("== References ==" + tail)]
    checks = {
        "talk.wikitext": dict(signatures=1), "redirect.wikitext": dict(headings=0),
        "edit-summaries.txt": dict(headings=0), "talk-templates.wikitext": dict(headings=0),
    }
    for name, options in checks.items():
        assert not foreign_markup(files[name], **options), (name, foreign_markup(files[name], **options), files[name])
    # The new section's headings: its own, and "Aftermath" from the source.
    heading_lines = [line for line in new_section.splitlines() if line.startswith("=")]
    assert len(heading_lines) in (1, 2) and heading_lines[1:] in ([], ["=== Aftermath ==="]), heading_lines
    assert not foreign_markup(new_section, headings=len(heading_lines)), (foreign_markup(new_section), new_section)
    assert files["redirect.wikitext"].count("[[") == 1 and files["redirect.wikitext"].count("{{") == 3
    summaries = files["edit-summaries.txt"]  # 5 links, and 2 to the AfD when the inputs name it
    assert summaries.count("[[") == 5 + 2 * ("[[Wikipedia:Articles for deletion/" in summaries)
    for name in ("flags.json", f"{article.removesuffix('.wikitext')}.diff"):
        assert not INVISIBLE.search(files[name]), name
    json.loads(files["flags.json"])


def test_each_context_has_its_escaping():
    from mergekit.draft.escape import (
        escape_comment,
        escape_link,
        escape_param,
        escape_title_param,
        escape_url,
        ref_name_attr,
    )

    assert escape_link("Category:EVIL") == ":Category:EVIL" and escape_link("Raid") == "Raid"
    assert escape_link("A#B") == "A&#35;B" and escape_title_param("A#B=C") == "A&#35;B&#61;C"
    assert "=" not in escape_param("a=b") and "|" not in escape_param("a|b")
    assert "--" not in escape_comment("a --> b <!-- c") and ">" not in escape_comment("-->")
    assert escape_url("mailto:a@b.example") is None and escape_url("javascript:alert(1)") is None
    assert escape_url("https://x.example/a_b/~c") == "https://x.example/a_b/~c"
    assert escape_url("https://x.example/~~~~/__NOTOC__ ''x''") == \
        "https://x.example/%7E%7E%7E%7E/%5F%5FNOTOC%5F%5F%20%27%27x%27%27"
    assert ref_name_attr('a"><script>') == 'name="a---script-"'


def test_a_news_title_with_markup_characters_is_escaped_once_in_every_output(tmp_path):
    # trial-1: a news title with "<", "|" and "{" was cited as "Fire &lt;at&gt; …" (right), but
    # the talk post's check points quoted the check's message, which quoted the cite's wikitext,
    # and escaped it again: "Fire &amp;lt;at&amp;gt; …" renders as "Fire &lt;at&gt; …".
    import html
    import shutil

    from mergekit.draft.escape import escape_wikitext
    from mergekit.load.inputs import load_folder
    from mergekit.net.rsp import builtin_table
    from mergekit.pipeline import render_merge

    title = "Fire <at> bazaar | {old} town & AT&amp;T"
    folder = tmp_path / "korce"
    shutil.copytree(Path(__file__).parent / "cases" / "merges" / "korce" / "input", folder)
    with (folder / "merge.toml").open("a", encoding="utf-8") as manifest:
        manifest.write(f'\n[[news]]\nfile = "courier.txt"\ntitle = {json.dumps(title)}\n')
    files = render_merge(load_folder(folder), rsp=builtin_table()).files
    once = escape_wikitext(title)
    points = next(line for line in files["talk.wikitext"].splitlines() if line.startswith("* Incomplete citations"))
    assert f"\u201c{once}\u201d has no url" in points, points
    for name, text in files.items():  # nowhere escaped twice; in the report, HTML-escaped once
        assert escape_wikitext(once) not in text, name
    assert f"<td>{html.escape(title, quote=False)}</td>" in files["report.html"]
    flags = json.loads(files["flags.json"])
    assert any(f"\u201c{title}\u201d" in f["message"] for f in flags["check"]["findings"]), flags["check"]


def test_a_check_message_quotes_a_cites_title_and_work_as_a_reader_sees_them():
    # dup/source quotes what each ref cites: its wikitext "A &lt; B" is the title "A < B", which
    # every output (the talk post, flags.json, the terminal) then escapes once for itself.
    from mergekit.check import check_text

    cite = "{{cite news |title=A &lt; B &#124; C |work=Times &amp; Post |url=https://x.example/%s}}"
    text = f"Text.<ref>{cite % 1}</ref> More.<ref>{cite % 2}</ref>\n\n== References ==\n{{{{reflist}}}}\n"
    messages = [f.message for f in check_text(text).warnings if f.rule == "dup/source"]
    assert messages and all("(\u201cA < B | C\u201d, Times & Post)" in m for m in messages), messages


def test_a_javascript_url_anywhere_in_the_manifest_is_refused_with_exit_2(tmp_path):
    # rv9: [[news]] url was refused, but requested_url and [[unavailable]] url were not, and
    # the talk page listed "* javascript:alert(document.cookie) — HTTP 404 gone". No path of
    # merge.toml takes a javascript: url any longer: the run stops, one line, exit 2, no draft.
    import shutil

    from click.testing import CliRunner

    from mergekit.cli import main

    for extra in ('\n[[unavailable]]\nurl = "javascript:alert(document.cookie)"\nstatus = "HTTP 404"\n',
                  '\n[[news]]\nfile = "courier.txt"\nrequested_url = "javascript:alert(2)"\n'):
        folder = tmp_path / f"korce{len(extra)}"
        shutil.copytree(Path(__file__).parent / "cases" / "merges" / "korce" / "input", folder)
        with (folder / "merge.toml").open("a", encoding="utf-8") as manifest:
            manifest.write(extra)
        out = tmp_path / f"out{len(extra)}"
        result = CliRunner().invoke(main, ["run", str(folder), "--out", str(out)])
        assert result.exit_code == 2, result.output
        assert "must be the page's web address" in result.output and len(result.output.strip().splitlines()) == 1
        assert not out.exists()

"""A small merge folder written for a test: an article as a rendered copy titled "Event", a
destination as wikitext and dated news files, with the ``merge.toml`` that names them
(shared by the tests that build one, so that each says only its texts)."""

from __future__ import annotations

from pathlib import Path

from mergekit.load.inputs import MergeInputs, load_folder


def merge_folder(tmp_path: Path, article: str, destination: tuple[str, str],
                 news: dict[str, tuple[str, list[str]]]) -> MergeInputs:
    """Write and load a merge: ``article`` (the prose of the rendered copy "Event"),
    ``destination`` (its title and its wikitext), ``news`` (file name -> its publication date
    and its sentences, a paragraph each; its url, title and work are made of its name)."""
    folder = tmp_path / "in"
    folder.mkdir()
    title, wikitext = destination
    (folder / "Event.txt").write_text("= Event =\n\n" + article + "\n", encoding="utf-8")
    (folder / f"{title}.wikitext").write_text(wikitext, encoding="utf-8")
    toml = ['date = "2026-12-01"', '[source]', 'title = "Event"', 'file = "Event.txt"',
            '[target]', f'title = "{title}"', f'file = "{title}.wikitext"']
    for name, (date, sentences) in news.items():
        (folder / name).write_text("\n\n".join(sentences) + "\n", encoding="utf-8")
        toml += ["[[news]]", f'file = "{name}"', f'url = "https://example.org/{name}"',
                 f'title = "{name}"', f'work = "{name}"', f'date = "{date}"']
    (folder / "merge.toml").write_text("\n".join(toml) + "\n", encoding="utf-8")
    return load_folder(folder)

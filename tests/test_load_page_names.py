"""A mirror's unexpanded templates: a line of bare namespace-prefixed page names
("Шаблон:Short description Шаблон:Use dmy dates Шаблон:Infobox eruption") is page
furniture, never a heading or a sentence; a sentence that names a page stays prose."""

from __future__ import annotations

import importlib.util
import tomllib
from pathlib import Path

import pytest

from mergekit.load.furniture import furniture_rule
from mergekit.load.rendered import parse_rendered

RU_DEBRIS = "Шаблон:Short description Шаблон:Use dmy dates Шаблон:Infobox eruption"
ROOT = Path(__file__).parent.parent
MEDIAWIKI = Path("/usr/share/mediawiki")


@pytest.mark.parametrize("line", [
    RU_DEBRIS,
    "Vorlage:Infobox Vulkan",
    "Vorlage:Infobox Vulkan Vorlage:Coordinate Kategorie:Vulkan in Indonesien",
    "Modèle:Infobox Volcan Catégorie:Volcan d'Indonésie",
    "Plantilla:Ficha de volcán",
    "Bản mẫu:Thông tin núi lửa",
    "テンプレート:基礎情報 火山",
    "Template:Short description  Template:Use dmy dates",
    "Module:Infobox Image:Semeru 2021",
])
def test_a_line_of_page_names_is_furniture(line):
    assert furniture_rule(line) == "page names"


@pytest.mark.parametrize("line", [
    "Template:Cite news is used for citations.",  # a sentence that names a template
    "See Template:Cite news for the fields.",
    "The Template:Cite news page lists the fields",
    "Image: a view of the crater from the south",  # a caption, not a page name
    "Template :Infobox eruption",
    "template:Infobox eruption",
    "Vorlage:Infobox Vulkan wurde 2010 von vielen Autoren aus aller Welt neu geschrieben und erweitert",
    "Шаблон:Infobox eruption was left on the page.",
    "Semeru erupted on 4 December 2021.",
])
def test_prose_that_names_a_page_is_not_page_names(line):
    assert furniture_rule(line) != "page names"


def test_the_first_line_of_a_mirror_copy_is_no_heading():
    page = (f"{RU_DEBRIS}\n\nSemeru eruption\n\nOn 4 December 2021, Semeru erupted.[1] Fifty-one people died.\n\n"
            "Eruption\n\nThe pyroclastic flow reached the village of Curah Kobokan.\n")
    article = parse_rendered(page, title="2021 Semeru eruption")
    assert f"page names: {RU_DEBRIS}" in article.removed
    assert all("Шаблон" not in s.title for s in article.sections)
    assert all("Шаблон" not in x.text for s in article.sections for x in s.sentences)
    assert any(s.sentences for s in article.sections)


@pytest.mark.skipif(not (MEDIAWIKI / "languages/messages/MessagesRu.php").exists(), reason="no MediaWiki install")
def test_the_table_is_what_mediawiki_ships(tmp_path):
    spec = importlib.util.spec_from_file_location("build_namespaces", ROOT / "scripts" / "build_namespaces.py")
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    build.main(MEDIAWIKI, tmp_path / "namespaces.toml")
    built = tomllib.loads((tmp_path / "namespaces.toml").read_text("utf-8"))
    shipped = tomllib.loads((ROOT / "mergekit" / "data" / "namespaces.toml").read_text("utf-8"))
    assert built == shipped
    assert {"Шаблон", "Vorlage", "Template"} <= set(shipped["template"])
    assert {"Файл", "Image", "Datei"} <= set(shipped["file"])

"""scripts/build_synonyms.py: WordNet 3.0 meaning groups, read from WordNet's own file format."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def _builder():
    spec = importlib.util.spec_from_file_location("build_synonyms", REPO / "scripts" / "build_synonyms.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# A miniature WordNet 3.0 database in its own file format: "big" has two adjective senses,
# the first shared with "large", the second with "boastful"; "capsize" is a kind of
# "overturn"; "official" and the rare "officious" share a Snowball stem ("offici").
MINI = {
    "index.adj": """big a 2 0 2 2 00000001 00000002
large a 1 0 1 1 00000001
boastful a 1 0 1 0 00000002
official a 1 0 1 1 00000005
authorized a 1 0 1 0 00000005
officious a 1 0 1 0 00000006
meddlesome a 1 0 1 0 00000006
""",
    "data.adj": """00000001 00 a 02 large 0 big 0 000 | above average in size
00000002 00 s 02 big 1 boastful 0 000 | exhibiting self-importance
00000005 00 a 02 official 0 authorized 0 000 | having official authority
00000006 00 a 02 officious 0 meddlesome 0 000 | intrusive in a meddling way
""",
    "adj.exc": "bigger big\nbiggest big\n",
    "index.verb": """capsize v 1 1 @ 1 0 00000003
overturn v 1 1 @ 1 1 00000004
""",
    "data.verb": """00000003 38 v 01 capsize 0 001 @ 00000004 v 0000 01 + 01 00 | overturn accidentally
00000004 38 v 01 overturn 0 001 @ 00000003 v 0000 01 + 01 00 | turn from an upright position
""",
    "verb.exc": "",
    "index.noun": "",
    "data.noun": "",
    "noun.exc": "",
    "cntlist.rev": "official%3:00:00:: 1 30\nbig%3:00:00:: 1 40\nlarge%3:00:00:: 1 50\n",
}


@pytest.fixture
def mini_wordnet(tmp_path: Path) -> Path:
    for name, text in MINI.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def _groups(wordnet: Path, **options) -> list[tuple[str, ...]]:
    return _builder().build(wordnet, **({"senses": 1, "hypernyms": False, "derivations": False,
                                        "frequent_only": False} | options))


def _same(groups: list[tuple[str, ...]], a: str, b: str) -> bool:
    """Whether stems ``a`` and ``b`` share a meaning group."""
    return any(a in group and b in group for group in groups)


def test_only_the_frequent_senses_make_synonyms(mini_wordnet: Path) -> None:
    one, two = _groups(mini_wordnet), _groups(mini_wordnet, senses=2)
    assert _same(one, "big", "larg")  # stems: "large" -> "larg"
    assert not _same(one, "big", "boast")  # "big" = "boastful" is its second sense
    assert _same(two, "big", "boast")


def test_irregular_and_graded_forms_join_their_base(mini_wordnet: Path) -> None:
    groups = _groups(mini_wordnet)
    assert _same(groups, "biggest", "largest") and _same(groups, "bigger", "larger")


def test_hypernyms_link_a_verb_to_its_kind_only_when_asked(mini_wordnet: Path) -> None:
    assert not _same(_groups(mini_wordnet), "capsiz", "overturn")
    assert _same(_groups(mini_wordnet, hypernyms=True), "capsiz", "overturn")


def test_a_rare_lemma_does_not_lend_its_meaning_to_a_frequent_one_of_its_stem(mini_wordnet: Path) -> None:
    assert _same(_groups(mini_wordnet), "offici", "meddlesom")  # "officious" read as "official"
    frequent = _groups(mini_wordnet, frequent_only=True)
    assert not _same(frequent, "offici", "meddlesom")
    assert _same(frequent, "offici", "author")  # "official" keeps its own synonyms


def test_build_refuses_a_folder_without_wordnet(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "build_synonyms.py"), "--wordnet", str(tmp_path),
                           "--out", str(tmp_path / "x.txt")], capture_output=True, text=True)
    assert done.returncode != 0 and "wordnet-base" in done.stderr and not (tmp_path / "x.txt").exists()



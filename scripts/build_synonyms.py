"""Derive a "same meaning" table from WordNet 3.0, for verifier experiments (issue 9).

Reads the WordNet 3.0 database files as Debian's ``wordnet-base`` package installs them
(``apt-get install wordnet-base``; files in /usr/share/wordnet) and writes one line per
meaning group: the Snowball stems (``mergekit.verify.spans.stem``, as the verifier reads
words) of the one-word lemmas that share a WordNet synset, among the most frequent senses
of each lemma. About 5 s of CPU; 0.6 MB with ``--senses 1 --frequent-only``.

Measured as verifier features and not adopted: the grouped CV moved by less than its
spread, and every refit changed borderline citations on the tuning cases and the seeds,
some to sources that do not say the sentence. The figures and the features tried are in
docs/verifier-experiments.md. The table is not shipped; mergekit does not read it.

What goes in (every choice an option, so that it can be measured):
- nouns, verbs and adjectives (satellites included); no adverbs;
- a lemma joins a synset's group only when the synset is among its first ``--senses``
  senses (WordNet lists senses by tagged frequency): "big" and "large" share their first
  adjective sense; the rare senses that make most words synonyms of most others do not count;
- ``--hypernyms``: a verb also joins the group of its sense's direct hypernym ("capsize"
  is a way to "overturn");
- ``--derivations``: a lemma joins the group of a word it is derivationally related to
  when both senses are frequent ("unstable" -> "instability");
- ``--frequent-only``: lemmas the verifier would misread by their stem are left out
  (``kept``, ``frequent_lemmas``: "well" is mostly an adverb; "officious" shares the stem
  of "official"; "choice" is rarely the adjective "quality");
- irregular forms (the ``*.exc`` files: "biggest" -> "big", "fell" -> "fall") and the
  regular comparatives and superlatives of adjectives ("largest") join their base form's
  groups, since the stemmer does not map them.
Multi-word lemmas ("turn over") and lemmas with digits are left out: the verifier
compares single tokens. Groups with fewer than two distinct stems are dropped.

    python scripts/build_synonyms.py [--wordnet /usr/share/wordnet] [--senses 1] [--frequent-only] --out FILE

WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Its licence
(/usr/share/doc/wordnet-base/copyright) permits use, modification and redistribution with
the notice, which the generated file carries.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from mergekit.verify.spans import stem, tokens  # noqa: E402

POS = {"n": "noun", "v": "verb", "a": "adj"}  # WordNet file suffix per part of speech
Index = dict[str, dict[str, list[str]]]  # pos -> lemma -> synset offsets, most frequent first
Data = dict[str, dict[str, tuple[list[str], list[tuple[str, str, str, int, int]]]]]  # pos -> offset -> (lemmas, pointers)


def _one_token(lemma: str) -> str | None:
    """The single lower-case token of a one-word lemma, or None."""
    if "_" in lemma or any(c.isdigit() for c in lemma):
        return None
    found = tokens(lemma.replace("_", " "))
    return found[0] if len(found) == 1 and found[0].isalpha() else None


def read_index(wordnet: Path, pos: str) -> dict[str, list[str]]:
    """lemma -> its synset offsets, most frequent sense first."""
    out = {}
    for line in (wordnet / f"index.{POS[pos]}").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue  # the licence header
        parts = line.split()
        n_synsets, n_pointers = int(parts[2]), int(parts[3])
        out[parts[0]] = parts[-n_synsets:]
        assert len(parts) == 6 + n_pointers + n_synsets, line
    return out


def read_data(wordnet: Path, pos: str) -> dict[str, tuple[list[str], list[tuple[str, str, str, int, int]]]]:
    """offset -> (its lemmas in order, its pointers as (symbol, offset, pos, source, target))."""
    out = {}
    for line in (wordnet / f"data.{POS[pos]}").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split(" | ")[0].split()
        n_words = int(parts[3], 16)
        words = [parts[4 + 2 * i].lower() for i in range(n_words)]
        words = [w.split("(")[0] for w in words]  # adjective markers: "big(a)"
        at = 4 + 2 * n_words
        n_pointers = int(parts[at])
        pointers = []
        for i in range(n_pointers):
            symbol, offset, ppos, st = parts[at + 1 + 4 * i: at + 5 + 4 * i]
            pointers.append((symbol, offset, "a" if ppos == "s" else ppos, int(st[:2], 16), int(st[2:], 16)))
        out[parts[0]] = (words, pointers)
    return out


def read_exceptions(wordnet: Path, pos: str) -> dict[str, list[str]]:
    """base form -> its irregular forms."""
    out: dict[str, list[str]] = defaultdict(list)
    for line in (wordnet / f"{POS[pos]}.exc").read_text(encoding="utf-8").splitlines():
        form, *bases = line.split()
        for base in bases:
            out[base].append(form)
    return out


def read_counts(wordnet: Path) -> dict[str, dict[str, int]]:
    """lemma -> part of speech (n, v, a, r) -> how often its senses were tagged in WordNet's
    semantic concordance (``cntlist.rev``; satellites count as adjectives)."""
    out: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    kinds = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}
    for line in (wordnet / "cntlist.rev").read_text(encoding="utf-8").splitlines():
        key, _, count = line.split()
        lemma, _, rest = key.partition("%")
        out[lemma][kinds[rest[0]]] += int(count)
    return out


def kept(lemmas: set[str], counts: dict[str, dict[str, int]], related: set[frozenset[str]]) -> set[str]:
    """The lemmas whose groups count, read by their stem as the verifier reads words:
    a lemma used mostly as a part of speech the table leaves out ("well", an adverb three
    times in four) is dropped with every lemma of its stem ("wellness"), and so is one that shares its stem with a lemma tagged at
    least four times as often, unless WordNet relates the two by derivation ("officious"
    goes, since "official" shares its stem; "pollute" stays beside "pollution")."""
    total = {lemma: sum(counts[lemma].values()) for lemma in lemmas}
    by_stem: dict[str, list[str]] = defaultdict(list)
    for lemma in lemmas:
        token = _one_token(lemma)
        if token:
            by_stem[stem(token)].append(lemma)
    out = {lemma for lemma in lemmas if 2 * counts[lemma]["r"] <= total[lemma]}
    for same in by_stem.values():
        top = max(same, key=lambda lemma: (total[lemma], lemma))
        out -= {lemma for lemma in same if top not in out  # the word is mostly that adverb
                or (4 * total[lemma] < total[top] and frozenset((lemma, top)) not in related)}
    return out


def graded(adjective: str) -> list[str]:
    """The regular comparative and superlative of an adjective ("large" -> "larger",
    "largest"; "early" -> "earlier", "earliest"), which the stemmer leaves as they are.
    Adjectives that do not grade get forms no text uses."""
    if adjective.endswith("e"):
        return [adjective + "r", adjective + "st"]
    if adjective.endswith("y") and len(adjective) > 2 and adjective[-2] not in "aeiou":
        return [adjective[:-1] + "ier", adjective[:-1] + "iest"]
    return [adjective + "er", adjective + "est"]


def frequent_lemmas(wordnet: Path, index: Index, data: Data) -> Index:
    """``index`` without the lemmas ``kept`` drops, and without the parts of speech a lemma
    has fewer than a quarter of its uses in ("choice", a noun, is not the adjective
    "choice" = "quality")."""
    related = {frozenset((data[pos][offset][0][source - 1], data[tpos][target][0][tword - 1]))
               for pos in POS for offset, (_, pointers) in data[pos].items()
               for symbol, target, tpos, source, tword in pointers
               if symbol == "+" and source and tword and tpos in data}
    counts = read_counts(wordnet)
    allowed = kept({lemma for pos in POS for lemma in index[pos]}, counts, related)
    return {pos: {lemma: o for lemma, o in index[pos].items()
                  if lemma in allowed and 4 * counts[lemma][pos] >= sum(counts[lemma].values())}
            for pos in POS}


def _stems(pos: str, lemmas: set[str], index: Index, exceptions: dict[str, dict[str, list[str]]]) -> set[str]:
    """The stems of a group's lemmas and of their irregular and graded forms."""
    stems = set()
    for lemma in lemmas:
        forms = [lemma, *exceptions[pos].get(lemma, [])]
        if pos == "a" and lemma in index["a"] and lemma not in exceptions["a"]:
            forms += graded(lemma)
        stems.update(stem(token) for token in map(_one_token, forms) if token)
    return stems


def build(wordnet: Path, senses: int, hypernyms: bool, derivations: bool, frequent_only: bool) -> list[tuple[str, ...]]:
    """The meaning groups, each a sorted tuple of distinct stems, sorted."""
    index = {pos: read_index(wordnet, pos) for pos in POS}
    data = {pos: read_data(wordnet, pos) for pos in POS}
    if frequent_only:
        index = frequent_lemmas(wordnet, index, data)
    exceptions = {pos: read_exceptions(wordnet, pos) for pos in POS}
    rank = {(pos, lemma, offset): i for pos in POS for lemma, offsets in index[pos].items()
            for i, offset in enumerate(offsets)}
    groups: dict[tuple[str, str], set[str]] = defaultdict(set)  # (pos, offset) -> lemmas
    for pos in POS:
        for lemma, offsets in index[pos].items():
            for offset in offsets[:senses]:
                groups[pos, offset].add(lemma)
                words, pointers = data[pos][offset]
                me = words.index(lemma) + 1 if lemma in words else -1
                for symbol, target, tpos, source, tword in pointers:
                    if hypernyms and pos == "v" and symbol == "@" and tpos == "v":
                        groups[tpos, target].add(lemma)
                    if derivations and symbol == "+" and source == me and tword and tpos in data:
                        other = data[tpos][target][0][tword - 1]
                        if rank.get((tpos, other, target), senses) < senses:
                            groups[pos, offset].add(other)
    found = (_stems(pos, lemmas, index, exceptions) for (pos, _), lemmas in groups.items())
    return sorted({tuple(sorted(stems)) for stems in found if len(stems) >= 2})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--senses", type=int, default=1, help="Frequent senses per lemma that count.")
    parser.add_argument("--hypernyms", action="store_true", help="A verb joins its direct hypernym's group.")
    parser.add_argument("--derivations", action="store_true", help="Derivationally related lemmas join.")
    parser.add_argument("--frequent-only", action="store_true", help="Drop lemmas that are mostly adverbs or share a stem with a far more frequent lemma.")
    parser.add_argument("--out", type=Path, required=True, help="Where to write the table.")
    args = parser.parse_args()
    if not (args.wordnet / "data.noun").is_file():
        sys.exit(f"no WordNet 3.0 database in {args.wordnet} (apt-get install wordnet-base)")
    groups = build(args.wordnet, args.senses, args.hypernyms, args.derivations, args.frequent_only)
    digest = hashlib.sha256()
    for pos in POS:
        for kind in ("index", "data"):
            digest.update((args.wordnet / f"{kind}.{POS[pos]}").read_bytes())
    options = f"--senses {args.senses}" + " --hypernyms" * args.hypernyms + " --derivations" * args.derivations + " --frequent-only" * args.frequent_only
    header = [
        "# Meaning groups: Snowball stems of one-word lemmas sharing a WordNet 3.0 synset.",
        f"# Made by scripts/build_synonyms.py {options} from Debian wordnet-base",
        f"# (index+data noun/verb/adj sha256 {digest.hexdigest()[:16]}). One group a line.",
        "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.",
        "# Licence: WordNet 3.0 licence (use, modification and redistribution permitted with this notice).",
    ]
    text = "\n".join(header + [" ".join(g) for g in groups]) + "\n"
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}: {len(groups)} groups, {len(text.encode()):,} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()

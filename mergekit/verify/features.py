"""Turn (claim, evidence) into a short vector of explainable features.

Every feature is a number a reviewer can check by hand: how much of the claim's wording,
numbers and names occur in the source (anywhere, in one sentence, in a window of three),
whether negation lines up, and how loudly the source calls something false. The best
window is kept as the evidence quote.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from mergekit.verify.spans import STOPWORDS, numbers, split_sentences, stem, tokens

__all__ = ["FEATURE_NAMES", "Features", "extract", "NEGATIONS", "REFUTATIONS"]

WINDOW = 3  # sentences per evidence window

NEGATIONS = frozenset(
    """not no never nor none nobody nothing neither without cannot didnt doesnt dont isnt
    wasnt werent arent hasnt havent hadnt wont wouldnt couldnt shouldnt cant aint""".split()
)
REFUTATIONS = frozenset(
    stem(w)
    for w in """hoax hoaxes fake faked false falsely untrue debunk debunked debunks deny
    denied denies denial denials rumor rumors rumour rumours fabricated fabrication bogus
    myth satire satirical parody prank spoof misleading baseless unfounded incorrect
    dismissed dismisses refute refuted refutes rejected retracted retraction doctored
    photoshopped fiction fictional scam lie lies lied nonsense erroneous wrong""".split()
)
HEDGES = frozenset(
    stem(w)
    for w in """reportedly allegedly alleged rumored rumoured could may might reports report
    claims claim purportedly apparently possibly""".split()
)

FEATURE_NAMES = (
    "cov_doc",  # share of the claim's content words found anywhere in the source
    "cov_doc3",  # ... found at least three times (the source is about them)
    "cov_sent",  # best share found in one sentence
    "cov_win",  # best share found in a window of three sentences
    "bigram_doc",  # share of the claim's adjacent content-word pairs found adjacent
    "bigram_win",  # ... within the best window
    "missing_log",  # log(1 + content words never found)
    "num_frac",  # share of the claim's numbers found (1 when it has none)
    "num_missing",  # 1 when some number of the claim is not in the source
    "ent_frac",  # share of capitalised names found (1 when none)
    "ent_missing_log",  # log(1 + names never found)
    "claim_len_log",  # log(1 + content words in the claim)
    "ev_len_log",  # log(1 + thousands of words of evidence)
    "neg_claim",  # the claim is negated
    "neg_win",  # the best window is negated
    "neg_mismatch",  # exactly one of them is
    "refute_doc",  # log(1 + refutation words in the source)
    "refute_rel",  # log(1 + refutation words in sentences sharing claim words)
    "refute_claim",  # the claim itself uses a refutation word
    "hedge_claim",  # the claim hedges (reportedly, may, a question mark)
    "fuzz_win",  # rapidfuzz token-set similarity of claim and best window
    "cov_x_refute",  # cov_doc * refute_rel
)


@dataclass(frozen=True)
class Features:
    """The feature vector plus what the explanation needs."""

    values: tuple[float, ...]  # in FEATURE_NAMES order
    quote: str
    missing_words: tuple[str, ...]
    missing_numbers: tuple[str, ...]
    missing_names: tuple[str, ...]
    refutations: tuple[str, ...]

    def as_dict(self) -> dict[str, float]:
        """Name -> value."""
        return dict(zip(FEATURE_NAMES, self.values))


def _content(words: list[str]) -> list[str]:
    return [stem(w) for w in words if w not in STOPWORDS and not (len(w) == 1 and w.isalpha())]


def _names(claim: str) -> set[str]:
    """Capitalised words after the first word: a cheap proxy for named entities."""
    raw = claim.split()
    found = set()
    for word in raw[1:]:
        word = word.strip("\"'“”‘’()[],.;:!?")
        if word[:1].isupper() and word.lower() not in STOPWORDS:
            found.update(stem(t) for t in tokens(word))
    return found


def extract(claim: str, evidence: Sequence[str]) -> Features:
    """Compute the features of ``claim`` against ``evidence`` (pages, passages or sentences)."""
    sentences = split_sentences(evidence)
    claim_words = tokens(claim)
    claim_stems = _content(claim_words)
    claim_set = set(claim_stems) or {w for w in claim_words}
    claim_pairs = set(zip(claim_stems, claim_stems[1:]))

    doc_counts: Counter[str] = Counter()
    doc_pairs: set[tuple[str, str]] = set()
    hits: list[set[str]] = []
    sent_stems: list[list[str]] = []
    refute_doc = refute_rel = 0
    refute_seen: Counter[str] = Counter()
    negated: list[bool] = []
    for sentence in sentences:
        words = tokens(sentence)
        stems = _content(words)
        sent_stems.append(stems)
        doc_counts.update(stems)
        doc_pairs.update(zip(stems, stems[1:]))
        hit = claim_set.intersection(stems)
        hits.append(hit)
        negated.append(any(w in NEGATIONS for w in words))
        refs = [s for s in stems if s in REFUTATIONS]
        if refs:
            refute_doc += len(refs)
            refute_seen.update(refs)
            if len(hit) >= 0.25 * len(claim_set):
                refute_rel += len(refs)

    size = max(len(claim_set), 1)
    found = {w for w in claim_set if doc_counts[w]}
    cov_sent, best_sent = 0.0, -1
    for i, hit in enumerate(hits):
        if len(hit) / size > cov_sent:
            cov_sent, best_sent = len(hit) / size, i
    cov_win, best_start = 0.0, 0
    for start in range(max(len(hits) - WINDOW + 1, 1)):
        union = set().union(*hits[start : start + WINDOW]) if hits else set()
        if len(union) / size > cov_win:
            cov_win, best_start = len(union) / size, start
    window = range(best_start, min(best_start + WINDOW, len(sentences)))
    win_pairs = {p for i in window for p in zip(sent_stems[i], sent_stems[i][1:])}
    win_text = " ".join(sentences[i] for i in window)

    claim_numbers = numbers(claim)
    doc_numbers = set().union(*(numbers(s) for s in sentences)) if claim_numbers else set()
    missing_numbers = sorted(claim_numbers - doc_numbers)
    names = _names(claim)
    missing_names = sorted(n for n in names if not doc_counts[n])
    neg_claim = any(w in NEGATIONS for w in claim_words)
    neg_win = any(negated[i] for i in window)
    refute_rel_log = math.log1p(refute_rel)
    n_words = sum(len(s) for s in sent_stems)
    values = (
        len(found) / size,
        sum(1 for w in claim_set if doc_counts[w] >= 3) / size,
        cov_sent,
        cov_win,
        len(claim_pairs & doc_pairs) / len(claim_pairs) if claim_pairs else 1.0,
        len(claim_pairs & win_pairs) / len(claim_pairs) if claim_pairs else 1.0,
        math.log1p(len(claim_set) - len(found)),
        1 - len(missing_numbers) / len(claim_numbers) if claim_numbers else 1.0,
        1.0 if missing_numbers else 0.0,
        1 - len(missing_names) / len(names) if names else 1.0,
        math.log1p(len(missing_names)),
        math.log1p(len(claim_set)),
        math.log1p(n_words / 1000),
        float(neg_claim),
        float(neg_win),
        float(neg_claim != neg_win),
        math.log1p(refute_doc),
        refute_rel_log,
        float(any(stem(w) in REFUTATIONS for w in claim_words)),
        float("?" in claim or any(stem(w) in HEDGES for w in claim_words)),
        fuzz.token_set_ratio(claim, win_text) / 100 if win_text else 0.0,
        (len(found) / size) * refute_rel_log,
    )
    if cov_win == 0:
        quote = ""
    elif cov_sent >= cov_win - 1e-9:
        quote = sentences[best_sent]
    else:
        quote = win_text
    return Features(
        values=values,
        quote=quote,
        missing_words=tuple(sorted(claim_set - found)),
        missing_numbers=tuple(missing_numbers),
        missing_names=tuple(missing_names),
        refutations=tuple(w for w, _ in refute_seen.most_common(3)),
    )

"""Small closed word lists the features look for (stemmed where they match stems)."""

from __future__ import annotations

from functools import lru_cache

from mergekit.verify.spans import stem

__all__ = ["NEGATIONS", "REFUTATIONS", "HEDGES", "CONTRASTS", "rank_words", "is_rank_word"]

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
    photoshopped fiction fictional scam lie lies lied nonsense erroneous wrong skeptical
    sceptical doubt doubts doubtful falsified staged stunt questionable unverified dubious
    fraud fraudulent conspiracy misinformation disinformation""".split()
)
HEDGES = frozenset(
    stem(w)
    for w in """reportedly allegedly alleged rumored rumoured could may might reports report
    claims claim purportedly apparently possibly""".split()
)

CONTRASTS = frozenset(
    """not no never nope didnt doesnt isnt wasnt wont arent actually but despite sorry
    fake hoax false myth rumor rumour debunked denies denied deny untrue""".split()
)


# Words of rank: a superlative ("largest", "deadliest"), "first", "last", "only". Like a
# figure, each is a claim of its own ("the largest jade mine in the world" is not said by
# "the world's biggest source of jade"). -est words of six letters or more are taken as
# superlatives, except these common nouns, verbs and names.
_RANK = frozenset({"first", "last", "only", "least"})
_NOT_SUPERLATIVE = frozenset(
    """interest protest forest request suggest harvest honest modest contest manifest conquest
    inquest behest unrest detest attest infest divest ingest molest arrest invest digest earnest
    everest budapest bucharest midwest northwest southwest""".split()
)


@lru_cache(maxsize=1 << 14)  # remembered: every judgement asks it of its claim and its quote
def is_rank_word(word: str) -> bool:
    """Whether ``word`` (lower-cased) is a word of rank."""
    return word in _RANK or (len(word) >= 6 and word.endswith("est") and word.isalpha()
                             and word not in _NOT_SUPERLATIVE)


@lru_cache(maxsize=1 << 14)  # remembered by text: a claim is judged against several sources
def rank_words(text: str) -> frozenset[str]:
    """The words of rank in ``text``, lower-cased."""
    words = {w for w in text.lower().replace("\u2019", "'").split()}
    return frozenset(w for w in (w.strip(".,;:!?\"'()[]\u201c\u201d") for w in words) if is_rank_word(w))

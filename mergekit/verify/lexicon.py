"""Small closed word lists the features look for: ``REFUTATIONS`` and ``HEDGES`` as written,
the ``FITTED_*`` stems where the shipped verifier's features were fitted on stems."""

from __future__ import annotations

import re
from functools import lru_cache

from mergekit.verify.spans import stem

__all__ = ["NEGATIONS", "REFUTATIONS", "FITTED_REFUTATION_STEMS", "HEDGES", "FITTED_HEDGE_STEMS", "CONTRASTS", "rank_words", "is_rank_word", "ordinal_form"]

NEGATIONS = frozenset(
    """not no never nor none nobody nothing neither without cannot didnt doesnt dont isnt
    wasnt werent arent hasnt havent hadnt wont wouldnt couldnt shouldnt cant aint""".split()
)
# Words that refute or deny a claim, as written (lower-cased, as ``spans.tokens`` gives them),
# each lemma with its own forms only. Not stemmed: a stem reaches ordinary words ("doctored"
# -> "doctor", "fabricated" -> "fabric", "staged" -> "stage", "questionable" -> "question",
# "denied" -> "deni" = "Denis"), and a source naming a doctor or a stage disputes nothing.
# Of a word with an ordinary sense beside the refuting one, only the refuting forms:
# "doctored" and "doctoring" (not "doctor"), "staged" (the faking verb; not "stage",
# "stages", "staging"), "questionable" (not "question(s)", "questioned"), "stunt(s)" (not
# "stunted"), "wrong(ly)" (not "wrongful"), "dismiss" (not "dismissal"), "retract" (not
# "retractable"), "lie(s)/lied/liar(s)" (not "lying").
REFUTATIONS = frozenset(
    """hoax hoaxes hoaxed hoaxer hoaxers fake fakes faked faking fakery false falsely falsehood
    falsehoods untrue debunk debunks debunked debunking debunker debunkers deny denies denied
    denying denial denials rumor rumors rumour rumours fabricate fabricates fabricated
    fabricating fabrication fabrications bogus myth myths satire satirical satiric satirized
    satirised parody parodies parodied prank pranks prankster pranksters spoof spoofs spoofed
    mislead misleads misleading misled baseless unfounded incorrect incorrectly dismiss
    dismisses dismissed dismissing refute refutes refuted refuting refutation refutations
    reject rejects rejected rejecting retract retracts retracted retracting retraction
    retractions doctored doctoring photoshopped fiction fictional fictitious scam scams
    scammed scammer scammers lie lies lied liar liars nonsense nonsensical erroneous
    erroneously wrong wrongly skeptical sceptical skeptic sceptic skeptics sceptics skepticism
    scepticism doubt doubts doubted doubtful doubting falsify falsifies falsified falsifying
    falsification staged stunt stunts questionable unverified unverifiable dubious fraud
    frauds fraudulent fraudulently conspiracy conspiracies misinformation
    disinformation""".split()
)
# The refutation stems the shipped verifier (mergekit/data/verifier.json) was fitted on: its
# ``refute_*``, ``body_denies`` and ``claim_denies`` features count these, ordinary words
# ("doctor", "stage", "question", "fabric", "Denis") among them, and a model keeps the
# features it was fitted on until it is refitted (docs/verifier-experiments.md: counting
# ``REFUTATIONS`` instead without a refit moves citations). Nothing shown to an editor names
# them: the reason names ``REFUTATIONS`` only.
FITTED_REFUTATION_STEMS = frozenset(
    stem(w)
    for w in """hoax hoaxes fake faked false falsely untrue debunk debunked debunks deny
    denied denies denial denials rumor rumors rumour rumours fabricated fabrication bogus
    myth satire satirical parody prank spoof misleading baseless unfounded incorrect
    dismissed dismisses refute refuted refutes rejected retracted retraction doctored
    photoshopped fiction fictional scam lie lies lied nonsense erroneous wrong skeptical
    sceptical doubt doubts doubtful falsified staged stunt questionable unverified dubious
    fraud fraudulent conspiracy misinformation disinformation""".split()
)
# Words that hedge a claim or say who holds it, as written (lower-cased, as ``spans.tokens``
# gives them), each lemma with its own forms only. Not stemmed: a stem reaches ordinary words
# ("possibly" -> "possibl" = "possible", "possibility"; "apparently" -> "appar" = "apparent";
# "reports" -> "report" = "reporter", "reporting"; "claims" -> "claim" = "claimant"), and a
# text about a reporter or "the largest possible" hedges nothing. "Rumor(s)" refute
# (``REFUTATIONS``); "rumored" only hedges.
HEDGES = frozenset(
    """reportedly allegedly allege alleges alleged alleging allegation allegations rumored
    rumoured could may might report reports reported claim claims claimed claiming purportedly
    purported apparently possibly""".split()
)
# The hedge stems the shipped verifier was fitted on: its ``hedge`` feature counts these, as
# ``FITTED_REFUTATION_STEMS`` (a model keeps the features it was fitted on until a refit).
# Nothing shown to an editor and no rule outside the fitted features reads them.
FITTED_HEDGE_STEMS = frozenset(
    stem(w)
    for w in """reportedly allegedly alleged rumored rumoured could may might reports report
    claims claim purportedly apparently possibly""".split()
)

CONTRASTS = frozenset(
    """not no never nope didnt doesnt isnt wasnt wont arent actually but despite sorry
    fake hoax false myth rumor rumour debunked denies denied deny untrue""".split()
)


# Words of rank: a superlative ("largest", "deadliest"), "first", "last", "only", and an
# ordinal ("eighth final", "16th title"). Like a figure, each is a claim of its own ("the
# largest jade mine in the world" is not said by "the world's biggest source of jade", nor
# "Argentina's eighth final" by "a third major championship"). -est words of six letters or
# more are taken as superlatives, except these common nouns, verbs and names.
_RANK = frozenset({"first", "last", "only", "least"})
_NOT_SUPERLATIVE = frozenset(
    """interest protest forest request suggest harvest honest modest contest manifest conquest
    inquest behest unrest detest attest infest divest ingest molest arrest invest digest earnest
    everest budapest bucharest midwest northwest southwest""".split()
)
_ORDINAL_WORDS = {
    word: n for n, word in enumerate(
        """first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
        thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth""".split(), 1)
} | {"thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
     "eightieth": 80, "ninetieth": 90, "hundredth": 100}
_WORD_OF_ORDINAL = {n: word for word, n in _ORDINAL_WORDS.items()}
_NUMERIC_ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th)")
_WORD_EDGES = ".,;:!?\"'()[]\u201c\u201d"
_WORD_BREAK = re.compile(r"[\s\-\u2010-\u2015]+")


def ordinal_form(word: str) -> str:
    """An ordinal in one spelling ("16th" and "sixteenth" are "sixteenth"); "" for any other word."""
    if word in _ORDINAL_WORDS:
        return word
    numeric = _NUMERIC_ORDINAL.fullmatch(word)
    if numeric is None:
        return ""
    n = int(numeric.group(1))
    return _WORD_OF_ORDINAL.get(n, f"{n}th")


@lru_cache(maxsize=1 << 14)  # remembered: every judgement asks it of its claim and its quote
def is_rank_word(word: str) -> bool:
    """Whether ``word`` (lower-cased) is a word of rank."""
    return word in _RANK or bool(ordinal_form(word)) or (
        len(word) >= 6 and word.endswith("est") and word.isalpha() and word not in _NOT_SUPERLATIVE)


@lru_cache(maxsize=1 << 14)  # remembered by text: a claim is judged against several sources
def rank_words(text: str) -> frozenset[str]:
    """The words of rank in ``text``, lower-cased, ordinals in one spelling; a hyphenated
    word is read part by part ("second-largest")."""
    words = (w.strip(_WORD_EDGES) for w in _WORD_BREAK.split(text.lower().replace("\u2019", "'")))
    return frozenset(ordinal_form(w) or w for w in words if is_rank_word(w))

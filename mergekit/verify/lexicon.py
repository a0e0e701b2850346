"""Small closed word lists the features look for (stemmed where they match stems)."""

from __future__ import annotations

from mergekit.verify.spans import stem

__all__ = ["NEGATIONS", "REFUTATIONS", "HEDGES", "CONTRASTS"]

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

"""Say in one sentence why the verifier decided what it did."""

from __future__ import annotations

from mergekit.verify.features import Features
from mergekit.verify.model import Verdict

__all__ = ["explain"]


def _listed(items: tuple[str, ...], limit: int = 4) -> str:
    shown = ", ".join(items[:limit])
    return shown + (f" (+{len(items) - limit} more)" if len(items) > limit else "")


def explain(features: Features, verdict: Verdict, note: str = "") -> str:
    """A human sentence naming the evidence that drove ``verdict`` (and ``note``, a check's
    reason for the label beside the heads')."""
    f = features.as_dict()
    parts = [
        f"{f['cov_doc']:.0%} of the claim's content words occur in the source, "
        f"{f['cov_win']:.0%} within one passage"
    ]
    # The words a reason names are the claim's as written (``Features``), never the stems
    # the verifier matched by.
    if features.missing_numbers:
        parts.append(f"numbers not found: {_listed(features.missing_numbers)}")
    if features.missing_names:
        parts.append(f"names not found: {_listed(features.missing_names)}")
    elif features.missing_words and f["cov_doc"] >= 0.5:
        parts.append(f"words not found: {_listed(features.missing_words)}")
    if f["neg_mismatch"]:
        parts.append("negation differs between claim and passage")
    if features.refutations:
        parts.append(f"the source uses refuting words ({_listed(features.refutations, 3)})")
    if note:
        parts.append(note)
    probabilities = (
        f"P(support)={verdict.p_any:.2f}, P(full)={verdict.p_full:.2f}, "
        f"P(contradiction)={verdict.p_contra:.2f}"
    )
    return f"{verdict.label}: " + "; ".join(parts) + f" [{probabilities}]"

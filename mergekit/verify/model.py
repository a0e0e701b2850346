"""The fitted verifier: three logistic heads over the features, and the decision rule.

Parameters live in ``mergekit/data/verifier.json`` (written by ``scripts/train_verifier.py``).
Scoring is a pure-Python dot product, so the runtime needs no numpy.

Heads (each a calibrated probability):
- ``any``: the source supports the claim at least in part (supported or partial);
- ``full``: the source supports all of it (supported);
- ``contra``: the source disputes it (contradicted).

Decision (thresholds are fitted too): contradicted if ``contra`` passes its threshold,
else supported if ``full`` does, else partial if ``any`` does, else not_supported.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from mergekit.verify.features import FEATURE_NAMES

__all__ = ["Head", "Verifier", "Verdict", "load_verifier"]


@dataclass(frozen=True)
class Head:
    """A logistic regression over standardised features."""

    weights: tuple[float, ...]
    bias: float
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    threshold: float

    def contributions(self, values: tuple[float, ...]) -> list[float]:
        """Each feature's share of the log-odds (weight times standardised value)."""
        return [w * (v - m) / s for w, v, m, s in zip(self.weights, values, self.mean, self.scale)]

    def probability(self, values: tuple[float, ...]) -> float:
        """P(positive) for one feature vector."""
        z = self.bias + sum(self.contributions(values))
        return 1 / (1 + math.exp(-z)) if z > -700 else 0.0


@dataclass(frozen=True)
class Verdict:
    """The three probabilities and the label they lead to."""

    label: str
    p_any: float
    p_full: float
    p_contra: float


@dataclass(frozen=True)
class Verifier:
    """The three heads, over features named ``features``."""

    features: tuple[str, ...]
    heads: dict[str, Head]

    def decide(self, values: tuple[float, ...]) -> Verdict:
        """Apply the heads and the decision rule to one feature vector."""
        p = {name: head.probability(values) for name, head in self.heads.items()}
        if p["contra"] >= self.heads["contra"].threshold:
            label = "contradicted"
        elif p["full"] >= self.heads["full"].threshold:
            label = "supported"
        elif p["any"] >= self.heads["any"].threshold:
            label = "partial"
        else:
            label = "not_supported"
        return Verdict(label, p["any"], p["full"], p["contra"])

    @classmethod
    def from_dict(cls, data: dict) -> Verifier:
        """Build from the JSON shape ``scripts/train_verifier.py`` writes."""
        features = tuple(data["features"])
        if features != FEATURE_NAMES:
            raise ValueError("verifier.json was fitted on other features; rerun scripts/train_verifier.py")
        heads = {
            name: Head(
                weights=tuple(h["weights"]),
                bias=float(h["bias"]),
                mean=tuple(h["mean"]),
                scale=tuple(h["scale"]),
                threshold=float(h["threshold"]),
            )
            for name, h in data["heads"].items()
        }
        return cls(features, heads)


@lru_cache(maxsize=1)
def load_verifier() -> Verifier:
    """The shipped parameters (read once)."""
    text = resources.files("mergekit").joinpath("data", "verifier.json").read_text(encoding="utf-8")
    return Verifier.from_dict(json.loads(text))

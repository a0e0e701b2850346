"""The editor's decisions on a run's findings: what they are (``model``) and where they are
kept (``store``: ``decisions.toml`` beside the run's outputs)."""

from __future__ import annotations

from mergekit.review.model import ACTIONS, Decision, sentence_digest
from mergekit.review.store import DECISIONS_FILE, read_decisions, write_decisions

__all__ = ["ACTIONS", "Decision", "sentence_digest", "DECISIONS_FILE", "read_decisions", "write_decisions"]

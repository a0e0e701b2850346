"""The findings of a run, as the review walks them: read from the run's ``flags.json``.

``RunFindings`` holds each finding once (by id), most severe first, and answers what the
review shows beside one: the claim clusters its sentence is in, the sources an
``attribute`` or ``cite`` decision may name, and how a reader knows each source.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from mergekit.errors import InputError
from mergekit.review.model import severity

__all__ = ["RunFindings", "read_run"]


@dataclass(frozen=True)
class RunFindings:
    doc: dict  # the flags.json document

    @cached_property
    def findings(self) -> list[dict]:  # built once: the review and its summary walk it many times
        seen: dict[str, dict] = {}
        for f in self.doc["findings"]:
            seen.setdefault(f["id"], f)
        return sorted(seen.values(), key=lambda f: severity(f["kind"]))  # stable within a kind

    def name(self, label: str) -> str:
        """"Euractiv (003_x.txt)" for a news label; the label itself otherwise."""
        if label in self._news_names:
            return self._news_names[label]
        if label == self.doc["target"]["file"]:
            return f"the destination ({label})"
        if label == self.doc["source"]["file"]:
            return f"the source article ({label})"
        return label

    @cached_property
    def _news_names(self) -> dict[str, str]:  # built once: a report names sources many times
        names: dict[str, str] = {}
        for n in self.doc["news"]:
            names.setdefault(n["file"], f"{n['work']} ({n['file']})" if n.get("work") else n["file"])
        return names

    def clusters(self, finding: dict) -> list[dict]:
        """The conflicting clusters that hold a value from this finding's sentence."""
        return [c for c in self.doc["clusters"]
                if c["conflict"] and any(v["quote"] == finding["sentence"] for v in c["values"])]

    def attribute_choices(self, finding: dict) -> list[str]:
        """News sources that give a conflicting figure of the sentence's claim clusters: the draft
        writes their figure attributed ("Euractiv reported over 100 people injured.")."""
        if finding["article"] != "source":
            return []
        in_clusters = {v["source"] for c in self.clusters(finding) for v in c["values"] if v["role"] == "news"}
        labels = [e["source"] for e in finding["evidence"] if e["stance"] == "contradicts"]
        return [lb for lb in dict.fromkeys(labels) if lb in in_clusters]

    def cite_choices(self, finding: dict) -> list[str]:
        """News sources the evidence says support the finding's sentence."""
        if finding["article"] != "source":
            return []
        evidence = list(finding["evidence"])
        for s in self.doc["sentences"]:
            if s["text"] == finding["sentence"] and s["section"] == finding["section"]:
                evidence += s["evidence"]
        labels = [e["source"] for e in evidence if e["stance"] == "supports"]
        return [lb for lb in dict.fromkeys(labels) if lb in self._news_names]


def read_run(out: Path) -> RunFindings:
    """The findings of the run written into ``out`` (its ``flags.json``)."""
    path = out / "flags.json"
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"no flags.json in {out}: run `mergekit run --out {out}` first") from None
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read {path}: {exc}") from None
    if not isinstance(doc, dict) or not str(doc.get("schema", "")).startswith("mergekit.flags/"):
        raise InputError(f"{path} is not a mergekit flags.json")
    return RunFindings(doc)

"""Render ``report.html`` from a run's outputs: ``flags.json``'s document, the diff, and the
review decisions. Pure: text in, text out, the same bytes for the same inputs.

The page is one file that needs nothing else: the stylesheet and the script are inline, and
a Content-Security-Policy meta tag allows exactly those two (by their SHA-256) and nothing
else: no scripts, styles, images, fonts, frames or connections from anywhere. Every string
from the inputs goes through Jinja's autoescaping, so a news page's ``<script>``,
``<img onerror=...>`` or ``javascript:`` link is shown as text; addresses are shown as text,
never as links. Without JavaScript every row is shown; with it, the filters appear.
Colour is never the only signal: each verdict, kind and stance is also written as a label.
"""

from __future__ import annotations

import base64
import hashlib
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources

import jinja2
from markupsafe import Markup, escape

from mergekit.plan.model import KIND_WORDS
from mergekit.report.bytecode import ResultsBytecodeCache
from mergekit.review.findings import RunFindings
from mergekit.review.model import FIGURE, SEVERITY, Decision, severity

__all__ = ["REPORT_FILE", "render_report", "KIND_LABELS", "VERDICT_LABELS"]

REPORT_FILE = "report.html"
KIND_LABELS = {kind: words.label for kind, words in KIND_WORDS.items()}
VERDICT_LABELS = {"supported": "supported", "partial": "partly supported",
                  "not_supported": "not supported", "no_source": "no source to check"}
_ACTION_LABELS = {"keep": "kept as flagged", "dismiss": "dismissed after checking", "edit": "reworded",
                  "attribute": "attributed", "cite": "cited", "drop": "left out of the merge"}


def _asset(name: str) -> str:
    text = resources.files("mergekit.report").joinpath(name).read_text(encoding="utf-8")
    if "</" in text:  # would end the inline element early
        raise ValueError(f"{name} must not contain '</'")
    return text


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


@lru_cache(maxsize=4096, typed=True)  # by text and type (Markup is not escaped again): a quote shows under many findings
def _figures(text: str) -> Markup:
    """``text`` escaped, with its figures in ``<mark>``."""
    out, last = [], 0
    for match in FIGURE.finditer(text):
        out += [escape(text[last:match.start()]), Markup("<mark>"), escape(match.group()), Markup("</mark>")]
        last = match.end()
    out.append(escape(text[last:]))
    return Markup("").join(out)


def _diff_lines(diff: str) -> list[tuple[str, str]]:
    def cls(line: str) -> str:
        if line.startswith(("+++", "---")):
            return "file"
        return {"+": "add", "-": "del", "@": "hunk"}.get(line[:1], "same")
    return [(cls(line), line) for line in diff.splitlines()]


def _status(finding: Mapping, decision: Decision | None, applied: Mapping[str, str],
            name) -> tuple[str, str]:
    """(data-status value, the words shown) for one finding."""
    if decision is None:
        return "open", "not decided yet."
    if decision.stale_for(finding["sentence"]):
        return "stale", "a decision was made on an earlier version of this sentence; not applied."
    words = applied.get(finding["id"], _ACTION_LABELS[decision.action])
    if decision.action in ("attribute", "cite") and finding["id"] not in applied:
        words += f" to {name(decision.source)}"
    if decision.action == "edit":
        words += f": \u201c{decision.text}\u201d"
    return decision.action, words + "."


_ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("mergekit.report", "."),
    autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
    bytecode_cache=ResultsBytecodeCache(),
)
_ENV.filters["figures"] = _figures


def render_report(doc: Mapping, diff: str, decisions: Mapping[str, Decision] = {},
                  *, applied: Mapping[str, str] = {}, stale: tuple[tuple[str, str], ...] = ()) -> str:
    """The page for the ``flags.json`` document ``doc``, the draft's ``diff`` and the review
    ``decisions`` (finding id -> decision; ``applied``: id -> how it was applied, when known;
    ``stale``: (id, reason) of decisions not applied)."""
    style, script = _asset("report.css"), _asset("report.js")
    csp = (f"default-src 'none'; script-src {_hash(script)}; style-src {_hash(style)}; "
           "img-src 'none'; base-uri 'none'; form-action 'none'")
    findings = sorted(doc["findings"], key=lambda f: severity(f["kind"]))  # stable: run order within a kind
    name = RunFindings(dict(doc)).name
    status = {f["id"]: _status(f, decisions.get(f["id"]), applied, name) for f in findings}
    per_kind = Counter((f["kind"], f["article"]) for f in findings)
    decided = Counter(f["kind"] for f in findings if status[f["id"]][0] not in ("open", "stale"))
    kinds = [k for k in SEVERITY if any(f["kind"] == k for f in findings)] + sorted(
        {f["kind"] for f in findings} - set(SEVERITY))
    verdicts = Counter(s["verdict"] for s in doc["sentences"])
    template = _ENV.get_template("page.html")
    return template.render(
        doc=doc, csp=csp, style=Markup(style), script=Markup(script),
        kind_label=KIND_LABELS | {k: k for k in kinds if k not in KIND_LABELS},
        verdict_label=VERDICT_LABELS,
        counts=[(k, KIND_LABELS.get(k, k), per_kind[(k, "source")], per_kind[(k, "target")], decided[k])
                for k in kinds],
        verdicts=[(v, VERDICT_LABELS.get(v, v), verdicts[v]) for v in VERDICT_LABELS],
        source_findings=[f for f in findings if f["article"] == "source" and f["kind"] != "already_in_target"],
        in_target=[f for f in findings if f["kind"] == "already_in_target"],
        target_findings=[f for f in findings if f["article"] != "source"],
        included=sum(1 for s in doc["sentences"] if s["included"]),
        conflicts=sum(1 for c in doc["clusters"] if c["conflict"]),
        decided=sum(decided.values()), status=status,
        # each decision not applied with the sentence it was made on: an id alone tells the editor nothing
        stale=[(fid, reason, getattr(decisions.get(fid), "sentence", "")) for fid, reason in stale],
        name=name, diff=_diff_lines(diff),
    )

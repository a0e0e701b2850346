"""``mergekit check``: citations and wikitext checked before an editor presses publish.

:func:`check_text` parses the text once (:class:`~mergekit.check.document.Document`) and
runs every offline rule family over it, each a pure function returning
:class:`~mergekit.check.model.Finding`\\ s:

========================  ==========================================================
:mod:`.refs`              reference integrity (what Cite shows as red errors)
:mod:`.duplicates`        one source cited by several full definitions
:mod:`.cites`             citation templates: CS1 errors and date formats
:mod:`.links`             bare URLs in refs, external links in prose
:mod:`.incomplete`        ``{{cite news}}``/``{{cite web}}`` without url, work or date
:mod:`.wtw`               words to watch in the article's own voice
:mod:`.placement`         footnotes before punctuation, undated maintenance tags
:mod:`.reliability`       cited outlets in perennial-sources data
========================  ==========================================================

Two more take what only the network can give: :mod:`.deadlinks` (``--online``) and
:mod:`.preview` (``--preview``); :func:`check_text` accepts their inputs ready-made.
A :class:`Report` holds the findings sorted by position and the data used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

# The records are light and imported at once: a run whose check comes from the results cache
# unpickles a ``Report`` without loading the rule families (``core``), which load on first use.
from mergekit.check.model import ERROR, WARNING, Finding, Report

if TYPE_CHECKING:
    from mergekit.check.context import Context
    from mergekit.check.core import ALL_RULES, check_document, check_text
    from mergekit.check.deadlinks import LinkStatus

__all__ = ["Report", "Context", "Finding", "LinkStatus", "check_text", "check_document", "ALL_RULES",
           "ERROR", "WARNING"]

_LAZY = {"check_text": "core", "check_document": "core", "ALL_RULES": "core",
         "Context": "context", "LinkStatus": "deadlinks"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module
        return getattr(import_module(f"mergekit.check.{_LAZY[name]}"), name)
    raise AttributeError(f"module 'mergekit.check' has no attribute {name!r}")

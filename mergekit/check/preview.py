"""Preview (``--preview API_URL``): what the wiki itself complains about when it renders the text.

The network edge (:mod:`mergekit.net.preview`) sends the text to ``action=parse``; this
module reads the rendered HTML:

- ``preview/cite-error`` (error): an element with class ``mw-ext-cite-error`` (the Cite
  extension's own messages);
- ``preview/error`` (error): any other ``class="error"`` the parser or a template emitted
  (template loops, Lua and parser-function errors, CS1 errors);
- ``preview/missing-template`` (error): a transcluded template that does not exist on that
  wiki (a red link into the Template namespace);
- ``preview/warning`` (warning): the API's parse warnings.
Each is mapped back to the source line where the HTML names something findable in it (a
ref name, a template name); otherwise ``line`` is 0.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, unquote, urlsplit

from mergekit.check.document import Document, template_name
from mergekit.check.model import ERROR, WARNING, Finding

__all__ = ["check"]

RULES = ("preview/cite-error", "preview/error", "preview/missing-template", "preview/warning")


def _locate(doc: Document, message: str, codes: list[str]) -> int | None:
    """The offset of the first ``name="x"`` / ``{{x`` for a name the message quotes."""
    for code in codes:
        for pattern in (rf"name\s*=\s*[\"']?{re.escape(code)}[\"'\s/>]", rf"\{{\{{\s*{re.escape(code)}\s*[|}}]"):
            m = re.search(pattern, doc.text, re.IGNORECASE)
            if m:
                return m.start()
    return None


def _finding(doc: Document, rule: str, severity: str, message: str, codes: list[str], fix: str) -> Finding:
    offset = _locate(doc, message, codes)
    if offset is None:
        return Finding(0, 0, rule, severity, message, fix, "")
    return doc.finding(rule, severity, offset, message, fix)


def _template_title(href: str) -> str | None:
    parts = urlsplit(href)
    title = parse_qs(parts.query).get("title", [unquote(parts.path.rsplit("/", 1)[-1])])[0]
    title = title.replace("_", " ")
    return title.split(":", 1)[1] if title.lower().startswith("template:") else None


def check(doc: Document, html: str, warnings: tuple[str, ...] = ()) -> list[Finding]:
    out: list[Finding] = []
    if html.strip():
        import lxml.html  # only `check --preview` reads a preview: `run` does not import lxml

        root = lxml.html.fromstring(html)
        seen: set[str] = set()
        for el in root.xpath("//*[contains(concat(' ', normalize-space(@class), ' '), ' error ')]"):
            text = " ".join(el.text_content().split())
            if not text or text in seen:
                continue
            seen.add(text)
            codes = [" ".join(c.text_content().split()) for c in el.xpath(".//code")]
            cite = "mw-ext-cite-error" in (el.get("class") or "")
            out.append(_finding(doc, "preview/cite-error" if cite else "preview/error", ERROR, text, codes,
                                "fix the markup at this line; the wiki shows this message to readers"))
        used = {template_name(loc.node) for loc in doc.templates}
        for a in root.xpath("//a[contains(concat(' ', normalize-space(@class), ' '), ' new ')]"):
            name = _template_title(a.get("href") or "")
            if name and name.lower() in used and name.lower() not in seen:
                seen.add(name.lower())
                out.append(_finding(doc, "preview/missing-template", ERROR,
                                    f"the template {{{{{name}}}}} does not exist on this wiki", [name],
                                    "check the template's name (or import it, on a test wiki)"))
    for warning in warnings:
        out.append(Finding(0, 0, "preview/warning", WARNING, warning, "see the wiki's parse warnings", ""))
    return out

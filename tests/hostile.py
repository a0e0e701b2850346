"""Hostile strings for property tests: the fragments an attacker (or a careless paste) puts
into any field, and a check that an output carries only the markup mergekit writes itself."""

from __future__ import annotations

import re

import mwparserfromhell
from hypothesis import strategies as st

FRAGMENTS = [
    "[[", "]]", "{{", "}}", "{{{1}}}", "|", "=", "~~~", "~~~~", "~~~~~", "__NOTOC__", "__", "<!--", "-->",
    "<ref>", "</ref>", "<ref name=x />", "'''", "''", "\n== H ==\n", "\n* ", "\n#", "\n:", "\n----\n", "\n{|",
    "[http://evil.example x]", "http://evil.example/a", "https://", "mailto:a@evil.example", "news:comp.x",
    "Category:EVIL", "[[Category:EVIL]]", "fr:", ":", "#", "&#123;&#123;", "&#91;&#91;", "&lt;", "&amp;", "&",
    "subst:", "<script>", "</div>", "<nowiki>", '"', "'", "/>", ">", "<", " ", "\t", "\r\n",
    "\u202e", "\u2066", "\u200b", "\u200d", "\u200e", "\ufeff", "\x00", "\x1b", "\x85", "\x7f",
    "ISBN 0123456789", "RFC 1234", "Raid]] [[Category:EVIL|1 August 2023",
]

hostile_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)), min_size=1, max_size=6,
).map("".join)

# Invisible characters that must never appear raw in an output.
INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")
MAGIC = re.compile(r"__[A-Za-z]+__")
BAD_LINK_PREFIX = re.compile(r"^\s*(category|file|image|media|[a-z]{2,3}|wikt|w|d|m)\s*:", re.IGNORECASE)

TEMPLATES = {
    "cite news": {"title", "work", "date", "url", "access-date", "author", "last", "first"},
    "cite web": {"title", "website", "date", "url", "access-date", "author", "last", "first"},
    "afd-merged-from": {"1", "2", "3"},
    "copied": {"from", "to", "date", "afd", "merge", "from_oldid", "to_oldid"},
    "merged-to": {"1", "2"},
    "redirect category shell": {"1"},
    "r from merge": set(), "r to section": set(), "reflist-talk": set(), "merged-from": {"1", "2"},
    "citation needed": {"date"}, "failed verification": {"date"}, "better source needed": {"date"},
    "verification needed": {"date"}, "dubious": {"date"}, "according to whom": {"date"},
    "who": {"date"}, "when": {"date"}, "by whom": {"date"}, "clarify": {"date"},
    "update after": {"1", "2", "3"},
    "collapse top": {"title"}, "collapse bottom": set(),  # a long list of added citations (draft.talkcites)
    # a source's short citations, written back as written (draft.refs.RefRegistry.short)
    **dict.fromkeys(("sfn", "sfnp", "harvnb"), {"1", "2", "3", "4", "5", "p", "pp", "loc", "at"}),
}
COMMENTS = re.compile(r"^ (Talk:.*: (in place of \{\{Afd-merge from\}\}|at the top)|url: .*"
                      r"|the inputs do not name the discussion's page: link it here"
                      r"|source references? .* could not be resolved: .*|short citation .*: this page has no full citation of .*|a source without a title was not cited: .*|not merged: a list of .*"
                      r"|\u201c.*\u201d points back to a sentence of the source left out here \(see the talk page\): .*) $",
                      re.DOTALL)


def _text_problems(text: str, signatures: int) -> list[str]:
    problems = []
    if m := INVISIBLE.search(text):
        problems.append(f"invisible character U+{ord(m.group(0)):04X}")
    if text.count("~~~") != signatures:  # a save replaces signatures even inside a comment
        problems.append("signature")
    live = re.sub(r"<!--.*?-->", "", text, flags=re.S)  # nothing in a comment renders or links
    if MAGIC.search(live):
        problems.append("magic word")
    if re.search(r"(?i)(?<![\w&])mailto:", re.sub(r'<ref name="[^"<>]*"', "", live)):  # an attribute is no link
        problems.append("live mailto:")
    return problems


def _template_problems(code) -> list[str]:
    problems = []
    for template in code.filter_templates():
        name = str(template.name).strip().lower()
        if name not in TEMPLATES:
            problems.append(f"template {name!r}")
        elif not {re.sub(r"^(last|first|author)\d+$", r"\1", str(p.name).strip())
                  for p in template.params} <= TEMPLATES[name]:  # "last2": a second author
            problems.append(f"parameter in {name!r}")
    return problems


def _link_problems(code) -> list[str]:
    problems = []
    for link in code.filter_wikilinks():
        if BAD_LINK_PREFIX.match(str(link.title)) and not str(link.title).lower().startswith("wikipedia:"):
            problems.append(f"link {str(link.title)!r}")
        if link.text is not None and not str(link.title).startswith("Special:Permalink/"):
            problems.append(f"piped link {str(link)!r}")
    # a free-text reference's own links, written back as links (draft.refs._linked): its http(s)
    # URL escaped, inside a <ref> the writer opens
    in_refs = {id(link) for tag in code.filter_tags() if str(tag.tag).strip().lower() == "ref" and tag.contents
               for link in tag.contents.filter_external_links()}
    for link in code.filter_external_links():
        if id(link) in in_refs and re.fullmatch(r"https?://[^\s|\[\]{}<>\"]+", str(link.url)):
            continue
        in_url_param = any(
            str(p.name).strip() == "url" and str(link.url) in str(p.value)
            for t in code.filter_templates() for p in t.params
        )
        if not in_url_param:
            problems.append(f"external link {str(link)!r}")
    return problems


def _tag_and_comment_problems(code) -> list[str]:
    problems = []
    for tag in code.filter_tags():
        name = str(tag.tag).strip().lower()
        if tag.wiki_markup in ("*", "**", ";", "#", "'''"):  # bullets, bold, #REDIRECT
            continue
        if name not in ("ref", "div", "code") or (name == "ref" and [str(a.name).strip() for a in tag.attributes] != ["name"]):
            problems.append(f"tag {str(tag)[:40]!r}")
    for comment in code.filter_comments():
        if not COMMENTS.match(str(comment.contents)):
            problems.append(f"comment {str(comment)!r}")
    return problems


def foreign_markup(text: str, *, signatures: int = 0, headings: int | None = None) -> list[str]:
    """What in ``text`` is markup mergekit does not write: empty when nothing was injected.
    ``headings``: how many headings ``text`` should have (None: not checked)."""
    code = mwparserfromhell.parse(text)
    problems = (_text_problems(text, signatures) + _template_problems(code) + _link_problems(code)
                + _tag_and_comment_problems(code))
    if headings is not None and len(code.filter_headings()) != headings:
        problems.append("heading")
    return problems

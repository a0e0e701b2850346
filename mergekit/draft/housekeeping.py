"""The texts around a merge: redirect, edit summaries, talk-page templates.

They follow ../docs/wikipedia.md: attribution for copying within Wikipedia goes in the
destination's edit summary; the source becomes a redirect to the new section; the talk
pages get ``{{Afd-merged-from}}``, ``{{Copied}}`` and ``{{Merged-to}}``.
"""

from __future__ import annotations

from mergekit.draft.dates import format_date
from mergekit.draft.escape import escape_anchor, escape_comment, escape_link, escape_param, escape_title_param
from mergekit.model import AfdNotice

__all__ = ["redirect_page", "edit_summaries", "talk_templates", "afd_page"]


def afd_page(afd: AfdNotice) -> str:
    """The discussion's page title, as a link target (the discussion name escaped)."""
    return f"Wikipedia:Articles for deletion/{escape_anchor(afd.discussion)}"


def redirect_page(target: str, section: str) -> str:
    """The source page's replacement: a redirect to the merged section, categorised."""
    return (
        f"#REDIRECT [[{escape_link(target)}#{escape_anchor(section)}]]\n\n"
        "{{Redirect category shell|\n{{R from merge}}\n{{R to section}}\n}}\n"
    )


def edit_summaries(source: str, target: str, section: str, afd: AfdNotice) -> str:
    """Both edit summaries, with the attribution that copying within Wikipedia requires."""
    discussion = f"[[{afd_page(afd)}]]"
    source, target, section = escape_link(source), escape_link(target), escape_anchor(section)
    return (
        f"Edit summary for [[{target}]]:\n"
        f"Merged content from [[{source}]] into [[{target}#{section}]]; see its history for "
        f"attribution. Per {discussion}\n\n"
        f"Edit summary for [[{source}]]:\n"
        f"Merged content to [[{target}#{section}]]; redirecting per {discussion}\n"
    )


def talk_templates(source: str, target: str, afd: AfdNotice, *, run_date: str, style: str,
                   source_revid: int | None = None, target_revid: int | None = None) -> str:
    """What goes on each talk page after the merge is saved."""
    close = format_date(afd.close_date, style) if afd.close_date else ""
    merged = format_date(run_date, style)
    comment_source, comment_target = escape_comment(source), escape_comment(target)
    source, target = escape_title_param(source), escape_title_param(target)
    copied = [f"from={source}", f"to={target}", f"date={merged}", f"afd={afd_page(afd)}", "merge=yes"]
    if source_revid:
        copied.insert(1, f"from_oldid={source_revid}")
    if target_revid:
        copied.insert(3 if source_revid else 2, f"to_oldid={target_revid}")
    return (
        f"<!-- Talk:{comment_target}: in place of {{{{Afd-merge from}}}} -->\n"
        f"{{{{Afd-merged-from|{source}|{escape_param(afd.discussion)}|{close}}}}}\n"
        f"{{{{Copied|{'|'.join(copied)}}}}}\n\n"
        f"<!-- Talk:{comment_source}: at the top -->\n"
        f"{{{{Merged-to|{target}|{merged}}}}}\n"
    )

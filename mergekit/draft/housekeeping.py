"""The texts around a merge: redirect, edit summaries, talk-page templates.

They follow ../docs/wikipedia.md: attribution for copying within Wikipedia goes in the
destination's edit summary; the source becomes a redirect to the new section; the talk
pages get ``{{Afd-merged-from}}``, ``{{Copied}}`` and ``{{Merged-to}}``.

An AfD is named only when the inputs name its discussion (an AfD notice or the manifest's
``[afd]``): without one there is no AfD link in the summaries, no ``{{Afd-merged-from}}``
and no ``afd=`` in ``{{Copied}}``; the destination's talk page gets the plain
``{{Merged-from}}`` instead.
"""

from __future__ import annotations

from mergekit.draft.dates import format_date
from mergekit.draft.escape import escape_anchor, escape_comment, escape_link, escape_param, escape_title_param
from mergekit.model import AfdNotice

__all__ = ["redirect_page", "edit_summaries", "talk_templates", "afd_page"]


def afd_page(afd: AfdNotice) -> str | None:
    """The discussion's page title, as a link target (the discussion name escaped); None
    when the inputs name no discussion."""
    return f"Wikipedia:Articles for deletion/{escape_anchor(afd.discussion)}" if afd.discussion else None


def redirect_page(target: str, section: str) -> str:
    """The source page's replacement: a redirect to the merged section, categorised."""
    return (
        f"#REDIRECT [[{escape_link(target)}#{escape_anchor(section)}]]\n\n"
        "{{Redirect category shell|\n{{R from merge}}\n{{R to section}}\n}}\n"
    )


def edit_summaries(source: str, target: str, section: str, afd: AfdNotice) -> str:
    """Both edit summaries, with the attribution that copying within Wikipedia requires."""
    page = afd_page(afd)
    source, target, section = escape_link(source), escape_link(target), escape_anchor(section)
    return (
        f"Edit summary for [[{target}]]:\n"
        f"Merged content from [[{source}]] into [[{target}#{section}]]; see its history for "
        f"attribution." + (f" Per [[{page}]]" if page else "") + "\n\n"
        f"Edit summary for [[{source}]]:\n"
        f"Merged content to [[{target}#{section}]]; redirecting" + (f" per [[{page}]]" if page else "") + "\n"
    )


def talk_templates(source: str, target: str, afd: AfdNotice, *, run_date: str, style: str,
                   source_revid: int | None = None, target_revid: int | None = None) -> str:
    """What goes on each talk page after the merge is saved."""
    close = format_date(afd.close_date, style) if afd.close_date else ""
    merged = format_date(run_date, style)
    page = afd_page(afd)
    comment_source, comment_target = escape_comment(source), escape_comment(target)
    source, target = escape_title_param(source), escape_title_param(target)
    copied = [f"from={source}", f"to={target}", f"date={merged}"] + ([f"afd={page}"] if page else []) + ["merge=yes"]
    if source_revid:
        copied.insert(1, f"from_oldid={source_revid}")
    if target_revid:
        copied.insert(3 if source_revid else 2, f"to_oldid={target_revid}")
    if page:
        merged_from = (f"<!-- Talk:{comment_target}: in place of {{{{Afd-merge from}}}} -->\n"
                       f"{{{{Afd-merged-from|{source}|{escape_param(afd.discussion)}|{close}}}}}\n")
    else:
        merged_from = f"<!-- Talk:{comment_target}: at the top -->\n{{{{Merged-from|{source}|{merged}}}}}\n"
    return (
        merged_from +
        f"{{{{Copied|{'|'.join(copied)}}}}}\n\n"
        f"<!-- Talk:{comment_source}: at the top -->\n"
        f"{{{{Merged-to|{target}|{merged}}}}}\n"
    )

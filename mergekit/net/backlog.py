"""The AfD merge backlog: pages tagged ``{{Afd-merge to}}`` and waiting for their merge.

:func:`list_backlog` reads the category (with continuation, ``maxlag=5``);
:func:`run_backlog` drafts each page through a caller-supplied function and keeps
going past a page that fails, so one bad page never stops the batch.
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from mergekit.errors import MergekitError
from mergekit.net import config

if TYPE_CHECKING:
    from mergekit.net.session import NetSettings

__all__ = [
    "BACKLOG_CATEGORY",
    "Outcome",
    "list_backlog",
    "draft_dir",
    "run_backlog",
]

# wikipedia.md: the name has changed over time; --category overrides it.
log = logging.getLogger(__name__)

BACKLOG_CATEGORY = "Articles currently being merged following AfD discussion"


@dataclass(frozen=True)
class Outcome:
    """How drafting one backlog page went: ``status`` is ``drafted``, ``merged``
    (already a redirect: nothing to do) or ``failed``; ``message`` says why; ``seconds``
    is the wall time the page took (fetch and draft)."""

    title: str
    status: str
    message: str = ""
    folder: Path | None = None
    seconds: float = 0.0


def list_backlog(
    api_url: str,
    *,
    settings: NetSettings,
    category: str = BACKLOG_CATEGORY,
    limit: int = 500,
) -> tuple[str, ...]:
    """Titles of the articles in the backlog category, all pages of results."""
    from mergekit.net.session import open_session
    from mergekit.net.wiki import category_members

    if not settings.offline:
        config.require_contact(api_url, settings.contact)
    with open_session(settings) as session:
        return tuple(category_members(session, api_url, category, settings=settings, limit=limit))


def draft_dir(root: Path, title: str) -> Path:
    """``root/<Title_with_underscores>``, characters a file name cannot hold replaced."""
    name = re.sub(r'[/\\:*?"<>|\s\x00-\x1f]', "_", title).strip(" .") or "_"
    return root / name


def run_backlog(
    titles: Iterable[str],
    draft: Callable[[str], Outcome],
) -> Iterator[Outcome]:
    """Draft each title with ``draft``, timed; whatever goes wrong with one page becomes a
    ``failed`` outcome and the batch goes on (a bug is logged with its traceback)."""
    for title in titles:
        start = time.perf_counter()
        outcome = _draft_one(title, draft)
        yield replace(outcome, seconds=time.perf_counter() - start)


def _draft_one(title: str, draft: Callable[[str], Outcome]) -> Outcome:
    try:
        return draft(title)
    except MergekitError as exc:
        return Outcome(title=title, status="failed", message=str(exc))
    except Exception as exc:  # one page's bug must not lose the rest of the batch
        log.exception("drafting %r failed", title)
        return Outcome(title=title, status="failed", message=f"bug: {type(exc).__name__}: {exc}")

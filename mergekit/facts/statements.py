"""The unit the facts layer reads: one sentence of one input, and who speaks in it.

A quotation often runs over several sentences with its speaker named only at one end
(“... Many computers were destroyed. ... accountable,” the statement said.), so
``speakers_in_context`` lends a quotation's speaker to every sentence inside it.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

from .attribution import Attribution

__all__ = ["Statement", "speakers_in_context", "speaker_at"]


@dataclass(frozen=True)
class Statement:
    """One sentence from one input."""

    source: str  # label of the input, e.g. "001_59580324c2911592.txt" or "article"
    role: str  # "article" | "target" | "news"
    text: str  # the sentence, plain text (footnote markers removed)
    key: str = ""  # caller's id for the sentence (returned in findings)
    published: datetime.date | None = None  # for relative dates
    # an article's sentence: the date of the reports it cites (the latest; None when one is
    # undated), the day its figures were current: a report published later may have updated them
    as_of: datetime.date | None = None
    # an article's or destination's sentence: (section number, paragraph number), so an
    # undated sentence takes the year of an earlier dated one of its paragraph (None: not known)
    paragraph: tuple[int, int] | None = None


def _quote_balance(text: str) -> int:
    """+1 when the text opens a quotation it does not close, -1 for the reverse."""
    opens, closes = text.count("“"), text.count("”")
    if opens != closes:
        return 1 if opens > closes else -1
    if text.count('"') % 2:
        return 1 if text.lstrip().startswith('"') or not text.rstrip().endswith(('"', '".')) else -1
    return 0


def speakers_in_context(statements: Sequence[Statement]) -> tuple[str | None, ...]:
    """For each statement, the speaker of the multi-sentence quotation it sits in (or None)."""
    from .memo import attributions  # each sentence read once: the callers read it again

    out: list[str | None] = [None] * len(statements)
    run: list[int] = []
    run_source = None
    speaker: str | None = None
    for i, st in enumerate(statements):
        balance = _quote_balance(st.text)
        if run and st.source != run_source:
            run, speaker = [], None
        if not run and balance > 0:
            run, run_source = [i], st.source
            found = [a for a in attributions(st.text) if a.speaker and a.named]
            speaker = found[-1].speaker if found else None
            continue
        if run:
            run.append(i)
            if balance < 0:
                if speaker is None:
                    found = [a for a in attributions(st.text) if a.named]
                    speaker = found[0].speaker if found else None
                for j in run:
                    out[j] = speaker
                run, speaker = [], None
    return tuple(out)


def speaker_at(found: Sequence[Attribution], pos: int, *, fallback: str | None = None) -> str | None:
    """The named speaker responsible for character ``pos``: the frame covering it, else the
    nearest frame in the sentence, else ``fallback`` (the quotation's speaker). When that
    frame names nobody ("a spokesperson said", "Meanwhile, ..."), None: the figure is not
    lent to another speaker."""
    covering = [a for a in found if a.span[0] <= pos <= a.span[1]]
    if covering:
        return covering[-1].speaker if covering[-1].named else None
    if found:
        near = min(found, key=lambda a: min(abs(pos - a.span[0]), abs(pos - a.span[1])))
        return near.speaker if near.named else None
    return fallback

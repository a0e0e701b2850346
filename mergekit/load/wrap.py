"""Hard-wrapped text: lines that are one paragraph cut at a fixed width.

A page copied from a browser has a paragraph to a line; a text browser's dump, a terminal
copy or a mail keeps its paragraphs as blocks of lines cut at 72-80 columns (some at up
to 100), where a newline is no paragraph break and a sentence, a headline or a caption
runs on over it. The two are told apart by the text's own shape, never by a guess about
its source.

A **block** (lines with no blank line between them) is wrapped when

- it has two lines or more, none longer than ``MAX_WIDTH`` and the longest at least
  ``MIN_WIDTH`` characters;
- every line but the last is as full as greedy wrapping leaves a line: the next line's
  first word would not have fitted on it (its length, a space and that word exceed the
  longest line's, which the wrapping width is at least);
- every line but the last has ``MIN_WORDS`` words or more;
- something runs on over one of its newlines at least: a line after the first starts in
  lower case (a headline above its deck, or two short paragraphs, start each line with a
  capital).

A **text** is hard-wrapped when its wrapped blocks of ``MIN_LINES`` lines or more
outnumber its blocks with a line longer than ``MAX_WIDTH`` characters. A copied page's
paragraphs are lines of hundreds of characters, and it has few blocks of three full lines
or more that run on in lower case; a dump has many, and its only long lines are what
the dumper does not wrap (a reference list's entries, a URL). Only in a hard-wrapped text
are wrapped blocks joined, so a two-line block of a copied page (a headline over a byline
in lower case, "by Jane Roe") is never read as one line.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["wrapped", "hard_wrapped", "joined", "unwrapped", "MAX_WIDTH", "MIN_WIDTH", "MIN_WORDS", "MIN_LINES"]

MIN_WIDTH, MAX_WIDTH = 50, 100
MIN_WORDS = 4
MIN_LINES = 3


def wrapped(lines: Sequence[str]) -> bool:
    """Whether ``lines`` (one block, no blank line) have the shape of a hard-wrapped paragraph."""
    if len(lines) < 2:
        return False
    widths = [len(line.strip()) for line in lines]
    width = max(widths)
    if not MIN_WIDTH <= width <= MAX_WIDTH or not any(line.strip()[:1].islower() for line in lines[1:]):
        return False
    for line, size, following in zip(lines, widths, lines[1:], strict=False):
        first = following.split()
        if not first or size + 1 + len(first[0]) <= width or len(line.split()) < MIN_WORDS:
            return False
    return True


def hard_wrapped(blocks: Sequence[Sequence[str]]) -> bool:
    """Whether a text, as its ``blocks`` of non-blank lines, is hard-wrapped (module docstring)."""
    long = sum(1 for block in blocks if any(len(line.strip()) > MAX_WIDTH for line in block))
    return sum(1 for block in blocks if len(block) >= MIN_LINES and wrapped(block)) > long


def joined(lines: Sequence[str]) -> str:
    """The lines of a wrapped block as one line."""
    return " ".join(line.strip() for line in lines)


def unwrapped(blocks: Sequence[Sequence[str]]) -> list[list[str]]:
    """A text's ``blocks`` of non-blank lines as a copied page's: in a hard-wrapped text each
    wrapped block is one line; in any other text the blocks are as they were."""
    if not hard_wrapped(blocks):
        return [list(block) for block in blocks]
    return [[joined(block)] if wrapped(block) else list(block) for block in blocks]

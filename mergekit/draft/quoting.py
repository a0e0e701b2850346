"""Quoting a passage on the talk page: in quotation marks, escaped, cut to a length; a long
passage cut to the stretch that has most of the words the bullet is about (the sentence, the
figures it disputes), from one of its sentence starts and, where they fit, as whole sentences
(a cut marked " …"), so the words the editor is asked to check are never the ones cut off; a
sentence longer than the length is cut at a word. Shared by the talk post's points
(``draft.talk``) and its list of added citations (``draft.talkcites``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from mergekit.draft.escape import escape_wikitext
from mergekit.draft.shorten import cut_at_word
from mergekit.load.sentences import split_sentences

__all__ = ["balanced", "quote", "words"]


@lru_cache(maxsize=4096)
def quote(text: str, limit: int = 300, about: str = "") -> str:
    """``text`` in quotation marks, cut to ``limit`` characters at a word; a long passage is
    cut to the stretch, from one of its sentence starts, that has most of the words of
    ``about`` (the sentence the bullet is on, the figures it disputes), so the words the
    editor is asked to check are not the ones cut off. Remembered: a post quotes the same
    passage about the same sentence under many bullets."""
    text = " ".join(text.split())
    if len(text) > limit:
        start, end = _window(text, limit, about) if about else (0, 0)
        lead = "\u2026" if start else ""
        if end:
            text = lead + text[start:end].rstrip() + (" \u2026" if end < len(text) else "")
        else:
            text = lead + cut_at_word(text[start:], limit - len(lead))
    return f"\u201c{escape_wikitext(_nested(balanced(text)))}\u201d"


# A straight double mark opens a quotation at the start or after a space, a colon, an opening
# bracket, a dash or the ellipsis of a cut ("said: \"At", 'said:"At', "…\"America\""), and
# closes one anywhere else ("hurt,\" he said"); but right after a figure with no quotation
# open, it is an inch or a second ("a 6\" pipe", "5'10\""), no closing mark to pair.
_OPENS_AFTER = " :([{\u2014\u2013-/\u2026"
# Each opening mark and the mark that closes it: German-style low marks close with the mark
# English opens with („Wort“, ‚Wort‘).
_CLOSER = {"\u201c": "\u201d", '"': '"', "\u201e": "\u201c", "\u201a": "\u2018"}


def balanced(text: str) -> str:
    """``text`` with its double quotation marks paired, no word changed: a passage cut from a
    news text can open a quotation that closes in a later paragraph (a speech quoted over
    several paragraphs closes only in its last: 'said: "At around … station.'), or close one
    that opened before it; the missing mark is added at the end (or, for a closing mark without
    its opening, at the start), in the style of the mark it pairs with. A low opening mark
    („, ‚) is closed by “ or ‘ (German style)."""
    unclosed: list[str] = []
    unopened: list[str] = []
    for at, mark in enumerate(text):
        if unclosed and unclosed[-1] in "\u201e\u201a" and mark == _CLOSER[unclosed[-1]]:
            unclosed.pop()
        elif mark in "\u201c\u201e\u201a" or (mark == '"' and (at == 0 or text[at - 1] in _OPENS_AFTER)):
            unclosed.append(mark)
        elif mark in '"\u201d':
            if unclosed:
                unclosed.pop()
            elif not (mark == '"' and text[at - 1: at].isdigit()):
                unopened.append(mark)
    opening = "".join("\u201c" if mark == "\u201d" else '"' for mark in reversed(unopened))
    closing = "".join(_CLOSER[mark] for mark in reversed(unclosed))
    return opening + text + closing


# Double quotation marks inside a quoted passage become single ones (MOS:NESTEDQUOTES): a
# passage that opens with a quotation of its own ("It was …," Rama said.) is quoted as
# “‘It was …,’ Rama said.”, never with two opening marks in a row; a German „…“ becomes ‚…‘.
_NESTED = str.maketrans({"\u201c": "\u2018", "\u201d": "\u2019", '"': "'", "\u201e": "\u201a"})


def _nested(text: str) -> str:
    """``text`` with its double quotation marks made single, for quoting it in double ones."""
    return text.translate(_NESTED)


# Where a sentence of a passage may start: after ". ", "? " or "! " (a closing quotation mark
# between them), before a capital or an opening quotation mark; so also inside a long quoted
# speech ("Many computers are broken," a spokesperson said), which the sentence splitter
# rightly reads as one sentence. Never before a figure: "on Aug. 16-18" is no sentence end.
_SENTENCE_START = re.compile(r"(?<=[.?!][\"\u201d\u2019]\s)|(?<=[.?!]\s)(?=[A-Z\"\u201c\u2018])")
# A full stop after a title or an abbreviation before a name ends no sentence: "Mr. Olufemi
# Osibona", "St. Louis", "Mt. Hood", "vs. Smith" are one sentence, not a quote opening at
# "Olufemi" or "Louis". (A single capital may be an initial, "John F. Kennedy", or end a
# sentence, "known as Plan B. Engineers switched …": left a possible start.)
_NOT_AN_END = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|St|Mt|Gen|Gens|Gov|Sen|Rep|Lt|Col|Capt|Cpt|Sgt|Maj|Cmdr|Adm|"
                         r"Brig|Rev|Hon|Fr|Jr|Sr|Supt|Insp|Det|Messrs|No|Nos|Vol|vs)\.[\"\u201d\u2019]?\s$")


def _starts(text: str) -> list[int]:
    """Where a quotation of ``text`` (white space folded) may open: at a sentence the loader
    cuts (``mergekit.load.sentences``, which knows abbreviations), or at ``_SENTENCE_START``."""
    starts, at = {0}, 0
    for sentence in split_sentences(text):
        found = text.find(sentence, at)
        if found < 0:  # the splitter tidies nothing it cuts; be safe if it ever does
            break
        starts.add(found)
        at = found + len(sentence)
    return sorted(starts.union(m.start() for m in _SENTENCE_START.finditer(text)
                               if not _NOT_AN_END.search(text, max(0, m.start() - 8), m.start())))


_FIGURE = re.compile(r"[0-9](?:[0-9,.]*[0-9])?")


@lru_cache(maxsize=4096)
def figures(text: str) -> frozenset[str]:
    """The figures of ``text`` read whole: "40,000" is "40000", not "40" and "000"; "1.5" is
    one figure."""
    return frozenset(m.group(0).replace(",", "").rstrip(".") for m in _FIGURE.finditer(text))


def _year(figure: str) -> bool:
    """Whether a figure may be a year: every report of an event gives its year, so a year
    tells no passage from another and counts once, as a word does."""
    return len(figure) == 4 and figure.isdigit() and 1800 <= int(figure) <= 2100


@lru_cache(maxsize=4096)
def words(text: str) -> frozenset[str]:
    """The words that tell what a passage is about: figures, and words of four letters or more
    (remembered: a post asks again for the words of each passage it has quoted)."""
    return frozenset(w for w in re.findall(r"\w+", text.lower()) if w.isdigit() or len(w) >= 4)


def _window(text: str, limit: int, about: str) -> tuple[int, int]:
    """Where to quote ``text`` about ``about``: the whole sentences from one of its sentence
    starts that fit in ``limit`` characters (``start, end``), or, where the sentence at a start
    is longer than that, its first ``limit`` characters (``start, 0``: cut at a word); of these,
    the one sharing most words with ``about``, a figure (read whole, not a year) counting
    twice, of equals the last,
    which opens nearest the shared words (``0, 0`` when none shares any). Whole sentences
    first, so a quote never ends just before the words that say the sentence ("both police
    officers and Iranian dissidents were…" for "… were injured"); figures twice, because they
    are what the editor checks: "approved plans for 15 floors, but 21 had been constructed" is
    said by "given approval to construct only 15 floors" about a "21-storey building", not by
    the sentence beside it that names the same "Lagos State Building Control Agency"."""
    wanted, counted = words(about), figures(about)
    starts = _starts(text)
    best, best_window = 0, (0, 0)
    for i, start in enumerate(starts):
        ends = [end for end in [*starts[i + 1:], len(text)] if len(text[start:end].rstrip()) <= limit - 3]
        window = (start, ends[-1]) if ends else (start, 0)
        quoted = text[start:window[1] or start + limit]
        score = (sum(1 for w in wanted & words(quoted) if not w.isdigit())  # figures read whole, below
                 + sum(1 if _year(f) else 2 for f in counted & figures(quoted)))
        if score and score >= best:
            best, best_window = score, window
    return best_window

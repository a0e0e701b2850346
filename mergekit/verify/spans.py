"""Split evidence into sentences and word tokens, fast and without models.

Evidence comes as whole pages (one long string), paragraphs, or ready-made sentences; all
of it becomes a flat list of short sentences. A regex splitter keeps the verifier at
hundreds of claims per second; a missed abbreviation only makes a window a little wider.
It does not end a sentence after an initialism or an initial ("U.S. President Donald
Trump", "John F. Kennedy") nor after a title ("Dr. Smith", "St. Louis"): its sentences are
the quotes an editor is shown, and one cut there reads as a quotation stopped in the middle
("... later offered to U.S."). A sentence that does end on "U.S." is then read with the next
one, a window a little wider.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from functools import lru_cache
from sys import intern

import snowballstemmer

from mergekit.accents import fold

__all__ = ["split_sentences", "tokens", "stem", "numbers", "times_of_day", "STOPWORDS", "MAX_WORDS", "SENTENCE_START", "WORD"]

MAX_WORDS = 60  # longer "sentences" (menus, tables, run-on scrapes) are cut into chunks

_START = r"(?=[\"'“‘(\[]?[A-Z0-9])"  # the next sentence starts with a capital or digit
SENTENCE_START = re.compile(_START)  # where a sentence starts, read on its own (``features``)
_BREAK = re.compile(
    rf"(?<=[.!?…][\"'”’)\]])\s+{_START}|(?<=[.!?…])\s+{_START}|\s*\n\s*"
)
# A full stop that ends no sentence: after an initialism or a single capital ("U.S.", "F.")
# and after a title before a name ("Dr.", "St."). Only the splitter's space breaks are kept
# together, never a line break.
_NO_END = re.compile(r"(?:^|[\s(\"'“‘])(?:(?:[A-Z]\.)+|(?:Mr|Mrs|Ms|Dr|Prof|St|Mt|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|Rev|Hon)\.)$")
# A month written short before its day ("died on Oct. 12 are to be demolished", "Sept. 3,
# 2019") ends no sentence either when the next piece opens with a digit: cut there, the
# quote shown loses its date and the next piece its subject ("12 are to be demolished").
# Deliberate, and it has a price: a sentence that ends on a short month before one that
# opens with a figure ("Turnout was low in Oct. 12 people were later charged.") is read as
# one. That is rarer in news than a short month before its day, and a joined pair only
# makes a longer quote, never a lost one.
_MONTH_END = re.compile(r"(?:^|[\s(\"'“‘])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$")
_SPLIT = re.compile(f"({_BREAK.pattern})")  # the same breaks, kept by ``re.split``
_ENGLISH = snowballstemmer.stemmer("english")  # PyStemmer's C code when installed (it is a dependency)
_POSSESSIVE = re.compile(r"(?<=[\w'\-])'s(?![\w'\-])")  # "'s" ending a word
_PART = re.compile(r"\w+")  # letters and digits of any script (tokens() drops "_" first)
WORD = re.compile(r"[\w'’-]+")  # a word as written, apostrophes and hyphens inside ("Bode's", "well-known")
_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?:[–—-]\d+(?:\.\d+)?)?")
# a scale after a number: a word ("200 million") or, glued, an abbreviation ("£200m",
# "$1.5bn", "10k"); a glued "m" or "k" is a scale only after a currency sign or a decimal
# and not before a length word ("the 100m final", "1.5m tall" are lengths), "bn" always
_SCALE_WORD = re.compile(r"\s?(thousand|million|billion|trillion)\b", re.IGNORECASE)
_SCALE_GLUED = re.compile(r"(bn|m|k)\b(?!\s*(?:tall|high|long|wide|deep|away|in\s+(?:length|height|diameter))\b)",
                          re.IGNORECASE)
_SCALES = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12, "k": 3, "m": 6, "bn": 9}  # powers of ten
_CURRENCY = frozenset("£$€¥₹")
# a time of day: "06:30", "6.30 am", "6:30 p.m." (a dot only with am/pm: "6.30" alone is a decimal)
_TIME = re.compile(r"(?<![\w.:])(\d{1,2})(?::(\d{2})(?!\d)(?:\s?([ap])\.?m\b\.?)?|\.(\d{2})\s?([ap])\.?m\b\.?)",
                   re.IGNORECASE)

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his how
    i if in into is it its itself just me more most my myself of off on once only or other
    our ours ourselves out over own same she should so some such than that the their
    theirs them themselves then there these they this those through to too under until up
    very was we were what when where which while who whom why will with would you your
    yours yourself yourselves s t said says say one new also like may might must shall
    upon per via among within without across around since though although however""".split()
)


def split_sentences(evidence: Sequence[str]) -> list[str]:
    """Every passage of ``evidence`` cut into sentences of at most ``MAX_WORDS`` words."""
    out: list[str] = []
    for passage in evidence:
        out.extend(_split(passage))
    return out


@lru_cache(maxsize=1024)
def _split(passage: str) -> tuple[str, ...]:
    """One passage's sentences (cached: a source page is checked against many claims)."""
    out: list[str] = []
    for piece in _pieces(passage):
        piece = piece.strip()
        if not piece:
            continue
        words = piece.split()
        if len(words) <= MAX_WORDS:
            out.append(piece)
        else:
            out.extend(" ".join(words[i : i + MAX_WORDS]) for i in range(0, len(words), MAX_WORDS))
    return tuple(out)


def _pieces(passage: str) -> list[str]:
    """``passage`` cut at each break of ``_BREAK``, except a space break after ``_NO_END``."""
    parts = _SPLIT.split(passage)  # pieces at even positions, the breaks between them at odd
    pieces = [parts[0]]
    for i in range(1, len(parts), 2):
        last = pieces[-1]
        if last.endswith(".") and "\n" not in parts[i] and (
                _NO_END.search(last, max(0, len(last) - 12))
                or (parts[i + 1][:1].isdigit() and _MONTH_END.search(last, max(0, len(last) - 6)))):
            pieces[-1] = last + parts[i] + parts[i + 1]
        else:
            pieces.append(parts[i + 1])
    return pieces


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Snowball (Porter2) English stem of a lower-case word: "elected", "election" and
    "elections" -> "elect". Short words and numbers stay as they are."""
    if len(word) <= 3 or word[0].isdigit():
        return word
    return str(_ENGLISH.stemWord(word))


def tokens(text: str) -> list[str]:
    """Lower-case word tokens in any script, accents folded, possessives and hyphens removed:
    "Durrës's well-known port" -> ["durres", "well", "known", "port"], "don't" -> ["dont"].

    Works on the whole text at once (the verifier's hot spot: every evidence sentence
    passes here once). Remembered by text (``_tokens``; each caller gets its own list): the
    verifier's readers tokenise the same sentences and clauses again and again (31,972 asks
    of 3,199 texts at 60x60)."""
    return list(_tokens(text))


@lru_cache(maxsize=1 << 15)
def _tokens(text: str) -> tuple[str, ...]:
    text = fold(text).lower()
    if "’" in text:
        text = text.replace("’", "'")
    if "_" in text:  # "1790_fast_facts" is three words
        text = text.replace("_", " ")
    if "'" in text:
        text = _POSSESSIVE.sub("", text).replace("'", "")
    return tuple(map(intern, _PART.findall(text)))  # interned: the remembered texts share their words


def numbers(text: str, *, parts: bool = False) -> set[str]:
    """Numbers written with digits, normalised, so that two ways of writing one number
    compare equal: "53,300" -> "53300", "15.80" -> "15.8"; a scale multiplies ("£200m",
    "£200 million" and "200,000,000" -> "200000000"; "1.5bn" -> "1500000000"); a time of
    day is "h:mm" on 24 hours ("06:30" and "6.30 am" -> "6:30", "6.30pm" -> "18:30"). A
    score or range ("6–5", "1990-95") stays one number, plus its ends when ``parts``."""
    found: set[str] = set()
    text = _TIME.sub(lambda m: _time(m, found), text)
    for m in _NUMBER.finditer(text):
        value = m.group().replace(",", "").replace("—", "-").replace("–", "-")
        if "-" not in value:
            value = _scaled(text, m, value)
        if "." in value and "-" not in value:
            value = value.rstrip("0").rstrip(".")
        found.add(value)
        if parts and "-" in value:
            found.update(value.split("-"))
    return found


def times_of_day(text: str) -> list[tuple[tuple[int, int], int, int, bool]]:
    """Every time of day written with minutes in ``text`` (the forms ``numbers`` reads:
    "06:30", "6.30 am", "1:03 p.m."): its span, hour (0-23), minute and whether it names
    its half of the day (am/pm, or an hour only a 24-hour clock writes: "18:30", "06:30")."""
    out = []
    for m in _TIME.finditer(text):
        found: set[str] = set()
        if _time(m, found) == m.group():
            continue  # "25:61": no time
        hour, minute = (int(x) for x in found.pop().split(":"))
        out.append((m.span(), hour, minute, bool(m.group(3) or m.group(5)) or hour > 12 or m.group(1).startswith("0")))
    return out


def _time(m: re.Match[str], found: set[str]) -> str:
    """Add the time of day ``m`` to ``found`` as "h:mm" and blank it out; one that is no
    time ("25:61") stays, to be read as numbers."""
    hour, minute = int(m.group(1)), m.group(2) or m.group(4)
    half = (m.group(3) or m.group(5) or "").lower()
    if hour > 23 or int(minute) > 59 or (half and not 1 <= hour <= 12):
        return m.group()
    found.add(f"{hour % 12 + (12 if half == 'p' else 0) if half else hour}:{minute}")
    return " "


def _scaled(text: str, m: re.Match[str], value: str) -> str:
    """``value`` (a number without separators) times the scale written after it, if any."""
    word = _SCALE_WORD.match(text, m.end())
    glued = None if word else _SCALE_GLUED.match(text, m.end())
    if glued and glued.group(1).lower() != "bn" and "." not in value and text[max(0, m.start() - 1):m.start()] not in _CURRENCY:
        glued = None
    scale = word or glued
    if scale is None:
        return value
    return f"{Decimal(value).scaleb(_SCALES[scale.group(1).lower()]):f}"  # numbers() strips a decimal's zeros

"""Words to watch (MOS:WTW) in the article's own voice.

Each finding is a warning naming the shortcut, the words and a fix:

- ``wtw/label`` (MOS:LABEL): contentious labels ("terrorist", "regime", "extremist", "cult", ...);
- ``wtw/editorial`` (MOS:EDITORIAL): commentary ("finally", "even", "of course", "clearly", ...);
- ``wtw/weasel`` (MOS:WEASEL): vague attribution ("some media and analysts", "it is believed");
- ``wtw/puffery`` (MOS:PUFFERY): praise ("legendary", "world-class", "renowned", ...);
- ``wtw/contraction`` (MOS:CONTRACTION): "didn't", "it's", ...

Only reader-visible prose is read (:attr:`Document.prose`: no refs, templates, comments,
``<nowiki>``, link targets or apparatus sections). Direct quotations ("..." and “...”) are
exempt from every rule. Attributed speech — a sentence with a clause that names who says,
calls, considers or reports it ("..., the police said"; "According to X, ..."), or a
relative clause that does ("who are known as a terrorist group by Iran": that clause only)
— is exempt from labels, editorial words and puffery, which are then the speaker's words; weasel wording and
contractions are the article's own register and are never exempt by attribution.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mergekit.check.document import Document
from mergekit.check.model import WARNING, Finding

__all__ = ["check", "Word"]

RULES = ("wtw/label", "wtw/editorial", "wtw/weasel", "wtw/puffery", "wtw/contraction")


@dataclass(frozen=True)
class Word:
    rule: str
    shortcut: str
    pattern: re.Pattern[str]
    fix: str
    attributable: bool  # exempt in attributed speech
    not_after: frozenset[str] = frozenset()  # a preceding word that makes it a neutral term


def _words(*words: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(words) + r")(?![\w-])", re.IGNORECASE)


APOS = "['\u2019]"
WORDS = (
    Word("wtw/label", "MOS:LABEL",
         _words(r"terrorists?", r"regimes?", r"extremists?", r"extremism",
                r"cults?(?! (?:film|films|classic|classics|following|status|hit|hits|favou?rite|series|movie|band))",
                r"sects?", r"fundamentalists?", r"heretics?", r"racists?", r"bigots?", r"denialists?",
                r"freedom fighters?", r"controversial", r"pseudo-\w+"),
         "attribute the label in the text to who uses it (\u201cX calls it ...\u201d) or use a neutral "
         "description (\u201cgovernment\u201d for \u201cregime\u201d)", True,
         # "tax regime", "training regime": technical senses, no label.
         frozenset({"tax", "regulatory", "training", "fitness", "legal", "trade", "visa", "sanctions", "flow",
                    "treatment", "dosing", "customs", "tariff", "fiscal", "monetary", "pension", "export",
                    "import", "licensing", "currency", "drug", "exercise", "diet", "temperature", "wind",
                    "rainfall", "hydrological", "thermal", "operating", "inspection", "reporting"})),
    Word("wtw/editorial", "MOS:EDITORIAL",
         _words(r"finally", r"even(?! (?:though|if|when|after|before|as|so|more|less|further|greater|number))",
                r"of course", r"clearly", r"obviously", r"naturally", r"notably", r"interestingly",
                r"surprisingly", r"unfortunately", r"fortunately", r"tragically", r"ironically",
                r"arguably", r"undoubtedly", r"it should be noted", r"needless to say", r"in fact",
                r"actually", r"indeed"),
         "state the facts and let the reader judge: delete the word", True),
    Word("wtw/weasel", "MOS:WEASEL",
         _words(r"some (?:media|analysts|observers|critics|experts|commentators|people|sources|scholars|historians)"
                r"(?: and (?:media|analysts|observers|critics|experts|commentators|people|sources))?",
                r"it (?:is|was|has been) (?:believed|said|claimed|reported|thought|suggested|argued|alleged)",
                r"(?:widely|generally|often|commonly) (?:believed|considered|regarded|thought)",
                r"(?<!, )believed to (?:be|have)", r"many (?:people|observers|experts|critics) (?:believe|say|think)",
                r"critics (?:say|said|argue)", r"experts (?:say|said|believe)", r"it is (?:widely )?known"),
         "name who says it, with a citation (\u201cFox News's Benjamin Weinthal wrote ...\u201d)", False),
    Word("wtw/puffery", "MOS:PUFFERY",
         _words(r"legendary", r"iconic", r"world-class", r"renowned", r"acclaimed", r"celebrated", r"visionary",
                r"prestigious", r"outstanding", r"extraordinary", r"brilliant", r"remarkable", r"cutting-edge",
                r"award-winning", r"groundbreaking", r"unparalleled", r"breathtaking", r"heroic",
                r"most popular(?! (?:votes?|ballots?|name|names|choice|baby))"),  # MOS:PEACOCK's "popular" as a
         # superlative ("the popular vote" is no praise; nor a count: "won the most popular votes")
         "say what makes it so, with a source, or drop the praise", True),
    Word("wtw/contraction", "MOS:CONTRACTION",
         re.compile(rf"(?<![\w-])(?:\w+n{APOS}t|(?:it|that|there|here|what|who|he|she|let){APOS}s|"
                    rf"(?:i|you|we|they|he|she|it|that|there|who|what){APOS}(?:re|ve|ll|d|m))(?![\w-])",
                    re.IGNORECASE),
         "spell it out (\u201cdid not\u201d, \u201cit is\u201d)", False),
)

_QUOTES = re.compile(r"\"[^\"\n]*\"|\u201c[^\u201d\n]*\u201d|\u00ab[^\u00bb\n]*\u00bb")
# A sentence ends at . ! ? before a capital, a digit or a quote (so "U.S. troops" is one
# sentence), or at a line break; a clause at a comma, semicolon, colon or dash.
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z0-9\"\u201c'(\[])|\n")
_CLAUSE_END = re.compile(r"[,;:]\s|\u2014| \u2013 ")
_RELATIVE = re.compile(r"\s*(?:who|whom|whose|which|that|where|when)\b", re.IGNORECASE)
_ATTRIBUTION = re.compile(
    r"(?<![\w-])(?:said|says|say|stated|states|told|tell|claimed|claims|claim|argued|argues|alleged|alleges|"
    r"according to|reported|reports|wrote|writes|accused|accuses|denied|denies|described|describes|"
    r"called|calls|call|labell?ed|labels|branded|brands|considers?|considered|regards?|regarded|"
    r"designated|designates|deemed|deems|condemned|condemns)(?![\w-])"
    r"|(?:known|designated|described|regarded|considered|listed|labell?ed|branded|seen) as\b[^.;]*\bby\b",
    re.IGNORECASE)


def _spans(pattern: re.Pattern[str], text: str, lo: int, hi: int):
    start = lo
    for m in pattern.finditer(text, lo, hi):
        yield start, m.start()
        start = m.end()
    yield start, hi


def _clauses(prose: str):
    """(start, end, attributed) of each clause. A clause that names a speaker attributes the
    whole sentence ("X, the ministry said"), unless it is a relative clause ("..., who are
    known as terrorists by Iran, ...") which attributes only itself."""
    for s_lo, s_hi in _spans(_SENTENCE_END, prose, 0, len(prose)):
        clauses = [(lo, hi, _ATTRIBUTION.search(prose, lo, hi) is not None) for lo, hi in _spans(_CLAUSE_END, prose, s_lo, s_hi)]
        whole = any(cue and not _RELATIVE.match(prose, lo) for lo, _, cue in clauses)
        for lo, hi, cue in clauses:
            yield lo, hi, whole or cue


def _previous_word(text: str, at: int) -> str:
    words = text[:at].split()
    return words[-1].lower().strip("'\"([") if words else ""


def _context(clause: str, lo: int, hi: int, width: int = 30) -> str:
    """The words around ``clause[lo:hi]``, at most ``width`` characters each side."""
    before = " ".join(clause[max(0, lo - width):lo].split()[1 if lo > width else 0:])
    after = " ".join(clause[hi:hi + width].split()[:-1] if len(clause) > hi + width else clause[hi:].split())
    # joined as written: no space put between the word and what touches it ("regime's", "(regime)")
    word = (before + (" " if clause[lo - 1:lo].isspace() else "") if before else "") + clause[lo:hi] + (
        ("" if clause[hi:hi + 1] and not clause[hi].isspace() else " ") + after if after else "")
    return " ".join(filter(None, ("\u2026" if lo > width else "", word,
                                  "\u2026" if len(clause) > hi + width else "")))


def _blank(text: str, spans) -> str:
    chars = list(text)
    for lo, hi in spans:
        chars[lo:hi] = " " * (hi - lo)
    return "".join(chars)


def check(doc: Document) -> list[Finding]:
    prose = doc.prose
    unquoted = _blank(prose, (m.span() for m in _QUOTES.finditer(prose)))
    # "It was reported that ..." names no one: a weasel phrase attributes nothing.
    weasel = next(w for w in WORDS if w.rule == "wtw/weasel")
    unattributing = _blank(unquoted, (m.span() for m in weasel.pattern.finditer(unquoted)))
    out: list[Finding] = []
    for lo, hi, attributed in _clauses(unattributing):
        clause = unquoted[lo:hi]
        if not clause.strip():
            continue
        for word in WORDS:
            if attributed and word.attributable:
                continue
            for m in word.pattern.finditer(clause):
                if word.not_after and _previous_word(clause, m.start()) in word.not_after:
                    continue
                around = _context(clause, m.start(), m.end())
                # the words around it, unless they are the word itself ("Finally" opening a clause)
                shown = f" (\u201c{around}\u201d)" if around != m.group(0) else ""
                out.append(doc.finding(word.rule, WARNING, lo + m.start(),
                                       f"{word.shortcut}: \u201c{m.group(0)}\u201d in the article's own voice{shown}",
                                       word.fix))
    return out

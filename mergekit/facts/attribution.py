"""Attribution: who says what a sentence says, and which words they are quoted as saying.

``attributions(text)`` finds every reporting frame in a sentence ("MEK said", "according
to the police", "“...,” a spokesperson said", "“...,” said a spokesperson", "X, a spokesman
for Y, said", "X told Y that", "..., Fox News reported", "..., said residents of the camp")
with the character span of the content it covers, so a figure can be given to the speaker
of its own clause. ``attribution(text)`` is the first of them.

After the verb ("..., said X") a speaker is a determiner phrase, a capitalised name, a role
("said officials") or a bare plural noun phrase of people ("said residents", "said camp
residents", "said relatives of the victims"); "said to be ...", "told to leave" and
"said that ..." name nobody.

Every frame is found, so that a figure in an unnamed speaker's clause is not lent to
another speaker, but only a *named* one (``Attribution.named``: a proper-noun phrase or
an organisation's head noun, ``grammar.is_named``) may be written as a speaker: never a
discourse word ("Meanwhile"), a pronoun, "a statement", "a spokesperson" or "residents".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .grammar import is_named, words

__all__ = ["Attribution", "attribution", "attributions", "is_clause", "is_person_or_organisation", "same_speaker", "QUOTE_RE"]

# (not "state": a noun far more often, "the Indian state of Maharashtra", "Lagos state government")
_VERBS = (r"said|says|say|stated|states|told|tells|added|adds|claimed|claims|claim|"
          r"confirmed|confirms|confirm|reported|reports|denied|denies|deny|announced|announces|"
          r"declared|declares|insisted|insists|argued|argues|wrote|writes|noted|notes|"
          r"alleged|alleges|accused|accuses|warned|warns|explained|explains|"
          r"(?:was|were)\s+quoted\s+as\s+saying|spoke\s+of")
QUOTE_RE = re.compile(r"[\"“”]([^\"“”]{3,})[\"“”]")
_ROLE = (r"spokes(?:person|man|woman)|police|ministry|minister|government|officials?|"
         r"authorities|representatives?|sources?|statement|report|department|spokesperson|"
         r"commander|ambassador|leaders?|prosecutors?|court|secretariat|agency|army|office")
_ACCORDING_RE = re.compile(r"\b(?:according\s+to|data\s+provided\s+by|as\s+reported\s+by)\s+"
                           r"(?P<speaker>[^,;.]+?)(?:,|\.?\s*$)", re.I)
_TRAIL_RE = re.compile(
    rf"[,”\"]\s*(?:(?P<pron>he|she|they|it)|(?P<speaker>(?:[Tt]he\s+|[Aa]\s+)?[\w.’' -]{{2,60}}?))"
    rf"\s+(?P<verb>{_VERBS})\b"
    r"(?=\s*(?:[.;”\"]|$)|\s*,\s*(?:adding|according|citing|while|but)\b|\s+(?:the\s+)?\w+(?:\s+[A-Z]\w+)?\s*[.;])")
# "“...,” said a spokesperson." / "..., said Shahin Gobadi, a spokesman for the MEK." /
# (never "told": what follows "..., told" is the one told, "told BenarNews", "told villagers")
# "..., said the Interior Ministry in a statement.": the verb comes first, right after the
# quotation or clause; the speaker is the noun phrase after it, cut at the next comma, "in a
# statement", a day ("on Tuesday"), "to reporters" or the end of the sentence.
_INVERTED_RE = re.compile(
    r"[,”\"]\s*(?P<verb>said|says|added|stated)\s+"
    r"(?P<speaker>(?:[Tt]he\s+|[Aa]n?\s+)?(?:(?:[A-Z]\.){2,}|[^\s,.;:“”\"]+)"
    r"(?:\s+(?:(?:[A-Z]\.){2,}|[^\s,.;:“”\"]+)){0,7}?)"
    r"(?=\s*(?:[,.;:”\"]|$)|\s+(?:in\s+an?\s+(?:statement|interview|post)|on\s+(?:[A-Z]\w+|\d)"
    r"|to\s+(?:reporters|journalists|the\s+media)|late\b|earlier\b)\b)")
# the head of an inverted speaker: a determiner, a capitalised word or a role noun
_INVERTED_HEAD_RE = re.compile(rf"^(?:(?:the|an?)\s+\S|[A-Z]|(?:{_ROLE})\b)")
# plural nouns of people: "..., said residents." / "..., said camp residents."
_PEOPLE = (r"residents|witnesses|villagers|locals|inhabitants|protesters|protestors|demonstrators|"
           r"activists|officials|neighbou?rs|survivors|relatives|families|members|lawyers|attorneys|"
           r"doctors|medics|nurses|analysts|experts|diplomats|observers|journalists|reporters|"
           r"students|workers|employees|staff|farmers|refugees|migrants|victims|parents|"
           r"eyewitnesses|onlookers|passers-by|bystanders|rescuers|volunteers|organi[sz]ers|"
           r"campaigners|critics|supporters|opponents|researchers|scientists|investigators|"
           r"soldiers|troops|guards|officers|firefighters|paramedics|teachers")
# a bare plural noun phrase of people as the whole inverted speaker: up to two lower-case
# modifiers ("camp residents", "local officials"), the noun, and an optional "of/from/in/at"
# complement ("residents of the camp"); "to be the largest" and "residents to leave" are not
_PEOPLE_NP_RE = re.compile(rf"^(?:[a-z][\w-]*\s+){{0,2}}?(?:{_PEOPLE})"
                           r"(?:\s+(?:of|from|in|at|near)\s+(?:the\s+)?\S.*)?$")
# ", a spokesman for the MEK," / ", speaking on condition of anonymity," / ", in a statement,":
# a parenthetical between a speaker and its verb ("X, a spokesman for Y, said ...")
_APPOSITIVE_RE = re.compile(r"^(?:(?:a|an|the)\s+[a-z]|[a-z]+ing\b|who\b|in\s+an?\s+statement\b|"
                            r"(?:chief|head|leader|spokes(?:person|man|woman)|commander|director)\b)")
_MAX_SPEAKER_WORDS = 8  # a longer "speaker" before a reporting verb is a clause, not a name
_FINITE_RE = re.compile(r"\s(?:was|were|is|are|has|have|had|will|would|could|should|did|does)\b")
# a post held by a person: "the head of the agency", "a senior commander"
_POSTS = (r"head|chief|leader|spokes(?:person|man|woman)|commander|director|president|chairman|chairwoman|"
          r"mayor|governor|minister|secretary")
_POST_RE = re.compile(rf"^(?:the|a|an)\s+(?:[a-z]+\s+)?(?:{_POSTS})\b")
# a noun of people, a role or a post, singular or plural ("guard", "officials", "spokesman")
_PERSON_NOUN_RE = re.compile(rf"(?:{_PEOPLE}|{_ROLE}|{_POSTS})s?")
# a person's name alone: two to four capitalised words ("Abdul Malik", "Ardit Bala")
_NAME_CHUNK_RE = re.compile(r"^[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,3}$")
# a verb used as an adjective: "with a confirmed death toll of 1,134", "the reported deaths"
_ATTRIBUTIVE_RE = re.compile(r"\b(?:a|an|the|its|their|his|her|our|these|those)\s+$", re.I)
# what follows a finite verb in a clause: a preposition, a determiner or a figure ("ended on
# 13 May", "died in hospital", "left the site", "killed 30")
_CLAUSE_NEXT = {"on", "in", "at", "to", "with", "from", "after", "before", "into", "over", "since",
                "the", "a", "an", "its", "their", "his", "her", "this", "that"}
_PREPOSITIONS = _CLAUSE_NEXT - {"the", "a", "an", "its", "their", "his", "her", "this", "that"}
_DETERMINERS = {"a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those"}
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "this", "that", "them", "him", "her"}
_CLAUSE_LEAD = re.compile(r"^(?:and|but|while|rather|then|also|both|however|even|so)\b\s*", re.I)
# function words and qualifiers that name nobody ("US", "state", "national" police)
_GENERIC = {"the", "a", "an", "of", "us", "u.s.", "u.s", "united", "states", "state", "american",
            "national", "s", "'s", "and", "its", "their", "for", "mr", "mrs", "ms", "dr"}
# titles and roles: "Interior Ministry spokesman Ardit Bala" is named by "interior", "ardit", "bala"
_TITLES = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "minister", "ministry",
           "official", "officials", "chief", "head", "deputy", "leader", "leaders", "representative",
           "representatives", "source", "sources", "authorities", "office", "general", "senior"}
# a nationality and its country are one modifier: "Iranian foreign ministry" = "Iran's foreign minister"
_DEMONYMS = {"iranian": "iran", "albanian": "albania", "iraqi": "iraq", "israeli": "israel",
             "russian": "russia", "british": "uk", "kosovar": "kosovo", "serbian": "serbia",
             "french": "france", "german": "germany", "italian": "italy", "turkish": "turkey"}


@dataclass(frozen=True)
class Attribution:
    """A speaker, the reporting verb, the quoted words (if any) and the span they cover."""

    speaker: str
    verb: str
    quote: str | None
    span: tuple[int, int]  # the part of the text the speaker is responsible for
    named: bool = True  # a named person or organisation, which a draft may cite


def is_person_or_organisation(noun: str) -> bool:
    """Whether a head noun names who can speak or act: people ("residents", "a guard"), a role or
    a post ("officials", "the minister") or an organisation ("the police", "a committee"), the
    nouns the frames above read as speakers; never what names nobody ("a statement",
    "sources", ``grammar.is_named``)."""
    w = noun.lower()
    # either number: "guard", "witness", "agencies"
    forms = (w, w + "s", w + "es", re.sub(r"ies$", "y", w), re.sub(r"s$", "", w))
    return not words()["not_a_name"].intersection(forms) and any(
        x in words()["organisation"] or _PERSON_NOUN_RE.fullmatch(x) for x in forms)


def is_clause(speaker: str, *, participles: bool = True) -> bool:
    """Whether a would-be speaker is a clause, not a person's or organisation's noun phrase:
    it holds a finite verb, a lower-case past form after a noun and before a preposition, a
    determiner or a figure ("the rescue team's search ended on 13 May 2013", "No other injuries
    directly related to Qi"); "the affected residents", "a retired general" and "a statement
    sent by the court" (a participle before "by" modifies its noun) are noun phrases, as is a
    person's or organisation's noun with a participle and a preposition after it ("Officials
    involved in the rescue", "A spokesman based in London", "Relatives gathered at the morgue").
    ``participles``: False for the subject of coordinated verbs, where the past form is the
    first verb ("parties responded to the initiative and announced"), never a participle."""
    toks = speaker.split()
    for i in range(1, len(toks) - 1):
        w, prev, nxt = toks[i], toks[i - 1].lower(), toks[i + 1].lower().strip(",.;:")
        if not w.islower() or prev in _DETERMINERS:
            continue
        past = len(w) > 3 and w.endswith("ed") or w in words()["irregular"]
        if participles and past and nxt in _PREPOSITIONS and is_person_or_organisation(prev.strip(",")):
            continue  # "Officials involved in the rescue": the participle modifies who speaks
        if past and (nxt in _CLAUSE_NEXT or nxt[:1].isdigit()):
            return True
    return False


def _clean_speaker(raw: str) -> str | None:
    s = raw.strip(" ,;:“”\"'")
    if (close := s.find(")")) >= 0 and "(" not in s[:close]:
        s = s[close + 1:].strip()  # "EMS) spokesperson William Ntladi": the part after the bracket
    s = re.split(r"\s+(?:was|were|is|are|has|have|had|who|which|that)\b", s)[0]
    s = _CLAUSE_LEAD.sub("", s)
    s = re.sub(r"^[A-Z]?[a-z]+ly\s+", "", s)  # "Officially the authorities"
    # "White House stood behind and" -> "White House": the subject of coordinated verbs
    s, coordinated = re.subn(r"\s+(?:[a-z]+\s+){1,3}and$", "", s)
    if coordinated and is_clause(s, participles=False):
        return None  # "parties responded to Japaridze's initiative and announced": a verb, not a participle
    s = re.sub(r"^(?:the|a|an)\s+", "", s, flags=re.I)
    if not s or s.split()[0].lower() in _PRONOUNS - {"he", "she", "they", "it"} or len(s) > 80:
        return None
    return s


def _before_appositive(chunks: list[str]) -> str:
    """The speaker of "X, <appositive>, said": the chunk before a parenthetical, else "".
    Two parentheticals ("Abdul Malik, the head of the agency in Padang, the provincial
    capital, told") lead back to a name standing before them."""
    if not _APPOSITIVE_RE.match(chunks[-1].strip()):
        return ""
    found = chunks[-2].strip()
    if len(chunks) > 2 and _POST_RE.match(found) and _NAME_CHUNK_RE.match(name := chunks[-3].strip(" “”\"")):
        return name
    return found


def _inverted(text: str, out: list[Attribution], verbs_seen: set[int]) -> None:
    """Frames with the verb before the speaker: "“...,” said a spokesperson." """
    for m in _INVERTED_RE.finditer(text):
        raw = m.group("speaker")
        if raw.split()[0].lower() in _PRONOUNS | {"that", "to", "in", "on"}:
            continue
        if _FINITE_RE.search(raw):  # "..., said the raid was illegal": a clause, the thing said
            continue
        people = _PEOPLE_NP_RE.match(raw)
        if not (_INVERTED_HEAD_RE.match(raw) or people):
            continue
        speaker = _clean_speaker(raw)
        if not speaker:
            continue
        start = max(text.rfind(";", 0, m.start()) + 1, 0)
        q = QUOTE_RE.search(text[start:m.start() + 2])
        out.append(Attribution(speaker, m.group("verb"), q.group(1).strip(" ,") if q else None, (start, m.start())))
        verbs_seen.add(m.end("verb"))


# compiled once (each distinct sentence is read; formatted in the call, the verb list was
# formatted and looked up again for each): a reporting verb, and a speaker that is a name or a role
_REPORTING_VERB = re.compile(rf"\b(?:(?:has|have|had)\s+)?({_VERBS})\b")
_NAMED_OR_ROLE = re.compile(rf"[A-Z]|\b(?:{_ROLE})\b")


def _front(text: str, out: list[Attribution]) -> None:
    # reporting verbs, each with the clause that precedes it
    for m in _REPORTING_VERB.finditer(text):
        head = text[:m.start()]
        if _ATTRIBUTIVE_RE.search(head):
            continue  # "with a confirmed death toll": an adjective, no one speaks
        cut = max(head.rfind(c) for c in ";:“”\"(.")
        chunks = head[cut + 1:].split(",")
        chunk = chunks[-1].strip()
        people = bool(_PEOPLE_NP_RE.match(chunk))  # "Thirty were hurt, residents said"
        if (len(chunks) > 1 and re.match(r"^[a-z]", chunk) and not people
                and not re.match(r"^(?:the|a|an|rather|and|while)\b", chunk)):
            chunk = chunks[-2].strip()  # "Muhamet Rrumbullaku, commander of the police confirms"
        elif not chunk and len(chunks) > 2:
            chunk = _before_appositive(chunks[:-1])  # "Shahin Gobadi, a spokesman for the MEK, said"
        if not chunk or (cut >= 0 and head[cut] in "“\"" and m.start() - cut < 3):
            continue
        if chunk.split()[-1].lower() in {"to", "of", "by", "that", "not", "also", "being"} and len(chunk.split()) < 2:
            continue
        speaker = _clean_speaker(chunk)
        if not speaker or not (people or _NAMED_OR_ROLE.search(speaker)):
            continue
        if len(speaker.split()) > _MAX_SPEAKER_WORDS:
            continue  # a clause ("OTTAWA — Maple Leaf Foods expanded a recall after test results confirmed")
        rest_start = m.end()
        rest = text[rest_start:]
        q = QUOTE_RE.search(rest) if re.match(r"\s*(?:[,:]|that\b|as\s+saying)?\s*[\"“]", rest) else None
        end = rest_start + (rest.find(";") if ";" in rest else len(rest))
        out.append(Attribution(speaker, m.group(1), q.group(1).strip() if q else None, (rest_start, end)))


def attributions(text: str) -> tuple[Attribution, ...]:
    """Every reporting frame in ``text``, in order."""
    out: list[Attribution] = []
    verbs_seen: set[int] = set()
    for m in _ACCORDING_RE.finditer(text):
        speaker = _clean_speaker(m.group("speaker"))
        if speaker:
            end = text.find(";", m.end())
            out.append(Attribution(speaker, "according to", None, (m.end(), end if end > 0 else len(text))))
    for m in _TRAIL_RE.finditer(text):
        if not m.group("speaker") and not m.group("pron"):
            continue
        speaker = _clean_speaker(m.group("speaker") or "") if m.group("speaker") else None
        named = (re.match(r"(?:[Tt]he|[Aa]n?)\s", m.group("speaker") or "")
                 or _NAMED_OR_ROLE.search(speaker or ""))
        if m.group("speaker") and (not speaker or len(speaker.split()) > 6 or not named):
            continue
        start = max(text.rfind(";", 0, m.start()) + 1, 0)
        q = QUOTE_RE.search(text[start:m.start() + 2])
        out.append(Attribution(speaker or m.group("pron").lower(), m.group("verb"),
                               q.group(1).strip(" ,") if q else None, (start, m.start())))
        verbs_seen.add(m.end("verb"))
    _inverted(text, out, verbs_seen)
    front: list[Attribution] = []
    _front(text, front)
    out.extend(a for a in front if a.span[0] not in verbs_seen)
    out.sort(key=lambda a: a.span)
    return tuple(replace(a, named=is_named(a.speaker)) for a in out if not is_clause(a.speaker))


def attribution(text: str) -> Attribution | None:
    """The first reporting frame in ``text``, or None."""
    found = attributions(text)
    return found[0] if found else None


def _words(speaker: str) -> set[str]:
    """The lower-cased words of a speaker, possessives dropped, nationalities as countries."""
    text = re.sub(r"[’']s\b", "", speaker.lower())
    words = {w.rstrip(".") if w.count(".") < 2 else w for w in re.findall(r"[^\W\d_][\w.’'-]*", text)}
    return {_DEMONYMS.get(w, w) for w in words} - _GENERIC


def _tokens(speaker: str) -> set[str]:
    """The distinctive words of a speaker: its words without titles and roles."""
    return _words(speaker) - _TITLES


def _acronym(speaker: str) -> str:
    words = [w for w in re.split(r"[\s-]+", speaker.replace("’s", "").replace("'s", "")) if w]
    return "".join(w[0] for w in words if w[0].isupper() or len(words) > 2 and w.lower() == "e").lower()


def _is_acronym(a: str, b: str) -> bool:
    """``a`` is the initials of ``b``: "MEK" = "Mujahedeen-e-Khalq", "UN" = "United Nations"."""
    return bool(re.fullmatch(r"[A-Z]{2,6}", a.strip())) and _acronym(b) in {a.lower(), a.lower().lstrip("p")}


def same_speaker(a: str, b: str) -> bool:
    """Loose identity of two speakers: one's distinctive words are among the other's, or one
    is the other's acronym.

    Titles and roles are not distinctive, so "Rama" = "Prime Minister Edi Rama" and "State
    Police" = "the police"; a distinctive word on each side that the other lacks is a different
    speaker: "Interior Ministry" != "Foreign Ministry", "Iranian foreign ministry" != "Albanian
    foreign ministry", "Edi Rama" != "Edi Sultani", "White House" != "US State Department".
    Two speakers named only by roles ("a spokesman", "the minister") are the same when they
    share a role word.
    """
    if _is_acronym(a, b) or _is_acronym(b, a):
        return True
    ta, tb = _tokens(a), _tokens(b)
    if ta and tb:
        return ta <= tb or tb <= ta
    if ta or tb:  # one is a bare role: the same only if the other holds that role
        return bool((_words(a) & _words(b)) & _TITLES)
    return bool(_words(a) & _words(b)) or a.lower() == b.lower()

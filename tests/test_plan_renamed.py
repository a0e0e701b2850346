"""One person named two ways (``plan.renamed``). On the real tuning case
richmond-graduation-shooting the destination has "his father, 36-year-old Renzo Smith"; the
police (NBC12) name "36-year-old Lorenzo Smith" among the two who died."""

from __future__ import annotations

import pytest
from realcases import case_plan

from mergekit.draft.reasons import describe
from mergekit.facts import Statement
from mergekit.plan.renamed import renamed, renamed_in_role

CASE = "richmond-graduation-shooting"
TARGET = ("A graduate, 18-year-old Shawn Jackson, and his father, 36-year-old Renzo Smith, were killed, and five "
          "others were injured.")
NBC = "Edwards also confirmed the two victims who died are 18-year-old Shawn Jackson and 36-year-old Lorenzo Smith."


def _found(mine: str, *news: str, reading=renamed) -> list[tuple[str, str]]:
    told = [Statement(source="n", role="news", text=t, key=f"n#{i:03d}") for i, t in enumerate(news, start=1)]
    return [(r.mine, r.theirs) for r in reading([Statement(source="t", role="target", text=mine, key="t01")], told)]


@pytest.mark.parametrize(("mine", "news", "expected"), [
    (TARGET, (NBC,), [("Renzo Smith", "Lorenzo Smith")]),
    # another age: another person of the surname (the 9-year-old injured was a relative)
    (TARGET, ("Police said 9-year-old Lorenzo Smith was injured and taken to hospital.",), []),
    # another event: a name with an age in a sentence of no shared event class
    (TARGET, ("36-year-old Lorenzo Smith told reporters he was at the ceremony.",), []),
    # a text that names both tells of two people
    (TARGET, (NBC, "Renzo Smith, a cousin, was not hurt."), []),
    # a middle initial added: the first words are the same
    (TARGET, ("The two victims who died are 18-year-old Shawn Jackson and 36-year-old Renzo L. Smith.",), []),
])
def test_one_person_named_two_ways(mine, news, expected):
    assert _found(mine, *news) == expected


def _plan():
    return case_plan(CASE)


def test_richmond_destination_name_is_contradicted():
    plan = _plan()
    found = [f for f in plan.findings if f.rule == "renamed"]
    assert [(f.kind, f.article, f.sentence, [e.source for e in f.evidence]) for f in found] == [
        ("contradicted", "target", TARGET, ["nbc12-whsv.txt"])]
    assert describe(found[0], plan) == ("the article names \u201cRenzo Smith\u201d, but NBC12, June 7, 2023, gives the "
                                        "same surname and age to \u201cLorenzo Smith\u201d: check the name.")


# national-museum-brazil-fire (a tuning case): the article's deputy director against the AP's
MUSEUM = ("Museum Deputy Director Luiz Fernando Dias Daniel pointed to neglect by successive governments as a cause "
          "of the fire.")
AP = "Luiz Fernando Dias Duarte, the museum's deputy director, criticized authorities for starving the museum."


@pytest.mark.parametrize(("mine", "news", "expected"), [
    (MUSEUM, (AP,), [("Luiz Fernando Dias Daniel", "Luiz Fernando Dias Duarte")]),
    # the role before the name in lower case, the appositive in the article
    ("Luiz Fernando Dias Daniel, the museum's deputy director, blamed the government.",
     ("The museum's deputy director Luiz Fernando Dias Duarte blamed the government.",),
     [("Luiz Fernando Dias Daniel", "Luiz Fernando Dias Duarte")]),
    # another role: a relative of the same given names, not the same person
    (MUSEUM, ("Luiz Fernando Dias Duarte, a retired engineer, watched the fire.",), []),
    # no role written with the news's name: nothing says it is the same person
    (MUSEUM, ("Luiz Fernando Dias Duarte criticized authorities.",), []),
    # a surname alone shared ("Dias"): too little of the name to be one person's
    (MUSEUM, ("Dias Duarte, the museum's deputy director, criticized authorities.",), []),
    # the same name with an accent: one spelling, no other name
    ("Museum Deputy Director Luiz Fernando Dias Duarte spoke.", ("Luiz Fernando Dias Duárte, the museum's deputy director, spoke.",), []),
    # a last word the texts write in lower case: a common noun ending two bodies' names
    ("The United States Army, the country's land force, sent troops.",
     ("The United States Navy, the country's naval force, sent ships; the army stayed.",), []),
    # a text that names both tells of two people
    (MUSEUM, (AP, "Luiz Fernando Dias Daniel, a curator, was not there."), []),
    # a title's words are no given names: two prime ministers called Boris
    ("Prime Minister Boris Johnson, the country's leader, met the prime minister of Russia.",
     ("Prime Minister Boris Yeltsin, the country's leader, resigned.",), []),
])
def test_one_person_in_one_role_named_two_ways(mine, news, expected):
    assert _found(mine, *news, reading=renamed_in_role) == expected


def test_museum_deputy_director_name_is_contradicted():
    plan = case_plan("national-museum-brazil-fire")
    found = [f for f in plan.findings if f.rule == "renamed_in_role"]
    assert [(f.kind, f.article, f.sentence.split(" pointed")[0], [e.source for e in f.evidence]) for f in found] == [
        ("contradicted", "source", "Museum Deputy Director Luiz Fernando Dias Daniel", ["ap-rome-news-tribune-metaphor.txt"])]
    assert describe(found[0], plan) == (
        "the sentence names \u201cLuiz Fernando Dias Daniel\u201d, but Rome News-Tribune (Associated Press), "
        "4 September 2018 gives the same role and given names to \u201cLuiz Fernando Dias Duarte\u201d: check the name.")


def _every_pair(mine, news):
    """``renamed_in_role`` as it read before names were looked up by their word before the
    last: every name of ``mine`` tried against every name of ``news``."""
    import re

    from mergekit.accents import fold
    from mergekit.facts.roles import named_roles
    from mergekit.plan.renamed import _one_name_apart, _whole_texts
    from mergekit.plan.told import Told, once_per_source

    theirs = [(st, named) for st in news for named in named_roles(st.text)]
    whole = _whole_texts((*mine, *news))
    lower = frozenset(w for text in whole.values() for w in re.findall(r"\b[a-z]{3,}\b", fold(text)))
    out = []
    for st in mine:
        for named in named_roles(st.text):
            pairs = ((other, _one_name_apart(named, their, lower)) for other, their in theirs)
            out += once_per_source(Told(st.key, other.source, names[0], names[1], other.text) for other, names in pairs
                                   if names is not None and names[0] not in whole[other.source]
                                   and names[1] not in whole[st.source])
    return out


def test_names_looked_up_by_their_word_before_the_last_as_every_pair_reads_them():
    # accents and capitals on the shared words ("Días", "DIAS"), two sources and one twice,
    # names one word short, and names that share no word before the last
    news = [Statement(source=source, role="news", text=text, key=f"{source}#{i}") for i, (source, text) in enumerate([
        ("a", AP),
        ("a", "Luiz Fernando Dias Dantas, the museum's deputy director, spoke again."),
        ("b", "Luiz Fernando Días Duarte, the museum's deputy director, was reached by phone."),
        ("c", "LUIZ FERNANDO DIAS DUARTE, the museum's deputy director, gave a statement."),
        ("c", "Fernando Dias, the museum's deputy director, left."),
        ("d", "Museum Deputy Director Luiz Fernando Souza Duarte, the museum's deputy director, spoke."),
        ("e", "Maria Clara Dias Duarte, the museum's deputy director, spoke."),
    ], start=1)]
    mine = [Statement(source="s", role="article", text=MUSEUM, key="s01"),
            Statement(source="s", role="article", text="Deputy Director Maria Clara Dias Daniel, of the museum, spoke.",
                      key="s02")]
    found = renamed_in_role(mine, news)
    assert found == _every_pair(mine, news)
    assert {(t.key, t.source) for t in found} >= {("s01", "a"), ("s01", "b")}

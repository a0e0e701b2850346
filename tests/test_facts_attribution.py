"""attribution, same_speaker and find_misattributions, from tests/cases/facts/."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from mergekit.facts import Statement, attribution, attributions, find_misattributions, same_speaker
from mergekit.facts.attribution import is_person_or_organisation

CASES = Path(__file__).parent / "cases" / "facts"
ATTRIBUTION = tomllib.loads((CASES / "attribution.toml").read_text(encoding="utf-8"))["case"]
MISATTRIBUTION = tomllib.loads((CASES / "misattribution.toml").read_text(encoding="utf-8"))["case"]
SPEAKERS = [line.split("\t") for line in (CASES / "speakers.tsv").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("case", ATTRIBUTION, ids=[c["text"][:40] for c in ATTRIBUTION])
def test_attribution(case):
    got = attribution(case["text"])
    if case.get("none"):
        assert got is None, got
        return
    assert got is not None
    assert got.speaker == case["speaker"]
    if "quote" in case:
        assert got.quote == case["quote"]
    if "all" in case:
        assert [a.speaker for a in attributions(case["text"])] == case["all"]


@pytest.mark.parametrize("a,b,same", SPEAKERS, ids=[f"{r[0]}={r[1]}" for r in SPEAKERS])
def test_same_speaker(a, b, same):
    assert same_speaker(a, b) is (same == "yes")
    assert same_speaker(b, a) is (same == "yes")


@pytest.mark.parametrize("case", MISATTRIBUTION, ids=[c["description"] for c in MISATTRIBUTION])
def test_find_misattributions(case):
    article = [Statement("article", "article", t, f"a{i}") for i, t in enumerate(case["article"])]
    sources = [Statement("news", "news", t, f"n{i}") for i, t in enumerate(case["sources"])]
    got = find_misattributions(article, sources)
    assert [{"article_speaker": m.article_speaker, "source_speaker": m.source_speaker} for m in got] == case["expect"]
    for m in got:
        assert m.key == "a0" and m.source == "news"


@pytest.mark.parametrize(("noun", "expected"), [
    # people, a role or a post, an organisation, in either number
    ("officer", True), ("guards", True), ("witness", True), ("neighbour", True), ("minister", True),
    ("police", True), ("committee", True), ("agencies", True),
    # what names nobody: what is said, or a thing
    ("statement", False), ("statements", False), ("sources", False), ("fire", False), ("moat", False),
    ("ambulance", False), ("figure", False), ("due", False),
])
def test_is_person_or_organisation(noun, expected):
    assert is_person_or_organisation(noun) is expected


# The Rana Plaza lead (an unseen merge of contra-21's audit): "confirmed" is an adjective here,
# and the clause before it was written as a speaker ("according to the rescue team's search
# ended on 13 May 2013"). A speaker is a person's or organisation's noun phrase, never a clause.
def test_an_adjective_verb_and_a_clause_are_no_speaker():
    from mergekit.facts.attribution import attributions, is_clause
    assert attributions("The rescue team's search ended on 13 May 2013, with a confirmed death toll of 1,134.") == ()
    assert is_clause("rescue team's search ended on 13 May 2013")
    assert not is_clause("the affected residents") and not is_clause("Interior Ministry spokesman Ardit Bala")
    # a real frame after the clause still names its speaker
    found = attributions("The search ended on 13 May, with 1,134 dead, the army confirmed.")
    assert [a.speaker for a in found] == ["army"]


def test_a_participle_before_by_modifies_its_noun():
    # tuning input (hushpuppi-sentencing): the court's statement keeps its frame
    from mergekit.facts.attribution import attributions
    found = attributions("The judge ordered him to pay restitution to two fraud victims, "
                         "according to a statement sent by the court to Channels Television on Monday.")
    assert [a.speaker for a in found] == ["statement sent by the court to Channels Television on Monday"]
    # and "No other injuries directly related to Qi were reported" has no speaker
    assert attributions("No other injuries directly related to Qi were reported.") == ()


# A participle after a person's or organisation's noun and before a preposition modifies
# who speaks (as "sent by" does); the subject of coordinated verbs keeps its verb a verb
# (tbilisi-pride-attack-2021: "Most of the opposition parties responded to Japaridze's
# initiative and announced that they would join the action." names no speaker).
@pytest.mark.parametrize("sentence, speaker", [
    ("Officials involved in the rescue said the search would continue.", "Officials involved in the rescue"),
    ("A spokesman based in London said the firm was cooperating.", "spokesman based in London"),
    ("Police officers deployed to the scene said two people were hurt.", "Police officers deployed to the scene"),
    ("Residents interviewed on Monday said they heard a blast.", "Residents interviewed on Monday"),
    ("Relatives gathered at the morgue told reporters they were angry.", "Relatives gathered at the morgue"),
])
def test_a_participle_after_who_speaks_keeps_the_speaker(sentence, speaker):
    assert [a.speaker for a in attributions(sentence)] == [speaker]


def test_a_verb_coordinated_after_a_speaker_noun_is_no_participle():
    assert attributions("Most of the opposition parties responded to Japaridze's initiative and announced "
                        "that they would join the action.") == ()

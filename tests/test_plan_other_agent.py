"""One act told with another doer (``plan.other_agent``). On the real tuning case
sherbini-courtroom-murder the destination says "Her husband was stabbed when he tried to protect
her, and was then shot in the leg by a police officer who mistook him for the attacker."; the
BBC: "Her husband was himself stabbed as he tried to protect his wife, and also accidentally shot
in the leg by a security guard who initially believed him to be the attacker." The gold has the
destination's sentence as contradicted by the BBC (Der Spiegel, which it cites, has the officer)."""

from __future__ import annotations

from pathlib import Path

import pytest
from told import told_pairs

from mergekit.draft.reasons import describe
from mergekit.facts import Statement
from mergekit.load.inputs import load_folder
from mergekit.plan import plan_merge
from mergekit.plan.other_agent import other_agents

CASE = Path(__file__).parent / "cases" / "real" / "sherbini-courtroom-murder" / "input"
CLAIM = ("Her husband was stabbed when he tried to protect her, and was then shot in the leg by a police "
         "officer who mistook him for the attacker.")
BBC = ("Her husband was himself stabbed as he tried to protect his wife, and also accidentally shot in the leg "
       "by a security guard who initially believed him to be the attacker.")
SPIEGEL = ("He was then shot in the leg by a police officer who had rushed into the courtroom and mistook him "
           "for the attacker.")


def _found(claim: str, *news: str) -> list[tuple[str, str]]:
    return told_pairs(other_agents, claim, *news)


@pytest.mark.parametrize(("claim", "news", "expected"), [
    (CLAIM, (BBC,), [("shot in the leg by a police officer", "shot in the leg by a security guard")]),
    # the same doer, or one kind of doer in more or fewer words: no conflict
    (CLAIM, (SPIEGEL,), []),
    (CLAIM, (BBC.replace("a security guard", "an officer"),), []),
    (CLAIM, (BBC.replace("a security guard", "a senior police officer"),), []),
    # another act: another participle, or other words between it and "by"
    (CLAIM, (BBC.replace("shot in the leg", "pushed in the leg"),), []),
    (CLAIM, (BBC.replace("shot in the leg", "shot in the arm"),), []),
    # a named doer is a name (plan.renamed); an agent before "of" names none ("a number of guards")
    (CLAIM, (BBC.replace("a security guard", "the Guard Kurt Meyer"),), []),
    (CLAIM, (BBC.replace("a security guard who", "a number of guards who"),), []),
    # a report that also names the article's doer may tell of both
    (CLAIM, (BBC, "A police officer had rushed into the courtroom."), []),
    # the sentence names the news's doer itself: one cast, told otherwise
    (CLAIM.replace("the attacker", "a security guard"), (BBC,), []),
    # not the same moment: one shared word besides the act and the doers ("husband")
    (CLAIM, ("Her husband was shot in the leg by a security guard in 2005.",), []),
])
def test_other_agents(claim, news, expected):
    assert _found(claim, *news) == expected


# Both can be true: the agent names no doer ("a fire", "a park"), or the "participle" is a noun
# ("hospital"). Each was read as two doers before the participle and the agent's head were checked.
@pytest.mark.parametrize(("claim", "news"), [
    ("The 1923 earthquake in Tokyo was followed by a fire that burned the city centre.",
     "The 1923 earthquake in Tokyo was followed by a stampede as crowds fled the city centre."),
    ("The old wooden bridge over the river was replaced by a steel structure in 1931.",
     "The old wooden bridge over the river was replaced by a temporary crossing in 1931."),
    ("The medieval castle near the village is surrounded by a park.",
     "The medieval castle near the village is surrounded by a moat."),
    ("The injured boy was taken to hospital by a neighbour after the crash on the motorway.",
     "The injured boy was taken to hospital by an ambulance after the crash on the motorway."),
    # the agent ends before a verb form, and its last word is then no doer ("figure", "program")
    ("The minister was greeted at the airport by a figure holding a flag and a banner.",
     "The minister was greeted at the airport by a security guard with a flag and a banner."),
    ("The new school in the valley was funded by a government program called Rural Futures, officials said.",
     "The new school in the valley was funded by the ministry, officials said in March."),
    # an agent whose last word is no noun ("due")
    ("The funds for the new school were approved by the committee due to meet in March.",
     "The funds for the new school were approved by the minister in March."),
])
def test_no_doer_no_conflict(claim, news):
    assert _found(claim, news) == []


def test_the_agent_ends_before_a_verb_form():
    claim = "The fraud at the bank was investigated by the authorities involving several countries in Europe."
    news = "The fraud at the bank was investigated by a security firm from several countries in Europe."
    assert _found(claim, news) == [("investigated by the authorities", "investigated by a security firm")]


def test_only_the_first_news_sentence_of_a_text_is_told():
    article = [Statement(source="a", role="article", text=CLAIM, key="s01")]
    news = [Statement(source="n", role="news", text=t, key=f"n#{i:03d}") for i, t in enumerate((BBC, BBC), 1)]
    assert [(t.key, t.source) for t in other_agents(article, news)] == [("s01", "n")]


def test_the_destinations_shooting_is_contradicted_by_the_bbc():
    plan = plan_merge(load_folder(CASE))
    (finding,) = [f for f in plan.findings if f.sentence == CLAIM and f.kind == "contradicted"]
    assert finding.article == "target"
    assert finding.rule == "other_agent"
    assert [e.source for e in finding.evidence] == ["bbc-german-courtroom-killer-gets-life.txt"]
    assert describe(finding, plan).startswith(
        "the article says \u201cshot in the leg by a police officer\u201d, but ")
    assert describe(finding, plan).endswith(
        " says \u201cshot in the leg by a security guard\u201d: check who did it.")

"""A news passage that tells the sentence's event of somebody else is never cited for it
(``verify.befallen``; review rv14): the korce merge rewritten, the article's sentence uncited,
the Herald (dated 3 April 2025, so its "Wednesday" is 2 April) given one more line. Before,
each of the first pairs was judged "supported" and the draft wrote
``The mayor of Tirana died on 2 April 2025.<ref name="korce-herald-2025-04-03" />``: a
citation to a text that says a retired firefighter died. Now the sentence is not cited; the
Herald is shown as a lead whose note says why (review rv16: "protesters" for "demonstrators"
reads the same, and the rule is a doubt that withholds a citation, never one that accuses),
and an existing citation of it is left as it is, not tagged failed verification."""

from __future__ import annotations

import pytest
from test_plan_dated_event import FIREFIGHTER, MINISTER, _plan

from mergekit.plan.model import Verdict

OTHERS = [
    ("The mayor of Tirana died on 2 April 2025.", FIREFIGHTER),
    ("The mayor of Tirana resigned on 2 April 2025.", MINISTER),
    ("A retired teacher died on 2 April 2025 in Tirana.", FIREFIGHTER),
    ("The mayor of Tirana was killed on 2 April 2025.",
     "Separately, a gunman killed a retired firefighter on Wednesday in Tirana."),
    ("Two traders were arrested on 2 April 2025 in Korçë.", "Police in Korçë arrested two bakers on Wednesday."),
]

SAME = [
    ("Tirana's mayor died on 2 April 2025.", "Separately, the mayor of Tirana died on Wednesday."),
    ("The mayor of Tirana died on 2 April 2025.", "Separately, Tirana's mayor died on Wednesday."),
    ("The mayor of Tirana died on 2 April 2025.", "Separately, the city's mayor died on Wednesday in Tirana."),
    ("Erion Veliaj died on 2 April 2025.", "Separately, Veliaj died on Wednesday in Tirana."),
    ("Two traders were arrested on 2 April 2025 in Korçë.", "Police in Korçë arrested two traders on Wednesday."),
]


@pytest.mark.parametrize(("sentence", "news"), OTHERS)
def test_a_passage_telling_the_event_of_another_is_not_cited(tmp_path, sentence, news):
    plan = _plan(tmp_path, sentence, news, cite=False)
    sp = plan.sentence_plan(sentence)
    assert sp is not None
    assert sp.supporting == () and "citation needed" in sp.tags  # no citation added
    # a lead, its note saying why it is not cited
    (finding,) = [f for f in plan.findings if f.sentence == sentence]
    assert finding.kind == "needs_citation" and "not cited: the passage tells it of another" in finding.verifier


@pytest.mark.parametrize(("sentence", "news"), OTHERS)
def test_a_citation_to_a_passage_telling_the_event_of_another_is_not_accused(tmp_path, sentence, news):
    plan = _plan(tmp_path, sentence, news)
    sp = plan.sentence_plan(sentence)
    assert sp is not None
    assert "failed verification" not in sp.tags and sp.failing == ()
    assert [f.kind for f in plan.findings if f.sentence == sentence] == []


@pytest.mark.parametrize(("sentence", "news"), SAME)
def test_the_same_one_in_other_words_is_still_cited(tmp_path, sentence, news):
    plan = _plan(tmp_path, sentence, news, cite=False)
    sp = plan.sentence_plan(sentence)
    assert sp is not None
    assert (sp.verdict, sp.supporting) == (Verdict.SUPPORTED, ("herald.txt",))
    assert [f for f in plan.findings if f.sentence == sentence] == []

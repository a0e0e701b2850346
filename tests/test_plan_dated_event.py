"""A news sentence that dates the same kind of event to the same day, but of someone or
something else (``verify.dates.dated_event``), never says a part of a sentence: the korce
merge rewritten (the article cites the Herald, dated 3 April 2025, so its "Wednesday" is
2 April). Before, each of these was quoted as "said in part" and the cited sentence lost
its ``{{failed verification}}`` tag, its failing source and its finding (review rv13)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from test_plan_told_both import CITE, HERALD, KORCE, LEAD

from mergekit.load.inputs import load_folder
from mergekit.plan.planner import plan_merge

DEPUTY = "The mayor's deputy died on 2 April 2025."
FIREFIGHTER = "Separately, a retired firefighter died on Wednesday in Tirana."
MAYOR = "The city's mayor resigned on 2 April 2025."
MINISTER = "In Tirana, the health minister resigned on Wednesday over a hospital scandal."
TRADERS = "Two traders were arrested on 2 April 2025."
ROBBERY = "Police in Durrës arrested a man on Wednesday for an unrelated robbery."


def _plan(tmp_path: Path, sentence: str, news: str, *, cite: bool = True):
    folder = tmp_path / "in"
    shutil.copytree(KORCE, folder)
    (folder / "courier.txt").unlink()
    (folder / "2025_Korce_market_fire.txt").write_text(
        LEAD + sentence + ("[1]" if cite else "") + "\n\n" + CITE, encoding="utf-8")
    (folder / "herald.txt").write_text("Fire sweeps through Korçë bazaar\n\nApril 3, 2025\n\n" + HERALD + news + "\n",
                                       encoding="utf-8")
    return plan_merge(load_folder(folder))


@pytest.mark.parametrize(("sentence", "news"), [(DEPUTY, FIREFIGHTER), (MAYOR, MINISTER), (TRADERS, ROBBERY)])
def test_another_persons_event_on_the_day_does_not_clear_a_failing_citation(tmp_path, sentence, news):
    plan = _plan(tmp_path, sentence, news)
    sp = plan.sentence_plan(sentence)
    assert sp is not None
    assert (sp.verdict, sp.tags, sp.failing) == ("not_supported", ("failed verification",), ("herald.txt",))
    assert [f.kind for f in plan.findings if f.sentence == sentence] == ["failed_verification"]


def test_another_persons_event_on_the_day_is_quoted_for_no_uncited_sentence(tmp_path):
    plan = _plan(tmp_path, MAYOR, MINISTER, cite=False)
    # the closest passage is shown beside "no source says it", not quoted as saying a part
    assert [f.kind for f in plan.findings if f.sentence == MAYOR] == ["unsourced"]


def test_another_persons_event_in_the_same_place_is_quoted_for_no_uncited_sentence(tmp_path):
    # "Durrës" beside both days is where, not whom: the traders were arrested, not the man
    # the police arrested (review rv14)
    sentence = "Two traders from Durrës were arrested on 2 April 2025."
    plan = _plan(tmp_path, sentence, ROBBERY, cite=False)
    assert [(f.kind, f.rule) for f in plan.findings if f.sentence == sentence] == [("unsourced", "no_citation")]


def test_an_event_dated_to_the_day_is_a_lead_for_an_uncited_sentence_only():
    """Brazil's strike (tuning case brazil-truckers-strike-2018): "The strike, launched May 21"
    says the part for the sentence as a lead; were the sentence to cite the report, it would
    not clear the citation (``_Planner.judge_one``'s ``cited``): the verifier's own judgement stands."""
    from mergekit.plan.planner import _Planner

    inputs = load_folder(Path(__file__).resolve().parent / "cases" / "real" / "brazil-truckers-strike-2018" / "input")
    planner = _Planner(inputs, top_target=3, max_judged=8)
    began, label = "With no response by the government, the strike began on 21 May.", "crisis24-update-8.txt"
    assert planner.judge_one(began, label).part_quote.startswith("The strike, launched May 21,")
    assert planner.judge_one(began, label, cited=True).part_quote == ""
    assert planner.judge_news(began, cited=[label])[label].part_quote == ""

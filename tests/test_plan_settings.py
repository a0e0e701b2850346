"""The planner's knobs live in one frozen object that plan_merge passes down."""

from __future__ import annotations

from pathlib import Path

from mergekit.load.inputs import load_folder
from mergekit.plan import PlanSettings, plan_merge
from mergekit.plan.model import Stance

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _most_uncited_judged(settings: PlanSettings) -> int:
    inputs = load_folder(SEEDS)
    plan = plan_merge(inputs, settings=settings)
    most = 0
    for sp in plan.sentences:
        # The sources of its citations, or of its paragraph's closing citation, are judged whatever the knob.
        cited = {inputs.cited.get(key) for key in sp.cited} | set(sp.failing)
        judged = {e.source for e in sp.evidence if e.stance != Stance.CONTRADICTS} - cited - {inputs.target.label}
        most = max(most, len(judged))
    return most


def test_max_sources_bounds_the_sources_judged_per_sentence():
    assert _most_uncited_judged(PlanSettings(max_sources=1)) <= 1
    assert _most_uncited_judged(PlanSettings()) > 1  # the default reads more: the knob is the one used

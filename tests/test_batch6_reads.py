"""What the authors of the tuning cases of batch 6 saw in mergekit's drafts of
mv-nyerere-sinking, colleyville-synagogue-hostage, national-museum-brazil-fire and
amritsar-dussehra-train-disaster, each as the general rule it breaks, on the real text
(each failed before its fix), and a repeated talk-post line the fix of the last one let
through."""

from __future__ import annotations

from realcases import case_outputs as _outputs
from realcases import case_plan as _plan

from mergekit.draft.talk import _quote, _Shown, _shown_before
from mergekit.plan.model import Evidence, Stance


def test_a_prayer_contradicts_nothing():
    # mv-nyerere-sinking: the commissioner's "We pray to God to give us hope that there has
    # not been a high death toll" was read as "no death" and flagged as contradicting the
    # article's 228 dead and the destination's "killing hundreds of people" (posted on the
    # talk page as an error in the destination). A wish states no fact.
    plan = _plan("mv-nyerere-sinking")
    assert not [f for f in plan.findings if any("We pray" in e.quote for e in f.evidence)]
    assert "We pray" not in _outputs("mv-nyerere-sinking")["talk.wikitext"]


def test_captives_who_are_members_are_not_the_congregations_size():
    # colleyville-synagogue-hostage: The Texan's "His captives — four members of the
    # Congregation Beth Israel" was set against the destination's "around 140 members"
    # (figures_differ, "number of members"): four captives are not the congregation.
    plan = _plan("colleyville-synagogue-hostage")
    assert not [f for f in plan.findings if f.topic == "number of members"]
    assert "around 140" not in _outputs("colleyville-synagogue-hostage")["talk.wikitext"]


def test_the_outlet_named_as_saying_a_quotation_holds_its_words():
    # national-museum-brazil-fire: the talk post said AFP "says it" of Temer calling the loss
    # "incalculable"; AFP quotes "tragic", the Wikinews copy "incalculable".
    bullet = next(line for line in _outputs("national-museum-brazil-fire")["talk.wikitext"].splitlines()
                  if line.startswith("* ") and "incalculable" in line)
    assert "Agence France-Presse" not in bullet
    assert "Piece of Mindful" in bullet


def test_an_evidence_quote_opens_and_ends_on_the_sentences_words():
    # amritsar-dussehra-train-disaster: the sentence on the DMU from Jalandhar to Amritsar was
    # shown with a quote opening "A state mourning was declared for today, ...", a sentence
    # holding none of its words, while the rest of the window says part of it.
    sentence = ("The train was described as a diesel multiple unit (DMU) local passenger train travelling "
                "westbound from Jalandhar station to Amritsar.")
    [finding] = [f for f in _plan("amritsar-dussehra-train-disaster").findings if f.sentence == sentence]
    quotes = [e.quote for e in finding.evidence]
    assert quotes and not any("state mourning" in q for q in quotes)
    assert any("Jalandhar-Amritsar DMU" in q for q in quotes)
    # and News18's "en route to Amritsar from Jalandhar" says a part of it: a citation to
    # check (needs_citation), not "no available source was found to say it"
    assert finding.kind.value == "needs_citation"
    assert finding.sources[:1] == ("news18-top-10-developments.txt",)


# tests/cases/real/chris-pincher-scandal, The Independent: two windows over one sentence,
# one with the next sentence, which the talk post cuts to the same words
_HEADLINE = ("MP claims 'nothing happened' after she reported Chris Pincher being 'drunk in the afternoon' Boris "
             "Johnson’s government once again finds itself mired in scandal in the wake of the resignation of deputy "
             "chief whip Chris Pincher last week after he allegedly groped two colleagues at a social event while drunk.")
_NEXT = (" The 52-year-old MP, who has represented Tamworth in Staffordshire since 2010, was the subject of two "
         "complaints over his conduct at a 30th anniversary reception for the Conservative Friends of Cyprus at the "
         "Carlton Club, a historic private member’s establishment in London’s Piccadilly, situated close to the Ritz.")


def test_two_passages_of_a_source_cut_to_the_same_words_are_quoted_once():
    # The evidence quotes drop window-edge sentences that hold none of a sentence's words, so
    # two findings can quote two windows of one source that the post cuts to the same words:
    # quoted under both bullets, the post repeated a line (the invariant talk-duplicate).
    about = ("Boris Johnson’s government once again finds itself mired in scandal in the wake of the resignation of "
             "deputy chief whip Chris Pincher last week after he allegedly groped two colleagues at a social event "
             "while drunk.")
    text = _quote(_HEADLINE, about=about)
    assert _quote(_HEADLINE + _NEXT, about=about) == text
    shown = _Shown()
    shown.quoted["independent.txt", _HEADLINE].add(text)
    shown.texts["independent.txt"][text] = about
    assert _shown_before(Evidence("independent.txt", _HEADLINE + _NEXT, 1.0, Stance.CONTRADICTS), text, about, shown)

"""Quoting a long news passage on the talk page (``mergekit.draft.quoting``): whole sentences
where they fit, so the quote never stops just before the words that say the sentence."""

from __future__ import annotations

from pathlib import Path

from mergekit.draft.quoting import balanced, quote
from mergekit.load.inputs import load_folder
from mergekit.outputs import render_outputs
from mergekit.plan import plan_merge

_SENTENCE = ("Muhamet Rrumbullaku, commander of the national police confirms both Mujahedeens and police "
             "officers were injured during the raid at the Ashraf 3 camp.")
_PASSAGE = ("The raid was carried out yesterday at the Ashraf-3 camp in Manez, a small town 30 kilometres "
            "(about 20 miles) west of the capital Tirana. According to Albanian Interior Minister Bledi Cuci and "
            "the head of the national police, Muhamet Rrumbullaku, both police officers and Iranian dissidents "
            "were injured during the operation.")


def test_a_passage_over_the_limit_is_quoted_as_the_whole_sentences_that_say_most():
    # The seed's Middle East Monitor passage (325 characters) was cut at 300 from its first
    # sentence, which shares "raid", "Ashraf" and "camp" with the sentence, and ended
    # "both police officers and Iranian dissidents were…": the word to check, "injured", cut off.
    quoted = quote(_PASSAGE, 300, about=_SENTENCE)
    assert quoted == ("\u201c\u2026According to Albanian Interior Minister Bledi Cuci and the head of the national "
                      "police, Muhamet Rrumbullaku, both police officers and Iranian dissidents were injured during "
                      "the operation.\u201d")


def test_whole_sentences_that_end_before_the_passage_does_are_marked_as_cut():
    passage = "Police said two people were injured in the fire. " + "The mayor visited the site later. " * 10
    quoted = quote(passage, 120, about="Two people were injured in the fire.")
    assert quoted.startswith("\u201cPolice said two people were injured in the fire. The mayor visited")
    assert quoted.endswith("the site later. \u2026\u201d") and len(quoted) - 2 <= 120


def test_a_sentence_longer_than_the_limit_is_still_cut_at_a_word():
    passage = "Two people were injured " + "and many more were treated at the scene " * 10 + "on Monday."
    quoted = quote(passage, 100, about="Two people were injured on Monday.")
    assert quoted.startswith("\u201cTwo people were injured and many")
    assert quoted.endswith("\u2026\u201d") and len(quoted) - 2 <= 100


def test_the_seed_talk_post_shows_the_added_citations_passage_up_to_its_last_word():
    seeds = Path(__file__).parent.parent / "seeds"
    inputs = load_folder(seeds)
    talk = render_outputs(plan_merge(inputs), inputs, flags=False)["talk.wikitext"]
    bullet = next(line for line in talk.splitlines() if line.startswith("** \u201cMuhamet Rrumbullaku"))
    assert bullet.endswith("both police officers and Iranian dissidents were injured during the operation.\u201d")


# A speech quoted over several paragraphs opens a mark in each and closes only in the last
# (the salisbury-rail-crash-2021 case's BBC News text): a passage cut from one of them was
# quoted with a mark that never closed.
_OPENS = ("A Network Rail spokesperson said: \"At around 19:00 GMT this evening, the rear carriage of the 17:08 "
          "Great Western Railway service from Portsmouth Harbour to Bristol Temple Meads derailed after striking an "
          "object on its approach to Salisbury station.")
_CONTINUES = "\"Subsequently, the 17:20 South Western Railway service from London Waterloo to Honiton then collided with the Bristol train."


def test_a_quotation_the_passage_opens_and_does_not_close_is_closed_at_its_end():
    assert quote(_OPENS) == "\u201c" + _OPENS.replace('"', "'") + "'\u201d"
    assert quote(_CONTINUES) == "\u201c" + _CONTINUES.replace('"', "'") + "'\u201d"


def test_a_quotation_the_passage_closes_without_opening_is_opened_at_its_start():
    assert quote("There are reports of injuries and the emergency services are on site,\u201d he said.") == (
        "\u201c\u2018There are reports of injuries and the emergency services are on site,\u2019 he said.\u201d")


def test_a_quotation_opening_right_after_the_cut_is_no_closing_mark():
    # cattelan-gold-toilet-theft: a passage cut before "\"America\" first made headlines"
    # was quoted as “''…'America' …”: the mark after the cut's "…" read as a closing one.
    passage = ("The artist is known for satire. " * 8 + "\"America\" first made headlines when it was installed in "
               "a public restroom at the Guggenheim Museum in New York in 2016, where visitors were invited to use it.")
    quoted = quote(passage, 160, about="America was installed in a public restroom at the Guggenheim Museum in 2016.")
    assert quoted == ("\u201c\u2026'America' first made headlines when it was installed in a public restroom at the "
                      "Guggenheim Museum in New York in 2016, where visitors were invited to use it.\u201d")


def test_balanced_quotations_and_apostrophes_are_left_as_they_are():
    text = "Dorset and Wiltshire Fire and Rescue declared the crash a \"major incident\", with the drivers' union told."
    assert quote(text) == "\u201c" + text.replace('"', "'") + "\u201d"


def test_an_inch_mark_after_a_figure_is_no_quotation_to_open():
    # 'The 6" pipe' was quoted as “'The 6' pipe …”: the inch mark read as a quotation's
    # closing mark, and an opening one was added before "The"
    assert balanced('The 6" pipe burst near a 12" main.') == 'The 6" pipe burst near a 12" main.'
    assert balanced('He is 5\'10" tall.') == 'He is 5\'10" tall.'
    # a quotation that closes right after a figure still closes ('the "5" key')
    assert balanced('Press the "5" key.') == 'Press the "5" key.'


def test_a_german_low_opening_mark_is_closed_by_the_english_opening_mark():
    # „German“ was read as a closing-less “ and quoted as “„German‘ quote’”
    assert balanced("\u201eGerman\u201c quote") == "\u201eGerman\u201c quote"
    assert balanced("\u201aGerman\u2018 quote") == "\u201aGerman\u2018 quote"
    assert quote("\u201eGerman\u201c quote") == "\u201c\u201aGerman\u2018 quote\u201d"
    # one left open is closed in its own style
    assert balanced("\u201eDas Feuer brach um Mitternacht aus.") == "\u201eDas Feuer brach um Mitternacht aus.\u201c"
    # an English “ with no „ open still opens a quotation
    assert balanced("He said \u201cno.") == "He said \u201cno.\u201d"


def test_a_straight_mark_right_after_a_colon_opens_a_quotation():
    # 'said:"At' read the mark as a closing one and opened a quotation before the passage
    assert balanced('A spokesperson said:"At around 19:00 the train derailed.') == (
        'A spokesperson said:"At around 19:00 the train derailed."')
    assert balanced('A spokesperson said:"At around 19:00 the train derailed."') == (
        'A spokesperson said:"At around 19:00 the train derailed."')


# The lagos-ikoyi-high-rise-collapse case's Blueprint passage, as the verifier read it: the
# added citation's bullet quoted the two sentences that name the agency (and opened at
# "Olufemi", after "Mr."), not the one that says the figures it is cited for.
_AGENCY = ("The Lagos State Building Control Agency had approved plans for 15 floors, but 21 had been "
           "constructed.")
_BLUEPRINT = ("The building, belonging to Fourscore Heights Limited, which was scheduled to be completed in 2022 "
              "collapsed Monday afternoon, trapping about 50 persons, including the developer, Mr. Olufemi Adegoke "
              "Osibona, who has now been confirmed killed in the incident. And as a first measure, Governor Babajide "
              "Sanwo-Olu has ordered the immediate suspension of General Manager of the Lagos State Building Control "
              "Agency (LASBCA), Mr. Gbolahan Oki. Oki had earlier Tuesday disclosed that the owner of the collapsed "
              "21-storey building under construction in Ikoyi was given approval to construct only 15 floors.")


def test_the_stretch_that_gives_the_sentences_figures_is_quoted_before_one_that_only_names_its_subject():
    assert quote(_BLUEPRINT, 300, about=_AGENCY) == (
        "\u201c\u2026Oki had earlier Tuesday disclosed that the owner of the collapsed 21-storey building under "
        "construction in Ikoyi was given approval to construct only 15 floors.\u201d")


def test_a_quote_never_opens_after_a_title_or_an_initial():
    passage = ("The court was told by Mr. Olufemi Osibona that the US District Judge Otis D. Wright II had ruled. "
               "The ruling came on Monday after a hearing that lasted for most of the week in the city.")
    quoted = quote(passage, 120, about="Olufemi Osibona said that Wright had ruled.")
    assert quoted.startswith("\u201cThe court was told by Mr. Olufemi")
    assert "\u2026Olufemi" not in quoted and "\u2026Wright" not in quoted


def test_figures_are_compared_whole_and_superscripts_do_not_break_the_quote():
    # review rv9: "40,000" was read as "40" and "000", so "an estimated 3,000 people were
    # detained" shared a figure with "an estimated 40,000 people marched"; "10²³" raised.
    passage = ("Police said an estimated 3,000 people were detained after the clashes in the early hours. "
               "Tens of thousands marched through the capital, chanting and waving flags.")
    quoted = quote(passage, 90, about="An estimated 40,000 people marched through the capital.")
    assert "marched through the capital" in quoted and "detained" not in quoted
    assert quote("It is 10\u00b2\u00b3 atoms. " * 20, 80, about="it is 10\u00b2\u00b3").startswith("\u201c")


def test_a_single_capital_before_a_new_sentence_may_still_start_a_quote():
    # review rv9: "known inside the agency as Plan B. Engineers switched …" was quoted from
    # the sentence before, cut before the words the bullet is about.
    passage = ("The backup design was known inside the agency as Plan B. Engineers switched to it when the main "
               "parachute failed, a spokesman said on Tuesday.")
    quoted = quote(passage, 90, about="Engineers switched to the backup when the main parachute failed.")
    assert quoted.startswith("\u201c\u2026Engineers switched to it when the main parachute failed")


def test_a_quote_never_opens_after_an_abbreviation_of_a_place_or_a_title():
    # review rv10: "St." and "Mt." were dropped from the abbreviations: a quote opened at "Louis".
    passage = ("The fire broke out at a warehouse in St. Louis on Monday night and killed 12 workers, officials "
               "said. The cause is under investigation by the city's fire marshal and federal agents.")
    quoted = quote(passage, 110, about="The fire killed 12 workers.")
    assert quoted.startswith("\u201cThe fire broke out at a warehouse in St. Louis")

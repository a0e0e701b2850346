"""Dates in merged prose follow the destination's date style."""

from __future__ import annotations

import re

import pytest

from mergekit.draft.dates import restyle_dates

CASES = [
    ("On June 20th, 2023, the police", "dmy", "On 20 June 2023, the police"),
    ("The camp on June 21st was calm.", "dmy", "The camp on 21 June was calm."),
    ("It opened on May 5, 2024.", "dmy", "It opened on 5 May 2024."),
    ("In March 3 people died.", "dmy", "In March 3 people died."),
    ("In June 2023 it rained.", "dmy", "In June 2023 it rained."),
    ("On 20th June 2023 it rained.", "mdy", "On June 20, 2023 it rained."),
    ("On 3 March, it rained.", "mdy", "On March 3, it rained."),
    ("On June 20th, 2023, the police", "iso", "On June 20th, 2023, the police"),
    # fyre-festival: a range of days in the mdy source beside "On 9 April 2023" in the dmy draft
    ("It was to take place on April 28\u201330 and May 5\u20137, 2017, on Great Exuma.", "dmy",
     "It was to take place on 28\u201330 April and 5\u20137 May 2017, on Great Exuma."),
    ("From 5\u20137 May 2017 it rained.", "mdy", "From May 5\u20137, 2017 it rained."),
]


@pytest.mark.parametrize("text, style, expected", CASES)
def test_restyle_dates(text, style, expected):
    assert restyle_dates(text, style) == expected


# The destinations of the real cases declare no style; each writes its dates one way.
MURDAUGH_PROSE = ("On March 2, 2023, a jury in [[Walterboro, South Carolina|Walterboro]] found Murdaugh guilty "
                  "of the June 7, 2021, murders of his wife, Maggie, and their son, Paul.")
MURDAUGH_CITE = ("<ref name=\"fits\">{{cite news |title=Alex Murdaugh Sentenced To Life Behind Bars "
                 "|url=https://www.fitsnews.com/2023/03/03/alex-murdaugh-sentenced-to-life-behind-bars/ "
                 "|work=FITSNews |date=March 3, 2023}}</ref>")
IMRAN = ("On 9 May 2023, Khan was arrested at the [[Islamabad High Court]].<ref name=\"thenews\">{{cite news "
         "|title=Imran Khan arrested by Rangers in Al-Qadir Trust case |work=The News International "
         "|date=9 May 2023}}</ref>")
STYLE_CASES = [
    ("murdaugh-trial: mdy prose and citations", MURDAUGH_PROSE + MURDAUGH_CITE, "mdy", "mdy"),
    ("imran-khan-arrest-2023: dmy prose and citations", IMRAN, "dmy", "dmy"),
    ("a declared style wins over the text", "{{Use dmy dates|date=May 2023}}\n" + MURDAUGH_PROSE, "dmy", "dmy"),
    ("ISO citations under dmy prose stay ISO (WP:DATEUNIFY)",
     "It opened on 9 May 2023.{{cite web |title=T |date=2023-05-09}}{{cite news |title=U |date=2023-05-10}}",
     "dmy", "iso"),
    ("no full date at all", "It opened in May 2023.", "iso", "iso"),
    ("a tie is no style", "On 9 May 2023 and on May 10, 2023.", "iso", "iso"),
    # las-vegas-athletics-stadium: mdy prose, its one citation dated dmy.
    ("the prose's style is read from the prose, the citations' from the citations",
     "Its 23-story Paradise tower was imploded on October 9, 2024.<ref name=\"ht\">{{cite news |title=Iconic "
     "Tropicana casino in Vegas gone within seconds in implosion |work=Hindustan Times |date=10 October 2024}}</ref>",
     "mdy", "dmy"),
]


@pytest.mark.parametrize("name, page, prose, cites", STYLE_CASES, ids=[c[0] for c in STYLE_CASES])
def test_a_page_without_a_declared_style_keeps_its_own(name, page, prose, cites):
    # murdaugh-trial: the draft cited AOL with |date=2023-03-03 beside the article's own
    # |date=March 3, 2023 (the page declares no {{Use mdy dates}}).
    from mergekit.draft.dates import cite_date_style, date_style

    assert (date_style(page), cite_date_style(page)) == (prose, cites)


def test_a_draft_dates_its_citation_as_the_article_does():
    # murdaugh-trial: the draft cited AOL with |date=2023-03-03 beside the article's own
    # |date=March 3, 2023 (the page declares no {{Use mdy dates}}). AOL is no longer cited
    # there (its passage does not say the sentence: ``verify.own_words``); the University of
    # North Carolina page also declares no style and dates its citations "August 28, 2023".
    from pathlib import Path

    from mergekit.load.inputs import load_folder
    from mergekit.outputs import render_outputs
    from mergekit.plan import plan_merge

    inputs = load_folder(Path(__file__).parent / "cases" / "real" / "unc-zijie-yan-shooting" / "input")
    article = render_outputs(plan_merge(inputs), inputs, flags=False)["University_of_North_Carolina_at_Chapel_Hill.wikitext"]
    assert "|work=Technique |date=September 8, 2023}}" in article
    assert "|date=2023-09-08" not in article


@pytest.mark.parametrize("destination, added, style", [
    ("It opened in May 2023.", "It was canceled on July 31, 2019.", "mdy"),  # no style of its own: the merged text's
    ("It opened on 9 May 2023.", "It was canceled on July 31, 2019.", "dmy"),  # its own style wins
    ("It opened in May 2023.", "It was canceled in 2019.", "iso"),  # neither shows one
])
def test_a_page_without_a_style_takes_the_one_the_merge_brings(destination, added, style):
    from mergekit.draft.dates import page_style

    assert page_style(destination, added) == style


def test_the_talk_post_dates_its_news_as_the_merged_page_does():
    # woodstock-50: the destination (a short copy) gives no full date, the merged text is written
    # mdy ("August 16–18, 2019"); the talk templates wrote mdy, the talk post named its news
    # "Poughkeepsie Journal, 30 April 2019" beside the proposal's "canceled on July 31, 2019".
    from pathlib import Path

    from mergekit.load.inputs import load_folder
    from mergekit.plan import plan_merge

    inputs = load_folder(Path(__file__).parent / "cases" / "real" / "woodstock-50" / "input")
    names = dict(plan_merge(inputs).source_names)
    dated = [name for label, name in names.items() if any(item.label == label and item.date for item in inputs.news)]
    assert dated and all(re.search(r"[A-Z][a-z]+ \d{1,2}, \d{4}", name) for name in dated), dated


@pytest.mark.parametrize("text, expected", [
    # unc-zijie-yan-shooting's bullet: the sentence goes on after the year
    ("General Alumni Association, UNC, September 6, 2023 gives \u201c33\u201d.",
     "General Alumni Association, UNC, September 6, 2023, gives \u201c33\u201d."),
    ("as does Technique, September 8, 2023; CTV, July 8, 2022: x", "as does Technique, September 8, 2023; CTV, July 8, 2022: x"),
    ("cites NBC12, June 7, 2023, which says it.", "cites NBC12, June 7, 2023, which says it."),  # one comma only
    ("the sentence gives \u201cJune 7, 2021 murders\u201d", "the sentence gives \u201cJune 7, 2021 murders\u201d"),  # quoted
    ("Tirana Times, 30 June 2023 says it.", "Tirana Times, 30 June 2023 says it."),  # dmy takes none
    # an unbalanced mark: the input it opens is quoted as written, up to the end (it was given a
    # comma: "\u201cJune 7, 2021, murders"); the words before it are still mergekit's
    ("NBC12, June 7, 2023 gives \u201cJune 7, 2021 murders of", "NBC12, June 7, 2023, gives \u201cJune 7, 2021 murders of"),
    ("gives \u201ca\u201d and \u201cJune 7, 2021 murders", "gives \u201ca\u201d and \u201cJune 7, 2021 murders"),
    # a closing mark never opened: the quotation may start anywhere before it
    ("June 7, 2021 murders\u201d, says NBC12, June 7, 2023 in", "June 7, 2021 murders\u201d, says NBC12, June 7, 2023 in"),
])
def test_an_mdy_year_the_sentence_goes_on_after_takes_a_comma(text, expected):
    from mergekit.draft.dates import year_commas

    assert year_commas(text) == expected


def test_citation_dates_follow_the_access_dates_when_the_page_gives_no_other_style():
    # trial-2: a destination whose one citation has only "access-date=1 March 2024" (no
    # publication date, no full date in its prose) got the merged citations' dates as
    # 2024-02-22: ISO publication dates beside dmy access dates (WP:DATEUNIFY).
    from mergekit.draft.dates import cite_date_style

    page = "'''X''' is a district.<ref>{{cite web |title=X |url=https://x.example/ |access-date=1 March 2024}}</ref>\n"
    assert cite_date_style(page) == "dmy"
    assert cite_date_style(page.replace("1 March 2024", "March 1, 2024")) == "mdy"
    assert cite_date_style(page.replace("1 March 2024", "2024-03-01")) == "iso"
    assert cite_date_style(page.replace("}}</ref>", " |date=2024-02-01}}</ref>")) == "iso"
    assert cite_date_style("{{Use mdy dates}}\n" + page) == "mdy"

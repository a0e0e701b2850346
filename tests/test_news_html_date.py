"""The publication date of a saved news page comes from what the page says of itself (its
metadata, its address, a short date line as in a copied text), never from a date its story
mentions. Trial-8: an ABC report of 10 June 2021 on the Wallan derailment, saved without
metadata, was dated 20 February 2020, the derailment's date in its photo caption, and its
citation would have carried that date."""

from __future__ import annotations

from mergekit.load.news import parse_news_html

STORY = ("<p>A Melbourne-bound XPT train derailed near Wallan on February 20, 2020.(Supplied: James Ashburner)</p>"
         "<p>An interim report on the Wallan train derailment which killed two people and seriously injured eight "
         "in February 2020, has outlined safety action plans to ensure it does not happen again.</p>"
         "<p>The Sydney-to-Melbourne XPT passenger train, operated by NSW TrainLink, derailed in Wallan shortly "
         "before 8:00pm on February 20, 2020.</p>"
         "<p>The Australian Transport Safety Bureau said the train derailed after hurtling into a passing loop at "
         "between 114kph and 127kph in a 15kph zone.</p>"
         "<p>Unable to negotiate turnouts at that speed, the lead power car rolled on its side, with all five "
         "passenger cars also derailing.</p>")
TITLE = "XPT passenger train doing 130kph in 15kph zone before fatal derailment at Wallan: report"


def _page(head: str = "", top: str = "") -> str:
    return (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{TITLE}</title>{head}</head>"
            f"<body><article><h1>{TITLE}</h1>{top}{STORY}</article></body></html>")


def test_a_date_the_story_mentions_is_not_the_pages_date():
    item = parse_news_html(_page(), label="abc.html", url="https://www.abc.net.au/news/safety-actions/100205212")
    assert item.date is None


def test_the_pages_metadata_dates_it():
    head = '<meta property="article:published_time" content="2021-06-10T05:12:00+00:00">'
    assert parse_news_html(_page(head), label="abc.html").date == "2021-06-10"


def test_the_address_dates_it():
    url = "https://www.abc.net.au/news/2021-06-10/safety-actions-planned/100205212"
    assert parse_news_html(_page(), label="abc.html", url=url).date == "2021-06-10"


def test_a_short_date_line_above_the_story_dates_it_as_in_a_copied_text():
    item = parse_news_html(_page(top="<p>Thursday 10 June 2021</p>"), label="abc.html")
    assert item.date == "2021-06-10"

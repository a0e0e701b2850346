"""trial-7: a news page's date and outlet are what the page states, never a guess.

The Independent's copy of "Spanish town saved by botched restoration …" (a stored page, no
date in its markup) says "back in 2012" in its text; trafilatura's extensive date search read
that year as 1 January 2012 and the draft cited the report as ``|date=1 January 2012`` (it
is of December 2014). And a page served from 127.0.0.1 was cited with
``|work=127.0.0.1:51601``: an address is no outlet.
"""

from __future__ import annotations

from mergekit.html import extract_page

_BODY = (
    "<p>Cecilia Giménez, 83, attempted to restore the century-old 'Ecce Homo' fresco of Jesus crowned "
    "with thorns in the Roman Catholic Church of Santuario de la Misericordia, in the small town of "
    "Borja, Spain back in 2012.</p>"
    "<p>Although authorities initially suspected vandalism, Mrs Gimenez eventually came forward to "
    "confess she had attempted to restore her favourite painting after she became upset at the "
    "flecked and peeling paint.</p>"
    "<p>Since Mrs Giménez's restoration more than 150,000 tourists have visited the town in order to "
    "see the painting on the walls of the small church, which charges a euro to enter.</p>"
)


def _page(head: str = "", body: str = _BODY) -> str:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Spanish town saved | The Independent"
            f"</title>{head}</head><body><article>{body}</article></body></html>")


def test_a_year_in_the_text_is_no_publication_date():
    assert extract_page(_page()).date is None


def test_a_date_the_metadata_gives_is_kept():
    head = "<meta property='article:published_time' content='2014-12-20T10:00:00Z'>"
    assert extract_page(_page(head)).date == "2014-12-20"


def test_a_full_date_written_in_the_text_is_kept():
    body = "<p>Published 20 December 2014</p>" + _BODY
    assert extract_page(_page(body=body)).date == "2014-12-20"


def test_a_date_in_the_url_is_kept():
    page = extract_page(_page(), url="https://news.example.org/2014/12/20/spanish-town-saved.html")
    assert page.date == "2014-12-20"


def test_an_address_is_no_outlet():
    for url in ("http://127.0.0.1:51601/independent.html", "http://localhost:8000/a.html", "http://[::1]:8000/a.html"):
        assert extract_page(_page(), url=url).sitename is None, url


def test_a_site_name_from_a_host_name_is_kept():
    head = "<meta property='og:site_name' content='The Independent'>"
    assert extract_page(_page(head), url="http://127.0.0.1:51601/independent.html").sitename == "The Independent"
    assert extract_page(_page(), url="https://www.independent.co.uk/a.html").sitename is not None


def test_a_date_a_byline_writes_in_short_or_in_digits_is_kept():
    for written in ("23 Aug 2012", "23/08/2012", "2012.08.23", "Aug. 23, 2012 4:05 PM", "08/23/2012"):
        body = f"<p>By Jane Roe | {written}</p>" + _BODY
        assert extract_page(_page(body=body)).date == "2012-08-23", written
    # a byline date that reads as two days is no date
    assert extract_page(_page(body="<p>By Jane Roe | 03/04/2012</p>" + _BODY)).date is None


def test_a_byline_ending_in_a_time_of_day_with_full_stops_is_kept():
    # rv16: "p.m." ends in a full stop, and the line was read as a sentence of the story
    for line in ("By Jane Roe | Aug. 23, 2012 4:05 p.m.", "Published 23 Aug 2012, 4:05 a.m.",
                 "Updated 23 Aug 2012 at 11 a.m."):
        assert extract_page(_page(body=f"<p>{line}</p>" + _BODY)).date == "2012-08-23", line


def test_a_short_first_sentence_of_the_story_dates_nothing():
    # rv15: a page with no date metadata whose first paragraph is one short sentence
    body = "<p>Flooding began on 14 July 2021.</p>" + _BODY
    assert extract_page(_page(body=body)).date is None


def test_a_date_the_story_tells_is_no_publication_date():
    # rv14: a page with no date metadata whose prose dates the event it tells
    body = ("<p>Nigeria lifted its ban on Twitter on Thursday, seven months after it was imposed.</p>"
            "<p>The government imposed the ban on 5 June 2021, after the platform deleted a post by the "
            "president, and said it would stay until the company met its conditions.</p>") + _BODY
    assert extract_page(_page(body=body), url="https://news.example.org/nigeria-lifts-twitter-ban").date is None


def test_written_dates():
    from mergekit.load.dates import written_dates

    assert written_dates("back in 2012, on 3/4/2012 and Sept. 9, 2013") == {"2012-04-03", "2012-03-04", "2013-09-09"}
    assert written_dates("in 2012, 150,000 tourists, 31/02/2012") == set()

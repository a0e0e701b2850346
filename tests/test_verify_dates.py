"""A claim's dates that a news report gives are not counted against the report
(``mergekit.verify.dates``), and the report's headline is read as its first sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from mergekit.model import NewsItem
from mergekit.plan.planner import _evidence_text
from mergekit.verify.dates import dated_event, dated_part, given_dates, without_given_dates

REPORT = ("On Monday, financial partner Dentsu Aegis stated it had \u201cdecided to cancel the festival,\u201d "
          "a message Woodstock 50 organizers immediately disputed.",)
CLAIM = "In late April 2019, a financial backer claimed the festival had been canceled."


def test_a_date_the_report_gives_relative_to_its_publication_is_taken_out():
    # Published on Tuesday 30 April 2019: "On Monday" is 29 April, in late April 2019.
    given = given_dates(REPORT, "2019-04-30")
    assert without_given_dates(CLAIM, given) == "In , a financial backer claimed the festival had been canceled."


def test_a_date_the_report_does_not_give_stays():
    # Published in August, its "Monday" is in August: the claim's April is not given.
    assert without_given_dates(CLAIM, given_dates(REPORT, "2019-08-06")) == CLAIM
    # No publication date: "On Monday" is not resolved, so it gives no date.
    assert without_given_dates(CLAIM, given_dates(REPORT, None)) == CLAIM
    # A day of another month, though the year is the same.
    may = given_dates(["The building collapsed on 6 May 2024."], "2024-05-08")
    assert without_given_dates("On 14 March 2024, plans were signed off.", may) == (
        "On 14 March 2024, plans were signed off.")


def test_only_the_dates_that_agree_are_taken_out():
    # Published on Monday 23 August 2010: "on Sunday" is 22 August.
    given = given_dates(["The miners were found alive on Sunday."], "2010-08-23")
    claim = "The mine collapsed on 5 August 2010 and the miners were found on 22 August 2010."
    assert without_given_dates(claim, given) == "The mine collapsed on 5 August 2010 and the miners were found on ."


def test_a_date_the_report_writes_with_its_year_is_left_to_the_word_comparison():
    # "2011" is found word for word; taking it out would only take a found word away.
    given = given_dates(["Marapi has stayed at that level since 2011."], "2023-12-04")
    assert given == ()
    claim = "Since 2011, the volcano has been at level II."
    assert without_given_dates(claim, given) == claim


def test_the_headline_is_read_as_the_first_sentence():
    item = NewsItem(label="a.txt", text="", sentences=("The search continues.",),
                    title="Boat that sank in Lake Toba had four times the number of passengers allowed")
    assert _evidence_text(item) == ("Boat that sank in Lake Toba had four times the number of passengers allowed.",
                                    "The search continues.")
    assert _evidence_text(NewsItem(label="b.txt", text="", sentences=("One.",), title="Why?")) == ("Why?", "One.")
    assert _evidence_text(NewsItem(label="c.txt", text="", sentences=("One.",))) == ("One.",)


def test_the_ascii_prefilter_answers_as_the_case_insensitive_pattern():
    # _yearless lower-cases an ASCII text and scans it with a case-sensitive pattern (speed
    # only): on every line of the seeds, the case files and the drafts, and on words in
    # every case, it answers as the case-insensitive _YEARLESS does
    from mergekit.verify.dates import _YEARLESS, _yearless

    root = Path(__file__).parents[1]
    files = [p for folder in (root / "seeds", root / "tests" / "cases", root / "drafts")
             for p in sorted(folder.rglob("*")) if p.suffix in (".txt", ".wikitext", ".json")]
    lines = [line for p in files for line in p.read_text(encoding="utf-8", errors="replace").splitlines()]
    lines += ["MONDAY", "Two Weeks AGO", "in JANUARY", "SEPT. 5", "Xjan", "a night", "x DeC", "12 people"]
    assert len(lines) > 5000
    assert [_yearless(line) for line in lines] == [_YEARLESS.search(line) is not None for line in lines]


# woodstock-50 (IQ, 1 August 2019) and kim-kim-river-pollution (Malay Mail, 13 March 2019), tuning cases
CANCELED = "The festival was reduced from three days to one day shortly before it was canceled on July 31, 2019."
PULLED = ("With 16 days to go \u2013 and after losing its primary financier, two production partners, two venues and "
          "its entire line-up \u2013 organisers yesterday (31 July) finally pulled the plug on the troubled anniversary "
          "festival, which had yet to put a single ticket on sale.")
STARTED = ("The incident started on 7 March 2019 after several students and canteen workers from two schools near "
           "the river began to fall ill and complaining of breathing difficulties.")
CLOSURES = "The school closures had started last Thursday after students in two schools became ill."


def test_a_sentence_giving_the_claims_day_with_two_of_its_words_says_that_part():
    # "yesterday (31 July)" and "festival", "days"; "last Thursday" (7 March) and "started", "students"
    assert dated_part(CANCELED, ("Woodstock 50 is dead.", PULLED), "2019-08-01") == PULLED
    assert dated_part(STARTED, (CLOSURES,), "2019-03-13") == CLOSURES


def test_another_day_or_too_few_of_its_words_say_no_part():
    # a week later "last Thursday" is 14 March; unresolved without a publication date
    assert dated_part(STARTED, (CLOSURES,), "2019-03-20") == ""
    assert dated_part(STARTED, (CLOSURES,), None) == ""
    # the day with one word beside it ("festival"): what any text on the event gives
    assert dated_part(CANCELED, ("The festival board met on 31 July.",), "2019-08-01") == ""
    # a month is no day
    assert dated_part("The festival was canceled in July 2019 after three days of talks.",
                      ("Organisers canceled the festival on 31 July after days of talks.",), "2019-08-01") == ""


def test_a_day_the_claim_writes_without_its_year_is_cut_where_the_report_gives_that_day():
    # lagos-ikoyi-high-rise-collapse: "His body was recovered on 4 November." (the article's
    # year is its lead's) against The Guild of 4 November 2021, a Thursday: "was recovered
    # Thursday evening". Unread, "4" and "November" counted against the report.
    report = ["As gathered, the lifeless body of the building owner, Femi Osibona, was recovered Thursday "
              "evening after frantic efforts from emergency responders working since Monday."]
    given = given_dates(report, "2021-11-04")
    assert without_given_dates("His body was recovered on 4 November.", given, report, "2021-11-04") == (
        "His body was recovered on .")
    # another day stays in the claim; so do the claim's own relative words (the article's)
    assert without_given_dates("His body was recovered on 5 November.", given, report, "2021-11-04") == (
        "His body was recovered on 5 November.")
    assert without_given_dates("His body was recovered on Thursday.", given, report, "2021-11-04") == (
        "His body was recovered on Thursday.")


def test_a_day_without_its_year_is_not_cut_for_another_events_relative_day():
    # review rv9: "The club said on Thursday that Riverside Park, which opened in August 1998,
    # …" (a report of Thursday 4 November 2021) cut "4 November" from "The ground opened on 4
    # November.", and the rest was cited; "Police said on Thursday …" for an arrest, likewise.
    report = ["The club said on Thursday that Riverside Park, which opened in August 1998, would be sold.",
              "Police said on Thursday that the investigation was continuing."]
    given = given_dates(report, "2021-11-04")
    for claim in ("The ground opened on 4 November.", "The suspect was arrested at his home on 4 November."):
        assert without_given_dates(claim, given, report, "2021-11-04") == claim


def test_a_day_without_its_year_is_not_cut_for_a_longer_time_the_report_gives():
    # the seed: "The situation in the camp on June 21st was calm." against a report of 20 June
    # 2023 that says "last year": read as its last June 21st (2022), the day fell in that year
    # and was cut, and "situation … camp" alone read as supported.
    report = ["The situation in the camp was searched last year, officials said on Monday."]
    given = given_dates(report, "2023-06-20")
    claim = "The situation in the camp on June 21st was calm."
    assert without_given_dates(claim, given, report, "2023-06-20") == claim


def test_a_day_without_its_year_that_the_report_writes_out_is_left_to_match_word_for_word():
    # sharpiegate-dorian-map: "On September 4 he showed reporters a weather map …" against
    # "yesterday lunchtime (September 4)": cut, the claim lost two words the report has.
    report = ["Trump showed reporters a weather map at a briefing yesterday lunchtime (September 4)."]
    given = given_dates(report, "2019-09-05")
    claim = "On September 4 he showed reporters a weather map."
    assert without_given_dates(claim, given, report, "2019-09-05") == claim


# brazil-truckers-strike-2018 (Crisis24, 28 May 2018) and gatwick-drone-incident (ITV, Sunday
# 23 December 2018), tuning cases
BEGAN = "With no response by the government, the strike began on 21 May."
LAUNCHED = ("The strike, launched May 21, had resulted in major traffic disruptions as well as shortages of "
            "various goods, including fuel and foodstuffs, due to an absence of delivery services.")
REOPENED = "It reopened with limited capacity at around 06:00 on 21 December."
AIRPORT_REOPENED = "The airport reopened with limited capacity at around 06:00 on 21 December."
FRIDAY = "The airport fully reopened on Friday after tens of thousands of passengers had their travel plans disrupted."


def test_a_sentence_dating_the_claims_event_to_its_day_says_that_part():
    # one word beside the day ("strike"; "reopened"), too few for ``dated_part``, but the
    # sentence dates that very event to that very day
    assert dated_part(BEGAN, (LAUNCHED,), "2018-05-28") == ""
    assert dated_event(BEGAN, ("Truckers are angry.", LAUNCHED), "2018-05-28") == LAUNCHED
    assert dated_part(AIRPORT_REOPENED, (FRIDAY,), "2018-12-23") == ""
    assert dated_event(AIRPORT_REOPENED, (FRIDAY,), "2018-12-23") == FRIDAY
    # the year, where the claim writes it, is the same
    assert dated_event("The strike began on 21 May 2018.", (LAUNCHED,), "2018-05-28") == LAUNCHED
    assert dated_event("The strike began on 21 May 2017.", (LAUNCHED,), "2018-05-28") == ""


def test_the_day_of_another_event_or_another_day_says_no_part():
    # a week later "Friday" is 28 December; without a publication date it is no day
    assert dated_event(REOPENED, (FRIDAY,), "2018-12-30") == ""
    assert dated_event(REOPENED, (FRIDAY,), None) == ""
    # the same day, another event: the arrests, not the reopening
    assert dated_event(REOPENED, ("Two people were arrested in Crawley on Friday evening.",), "2018-12-23") == ""
    # the event word in the sentence but not dated to the day: "reopened" is not Friday's
    assert dated_event(REOPENED, ("On Friday, passengers queued; the airport reopened later.",), "2018-12-23") == ""
    # a reporting word beside the day tells nothing of what was said
    assert dated_event("Police said on 21 December that the airport was safe.",
                       ("Police said on Friday that drones were seen.",), "2018-12-23") == ""
    # a month is no day
    assert dated_event("The strike began in May 2018.", ("The strike, launched in May, spread.",), "2018-05-28") == ""


@pytest.mark.parametrize(("claim", "news", "published"), [
    # the same event word on the same day, but another person's or thing's event (review rv13)
    ("The mayor's deputy died on 2 April 2025.", "Separately, a retired firefighter died on Wednesday in Tirana.",
     "2025-04-03"),
    ("The city's mayor resigned on 2 April 2025.",
     "In Tirana, the health minister resigned on Wednesday over a hospital scandal.", "2025-04-03"),
    ("Two traders were arrested on 2 April 2025.",
     "Police in Durrës arrested a man on Wednesday for an unrelated robbery.", "2025-04-03"),
    ("Smith died on 21 May 2018.", "His brother died on Monday May 21.", "2018-05-23"),
    ("The airport reopened on 21 December.", "The school reopened on Friday.", "2018-12-23"),
    # the claim names nothing its event befell ("It"): no word for the report to give
    (REOPENED, FRIDAY, "2018-12-23"),
    # the report denies or withholds it
    ("The strike began on 21 May.", "Officials denied the strike began on May 21.", "2018-05-28"),
    ("The strike began on 21 May.", "Officials denied, however, that the strike began on May 21.", "2018-05-28"),
    ("The airport reopened on 21 December.", "Gatwick has not reopened since Friday.", "2018-12-23"),
    # a claim without its year is read in the report's: not a strike of 2015 in a report of 2018
    ("The strike began on 21 May.", "The strike, launched May 21 2015, spread.", "2018-05-28"),
    ("The strike began on 21 May.", "The strike, launched May 21, spread.", None),
    # one word shared, but not whom the event befell: a place, a possessor, a place after
    # the day (review rv14); the one arrested is the object of an active verb
    ("The mayor of Tirana died on 2 April 2025.", "Separately, a retired firefighter died on Wednesday in Tirana.",
     "2025-04-03"),
    ("Smith's wife died on 21 May 2018.", "Smith died on Monday May 21.", "2018-05-23"),
    ("Smith died on 21 May 2018.", "Smith's wife died on Monday May 21.", "2018-05-23"),
    ("The mayor was arrested on 2 April 2025.", "Protesters were arrested on Wednesday outside the mayor's office.",
     "2025-04-03"),
    ("Two traders from Durrës were arrested on 2 April 2025.",
     "Police in Durrës arrested a man on Wednesday for an unrelated robbery.", "2025-04-03"),
    ("The mayor was arrested on 2 April 2025.", "The mayor's guards arrested three protesters on Wednesday.",
     "2025-04-03"),
    # a closing speech tag that refutes it (review rv14)
    ("The strike began on 21 May.", "The strike began on May 21, officials falsely claimed.", "2018-05-28"),
    ("The strike began on 21 May.", "The strike began on May 21, the union denied.", "2018-05-28"),
])
def test_the_same_event_word_on_the_day_of_something_else_or_denied_says_no_part(claim, news, published):
    assert dated_event(claim, (news,), published) == ""


@pytest.mark.parametrize(("claim", "news", "published"), [
    ("Smith died on 21 May 2018.", "Smith died on Monday May 21.", "2018-05-23"),
    ("The mayor's deputy died on 2 April 2025.", "The mayor's deputy died on Wednesday in Tirana.", "2025-04-03"),
    ("The airport reopened on 21 December.", "The airport reopened on Friday.", "2018-12-23"),
    # the event noun opening the clause is the thing itself ("the strike began")
    ("The strike began on 21 May.", "The strike, launched May 21, spread.", "2018-05-28"),
    # another clause's negation is not the event's ("no response")
    (BEGAN, LAUNCHED, "2018-05-28"),
    # a year-less day read in the report's year, the one nearest it: 31 December 2018 in a
    # report of 2 January 2019
    ("The strike began on 31 December.", "The strike, launched on Monday, spread.", "2019-01-02"),
    # the one arrested: subject of a passive, object of an active verb, either way round
    ("Police arrested the mayor on 2 April 2025.", "The mayor was arrested on Wednesday.", "2025-04-03"),
    ("The mayor was arrested on 2 April 2025.", "Police in Korçë arrested the mayor on Wednesday.", "2025-04-03"),
    ("Two traders from Durrës were arrested on 2 April 2025.", "Two traders were arrested on Wednesday.",
     "2025-04-03"),
    # a relative pronoun's antecedent; a name in apposition; a possessor; a noun before the event
    # noun (madeira-bus-crash, lagos-ikoyi-high-rise-collapse, liz-truss-lettuce, sohag-train-collision)
    ("On 17 April 2019, a tour bus crashed in Caniço.",
     "Firemen stand next to the wreckage of a tourist bus that crashed on April 17, 2019 in Canico.", "2019-04-18"),
    ("His body was recovered on 4 November.",
     "As gathered, the lifeless body of the building owner, Femi Osibona, was recovered Thursday evening.",
     "2021-11-05"),
    ("Truss announced her resignation as prime minister on 20 October 2022.",
     "With Truss’s resignation today, the iceberg lettuce won the race.", "2022-10-20"),
    ("On 26 March 2021, two trains collided in the Tahta district.",
     "The toll of the Sohag train collision that occurred yesterday was altered.", "2021-03-27"),
    # a closing clause that refutes something else is no speech tag
    ("The strike began on 21 May.", "The strike began on May 21, after workers rejected the offer.", "2018-05-28"),
])
def test_the_same_event_of_the_same_thing_on_the_day_says_that_part(claim, news, published):
    assert dated_event(claim, (news,), published) == news

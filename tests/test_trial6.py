"""Trial 6 (a building collapse merged into its street): defects found on a real merge."""

from __future__ import annotations

import pytest

from mergekit.verify.spans import split_sentences


@pytest.mark.parametrize("text, expected", [
    # NBC News, 19 Oct 2019: cut after "Oct.", the second piece read as saying that a
    # building "was subsequently demolished" (it is the cranes)
    ("Two cranes leaning on a collapsed Hard Rock Hotel construction site in New Orleans where three "
     "people died on Oct. 12 are to be demolished in controlled explosions. The demolition was postponed.",
     ["Two cranes leaning on a collapsed Hard Rock Hotel construction site in New Orleans where three "
      "people died on Oct. 12 are to be demolished in controlled explosions.", "The demolition was postponed."]),
    ("It opened on Sept. 3, 2019. Sales fell.", ["It opened on Sept. 3, 2019.", "Sales fell."]),
    # a month at a sentence's end, before a capital, still ends it
    ("The vote was held in Oct. The result was close.", ["The vote was held in Oct.", "The result was close."]),
])
def test_short_month_before_its_day_ends_no_evidence_sentence(text, expected):
    assert split_sentences([text]) == expected


# The WikiProjectMed mirror of "1031 Canal" (mdwiki.org), cut: the image caption under
# "History" names the article's subject, not the section's.
_MIRROR = """1031 Canal

From WikiProjectMed
Jump to navigation Jump to search

1031 Canal was a partially collapsed 190-foot-tall (58 m) multi-use high-rise building in New Orleans.[1]

History

Woolworth store at 1031 Canal (c. 1960)

The location was originally a Woolworth store constructed in the 1930s. The store has been vacant since the 1990s.[2]
"""


def test_a_caption_naming_the_articles_subject_under_a_heading_is_no_subsection():
    from mergekit.load.rendered import parse_rendered

    article = parse_rendered(_MIRROR)
    assert [(s.title, len(s.sentences)) for s in article.sections] == [("", 1), ("History", 2)]
    assert "caption: Woolworth store at 1031 Canal (c. 1960)" in article.removed


def test_a_subsection_narrowing_its_parent_is_kept():
    from mergekit.load.rendered import parse_rendered

    text = _MIRROR.replace("Woolworth store at 1031 Canal (c. 1960)", "Woolworth store")
    article = parse_rendered(text)
    assert [s.title for s in article.sections] == ["", "History", "Woolworth store"]


# (rv13) A mirror's "Malawi": the section's first line is a subsection's heading that names
# the article's subject, with no sign of a caption (no date in parentheses, no "pictured").
_MALAWI = """Malawi

From WikiProjectMed
Jump to navigation Jump to search

Malawi is a landlocked country in Southeast Africa.[1] Its capital is Lilongwe.

History

Early history of Malawi

The area of Africa now known as Malawi had a very small population of hunter-gatherers before waves of Bantu \
peoples began emigrating from the north around the 10th century. Most of the Bantu peoples continued south.
"""


@pytest.mark.parametrize("title", [None, "Malawi"])
def test_a_subsection_naming_the_articles_subject_is_kept(title):
    from mergekit.load.rendered import parse_rendered

    article = parse_rendered(_MALAWI, title=title)
    assert [(s.title, len(s.sentences)) for s in article.sections] == [
        ("", 2), ("History", 0), ("Early history of Malawi", 2)]
    assert not [line for line in article.removed if line.startswith("caption")]


@pytest.mark.parametrize("heading", [
    # (rv14) a bare year in parentheses dates a subsection as well as a picture
    "Independence of Malawi (1964)",
    "Founding of Malawi (1891)",
    "Colonisation of Malawi (1890s)",
])
@pytest.mark.parametrize("title", [None, "Malawi"])
def test_a_subsection_naming_the_articles_subject_with_a_year_is_kept(heading, title):
    from mergekit.load.rendered import parse_rendered

    article = parse_rendered(_MALAWI.replace("Early history of Malawi", heading), title=title)
    assert [(s.title, len(s.sentences)) for s in article.sections] == [("", 2), ("History", 0), (heading, 2)]
    assert not [line for line in article.removed if line.startswith("caption")]


@pytest.mark.parametrize("caption", [
    "Early history of Malawi (c. 1960)",  # D1's shape, under another article
    "Lake Malawi pictured from the shore of Malawi",
    "Map of Malawi (1891)",  # a bare year beside a word for a picture
    "Crowds in Malawi (June 2019)",  # a date with its month
])
def test_a_caption_naming_the_articles_subject_says_it_is_one(caption):
    from mergekit.load.rendered import parse_rendered

    article = parse_rendered(_MALAWI.replace("Early history of Malawi", caption))
    assert [(s.title, len(s.sentences)) for s in article.sections] == [("", 2), ("History", 2)]
    assert f"caption: {caption}" in article.removed


# The Points Guy and NBC News on the Hard Rock Hotel collapse (12 and 19 October 2019): the
# first day's toll is an early count, no conflict; the cluster's reason says so rather than
# that "one" and "three" overlap.
_CANAL = "On October 12, 2019, the under-construction building partially collapsed, resulting in the deaths of three workers."
_TPG = ("NOLA.com reports that the Hard Rock Hotel, which is under construction, has partially collapsed; "
        "one person is dead, three are missing and 18 are injured.")
_NBC = ("Two cranes leaning on a collapsed Hard Rock Hotel construction site in New Orleans where three people "
        "died on Oct. 12 are to be demolished in controlled explosions.")
_STREET = "'''Canal Street''' is a major thoroughfare in [[New Orleans]].\n\n== References ==\n{{reflist}}\n"


def _dead(tmp_path, news):
    from mergekit.plan.conflicts import find_conflicts
    from tests.merge_folders import merge_folder

    found = find_conflicts(merge_folder(tmp_path, _CANAL, ("Canal Street", _STREET), news))
    return next(c for c in found.clusters if c.id == "dead")


def test_an_overlap_made_by_an_early_count_names_that_count(tmp_path):
    dead = _dead(tmp_path, {"tpg.txt": ("2019-10-12", [_TPG]), "nbc.txt": ("2019-10-19", [_NBC])})
    assert not dead.conflict
    assert dead.reason.startswith("all 3 values overlap once 1 of them is read as a count so far, "
                                  "with no upper bound: 'one' (tpg.txt); tolerance: ")


def test_values_that_overlap_as_written_say_only_that(tmp_path):
    dead = _dead(tmp_path, {"nbc.txt": ("2019-10-19", [_NBC])})
    assert dead.reason.startswith("all 2 values overlap; tolerance: ")


# The Daily Advertiser, 3 April 2020, as stored: its page opens with the video's caption and
# credit, which became the citation's |title= when merge.toml gave none.
_ADVERTISER = """Multiple injuries were reported following the partial collapse of the Hard Rock Hotel in New Orleans, Louisiana, on the morning of Oct. 12, 2019. The Daily Advertiser

The Occupational Safety and Health Administration found numerous safety violations at the site of the 18-story Hard Rock Hotel construction site in New Orleans, which partially collapsed in October, killing three and injuring dozens.
"""


def test_a_caption_with_its_credit_is_no_headline():
    from mergekit.load.news import parse_news_text

    item = parse_news_text(_ADVERTISER, label="advertiser.txt")
    assert item.title is None
    assert item.removed[0].startswith("caption: Multiple injuries were reported")
    assert item.sentences[0].startswith("The Occupational Safety and Health Administration")


@pytest.mark.parametrize("headline", [
    "Fees will go up but not beyond 8%. Nzimande",  # a short quotation and its speaker
    "Hard Rock Hotel collapses on Canal Street",
    # (rv13) a headline that ends in an abbreviation and a name: no sentence ends there
    "Biden signs stopgap bill to avert a government shutdown hours after it passed the U.S. Senate",
    "Tornado kills three people and injures dozens more at a trailer park near St. Louis Park",
    "Hospital patients were left waiting for hours in corridors, according to a report by Dr. Anthony Fauci",
    "Biden signs stopgap bill on Sept. 30, 2023, hours after it passed the U.S. Senate",  # a date, yet one sentence
    # (rv13) a scraped headline that ends with the site's suffix: still the headline, no
    # caption (a caption says when its picture was taken, or who is in it)
    "Part of the Hard Rock Hotel under construction collapses in downtown New Orleans. Watch Video",
    "The Hard Rock Hotel in New Orleans has partially collapsed, one dead. Here's What We Know",
    "Hard Rock Hotel under construction partially collapses on Canal Street, one dead. NOLA",
])
def test_a_headline_stays_the_title(headline):
    from mergekit.load.news import parse_news_text

    story = _ADVERTISER.split("\n\n", 1)[1].replace("Hard Rock", "Hard Rock fees")
    told = "The report read: " + headline.lower() + "."  # a paragraph that shares the headline's words
    text = headline + "\n\n" + story + "\n" + told + "\n"
    assert parse_news_text(text, label="x.txt").title == headline


def _count(value: float, source: str, *, high: float | None = None, display: str = "") -> object:
    from mergekit.facts.clusters import ClusterValue

    return ClusterValue(value, value, value if high is None else high, None, False, source, "news", "dead",
                        f"{display or int(value)} people died.", None, display=display or str(int(value)))


def test_only_the_counts_whose_reading_makes_the_overlap_are_named():
    from mergekit.facts.clusters import _widened

    # "one" (tpg.txt) read as a count so far makes it meet "three"; the later "three"
    # (abc.txt), read so too, changes nothing: it was named as well ("2 of them are ...")
    read = [_count(1, "tpg.txt", display="one"), _count(3, "nbc.txt", display="three"),
            _count(3, "abc.txt", display="three")]
    values = [_count(1, "tpg.txt", high=float("inf"), display="one"), read[1],
              _count(3, "abc.txt", high=float("inf"), display="three")]
    assert _widened(read, values, 0.05, False) == " once 1 of them is read as a count so far, with no upper bound: 'one' (tpg.txt)"


def test_a_count_read_as_its_reports_bound_is_named():
    from mergekit.facts.clusters import _widened

    # "274" read as the "at least 274" its report gives elsewhere (up to 548) meets "300":
    # a finite bound, which was not named at all
    read = [_count(274, "a.txt"), _count(274, "a.txt", high=548, display="at least 274"), _count(300, "b.txt")]
    values = [_count(274, "a.txt", high=548), read[1], read[2]]
    assert _widened(read, values, 0.05, False) == " once 1 of them is read as the bound its report gives elsewhere: '274' (a.txt)"


def test_counts_read_both_ways_are_named_apart():
    from mergekit.facts.clusters import _widened

    read = [_count(1, "tpg.txt", display="one"), _count(274, "a.txt"),
            _count(274, "a.txt", high=548, display="at least 274"), _count(300, "b.txt")]
    values = [_count(1, "tpg.txt", high=float("inf"), display="one"), _count(274, "a.txt", high=548), read[2], read[3]]
    assert _widened(read, values, 0.05, False) == (
        " once 1 of them is read as a count so far, with no upper bound: 'one' (tpg.txt), and 1 read as the bound its "
        "report gives elsewhere: '274' (a.txt)")


@pytest.mark.parametrize("caption", [
    "Firefighters work at the site of the collapsed Hard Rock Hotel in New Orleans on Saturday, Oct. 12, 2019. Gerald Herbert",
    "The Hard Rock Hotel construction site in New Orleans, pictured a week after its partial collapse. USA Today",
])
def test_a_caption_that_says_when_or_who_with_its_credit_is_no_headline(caption):
    from mergekit.load.news import parse_news_text

    item = parse_news_text(caption + "\n\n" + _ADVERTISER.split("\n\n", 1)[1], label="x.txt")
    assert item.title is None
    assert item.removed[0] == "caption: " + caption

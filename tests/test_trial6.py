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
])
def test_a_headline_stays_the_title(headline):
    from mergekit.load.news import parse_news_text

    text = headline + "\n\n" + _ADVERTISER.split("\n\n", 1)[1].replace("Hard Rock", "Hard Rock fees")
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

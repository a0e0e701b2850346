"""A date in a past participle's phrase dates what the participle is done to
(``topics.participle_thing``, ``clusters._same_scope``; contra-30, trial-7 D6)."""

from __future__ import annotations

import pytest

from mergekit.facts import Statement, build_clusters, extract_dates
from mergekit.facts.topics import participle_thing

# trial-7: the article (rebuilt from the English article) and CBC News's stored page
ECCE_ARTICLE = ("The Ecce Homo (Latin: \"Behold the Man\") in the Sanctuary of Mercy church in Borja, Spain, is a "
                "fresco painted circa 1930 by the Spanish painter Elías García Martínez depicting Jesus crowned "
                "with thorns.")
ECCE_CBC = "The original painting, titled Ecce Homo, or Behold the Man, was painted in 1910 by an artist"
# mount-ida-college-closure (tuning): two schools' foundings
CHAMBERLAYNE = ("Chamberlayne Junior College, was founded in 1892, as the Chamberlayne School, by Miss "
                "Catherine J. Chamberlayne.")
MOUNT_IDA = ("“Mount Ida School for Girls” was founded in 1899 by George Franklin Jewett and Abigail Fay Jewett, "
             "and located in an elegant home in Newton on what was called “Mount Ida Hill”.")


def _thing(text: str, date: str) -> set[str]:
    [d] = [d for d in extract_dates(text) if d.text == date]
    return set(participle_thing(d.span, text))


@pytest.mark.parametrize(("text", "date", "has"), [
    (ECCE_ARTICLE, "circa 1930", {"homo", "borja"}),  # after its noun, its agent after the date
    (ECCE_CBC, "in 1910", {"ecc", "homo"}),  # the passive: what is named before "was"
    (CHAMBERLAYNE, "in 1892", {"chamberlayn", "junior"}),  # not "College": a kind of thing (rv15)
    ("The Kelso bridge, built in 1932, collapsed in 2018.", "in 1932", {"kelso"}),  # an aside
])
def test_the_thing_a_participle_is_done_to(text, date, has):
    assert has <= _thing(text, date)


@pytest.mark.parametrize(("text", "date"), [
    ("It was founded in 2009.", "in 2009"),  # nothing named: compared as before
    ("Smith founded the firm in 2009.", "in 2009"),  # an active verb with its object
    ("The foundation of the firm in 2009 was a surprise.", "in 2009"),  # an event noun
    ("The Kelso bridge, built in 1932, collapsed in 2018.", "in 2018"),  # the main verb after the aside
    ("The bridge collapsed in 2018.", "in 2018"),  # an intransitive verb, no participle
    ("The college was founded in 1892.", "in 1892"),  # a common noun names no thing (rv15)
    ("Officials said the dam was built in 1931.", "in 1931"),  # a sentence's first word alone
])
def test_no_thing_where_no_participle_dates(text, date):
    assert _thing(text, date) == set()


def _date_clusters(*texts: str):
    statements = [Statement(f"s{i}", "article" if i == 0 else "news", t, f"k{i}") for i, t in enumerate(texts)]
    return {c.id: c for c in build_clusters(statements) if c.id.startswith("date-")}


def test_the_fresco_painted_circa_1930_against_cbcs_1910():
    [paint] = _date_clusters(ECCE_ARTICLE, ECCE_CBC).values()
    assert paint.id == "date-paint" and paint.conflict
    assert sorted(v.display.split(" (")[0] for v in paint.values) == ["circa 1930", "in 1910"]


def test_two_schools_foundings_are_not_compared():
    found = _date_clusters(CHAMBERLAYNE, MOUNT_IDA)["date-found"]
    assert len(found.values) == 2 and not found.conflict


def test_the_main_clauses_date_is_not_the_participles():
    # "the bridge, built in 1932, collapsed in 2018": the collapse is not dated 1932
    clusters = _date_clusters("The Kelso bridge, built in 1932, collapsed in 2018.", "The Kelso bridge collapsed in 2019.")
    assert clusters["date-collaps"].conflict
    assert [v.display.split(" (")[0] for v in clusters["date-collaps"].values] == ["in 2018", "in 2019"]


@pytest.mark.parametrize(("article", "report"), [
    # rv15: a report's definite description ("The college") may be of the article's named subject
    ("Mount Ida was founded in 1899 as a school for women.", "The college was founded in 1892, the report said."),
    ("The Hoover Dam was built in 1931.", "The structure was built in 1936 by thousands of workers."),
    ("The synagogue was built in 1932.", "Congregation Beth Israel was built in 1935."),
])
def test_a_description_is_compared_with_a_name(article, report):
    clusters = _date_clusters(article, report)
    assert any(c.conflict for c in clusters.values())


def test_two_names_sharing_only_their_kind_are_not_compared():
    # "College" says what kind of thing each is, not which: two colleges' foundings
    found = _date_clusters("Mount Ida College was founded in 1899.",
                           "Chamberlayne Junior College was founded in 1892.")["date-found"]
    assert len(found.values) == 2 and not found.conflict

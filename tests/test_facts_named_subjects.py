"""Two figures of one predicate whose subjects are two proper names are two things' (contra-31).

"Chamberlayne Junior College, was founded in 1892" and "“Mount Ida School for Girls” was
founded in 1899" (mount-ida-college-closure: two colleges that later merged) are the
founding dates of two subjects, not two dates of one founding. ``grammar.named_subject``
reads the proper name that is the subject of the verb whose predicate holds a figure;
two values whose names share no word (and neither is the other's initials) are not
compared (``clusters._same_scope``). A value whose subject is no name (a common noun, a
pronoun, a sentence's capital, an object) meets any. And a count told of one site of an
organisation ("The campus enrolls more than 25,000 students") is not compared with a count
over a whole domain ("... 74,000 students across its five-university system") at any size
(``scope.one_site``, ``clusters._other_extent``). Sentences written for these tests.
"""

from __future__ import annotations

from mergekit.facts import Statement, build_clusters
from mergekit.facts.grammar import named_subject, other_names


def _subject(text: str, figure: str) -> tuple[str, ...]:
    return named_subject(text, text.index(figure))


def _conflicts(article: str, news: str) -> list[str]:
    sts = [Statement("article", "article", article, key="s1"), Statement("wire.txt", "news", news, key="n1")]
    return [c.id for c in build_clusters(sts) if c.conflict]


def test_the_subjects_name_is_read():
    assert _subject("Harwood Technical Institute, was founded in 1903 by a local merchant.", "1903") == (
        "Harwood", "Technical", "Institute")
    assert _subject("“Elm Grove Academy” was founded in 1911 by two sisters.", "1911") == ("Elm", "Grove", "Academy")
    assert _subject("Brightline Freight employed about 900 people.", "about 900") == ("Brightline", "Freight")
    assert _subject("Elm Grove, which was established in 1911, closed last year.", "1911") == ("Elm", "Grove")


def test_no_name_is_read_where_the_subject_is_none():
    assert _subject("The campus enrolls more than 25,000 students.", "more than 25,000") == ()
    assert _subject("Police arrested 30 people.", "30") == ()  # a sentence's capital, maybe no name
    assert _subject("Jones said the firm hired 300 people.", "300") == ()  # a reporting verb
    assert _subject("Elm Grove is about 1,450 students strong.", "1,450") == ()  # a copula
    assert _subject("Elm Grove's campus enrolls 2,000 students.", "2,000") == ()  # a possessive
    assert _subject("The firm, which Jane Harwood founded in 1903, closed.", "1903") == ()
    assert _subject("Elm Grove is small compared to Statewide, which enrolls 74,000 students.", "74,000") == ()
    assert _subject("The train was heading from Aswan to Cairo, which destroyed two carriages.", "two") == ()
    assert _subject("In January 2017 the first train reached London.", "2017") == ()


def test_two_names_and_one():
    assert other_names(("Harwood", "Technical", "Institute"), ("Elm", "Grove", "Academy"))
    assert not other_names(("Elm", "Grove", "Academy"), ("Elm", "Grove"))
    assert not other_names(("FBI",), ("Federal", "Bureau", "Investigation"))
    assert not other_names(("UMass",), ("University", "Massachusetts"))
    assert not other_names((), ("Elm", "Grove"))


def test_two_subjects_founding_dates_are_not_compared():
    assert not _conflicts("Harwood Technical Institute, was founded in 1903, as the Harwood School, by a merchant.",
                          "“Elm Grove Academy” was founded in 1911 by two sisters.")


def test_one_subjects_dates_and_an_unnamed_one_still_conflict():
    assert _conflicts("Harwood Technical Institute was founded in 1903 by a local merchant.",
                      "Harwood Technical Institute was founded in 1911 by a local merchant.")
    assert _conflicts("Harwood Technical Institute was founded in 1903 by a local merchant.",
                      "The institute was founded in 1911 by a local merchant.")


# -- one site against a whole domain ------------------------------------------------------

def test_one_site_is_read():
    from mergekit.facts.scope import one_site

    def site(text: str, figure: str) -> bool:
        i = text.index(figure)
        return one_site(text, (i, i + len(figure)))

    assert site("The campus enrolls more than 25,000 students.", "more than 25,000")
    assert site("Its Leeds branch employs 300 people.", "300")
    assert not site("The company employs 300 people.", "300")
    assert not site("The campus of the college has 24 buildings.", "24")


def test_one_sites_count_is_not_the_wholes_at_a_like_size():
    # contra-31: mount-ida's destination "The campus enrolls more than 25,000 students" against
    # "UMass, which enrolls more than 74,000 students across its five-university system"
    assert not _conflicts("The Riverside campus enrolls more than 9,000 students.",
                          "The college enrolls more than 20,000 students across its four-campus system.")


def test_a_count_naming_no_site_still_meets_the_whole_at_a_like_size():
    assert _conflicts("The college enrolls more than 9,000 students.",
                      "The college enrolls more than 20,000 students across its four-campus system.")


# rv16: a thing the texts say was renamed is one thing under two names (``grammar.renamings``)
_FB = "In 2021, Facebook Inc employed 58,000 people."
_META = "In 2021, Meta Platforms employed 71,000 people."


def test_renamings_are_read():
    from mergekit.facts.grammar import renamings

    assert renamings("Meta Platforms, formerly Facebook Inc, is based in California.") == [
        (("Meta", "Platforms"), ("Facebook", "Inc"))]
    assert renamings("Facebook Inc (now known as Meta Platforms) is based in California.") == [
        (("Facebook", "Inc"), ("Meta", "Platforms"))]
    assert renamings("Facebook Inc was renamed Meta Platforms in October 2021.") == [
        (("Facebook", "Inc"), ("Meta", "Platforms"))]
    assert renamings("Meta Platforms employed 71,000 people, formerly 58,000.") == []


def test_a_renamed_subjects_figures_are_compared():
    assert _conflicts(_FB, _META + " Facebook Inc was renamed Meta Platforms in October 2021.") == ["employ"]
    assert _conflicts(_FB, _META + " Meta Platforms, formerly Facebook Inc, is based in California.") == ["employ"]


def test_an_unrelated_renaming_keeps_two_names_apart():
    # known gap: with no text saying the two names are one thing, they stay apart
    assert _conflicts(_FB, _META + " Google was renamed Alphabet in 2015.") == []


# rv17: the second name ends its appositive; a possessive or a post is no second name
def test_a_longer_noun_phrase_is_no_renaming():
    from mergekit.facts.grammar import renamings

    assert renamings("Acme Corp, formerly Beta Ltd's rival, grew.") == []
    assert renamings("Acme Corp, formerly Beta Ltd’s rival, grew.") == []
    assert renamings("Acme Corp hired Jane Smith, formerly Chief Executive of Beta Ltd.") == []
    assert renamings("Bob Jones, now known as Acme Radio's host, spoke.") == []
    assert renamings("Jane Smith, now Prime Minister, spoke.") == []
    # controls: a name ending its appositive, a dash, a date
    assert renamings("GM, formerly General Motors, grew.") == [(("GM",), ("General", "Motors"))]
    assert renamings("Acme Corp \u2013 formerly Beta Ltd \u2013 grew.") == [(("Acme", "Corp"), ("Beta", "Ltd"))]
    assert renamings("Acme Corp, formerly Beta Ltd.") == [(("Acme", "Corp"), ("Beta", "Ltd"))]
    assert renamings("Beta Ltd was renamed Acme Corp on 1 May 2022.") == [(("Beta", "Ltd"), ("Acme", "Corp"))]


def test_a_rival_is_not_a_former_name():
    acme, beta = "In 2021, Acme Corp employed 5,000 people.", "In 2021, Beta Ltd employed 9,000 people."
    assert _conflicts(acme, beta) == []
    assert _conflicts(acme, beta + " Acme Corp, formerly Beta Ltd's rival, grew quickly in 2022.") == []
    assert _conflicts(acme, beta + " Acme Corp, formerly Beta Ltd, grew quickly in 2022.") == ["employ"]  # control

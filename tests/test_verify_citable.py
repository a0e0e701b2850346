"""What keeps a "supported" source from being cited for a claim it does not say
(``mergekit.verify.names``, ``opposites``, ``plans``, and ``exact``'s words for every one), on the real sentence pairs of the
real-merge corpus's tuning cases that the draft cited wrongly before each rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from mergekit.verify import judge
from mergekit.verify.names import inside_longer_names
from mergekit.verify.opposites import opposite_words
from mergekit.verify.plans import unkept_plan

REAL = Path(__file__).parent / "cases" / "real"

COMMUNITY = "The former community of Walterdale at this location was also named after John Walter."
SHURI = "Shuri Castle is located in Shuri."
CONSTRUCTION = "Construction began in early 2013, and will continue through 2015."
REVERSE = "The reverse shows Queen Elizabeth II."
OLD_BRIDGE = "The old bridge is scheduled to be removed 2015 - 2016."


def _news(path: str) -> list[str]:
    return [(REAL / path).read_text(encoding="utf-8")]


@pytest.mark.parametrize("claim, news", [
    # "Walterdale" only in "Walterdale Bridge"
    (COMMUNITY, "walterdale-bridge/input/buzz-two-bridges.txt"),
    # "Shuri" only in "Shuri Castle" (and "Shuri Community Center")
    (SHURI, "shuri-castle-fire/input/france24-afp-fire-engulfs-castle.txt"),
    (SHURI, "shuri-castle-fire/input/ryukyushimpo-main-hall-burned-down.txt"),
    # "was supposed to be wrap up in late 2015"
    (CONSTRUCTION, "walterdale-bridge/input/buzz-two-bridges.txt"),
    (CONSTRUCTION, "walterdale-bridge/input/globalnews-open-in-september.txt"),
    # "it bears the portrait of Queen Elizabeth II on the obverse side"
    (REVERSE, "big-maple-leaf-theft/input/globeandmail-massive-gold-coin.txt"),
    # the new bridge's opening, not the old one's removal
    (OLD_BRIDGE, "walterdale-bridge/input/cbc-delayed-a-full-year.txt"),
    # "a bus carrying German tourists" (and "some local people could also be among the casualties")
    ("Of the 29 dead, all of them were German.", "madeira-bus-crash/input/maravipost-at-least-29-killed.txt"),
])
def test_a_source_the_heads_call_supporting_is_not_cited(claim, news):
    judgement = judge(claim, _news(news))
    assert judgement.label == "supported"  # what the fitted heads say; the rules overrule it
    assert not judgement.citable


def test_the_same_sources_are_still_cited_for_what_they_say():
    assert judge("Construction began in early 2013.", _news("walterdale-bridge/input/buzz-two-bridges.txt")).citable
    assert judge("The old Walterdale Bridge was named after John Walter.",
                 _news("walterdale-bridge/input/buzz-two-bridges.txt")).citable


@pytest.mark.parametrize("claim, evidence, stranded", [
    (SHURI, ["A fire destroyed Shuri Castle in Naha."], ("shuri",)),  # the claim tells the two apart
    (COMMUNITY, ["The old Walterdale Bridge was named after John Walter."], ("walterdale",)),
    (COMMUNITY, ["Walterdale was a community named after John Walter."], ()),  # also on its own
    # a shortened name, a longer name in front, a name the source never gives: found or not ours
    ("Nazir was appointed chair.", ["Nazir Razak was appointed chair of the council."], ()),
    ("The ferry sank in Toba.", ["The ferry sank in Lake Toba."], ()),
    ("The students of Alexander Muss are safe.", ["Alexander Muss High School keeps its students safe."], ()),
    ("The ferry sank in Toba.", ["The ferry sank."], ()),
    # the first word alone is capitalised for the sentence; "The" is no part of a name
    ("Construction began in 2013.", ["Construction Review Online reported it."], ()),
    ("The Bode Museum lent it.", ["The Bode Museum Berlin lent it."], ()),
    # "New" is a word of the name, not a function word to drop
    ("It moved to New York.", ["It moved to New York City Hall."], ()),
    ("It moved to New York.", ["It opened the New York Museum."], ("new york",)),
])
def test_names_inside_longer_names(claim, evidence, stranded):
    assert inside_longer_names(claim, evidence) == stranded


def test_a_run_of_a_thousand_sources_reads_each_source_once():
    """A 1,000-sentence article against 250 news files has about 960 sources (240x240 in
    ``benchmarks/merge_growth.py``), each read against every claim aligned with it: going
    back to the first source after the last finds its names remembered (256 thrashed)."""
    from mergekit.verify import names

    sources = [(f"Report {i} names the Walterdale Bridge.", f"It was built in {i}.") for i in range(1000)]
    names._source_names.cache_clear()
    for evidence in sources:
        inside_longer_names(COMMUNITY, evidence)
    misses = names._source_names.cache_info().misses
    for evidence in sources:
        assert inside_longer_names(COMMUNITY, evidence) == ("walterdale",)
    assert names._source_names.cache_info().misses == misses


@pytest.mark.parametrize("claim, quote, found", [
    (REVERSE, "Like all Canadian gold coins, it bears the portrait of Queen Elizabeth II on the obverse side.",
     ("reverse/obverse",)),
    (OLD_BRIDGE, "The opening date for the new Walterdale Bridge has been pushed back a full year.", ("old/new",)),
    # the claim's own word in the quote too: both sides are told
    (REVERSE, "The obverse shows a maple leaf and the reverse Queen Elizabeth II.", ()),
    ("The four defendants were acquitted.", "The four were convicted of criminal damage.", ("acquitted/convicted",)),
])
def test_opposite_words(claim, quote, found):
    assert opposite_words(claim, quote) == found


@pytest.mark.parametrize("claim, quote, found", [
    (CONSTRUCTION, "Construction began in early 2013 and was supposed to be wrap up in late 2015.",
     "supposed to be wrap up in late 2015"),
    ("Construction began in early 2013.", "Construction began in early 2013 and was supposed to end in 2015.", ""),
    ("The match was originally scheduled to be played in Lima.",
     "The match was originally scheduled to be played in Lima.", ""),  # the claim says it too
    ("The stadium is expected to open in 2028.", "The stadium was expected to open in 2028.", ""),  # not read
])
def test_unkept_plans(claim, quote, found):
    assert unkept_plan(claim, quote) == found

"""One counted noun in two frames, and a figure each member gets (contra-29).

- A figure of a distributive ("one game apiece", "26 seats each", "were each fined")
  is each member's share: no count of the members, nor a total (``grammar.distributive``).
- A figure right after a passive participle is no object of it: "were suspended one"
  does not count the suspended (the passive's patient is its subject).
- A count of a noun no event governs is told in the frame of the verb whose prepositional
  phrase holds it (``grammar.governing_verb``): "won the series in six games" and
  "suspended for 30 games" count the games of two things, never compared; the same verb's
  counts still are.

Sentences written for these tests, in the manner of pacers-pistons-brawl (ESPN's "suspended
one game apiece", the article's "won in six games") and of other sports and courts.
"""

from __future__ import annotations

from mergekit.align import Match, Passage
from mergekit.facts import Statement, build_clusters
from mergekit.facts.grammar import governing_verb
from mergekit.facts.quantities import extract_quantities
from mergekit.facts.topics import quantity_topic
from mergekit.plan.aligned import figure_conflicts


def _topic(text: str, figure: str):
    [q] = [q for q in extract_quantities(text) if q.text == figure]
    return quantity_topic(q, text)


def _conflicts(article: str, news: str, prefix: str = "count-") -> list[str]:
    sts = [Statement("article", "article", article, key="s1"), Statement("wire.txt", "news", news, key="n1")]
    return [c.id for c in build_clusters(sts) if c.conflict and c.id.startswith(prefix)]


# -- a distributive figure ---------------------------------------------------------------

def test_a_figure_apiece_counts_no_one():
    assert _topic("Two defenders were suspended three matches apiece for the fight.", "three") is None
    assert _topic("Four players were suspended one game apiece for leaving the bench.", "one") is None


def test_a_figure_each_after_its_noun_counts_no_one():
    assert _topic("The two clubs were docked six points each by the league.", "six") is None
    assert _topic("The rivals finished level with 26 seats each.", "26") is None


def test_each_before_the_verb_makes_the_figure_each_members():
    assert _topic("The three brothers each received 40 lashes in the square.", "40") is None


def test_each_member_is_not_compared_with_the_whole():
    # "one game apiece" was read as one player suspended against the article's nine
    assert not _conflicts("The league suspended nine players after the brawl.",
                          "Billups and Coleman were suspended one game apiece for leaving the bench.", prefix="")


def test_each_of_the_whole_names_the_whole():
    # rv15: "Each of the 30 passengers" names the whole; "each" before a figure makes it each
    # member's only when a verb stands between them ("Each of the four received five")
    assert _topic("Each of the 30 passengers was injured.", "30").id == "injured"
    assert _conflicts("Each of the 30 passengers was injured.", "25 passengers were injured in the crash.",
                      prefix="") == ["injured"]
    assert _topic("Each of the 12 miners received 500 dollars.", "12") is not None
    assert _topic("Each of the four survivors received five medals.", "five") is None  # control
    assert _topic("The two winners will each take home 50,000 pounds.", "50,000") is None  # control: no "of"


def test_an_aside_after_a_comma_is_no_distributive():
    assert _topic("Police arrested 30 people, each on charges of looting.", "30").id == "arrest"


def test_controls_each_of_a_time_and_each_other():
    assert _topic("Each year, 30 people die on the road through the pass.", "30").id == "dead"
    assert _topic("The two men blamed each other after 12 workers were injured.", "12").id == "injured"
    assert _topic("The league suspended nine players after the brawl.", "nine").id == "suspend"


# -- a figure after a passive participle ------------------------------------------------

def test_a_figure_after_a_passive_counts_not_its_patients():
    # a hard-wrapped line that cut "were suspended one / game apiece"
    assert _topic("Elden Campbell and Derrick Coleman -- were suspended one", "one") is None
    assert _topic("The captain was reportedly banned three", "three") is None


def test_controls_an_active_verb_keeps_its_object():
    assert _topic("Police have arrested five people after the match.", "five").id == "arrest"
    # a progressive is no passive: the ferry carried the 188
    assert _topic("The ferry was carrying 188 passengers and crew.", "188").id != "count-passeng"


# -- the frame of a count no event governs ---------------------------------------------

def test_the_verb_of_the_prepositional_phrase():
    text = "The meeting was the first since the Conference Finals, which the Pistons won in six games."
    assert governing_verb(text, text.index("six")) == "win"
    text = "After the game, the league suspended nine players for a total of 146 games."
    assert governing_verb(text, text.index("146")) == "suspend"
    text = "The board punished the club by banning nine players for more than 140 games."
    assert governing_verb(text, text.index("more than")) == "ban"
    text = "Smith was suspended for 30 games."
    assert governing_verb(text, text.index("30")) == "suspend"


def test_no_verb_no_frame():
    text = "It was their first win in six games."
    assert governing_verb(text, text.index("six")) is None
    text = "Smith was suspended for 30 games and Jones for 25."
    assert governing_verb(text, text.index("25")) is None
    text = "Smith played 30 games last season."  # an object, not a prepositional phrase
    assert governing_verb(text, text.index("30")) is None


def test_a_series_and_a_suspension_are_not_compared():
    article = "The Rockets met the Spurs again, having won the Western final in six games."
    assert not _conflicts(article, "The league has suspended the Spurs forward for 30 games after the fight.")


def test_the_same_frame_is_still_compared():
    article = "The league suspended the Spurs forward for 30 games after the fight."
    assert _conflicts(article, "The Spurs forward was suspended for 25 games after the fight.") == ["count-game"]


def test_a_count_with_no_frame_meets_any():
    article = "The league suspended the Spurs forward for 30 games after the fight."
    assert _conflicts(article, "The Spurs forward will miss 25 games after the fight.") == ["count-game"]


def test_aligned_figures_of_two_frames_are_not_compared():
    claim = "The Rockets met the Spurs again, having won the Western final in six games."
    news = "The league has suspended the Spurs forward for 30 games after the fight with the Rockets."
    assert figure_conflicts(claim, [Match(Passage("wire.txt", 0, news), 1.0)]) == []
    same = "The league suspended the Spurs forward for 25 games after the fight with the Rockets."
    claim = "The league suspended the Spurs forward for 30 games after the fight with the Rockets."
    assert [c.noun for c in figure_conflicts(claim, [Match(Passage("wire.txt", 0, same), 1.0)])] == ["game"]

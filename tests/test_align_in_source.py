"""``PassageIndex.in_source`` scores a bounded number of one source's passages (blocking), so
showing a needs_citation lead costs no more on a long source than on a short one."""

from __future__ import annotations

from mergekit.align import Passage, PassageIndex


def test_in_source_scores_at_most_max_candidates_keeping_the_strongest():
    filler = [Passage("long.txt", i, f"The bridge carried traffic on day {i} of the works.") for i in range(60)]
    says = Passage("long.txt", 60, "The cable-stayed bridge on the highway failed in bitter cold.")
    other = [Passage("other.txt", 0, "The cable-stayed bridge failed in bitter cold.")]
    index = PassageIndex([*filler, says, *other], max_candidates=8)
    found = index.in_source("The cable-stayed bridge failed in bitter cold on the highway.", "long.txt")
    assert 0 < len(found) <= 8  # every one of the 61 before: each shares "bridge"
    assert found[0].passage == says and all(m.passage.source == "long.txt" for m in found)


def test_in_sources_reads_the_postings_once_and_gives_each_source_what_in_source_gives():
    # a sentence several sources say in part asks of each: per source, the claim's postings
    # were walked once a source (60x60: half the lead's cost); the answers must not change
    passages = [Passage(f"{s}.txt", i, f"The {w} bridge carried traffic on day {i} of the works.")
                for s in ("a", "b", "c") for i, w in enumerate(("old", "cable-stayed", "toll", "steel") * 5)]
    passages.append(Passage("b.txt", 99, "The cable-stayed bridge on the highway failed in bitter cold."))
    index = PassageIndex(passages, max_candidates=6)
    claim = "The cable-stayed bridge failed in bitter cold on the highway."
    both = index.in_sources(claim, ["a.txt", "b.txt"])
    assert set(both) == {"a.txt", "b.txt"}
    assert all(both[source] == index.in_source(claim, source) for source in both)
    assert both["b.txt"][0].passage.index == 99

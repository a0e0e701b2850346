"""trial-7: a quotation split by its attribution is cited by the reference closing it.

The source: ``"The priest knew it," she told Spanish television. "I've never tried to do
anything hidden."<ref name="nyt" />``. The sentence splitter cuts the quotation in two, and
the first half, cited by nothing written right after it, was tagged ``{{citation needed}}``
between the halves; dismissing the finding in review kept the tag ("nothing cites it").
The reference closing a quotation cites all of it.
"""

from __future__ import annotations

from mergekit.model import Sentence
from mergekit.plan.citations import effective_citations


def _cites(*texts_refs: tuple[str, tuple[str, ...]]) -> list[tuple[tuple[str, ...], bool]]:
    return effective_citations([Sentence(text=t, refs=r) for t, r in texts_refs])


def test_the_first_half_of_a_split_quotation_is_cited_by_its_closing_reference():
    assert _cites(('"The priest knew it," she told Spanish television.', ()),
                  ('"I\'ve never tried to do anything hidden."', ("nyt",))) == [(("nyt",), False), (("nyt",), False)]
    assert _cites(("\u201cWe lost everything,\u201d the mayor said.", ()),
                  ("\u201cNobody came to help.\u201d", ("ap",)))[0] == (("ap",), False)


def test_other_uncited_sentences_only_get_the_closing_citation_as_a_candidate():
    # not a quotation continued by the next sentence
    assert _cites(("The priest knew about it, she said.", ()),
                  ('"I\'ve never tried to do anything hidden."', ("nyt",)))[0] == (("nyt",), True)
    # a quotation that ends with its sentence: the next quotation is another
    assert _cites(('She said: "The priest knew it."', ()),
                  ('"I\'ve never tried to do anything hidden."', ("nyt",)))[0] == (("nyt",), True)
    # the next sentence is no quotation
    assert _cites(('"The priest knew it," she told Spanish television.', ()),
                  ("The church was closed.", ("nyt",)))[0] == (("nyt",), True)
    # another paragraph
    assert effective_citations([Sentence(text='"The priest knew it," she said.', paragraph=0),
                                Sentence(text='"Never hidden."', refs=("nyt",), paragraph=1)])[0] == ((), False)


def test_a_quotation_with_its_own_attribution_is_another_quotation():
    # (rv14) two speakers: the closing reference may cite only the second; a candidate
    assert _cites(('"We will rebuild," the mayor said.', ()),
                  ('"It is a disgrace," opposition leader Jane Roe replied.', ("roe",))) == [
        (("roe",), True), (("roe",), False)]
    assert _cites(('"Why now?" asked one resident.', ()),
                  ('"We are reviewing the case," a spokesman said.', ("ap",)))[0] == (("ap",), True)
    assert _cites(("\u201cPrayers answered,\u201d Governor Greg Abbott wrote on Twitter.", ()),
                  ("\u201cThe neighbourhood is shaken,\u201d a neighbour told reporters.", ("3",)))[0] == (("3",), True)
    # a quotation that goes on after its close ('"…" was all he said.')
    assert _cites(('"The priest knew it," she told Spanish television.', ()),
                  ('"Never hidden" was all she added.', ("nyt",)))[0] == (("nyt",), True)


def test_the_second_half_may_end_with_a_question_or_exclamation():
    assert _cites(('"The priest knew it," she told Spanish television.', ()),
                  ('"Why would I hide anything?"', ("nyt",)))[0] == (("nyt",), False)


def test_the_second_half_may_close_its_stop_outside_the_marks():
    # rv16: logical punctuation ('"…hidden".') lost the closing reference again
    assert _cites(('"The priest knew it," she told Spanish television.', ()),
                  ('"I have never tried to do anything hidden".', ("nyt",)))[0] == (("nyt",), False)
    assert _cites(("\u201cWe lost everything,\u201d the mayor said.", ()),
                  ("\u201cNobody came to help\u201d.", ("ap",)))[0] == (("ap",), False)
    # still not when the quotation goes on after its close
    assert _cites(('"The priest knew it," she told Spanish television.', ()),
                  ('"Never hidden" was all she added.', ("nyt",)))[0] == (("nyt",), True)

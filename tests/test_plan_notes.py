"""Generated attribution sentences: one per conflict, both figures and both attributions,
every piece from the evidence, the speaker a person or an organisation (``plan/notes.py``)."""

from __future__ import annotations

from mergekit.plan.notes import Side, as_written, conflict_sentence, speaker_phrase


def _side(figure, quote, speaker=None, outlet=None, zero=False):
    return Side(figure, zero, quote, speaker, outlet)


MEK = _side("one", "The conflict between police and the MEK left one dead, MEK said.", "MEK")


def test_a_discourse_word_is_never_a_speaker():
    other = _side("three", "Meanwhile said three people were killed.", "Meanwhile", "Valley Courier")
    assert speaker_phrase("Meanwhile", other.quote) is None
    assert conflict_sentence("people killed", MEK, other) is None


def test_a_document_is_not_a_speaker_and_its_figure_is_not_restated():
    statement = _side("more than 100", "More than 100 were injured, according to a statement.",
                      "statement", "Euronews Albania")
    assert conflict_sentence("people injured", MEK, statement) is None


def test_the_speaker_is_written_as_the_evidence_writes_it():
    assert speaker_phrase("Ministry of Interior", "The Ministry of Interior denies there was a victim.") \
        == "the Ministry of Interior"
    assert speaker_phrase("MEK", MEK.quote) == "the MEK"
    assert speaker_phrase("state police", "Rather, the state police said no one died.") == "the state police"
    assert speaker_phrase("Dornfield Stone", "Three died, Dornfield Stone said.") == "Dornfield Stone"
    # a capitalised common noun that only opens a sentence names nobody
    assert speaker_phrase("Officials", "Officials said three died.") is None
    assert speaker_phrase("they", "They said three died.") is None


def test_one_sentence_names_both_figures_and_both_attributions():
    denial = _side("no victim", "The Ministry of Interior denies there has been a victim.",
                   "Ministry of Interior", "Euronews Albania", zero=True)
    assert conflict_sentence("people killed", MEK, denial) == (
        "Figures for people killed differ: the MEK gave one, while the Ministry of Interior gave none, "
        "according to Euronews Albania.")
    own = _side("over 100", "One death and over 100 injured.", None, "Euractiv")
    assert conflict_sentence("people injured", MEK, own) == (
        "Figures for people injured differ: the MEK gave one, while Euractiv reported over 100.")


def test_a_figure_missing_from_its_quote_is_not_written():
    other = _side("150", "Dozens of computers were seized.", None, "Tirana Times")
    assert conflict_sentence("computers seized", MEK, other) is None


def test_nobody_in_particular_is_not_a_speaker_but_the_finding_keeps_the_words():
    quote = "One person died and 100 were injured, a spokesperson said."
    assert speaker_phrase("spokesperson", quote) is None
    assert as_written("spokesperson", quote) == "a spokesperson"  # how the finding words it
    assert as_written("US State Department", "Later, the US State Department said:") == "the US State Department"

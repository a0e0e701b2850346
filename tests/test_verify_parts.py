"""The verifier's parts: splitting, numbers, features, and the shipped heads."""

from __future__ import annotations

import math
import random

import pytest

from mergekit.verify.features import FEATURE_NAMES, extract
from mergekit.verify.model import Head, TreeHead, Verifier, _compile, load_verifier
from mergekit.verify.spans import MAX_WORDS, numbers, split_sentences, stem, tokens


@pytest.mark.parametrize("text, expected", [
    ("It rained. Then it stopped! Did it?", ["It rained.", "Then it stopped!", "Did it?"]),
    ("Line one\nLine two", ["Line one", "Line two"]),
    ('He said "no." She left.', ['He said "no."', "She left."]),
    ("The 3.5 m wall.", ["The 3.5 m wall."]),
])
def test_split_sentences(text, expected):
    assert split_sentences([text]) == expected


def test_long_run_on_text_is_cut_into_chunks():
    chunks = split_sentences(["word " * (MAX_WORDS * 2 + 5)])
    assert [len(c.split()) for c in chunks] == [MAX_WORDS, MAX_WORDS, 5]


@pytest.mark.parametrize("text, expected", [
    ("53,300 people, 15.80% and 2,000", {"53300", "15.8", "2000"}),
    ("a 6–5 record", {"6-5"}),
])
def test_numbers(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("£200m, £200 million and 200,000,000", {"200000000"}),
    ("$1.97 billion or 1.97bn", {"1970000000"}),
    ("$1,000,000 (A$1.5m)", {"1000000", "1500000"}),
    ("3 thousand and $10k", {"3000", "10000"}),
    ("the 100m final, 1.5m tall, 10k runners", {"100", "1.5", "10"}),  # lengths, no currency: no scale
    ("at 06:30, around 6.30 am, 6.30pm or 6:30 p.m.", {"6:30", "18:30"}),
    ("a rate of 3.25 per cent, 25:61", {"3.25", "25", "61"}),  # no time of day
])
def test_numbers_written_differently_compare_equal(text, expected):
    assert numbers(text) == expected


def test_number_ranges_also_count_their_ends_on_the_evidence_side():
    assert numbers("from 1990-95", parts=True) == {"1990-95", "1990", "95"}


def test_tokens_and_stems_match_inflections():
    assert tokens("The tower's sister-ships") == ["the", "tower", "sister", "ships"]
    assert stem("countries") == stem("country") and stem("elected") == stem("elect")


@pytest.mark.parametrize("text, expected", [
    ("Manëz and Durrës", ["manez", "and", "durres"]),  # was "man", "z" and "durr", "s"
    ("São Paulo’s mayor", ["sao", "paulo", "mayor"]),
    ("see 1790_fast_facts", ["see", "1790", "fast", "facts"]),  # URL slugs are words apart
    ("Ψυχή, Москва", ["ψυχη", "москва"]),  # any script
    ("the ﬁnal", ["the", "final"]),  # compatibility forms
])
def test_tokens_read_any_script_and_fold_accents(text, expected):
    assert tokens(text) == expected


def test_spellings_with_and_without_diacritics_match():
    claim = "Police raided the camp in Manëz near Durrës."
    plain = extract(claim, ["Police raided the camp in Manez near Durres on Tuesday."])
    accented = extract(claim, ["Police raided the camp in Manëz near Durrës on Tuesday."])
    assert plain.as_dict()["cov_doc"] == accented.as_dict()["cov_doc"] == 1.0
    assert plain.missing_names == ()


@pytest.mark.parametrize("a, b", [("elections", "elected"), ("studies", "studied"),
                                  ("nationally", "national"), ("generously", "generous")])
def test_snowball_stems_join_derived_forms(a, b):
    assert stem(a) == stem(b)


def test_features_measure_coverage_and_missing_details():
    got = extract("Paris hosted the 1924 Olympics.", ["Paris hosted the Summer Olympics in 1900."])
    values = got.as_dict()
    assert set(values) == set(FEATURE_NAMES)
    assert values["cov_doc"] == pytest.approx(3 / 4)  # paris host olympic, not 1924
    assert got.missing_numbers == ("1924",)
    assert values["num_frac"] == 0.0 and values["refute_doc"] == 0.0


def test_tree_head_walks_to_the_right_leaf():
    # x0 <= 0.5 -> -2.0 ; else x1 <= 1.0 -> 0.0 ; else +2.0
    tree = ((0, 0.5, 1, 2), (-2.0,), (1, 1.0, 3, 4), (0.0,), (2.0,))
    head = TreeHead(baseline=0.0, trees=(tree,), threshold=0.5)
    assert head.probability((0.1, 9.0)) == pytest.approx(1 / (1 + 2.718281828459045 ** 2))
    assert head.probability((0.9, 0.5)) == pytest.approx(0.5)
    assert head.probability((0.9, 3.0)) > 0.8


def test_decision_order_contradiction_first_then_full_then_any():
    def fixed(p):  # a head whose probability is p whatever the features
        return Head(weights=(0.0,), bias=_logit(p), mean=(0.0,), scale=(1.0,), threshold=0.5)

    def label(any_, full, contra):
        heads = {"any": fixed(any_), "full": fixed(full), "contra": fixed(contra)}
        return Verifier(FEATURE_NAMES, heads).decide((0.0,)).label

    assert label(0.9, 0.9, 0.9) == "contradicted"
    assert label(0.9, 0.9, 0.1) == "supported"
    assert label(0.9, 0.1, 0.1) == "partial"
    assert label(0.1, 0.1, 0.1) == "not_supported"


def _logit(p: float) -> float:
    import math

    return math.log(p / (1 - p))


def test_shipped_parameters_load_and_match_the_features():
    verifier = load_verifier()
    assert verifier.features == FEATURE_NAMES
    assert set(verifier.heads) == {"any", "full", "contra"}
    assert all(0 < h.threshold < 1 for h in verifier.heads.values())


def test_compiled_trees_give_the_walks_log_odds_bit_for_bit():
    # the shipped heads, on vectors made of their own thresholds (each comparison's edge),
    # values just either side of them, and 0/1: the generated code must pick every leaf the
    # walk picks and add the leaves in the same order
    rng = random.Random(13)
    for name, head in load_verifier().heads.items():
        edges = sorted({node[1] for tree in head.trees for node in tree if len(node) == 4})
        pool = [0.0, 1.0] + edges + [math.nextafter(e, math.inf) for e in edges] + [e - 1e-9 for e in edges]
        fast = _compile(head.baseline, head.trees)
        for _ in range(3000):
            values = tuple(rng.choice(pool) for _ in FEATURE_NAMES)
            assert fast(values) == head.log_odds(values), name


def test_tree_head_compiles_after_many_vectors_and_answers_the_same():
    head = load_verifier().heads["any"]
    fresh = TreeHead(head.baseline, head.trees, head.threshold)
    values = [tuple((i * 7 + j) % 11 / 10 for j in range(len(FEATURE_NAMES))) for i in range(600)]
    walked = [fresh.log_odds(v) for v in values]
    got = [fresh.probability(v) for v in values]
    assert fresh._fast[1] is not None  # compiled past COMPILE_AFTER
    assert got == [1 / (1 + math.exp(-z)) for z in walked]


def test_part_said_needs_a_whole_clause_of_three_words_not_only_names():
    claim = "Two persons were arrested but only one, 19-year-old Amari Pollard, remained a suspect."
    assert extract(claim, ["Police charged 19-year-old Amari Pollard with murder."]).part_said
    # the names alone are not a part of what it says
    assert not extract("Huguenot High School began its ceremony at 4 pm.",
                       ["Huguenot High School students gathered."]).part_said
    # a name with a lower-case particle is still only a name (madeira-bus-crash, Reuters)
    assert not extract("The President of Portugal, Marcelo Rebelo de Sousa, made plans to visit the site of the crash.",
                       ["Portuguese President Marcelo Rebelo de Sousa told SIC TV that some of the victims were from "
                        "Madeira but most were German."]).part_said
    # a clause of two words is not enough
    assert not extract("They were in critical condition.", ["She is in critical condition."]).part_said


def test_words_of_rank():
    from mergekit.verify.lexicon import rank_words
    assert rank_words("The largest jade mine in the world, the first and only one.") == {"largest", "first", "only"}
    assert rank_words("Protest and interest at the forest near Budapest; the latest arrest.") == {"latest"}


def test_an_ordinal_is_a_word_of_rank_in_one_spelling():
    """tests/cases/real/copa-america-2024-final: "Argentina's eighth final" was cited to a
    report of "a third major championship" and "a record-tying 16th Copa America championship"."""
    from mergekit.verify import judge
    from mergekit.verify.lexicon import rank_words
    claim = "The match was Argentina's eighth final, further extending its record, and was Colombia's third Copa América final."
    quote = ("Argentina defeated Colombia 1-0 and captured a record-tying 16th Copa America championship thanks to a "
             "goal by Lautaro Martinez deep into extra time. The match was postponed for over an hour due to crowd "
             "disturbances, but Martinez came off the bench in the final 30 minutes to guarantee his captain would "
             "win a third major championship in a row.")
    assert rank_words(claim) == {"eighth", "third"}
    assert rank_words(quote) == {"sixteenth", "third"}
    assert rank_words("the 2nd, the 21st and the second-largest spill") == {"second", "21th", "largest"}
    assert not judge(claim, [quote]).citable


def test_one_rule_for_words_of_rank_in_the_destination_reading():
    """plan.already and the citation check share the rule: 'protest' is no superlative."""
    from mergekit.plan.already import _rank
    assert _rank(("largest",)) and _rank(("only",))
    assert not _rank(("protest",)) and not _rank(("interest",))


def test_fold_translates_only_non_ascii_runs_as_the_whole_text_table_did():
    # mergekit.accents.fold translates only the runs of non-ASCII characters (speed only):
    # over every character of the first three planes, ASCII and mixed text, the same text
    # as the table over the whole text
    from mergekit.accents import _FOLD, fold

    every = "".join(chr(i) for i in range(0x30000) if not 0xD800 <= i < 0xE000)
    for text in (every, "Durrës and Korçë, the “ﬁnal” report: 36 hurt", "plain ASCII", "", "ë", "aëb"):
        assert fold(text) == text.translate(_FOLD)
    assert fold("Durrës ﬁle ") == "Durres file "


def test_the_two_window_and_clause_shortcuts_answer_as_the_brute_force():
    """``extract`` reads "cov_two" without joining every window to the first, a claim
    word's sentences for "cov_win_idf" from the survey, and ``part_said`` from the clause
    coverages it has already found: each is held to the brute force (join every window;
    count each word over every sentence's hits; find each clause's best window again) over claims
    and evidence taken from the seed news, windows of every kind (empty, partial, whole)."""
    from pathlib import Path

    from mergekit.verify.features import PART_WORDS, _read_claim, _read_evidence
    from mergekit.verify.scan import Scan, scan

    seeds = Path(__file__).resolve().parents[1] / "seeds"
    sentences = [s for f in sorted(seeds.glob("0*.txt")) for s in split_sentences([f.read_text("utf-8")])]
    rng = random.Random(13)
    checked = set()
    for _ in range(300):
        claim = rng.choice(sentences)
        start = rng.randrange(len(sentences))
        evidence = sentences[start:start + rng.randint(1, 12)]
        said, source = _read_claim(claim), _read_evidence(tuple(evidence))
        doc = scan(source.survey, said.word_set)
        first = doc.unions[Scan.best(doc.unions, said.word_set)[1]]
        two = Scan.best([first | u for u in doc.unions], said.word_set)[0] if first else 0.0
        part = any(len(c) >= PART_WORDS and c - said.names and Scan.best(doc.unions, c)[0] >= 1.0
                   for c in said.clauses)
        df: dict[str, int] = {}
        for hit in doc.hits:
            for w in hit:
                df[w] = df.get(w, 0) + 1
        weight = {w: math.log((len(doc.hits) + 1) / (df.get(w, 0) + 1)) + 1 for w in said.word_set}
        got = extract(claim, evidence)
        assert got.values[FEATURE_NAMES.index("cov_two")] == two
        assert got.values[FEATURE_NAMES.index("cov_win_idf")] == Scan.best(doc.unions, said.word_set, weight)[0]
        assert got.part_said == part
        checked.add((two > 0, two == 1.0, part))
    assert len(checked) >= 4  # no window, some, whole; parts said and not


# Real pairs: sentences of the seed and of real-merge tuning cases, against the passage of
# a news text the verifier quotes for them.
MADEIRA = ("Local TV channel SIC attributed it to either brake failure or a problem with the accelerator cable. "
           "In Berlin, foreign minister Heiko Maas said he would fly to Madeira with a team of doctors, "
           "psychologists and consular officials to meet those affected and thank Portugal for its help. "
           "\u201cWe have no certainty as yet as to how many Germans were among the victims,\u201d he said, while "
           "Chancellor Angela Merkel expressed her \u201csadness and shock\u201d at the tragedy.")


@pytest.mark.parametrize("claim, passage, checkable", [
    # only the sentence's names: nothing an editor can check it against
    ("Portuguese Prime Minister Ant\u00f3nio Costa gave his support to German Chancellor Angela Merkel.",
     MADEIRA, False),
    ("An executive summary was published by the Canadian Radio-television and Telecommunications "
     "Commission in July 2024.",
     "While Rogers did make filings with the Canadian Radio-television and Telecommunications Commission "
     "(CRTC), a lot of the detail was redacted under privacy concerns, shielding the true impact of the "
     "outage from public view.", False),
    # two common words of the event, no name, no figure
    ("They were the train's conductor and a female passenger.",
     "One dead, several injured after Dutch passenger train derails.", False),
    # a name with a word of what it says
    ("The attack, believed to be in retaliation for the MEK camp, the host of the Iranian opposition in "
     "exile, pushed the government to suspend diplomatic relations with Iran.",
     "MEK leaders reacted with harsh language, describing the police intervention as \u201ccriminal and "
     "barbaric behavior\u201d, which according to them was instigated by Iran, a country with which Albania "
     "severed diplomatic relations last summer.", True),
    # a figure of the sentence (the year), and nothing else
    ("In July 2019 the camp hosted a conference of the National Council of Resistance of Iran at which "
     "former United States senator Joe Lieberman spoke.",
     "In 2019, Exit accessed the compound for a forum and reported that makeup and mobile devices were "
     "confiscated upon entry, members wore strict uniforms and were segregated by sex.", True),
    # only the sentence's name, a lower-case "de" inside it too (madeira-bus-crash, Reuters)
    ("The President of Portugal, Marcelo Rebelo de Sousa, made plans to visit the site of the crash.",
     "Portuguese President Marcelo Rebelo de Sousa told SIC TV that some of the victims were from Madeira but "
     "most were German.", False),
    # only who said it: a caption naming the same speaker (colleyville-synagogue-hostage, Washington Post)
    ("Later, law enforcement officials said the man had told the rabbi to make a phone call for him.",
     "Law enforcement officials investigate the hostage incident at Congregation Beth Israel synagogue in "
     "Colleyville, Tex. (Ralph Lauer/EPA-EFE/Shutterstock). Rabbi Charlie had spoken just the previous Saturday "
     "about how hard it is now.", False),
    # three words of what it says, no name
    ("As escape routes were blocked by vehicles, many passengers were unable to escape and were thus "
     "trapped inside the ferry.",
     "Nearly 180 passengers are missing after a ferry sank, but rescuers say many remain trapped inside.", True),
])
def test_a_quote_is_checkable_when_it_shares_a_figure_a_name_and_a_word_or_three_words(claim, passage, checkable):
    assert extract(claim, [passage]).checkable is checkable


# Real sentences of real-merge tuning cases against a sentence of one of their news texts.
RANSOM = ("The same day, a user on BreachForums posted a ransom note believed to be legitimate by some cybersecurity "
          "experts, demanding that Optus pay $1,000,000 ($1,500,000 AUD) in Monero, and stated that they would "
          "release the personal information of 10,000 customers every day that Optus did not pay the ransom until a "
          "week elapses, with a sample of the information of 200 customers.")
KUALA_KOH = ("The sudden deaths of 14 Orang Asli villagers in Kuala Koh Village was at first considered a mystery with "
             "two people dying from pneumonia complications between 2 May and 7 June, while the remaining people's "
             "causes of death remain unknown as their bodies were buried by locals prior to reports of the outbreak.")
LANG = "Woodstock 50 co-creator Michael Lang died on January 8, 2022."
MAGGIE = ("Alex called his wife Maggie (52) on June 7, 2021, and asked her to meet with him at the Murdaugh family "
          "hunting lodge in Islandton, purportedly so that the two of them could travel together to see Alex's "
          "father, Randolph Murdaugh III, who was terminally ill.")
SINAR_TIME = "Authorities stated that the ferry sank at around 17:00\u201317:30 local time."
RESCHEDULED = ("The launch was subsequently rescheduled for 4 January 2018, and was further delayed because of "
               "weather-related concerns.")


@pytest.mark.parametrize("claim, sentence, said", [
    # the figure, written otherwise, with "demanded", "ransom" and "user" beside it
    (RANSOM, "Early on Saturday, an internet user published data samples on an online forum and demanded a ransom "
             "of $1m (A$1.5m; \u00a3938,000) in cryptocurrency from Optus.", True),
    # the figure with two words beside it: 14 ... deaths, dying ... complications
    (KUALA_KOH, "GUA MUSANG, Kelantan: The Orang Asli village in Kuala Koh \u2013 where 14 people died and 50 were "
                "warded for respiratory complications \u2013 has been cordoned off while the authorities identify the "
                "exact cause of their illness.", True),
    # "one of whose ministers was in attendance at the dinner": all but "whose"
    # (the clause of "intensive care unit (ICU)" is a noun phrase and its abbreviation: not one)
    ("Following the publication of the story on 20 August by the Irish Examiner, there was widespread public anger "
     "across Ireland that attendees had allegedly contravened restrictions, one of whose ministers was in attendance "
     "at the dinner.",
     "Calleary resigned as Agriculture Minister on August 21, 2020, after it emerged he was one of more than 80 "
     "people who attended a dinner hosted by the Oireachtas Golf Society.", True),
    # a noun phrase and its abbreviation are no clause of four words: 21 people "warded ... with some
    # being admitted into the emergency unit and intensive care unit (ICU)" is not the count of 9
    ("Twenty-one people were warded at the hospital with some being admitted into the emergency unit and "
     "intensive care unit (ICU).",
     "Earlier today, Health Minister Datuk Seri Dr Dzulkefly Ahmad said a total of 506 victims of toxic fumes had "
     "sought medical treatment out of which nine were admitted into the intensive care unit.", False),
    # a number that is part of a name is no figure of what the sentence says
    (LANG, "The Ulster County resident, who co-founded the 1969 Woodstock Music and Art Fair and is co-promoting "
           "Woodstock 50, renewed his pledge to press on with the planned festival in an email Tuesday sent to people "
           "who had registered for ticket updates through the Woodstock website.", False),
    # nor is a year: "launch", "delayed" and 2018 are what any report of the launch gives
    (RESCHEDULED, "The launch of the Falcon 9 for the classified Zuma mission, which was repeatedly delayed from its "
                  "initial target date in November previous year, kicked off SpaceX's 2018.", False),
    # a figure with one word beside it: "14" and "people" (and the names) only
    (KUALA_KOH, "Health officials said 14 people in other states had measles this year.", False),
    # a name beside the figure counts as one of its words: "wife" and "Maggie" with 52 ...
    (MAGGIE, "Murdaugh was found guilty on Thursday evening of the savage slayings of his wife, 52-year-old Maggie "
             "Murdaugh, and younger son, 22-year-old Paul Murdaugh on June 7, 2021 at Moselle \u2013 the family\u2019s "
             "1,700-acre hunting property straddling the Salkehatchie River on the border of Colleton and Hampton "
             "counties.", True),
    # ... but not in place of every word: 52 and "Maggie" alone (the month is no name of the figure)
    (MAGGIE, "Murdaugh, 54, will spend the rest of his life in prison for the June 7, 2021, shooting deaths of "
             "52-year-old Maggie Murdaugh and their youngest son, 22-year-old Paul Murdaugh.", False),
    # a word the sentence writes in lower case is no name where a name holds it too ("research ship" and
    # "Natural Environment Research Council"): \u00a3200m with "name" and "research"
    ("The name Boaty McBoatface was proposed in a March 2016 #NameOurShip online poll to name the \u00a3200 million "
     "polar scientific research ship being constructed in the Cammell Laird shipyard in Birkenhead for the United "
     "Kingdom's Natural Environment Research Council (NERC).",
     "Despite absolutely storming the boat-naming competition, Boatface was deemed too stupid a name for a \u00a3200m "
     "research vessel and was instead given to a group of three robotic autosubs.", True),
    # a clause said without its reporting verb, "didn't" for "not": all of it but the name "Somerset"
    ("Superintendent Andy Bennett of Avon and Somerset Police stated that they had made a \"tactical decision\" not "
     "to intervene and had allowed the statue to be toppled, citing a concern that stopping the act could have led "
     "to further violence and a riot.",
     "\u201cYou might wonder why we didn\u2019t intervene and why we just allowed people to put it in the docks \u2013 we "
     "made a very tactical decision, to stop people from doing the act may have caused further disorder and we "
     "decided the safest thing to do, in terms of our policing tactics, was to allow it to take place.\u201d", True),
    # the word a clause lacks is never its figure: "authorities ... ferry sank" without the time
    (SINAR_TIME, "Indonesian authorities on Tuesday said 166 people are feared dead after a ferry sank late Monday "
                 "at a lake on the island of Sumatra.", False),
    # a quotation of three words or more, word for word
    ("Local media called the trial South Carolina's \"trial of the century\" and \"arguably one of the most "
     "high-profile and sensational cases in South Carolina legal history.\"",
     "South Carolina\u2019s \u2018Trial of the Century\u2019 is over \u2026 but the \u2018Murdaugh Murders\u2019 crime and "
     "corruption saga is just heating up.", True),
    # a day of a month is no count or time: "5 January" does not give "At 5 am" (colston-four-trial)
    ("At 5 am on 11 June 2020, the statue was retrieved from Bristol Harbour by Bristol City Council.",
     "Four people were cleared at Bristol Crown Court today (Wednesday, 5 January) of causing criminal damage to a "
     "statue of Edward Colston in Bristol in June 2020.", False),
    # a figure says part only where it counts the same things on both sides (``figure_nouns``):
    # fans are no games (pacers-pistons-brawl), seconds no minutes (hawaii-false-missile-alert),
    # sponsorships no months (lochtegate), workers no days
    ("Five fans also faced criminal charges and were banned from attending Pistons home games for life.",
     "Artest got the rest of the season, Jackson 30 games and O'Neal a 25-game ban, while Pacers guard Anthony "
     "Johnson got five games.", False),
    ("38 minutes and 13 seconds later, state officials blamed a miscommunication during a drill at the Hawaii "
     "Emergency Management Agency for the first message.",
     "The officials posted social media messages about 13 minutes after the erroneous warning during the drill.",
     False),
    ("Lochte apologized for not being more candid about the gas station dispute, and subsequently lost four major "
     "sponsorships.",
     "Gunnar Bentz, Jack Conger and James Feigen, who were with Lochte when they stopped at a gas station and "
     "urinated against the building wall, are suspended for four months.", False),
    ("Seven workers were injured when the crane collapsed at the port.",
     "The crane collapsed at the port seven days after its last inspection.", False),
    # ... persons against persons, a measure's genitive against its noun, a bare figure: said
    ("Twelve miners were trapped when the tunnel collapsed at the mine.",
     "The collapse of the tunnel trapped 12 workers at the mine.", True),
    ("Rizzo was sentenced to twelve years' imprisonment for his role in Bell and to 33 months' imprisonment in a "
     "separate income tax evasion case.",
     "On Monday, Rizzo was sentenced to 33 months in prison on separate federal charges of tax evasion.", True),
])
def test_a_sentence_that_says_a_part_of_the_claim_in_its_own_words(claim, sentence, said):
    got = extract(claim, ["An unrelated first sentence about the weather.", sentence])
    assert got.part_quote == (sentence if said else "")


def test_a_figure_that_tells_nothing_by_itself_is_left_out():
    from mergekit.verify.features import _read_claim
    assert dict(_read_claim(RANSOM).figures)["1000000"] >= {"demand", "pay", "ransom"}  # one figure, not 1 and 000
    assert "52" in dict(_read_claim("Alex called his wife Maggie (52) on June 7, 2021.").figures)
    assert not _read_claim(LANG).figures  # a name's number, a day of a month, a year
    assert not _read_claim(RESCHEDULED).figures
    assert not _read_claim("On 23 September, Optus denied claims made by an insider.").figures

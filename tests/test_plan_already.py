"""What the destination already says (mergekit.plan.already), on real destination text.

A sentence the destination tells and adds nothing to is left out of the draft; one it
tells but adds a figure, a date or a name to is carried, with a finding that says what the
destination already has. The destinations below are the real-merge corpus's tuning cases
(split "tune"; the held-out cases are never used here); the sentences are the cases' own
and variations of them, one per reason a match is missed or must be refused.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mergekit.load.inputs import load_folder
from mergekit.pipeline import render_merge
from mergekit.plan import plan_merge
from mergekit.plan.already import told, windows

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "cases" / "real"

# tests/cases/real/copiapo-mining-accident/input/Copiapó.wikitext, its frame and its one prose sentence.
COPIAPO = ("Copiapó. Copiapó is a city in northern Chile.",
           ["In August 2010 a collapse in the roof of the San José mine, outside the city, trapped 33 miners deep "
            "underground; after 17 days a rescue probe made contact with them and they were found alive."])
# tests/cases/real/meler-referee-assault/input/MKE_Ankaragücü.wikitext: the attack, in one paragraph of three.
MELER = ("MKE Ankaragücü. MKE Ankaragücü is a football club based in Ankara, Turkey, which plays in the Süper Lig.",
         ["On 11 December 2023, after a 1\u20131 home draw with Çaykur Rizespor, club president Faruk Koca ran onto "
          "the pitch and punched the referee, Halil Umut Meler, who was then kicked while on the ground.",
          "Koca and three other men were arrested.",
          "Koca resigned; the Turkish Football Federation banned him for life, fined the club two million lira and "
          "ordered it to play five home games without fans, and all Turkish league football was suspended for a week."])


def _told(destination: tuple[str, list[str]], sentence: str):
    frame, sentences = destination
    spans = {span for i in range(len(sentences)) for span in windows(sentences, [0] * len(sentences), i)}
    return told(sentence, [sentences[a:b] for a, b in sorted(spans, key=lambda s: s[1] - s[0])], frame)


@pytest.mark.parametrize("destination, sentence, said, adds", [
    # numbers as words against digits; another order of the same words
    (COPIAPO, "Thirty-three miners were trapped deep underground in August 2010.", True, ()),
    # a compound ("under the ground" ~ "underground"), but a figure the destination lacks
    (COPIAPO, "It left 33 miners trapped around 700 meters under the ground.", False, ("around 700 meters",)),
    # a date more precise than the destination's is something the sentence adds
    (COPIAPO, "On 5 August 2010, 33 miners were trapped deep underground.", False, ("5 August 2010",)),
    # a name the destination does not give (an agent: said with its "by")
    (COPIAPO, "After 17 days, a rescue probe sent by Codelco made contact with the 33 trapped miners.", False,
     ("by Codelco",)),
    # another date format, the subject's own name only in the destination's frame
    (MELER, "On December 11, 2023, club president Faruk Koca punched the referee Halil Umut Meler after a home "
            "draw with Çaykur Rizespor.", True, ()),
    # one fact the destination tells in two sentences; a stem ("suspension" ~ "suspended")
    (MELER, "After club president Faruk Koca punched the referee Halil Umut Meler, all Turkish league football "
            "was suspended for a week.", True, ()),
    (MELER, "The federation fined the club two million lira.", True, ()),
    (MELER, "Koca and three other men were arrested.", True, ()),
])
def test_what_the_destination_tells(destination, sentence, said, adds):
    t = _told(destination, sentence)
    assert (t.told, t.said, t.adds) == (True, said, adds)
    assert t.quote


@pytest.mark.parametrize("destination, sentence", [
    (COPIAPO, "In August 2010, 35 miners were trapped deep underground."),  # another count: a conflict
    (COPIAPO, "The 33 miners were not trapped underground in August 2010."),  # denied
    (COPIAPO, "In August 2010, 33 miners were trapped deep underground, and they were not found alive."),
    (MELER, "The federation fined the club three million lira."),
    (MELER, "Koca and four other men were arrested."),
    (MELER, "After club president Faruk Koca punched the referee Halil Umut Meler, Turkish league football was "
            "not suspended."),  # "without fans", in another clause, does not make the destination deny it
    (MELER, "On 12 December 2023, club president Faruk Koca punched the referee Halil Umut Meler."),  # another day
])
def test_a_destination_that_disagrees_does_not_already_say_it(destination, sentence):
    assert not _told(destination, sentence).told


def test_an_ordinal_is_found_in_either_spelling():
    # tests/cases/real/copa-america-2024-final/input/2024_Copa_América.wikitext, its lead's second sentence.
    copa = ("2024 Copa América. The 2024 Copa América was the 48th edition of the Copa América.",
            ["Argentina was the defending champion, and won a record sixteenth title after defeating Colombia 1–0 "
             "after extra time in the final, which was played on July 14, 2024, at Hard Rock Stadium."])
    assert _told(copa, "Defending champions Argentina defeated Colombia 1–0 after extra time to claim a "
                       "record-breaking 16th Copa América title.").told
    assert not _told(copa, "Defending champions Argentina defeated Colombia 1–0 after extra time to claim a "
                           "record-breaking 15th Copa América title.").told


def test_a_name_of_several_words_is_one_thing():
    # The destination says the coin was "issued by the Royal Canadian Mint"; the sentence's
    # fact (produced, in 2007) is not there: three name words are not three words found.
    bode = ("Bode Museum. The Bode Museum is a museum on Museum Island in Berlin, Germany.",
            ["In March 2017 thieves entered the museum through a window at the back, next to the railway tracks, "
             "and stole the Big Maple Leaf, a 100-kilogram gold coin issued by the Royal Canadian Mint that had "
             "been on display there since 2010."])
    assert not _told(bode, "They were produced by the Royal Canadian Mint in 2007.").told
    assert not _told(bode, "The obverse displays a stylized maple leaf.").told


# tests/cases/real/piatra-neamt-hospital-fire/input/Piatra_Neamt.wikitext and
# tests/cases/real/hpakant-jade-mine-landslide/input/Hpakant.wikitext, frame and sentence.
PIATRA = ("Piatra Neamț. Piatra Neamț is the capital city of Neamț County, in the historical region of Western "
          "Moldavia, in northeastern Romania.",
          ["In November 2020, a fire in the hospital's COVID-19 intensive care unit killed ten patients; seven "
           "people, including the doctor on duty, were critically injured."])
HPAKANT = ("Hpakant. Hpakant (; also Hpakan and Phakant) is a town in Hpakant Township, Kachin State of the "
           "northernmost part of Myanmar (Burma).",
           ["It is famous for its jade mines which produce the world's best quality jadeite."])


@pytest.mark.parametrize("destination, sentence", [
    # the breakdown of the dead is the sentence's own: "seven men" are not the "seven people" injured
    (PIATRA, "Ten people were killed in the fire, three women and seven men."),
    # "another four" injured against the destination's seven: not the same fact, maybe a conflict
    (PIATRA, "The fire killed ten people and injured another four, including two doctors."),
    # a rank is a claim: "the largest" is not "famous for"
    (HPAKANT, "The largest jade mine in the world is at Hpakant in Kachin state."),
])
def test_a_figure_or_rank_the_destination_does_not_give_is_not_already_there(destination, sentence):
    assert not _told(destination, sentence).told


# tests/cases/real/yaounde-stadium-crush/input/Olembe_Stadium.wikitext (frame shortened) and
# tests/cases/real/madeira-bus-crash/input: Caniço's frame and a news sentence as the destination.
OLEMBE = ("Olembe Stadium. Paul Biya Omnisports Stadium is a multi-purpose stadium spanning 84 acres in Olembé "
          "locality, Yaoundé.",
          ["Olembe Stadium was one of the locations chosen to host the 2021 Africa Cup of Nations held in Cameroon, "
           "which took place in 2022 because of pandemic-related postponements.",
           "It held the opening ceremony and game \u2013 which the Cameroon team won 2\u20131 against Burkina Faso "
           "\u2013 and the closing ceremony and final, which was held between Senegal and Egypt; Senegal won the "
           "tournament."])
CANICO = ("Caniço. Caniço is a civil parish in the municipality of Santa Cruz on the island of Madeira, Portugal.",
          ["Madeira began three days of mourning yesterday for 29 German tourists who died after their bus veered "
           "off a steep road, as Germany\u2019s foreign minister and a trauma team flew to the Portuguese island "
           "to meet survivors."])


@pytest.mark.parametrize("destination, sentence, said, adds", [
    # a score no figure reads is a number all the same: 2-0 is not the destination's 2-1
    (OLEMBE, "The Cameroon team won the opening game 2\u20130 against Burkina Faso.", False, ("2\u20130",)),
    (OLEMBE, "The Cameroon team won the opening game 2\u20131 against Burkina Faso.", True, ()),
    # a time of day is one number, said as written
    (OLEMBE, "The Cameroon team won the opening game 2\u20131 against Burkina Faso at 17:00.", False, ("17:00",)),
])
def test_numbers_no_figure_reads_must_be_there(destination, sentence, said, adds):
    # Found by benchmarks/already_bench.py: "a record of 6\u20135" was "already said" by a page giving 6\u20134.
    t = _told(destination, sentence)
    assert (t.told, t.said, t.adds) == (True, said, adds)


def test_a_range_is_the_same_however_its_end_is_written():
    from mergekit.plan.already import _number, _Sentence
    assert _number("2018\u201319") == _number("2018-2019") == ("2018", "2019")
    assert _number("3,800-3,700") == ("3800", "3700")
    assert _number("6\u20135") != _number("6\u20134")
    # an ordinal is a word of rank, not a number (tests/cases/real/copa-america-2024-final)
    assert _Sentence.read("Argentina defeated Colombia 1\u20130 to claim a record-breaking 16th Copa América "
                          "title.").numbers == ("1\u20130",)


def test_a_relative_date_is_no_other_day():
    # "yesterday" is on no calendar: it does not make the destination give another day than
    # the sentence's (which used to drop every reading of the destination as a conflict).
    t = _told(CANICO, "On 17 April 2019, 29 German tourists died after their bus veered off a steep road in Madeira.")
    assert (t.told, t.said, t.adds) == (True, False, ("17 April 2019",))


@pytest.mark.parametrize("destination, sentence", [
    # closed-class words ("she", "whose", "had") are grammar, not something a window must repeat
    (COPIAPO, "She said the miners were all found alive."),
    (MELER, "Koca, whose club had drawn at home, punched the referee."),
])
def test_grammar_words_are_not_looked_for(destination, sentence):
    t = _told(destination, sentence)
    assert (t.told, t.said) == (True, True)


# tests/cases/real/hpakant-jade-mine-landslide/input: Hpakant's frame and a news sentence as the destination.
HPAKANT_NEWS = (HPAKANT[0], ["The landslide was reportedly caused by heavy rain the fire service said in a Facebook post."])
# tests/cases/real/dalfsen-train-crash/input: Dalfsen's frame and a news sentence.
DALFSEN_NEWS = ("Dalfsen. Dalfsen is a municipality and a town in the Salland region of the Dutch province of Overijssel.",
                ["The train had been heading east from Zwolle, RTV Oost reported."])


@pytest.mark.parametrize("destination, sentence, said", [
    # The words found must lie close together (found by benchmarks/already_bench.py: "took a
    # nonfiction class and started writing essays" gathered from three sentences about a
    # writing group, dancing lessons and essays). Each word here is in the paragraph, but far
    # apart: Rizespor (the opponent) in the first sentence, "banned" and "fans" at either end
    # of the third; nobody banned Rizespor's fans.
    (MELER, "Rizespor fans were banned for a week.", False),
    (MELER, "Çaykur Rizespor fans were arrested and banned.", False),
    # told over two sentences, in about as many words as the sentence: still there
    (MELER, "Koca was arrested and banned for life.", True),
    # Each part of the sentence (after "and", "but", a semicolon, a dash) must be told: one the
    # destination does not tell is a claim it does not make, however much of the rest it
    # tells (found by the benchmark: "This became an impetus for galleries and museums across
    # the UK to celebrate ..." said by a page on galleries and museums that names no impetus).
    (COPIAPO, "In August 2010 the roof of the San José mine collapsed and trapped 33 miners deep underground, "
              "and relatives camped outside.", False),
    (COPIAPO, "In August 2010 the roof of the San José mine collapsed and trapped 33 miners deep underground, "
              "but rescuers reached them.", True),
    (MELER, "Koca punched the referee, and the federation banned him for life.", True),
    # A destination that only reports, hedges or disputes what the sentence states as fact does
    # not say it (found on FNC-1 headlines, already_bench.py --fnc: "ISIS beheads Kurdish female
    # fighter" said by "reports that claimed ... was beheaded").
    (HPAKANT_NEWS, "The landslide was caused by heavy rain.", False),
    # both hedge it: the same claim
    (HPAKANT_NEWS, "The landslide was reportedly caused by heavy rain.", True),
    # "RTV Oost reported" is attribution, not a hedge
    (DALFSEN_NEWS, "The train had been heading east from Zwolle.", True),
    # a refuting word disputes only as written: "doctored" does, "the doctor" and "the first
    # stage" do not (they did when the words were stemmed: "doctor", "stage")
    ((DALFSEN_NEWS[0], ["The doctor said the train had been heading east from Zwolle."]),
     "The train had been heading east from Zwolle.", True),
    ((DALFSEN_NEWS[0], ["On the first stage of its route the train had been heading east from Zwolle."]),
     "The train had been heading east from Zwolle.", True),
    ((DALFSEN_NEWS[0], ["The doctored video showed the train had been heading east from Zwolle."]),
     "The train had been heading east from Zwolle.", False),
    # a hedge too hedges only as written: "possibly" and "alleged" do, "as fast as possible"
    # does not (it did when hedges were stemmed: "possibl")
    ((DALFSEN_NEWS[0], ["The train had been heading east from Zwolle as fast as possible."]),
     "The train had been heading east from Zwolle.", True),
    ((DALFSEN_NEWS[0], ["The train had possibly been heading east from Zwolle."]),
     "The train had been heading east from Zwolle.", False),
    ((DALFSEN_NEWS[0], ["The alleged train had been heading east from Zwolle."]),
     "The train had been heading east from Zwolle.", False),
    # "may" hedges, the month and a name do not ("on 5 May", "Theresa May")
    ((DALFSEN_NEWS[0], ["On 5 May the train had been heading east from Zwolle."]),
     "The train had been heading east from Zwolle.", True),
    ((DALFSEN_NEWS[0], ["Theresa May said the train had been heading east from Zwolle."]),
     "The train had been heading east from Zwolle.", True),
    ((DALFSEN_NEWS[0], ["The train may have been heading east from Zwolle."]),
     "The train had been heading east from Zwolle.", False),
])
def test_words_close_together_every_part_and_no_hedge(destination, sentence, said):
    assert _told(destination, sentence).said is said


def _already(case: str) -> dict[str, tuple[str, bool, tuple[str, ...]]]:
    """Sentence -> (rule, carried, what it adds) of its already_in_target finding."""
    plan = plan_merge(load_folder(REAL / case / "input"))
    return {f.sentence: (f.rule, f.carried, tuple(s.what for s in f.said))
            for f in plan.findings if f.kind == "already_in_target"}


@pytest.mark.parametrize("case, sentence, expected", [
    ("copiapo-mining-accident", "It left 33 miners trapped around 700 meters under the ground.",
     ("partly_said", True, ("around 700 meters",))),
    ("big-maple-leaf-theft", "On March 27, 2017, one of the coins was stolen from a Berlin museum.",
     ("partly_said", True, ("March 27, 2017",))),
    ("jackson-mayoral-2014", "Councilman Tony Yarber defeated the late Lumumba's son Chokwe Antar Lumumba in a runoff.",
     ("already_said", False, ())),
    # the three cities the destination does not name are what it adds (its "four cereal plants
    # in the United States, in Michigan, Nebraska, Pennsylvania and Tennessee" is the rest)
    ("kelloggs-strike-2021", "The strike affected all of Kellogg's cereal-producing plants in the United States, "
     "consisting of plants in Battle Creek, Michigan; Omaha, Nebraska; Lancaster, Pennsylvania; and Memphis, Tennessee.",
     ("partly_said", True, ("Omaha", "Lancaster", "Memphis"))),
    ("sherbini-courtroom-murder", "The assailant was subsequently sentenced to life imprisonment.",
     ("already_said", False, ())),
    # a name the destination lacks as a whole is said as written, not word by word ("City" is
    # the one word of "New York City" it lacks)
    ("cattelan-gold-toilet-theft", "Cattelan created it in 2016 for the Solomon R. Guggenheim Museum in New York "
     "City, United States.", ("partly_said", True, ("City", "United States"))),
    # the case's own sentence: "lies in Devon" is the frame's "a constituency in Devon", "primarily
    # rural" the destination's "a mostly rural constituency ... including the towns of Tiverton and Honiton"
    ("tiverton-honiton-by-election", "Tiverton and Honiton lies in Devon and the constituency is primarily rural, "
     "with major settlements being the towns of Tiverton and Honiton.", ("already_said", False, ())),
])
def test_the_tuning_cases_destination_already_has(case, sentence, expected):
    assert _already(case)[sentence] == expected


def test_a_sentence_that_adds_to_the_destination_is_carried_and_the_talk_post_says_what():
    rendered = render_merge(load_folder(REAL / "copiapo-mining-accident" / "input"))
    sentence = "It left 33 miners trapped around 700 meters under the ground."
    assert sentence in rendered.files["Copiapó.wikitext"]
    talk = rendered.files["talk.wikitext"]
    [bullet] = [line for line in talk.splitlines() if line.startswith(f"* \u201c{sentence}")]
    assert "already says this, except \u201caround 700 meters\u201d" in bullet


def _inputs():
    yield ROOT / "seeds"
    yield from sorted((ROOT / "tests" / "cases" / "merges").glob("*/input"))
    for case in sorted(REAL.iterdir()):
        gold = case / "GOLD.toml"
        if gold.is_file() and re.search(r'^split\s*=\s*"tune"', gold.read_text(encoding="utf-8"), re.M):
            yield case / "input"


# Known bugs that a corpus case shows: the case stays as it is (its inputs are real); the
# mark is strict, so the test fails again as soon as the bug is fixed and the line must go.
KNOWN_BUGS: dict[str, str] = {}


def _params():
    for folder in _inputs():
        name = folder.parent.name if folder.name == "input" else folder.name
        if name in KNOWN_BUGS:
            yield pytest.param(folder, marks=pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[name]), id=name)
        else:
            yield pytest.param(folder, id=name)


@pytest.mark.parametrize("folder", list(_params()))
def test_no_sentence_left_out_as_already_said_has_a_figure_the_destination_lacks(folder):
    inputs = load_folder(folder)
    plan = plan_merge(inputs)
    destination = inputs.target.wikitext or ""
    dropped = {f.sentence for f in plan.findings if f.kind == "already_in_target" and not f.carried}
    for sp in plan.sentences:
        if sp.original in dropped:
            assert not sp.include
            for digits in re.findall(r"\d+", sp.original):
                assert digits in destination, (sp.original, digits)


def test_a_remembered_unit_lookup_answers_what_a_fresh_one_does():
    # ``_unit_found`` is remembered by (unit, vocabulary): every unit of these sentences,
    # asked of every window and frame of both destinations (and of copies of them built
    # apart), gets the answer the unremembered lookup gives; the same unit is found in
    # one vocabulary and not in another, so a memo keyed by the unit alone would fail;
    # and told() gives the same answers asked in reverse order after the memo is cleared
    from mergekit.plan.already import _unit_found, _units, _vocabulary

    sentences = ["Thirty-three miners were trapped deep underground in August 2010.",
                 "It left 33 miners trapped around 700 meters under the ground.",
                 "After club president Faruk Koca punched the referee Halil Umut Meler, all Turkish league football "
                 "was suspended for a week.", "Koca and three other men were arrested."]
    texts = [text for frame, body in (COPIAPO, MELER) for text in (frame, *body, " ".join(body))]
    vocabularies = [_vocabulary(t) for t in texts] + [_vocabulary.__wrapped__(t) for t in texts]
    units = {u for s in sentences for u in _units(s)}
    answers: dict[tuple[str, ...], set[bool]] = {}
    for unit in sorted(units):
        for vocabulary in vocabularies:
            got = _unit_found(unit, vocabulary)
            assert got == _unit_found.__wrapped__(unit, vocabulary), (unit, vocabulary.joined[:40])
            answers.setdefault(unit, set()).add(got)
    assert any(len(found) == 2 for found in answers.values())
    pairs = [(d, s) for d in (COPIAPO, MELER) for s in sentences]
    first = [_told(d, s) for d, s in pairs]
    _unit_found.cache_clear()
    assert [_told(d, s) for d, s in reversed(pairs)] == first[::-1]


# tests/cases/real/murdaugh-trial/input/Alex_Murdaugh.wikitext: the trial paragraph (frame shortened).
MURDAUGH = ("Alex Murdaugh. Richard Alexander Murdaugh is an American disbarred attorney from the Lowcountry of "
            "South Carolina.",
            ["On March 2, 2023, a jury in Walterboro found Murdaugh guilty of the June 7, 2021, murders of his wife, "
             "Maggie, and their son, Paul, at Moselle, the family's hunting property near Islandton.",
             "Reports indicated that the jurors took less than an hour to reach their verdict.",
             "The next day, Judge Clifton Newman sentenced him to two consecutive life terms without the "
             "possibility of parole."])


def test_one_word_in_common_is_no_denial():
    # "who had pleaded not guilty" shares only "guilty" with "found Murdaugh guilty": not the
    # same claim denied (which made every window of the paragraph a conflict)
    t = _told(MURDAUGH, "Murdaugh, who had pleaded not guilty, was sentenced to two life sentences to run "
                        "consecutively without the possibility of parole.")
    assert t.told and t.said
    # a clause that shares its words with the window and has the other polarity still denies it
    assert not _told(MURDAUGH, "Murdaugh was not sentenced to two consecutive life terms without the "
                               "possibility of parole.").told


# tests/cases/real/shuri-castle-fire/input/Shuri_Castle.wikitext: its frame and the sentence on the listing.
SHURI = ("Shuri Castle. Shuri Castle (首里城, Shuri-jō, ) is a Ryukyuan gusuku castle in Shuri, Okinawa Prefecture, Japan.",
         ["In 2000, Shuri Castle was designated as a World Heritage Site, as a part of the Gusuku Sites and Related "
          "Properties of the Kingdom of Ryukyu."])


def test_a_name_found_counts_its_words():
    # the frame gives the subject; what is left is one name of four words, three of them
    # found: that is words enough (``MIN_WORDS``), and "UNESCO" is what the sentence adds
    t = _told(SHURI, "It was a UNESCO World Heritage Site.")
    assert (t.told, t.said, t.adds) == (True, False, ("UNESCO",))
    # one word found is still too few to tell anything
    assert not _told(SHURI, "It was designated.").told


def test_located_only_carries_its_preposition():
    # the frame's first sentence is the destination's too: "a Ryukyuan gusuku castle in Shuri"
    frame = SHURI[0]
    lead = (frame, [frame.split(". ", 1)[1]])
    t = _told(lead, "Shuri Castle is located in Shuri.")
    assert (t.told, t.said) == (True, True)
    assert not _told(lead, "Shuri Castle is situated in Naha.").said  # another place


# tests/cases/real/madeira-bus-crash/input/Canico.wikitext: its frame and the sentence on the crash.
CANICO_CRASH = (CANICO[0], ["In April 2019, 29 German tourists died when their bus tumbled down a slope and crashed "
                            "into a house in Caniço."])


@pytest.mark.parametrize("sentence, said", [
    # "killed" and "died" name the same count (facts.grammar's event classes), and the noun
    # the figure counts ("people") is told by the figure the window gives ("29 German tourists")
    ("29 people were killed in the crash.", True),
    ("In April 2019, 29 people died in the crash.", True),
    # a count of the dead given by its noun ("the 29 dead") is the count the verb gives ("29 ...
    # died"); "all" is a determiner, as "each" and "every" are
    ("Of the 29 dead, all of them were German.", True),
    ("Of the 29 injured, all of them were German.", None),
    # another count, another event, or a figure the window does not give: not told
    ("30 people were killed in the crash.", None),
    ("29 people were injured in the crash.", None),
    ("The driver was killed in the crash.", None),
])
def test_words_that_name_the_same_count(sentence, said):
    t = _told(CANICO_CRASH, sentence)
    assert (t.said if t.told else None) is said


# A storm article as a destination (written for this test, in the words such articles use):
# it calls Eunice a named storm and, in another sentence, says what the Met Office did, but
# never who named the storm.
EUNICE = ("Storm Eunice. Storm Eunice was a powerful extratropical cyclone that hit the United Kingdom, Ireland, "
          "the Netherlands and Germany in February 2022.",
          ["Storm Eunice was a powerful extratropical cyclone that hit the United Kingdom, Ireland, the Netherlands "
           "and Germany in February 2022.",
           "It was the fifth named storm of the 2021\u201322 season, following Storm Dudley days earlier.",
           "The Met Office issued rare red weather warnings for wind in south-west England and south Wales."])
# The same, with a sentence that does say who named it (active voice).
EUNICE_NAMED = (EUNICE[0], [EUNICE[1][0], "The Met Office named the storm on 14 February 2022, the fifth named storm "
                                          "of the 2021\u201322 season."])


def test_an_agent_named_only_apart_from_the_act_is_not_told():
    # used to be "already there, except the date": the agency and "named" are both in the
    # window, but never together; who named the storm is a fact the destination lacks
    assert not _told(EUNICE, "Storm Eunice was named by the Met Office on 14 February 2022.").told
    # used to be dropped as "already said"; the window gives its month and half its words
    # (plan.already.DATED): told in part, carried, the agent what it adds
    t = _told(EUNICE, "Eunice was named by the Met Office in February 2022.")
    assert (t.told, t.said, t.adds) == (True, False, ("by the Met Office",))


def test_an_unbound_agent_is_what_a_long_sentence_adds():
    # the rest is told (coverage passes without the agent): carried, "except by the Met Office"
    t = _told(EUNICE, "Storm Eunice, a powerful extratropical cyclone that hit the United Kingdom, Ireland, the "
                      "Netherlands and Germany in February 2022, was named by the Met Office.")
    assert (t.told, t.said, t.adds) == (True, False, ("by the Met Office",))


def test_an_agent_told_with_its_act_is_told():
    t = _told(EUNICE_NAMED, "Storm Eunice was named by the Met Office on 14 February 2022.")
    assert (t.told, t.said, t.adds) == (True, True, ())


def test_by_before_a_figure_or_a_date_names_no_agent():
    from mergekit.plan.already import _Sentence
    assert _Sentence.read("Fares rose by 5% in 2021, and the line will be closed by 2030.").agents == ()
    assert [a.text for a in _Sentence.read("Storm Eunice was named by the Met Office on 14 February 2022.").agents] \
        == ["by the Met Office"]


# MELER's attack told as articles often tell it: the year once, then the day without it.
MELER_DAYS = (MELER[0], ["In December 2023, the club was at the centre of an attack on a referee.",
                         "On 11 December, after a 1\u20131 home draw with Çaykur Rizespor, club president Faruk Koca "
                         "ran onto the pitch and punched the referee, Halil Umut Meler."])


def test_a_day_without_a_year_is_read_in_the_year_given_before_it():
    # used to be "already there, except the date": "11 December" was on no calendar
    t = _told(MELER_DAYS, "On 11 December 2023, club president Faruk Koca punched the referee Halil Umut Meler "
                          "after a home draw with Çaykur Rizespor.")
    assert (t.told, t.said, t.adds) == (True, True, ())
    # another day of that month is still not told
    assert not _told(MELER_DAYS, "On 12 December 2023, club president Faruk Koca punched the referee Halil Umut "
                                 "Meler after a home draw with Çaykur Rizespor.").said
    # nor the same day of another year
    assert not _told(MELER_DAYS, "On 11 December 2022, club president Faruk Koca punched the referee Halil Umut "
                                 "Meler after a home draw with Çaykur Rizespor.").said


@pytest.mark.parametrize("destination, said", [
    # one sentence, two clauses that each stand alone: the agent is in the other one
    ((EUNICE[0], ["Eunice was the fifth named storm of the 2021\u201322 season, and the Met Office issued rare "
                  "red weather warnings for wind."]), False),
    # an aside in brackets and a pair of agents joined by "and" are still one clause
    ((EUNICE[0], ["The Met Office (the national weather service of the United Kingdom) and Met Éireann named "
                  "the storm on 14 February 2022."]), True),
])
def test_an_agent_is_bound_to_its_act_within_one_clause(destination, said):
    assert _told(destination, "Storm Eunice was named by the Met Office on 14 February 2022.").said is said


def test_an_agent_is_bound_to_its_act_through_a_pronoun():
    # "It" goes on with the subject of the sentence before: the Met Office named the storm
    met = ("Met Office. The Met Office is the United Kingdom's national weather service.",
           ["The Met Office issued rare red weather warnings for wind in south-west England and south Wales.",
            "It named Storm Eunice on 14 February 2022, the fifth named storm of the 2021\u201322 season."])
    assert _told(met, "Storm Eunice was named by the Met Office on 14 February 2022.").said
    # in EUNICE "It" is the storm, the subject before it: the Met Office is still not bound
    assert not _told(EUNICE, "Storm Eunice was named by the Met Office on 14 February 2022.").told


# A town article as a destination (written for this test) that gives a bound, not a count.
PASIR_GUDANG = ("Pasir Gudang. Pasir Gudang is an industrial town in Johor, Malaysia.",
                ["In March 2019, illegal dumping of chemical waste into the Kim Kim River released toxic fumes that "
                 "affected more than 4,000 people, most of them schoolchildren."])
FUMES = "The toxic fumes released by chemical waste dumped into the Kim Kim River in March 2019 affected {} people."


@pytest.mark.parametrize("figure, told", [
    # "more than 4,000" agrees with 6,000 (and with 4,000) but gives neither: both used to be
    # dropped, then told in part (adding the count); a count the destination does not give is
    # the sentence's point, so it is not told at all
    ("6,000", False),
    ("4,000", False),
    # the bound itself is told
    ("more than 4,000", True),
])
def test_a_bound_does_not_give_a_count(figure, told):
    t = _told(PASIR_GUDANG, FUMES.format(figure))
    assert (t.told, t.said, t.adds) == (told, told, ())


# tests/cases/real/sherbini-courtroom-murder/input/Islamophobia_in_Germany.wikitext: its frame and the
# paragraph on the murder (its last three sentences).
SHERBINI = ("Islamophobia in Germany. Islamophobia in Germany refers to prejudice, hostility and violence against "
            "Muslims in Germany.",
            ["Her husband was stabbed when he tried to protect her, and was then shot in the leg by a police officer "
             "who mistook him for the attacker.",
             "In November 2009 Wiens was sentenced to life imprisonment for murder and attempted murder.",
             "The killing caused outrage in the Muslim world."])


@pytest.mark.parametrize("sentence, said", [
    # an adverb of sequence only orders what the sentence tells ("then" always was grammar);
    # "the assailant" is who the destination names: nothing is left that it does not say
    ("The assailant was subsequently sentenced to life imprisonment.", True),
    ("Wiens was later sentenced to life imprisonment.", True),
    ("Wiens was eventually sentenced to life imprisonment.", True),
    # still a claim the destination does not make: a term it does not give (a figure: not
    # told at all, carried), or another act
    ("Wiens was subsequently sentenced to ten years' imprisonment.", None),
    ("Wiens was subsequently acquitted.", None),
])
def test_an_adverb_of_sequence_is_grammar(sentence, said):
    t = _told(SHERBINI, sentence)
    assert (t.said if t.told else None) is said


# tests/cases/real/colston-four-trial/input/Statue_of_Edward_Colston.wikitext, and
# tests/cases/real/mississippi-flag-referendum-2020/input/Flag_of_Mississippi.wikitext (frame shortened):
# frame and paragraph.
COLSTON = ("Statue of Edward Colston. The statue of Edward Colston is a bronze statue of the slave trader Edward "
           "Colston that stood in the city centre of Bristol, England, from 1895 until 2020.",
           ["The statue had been the subject of an 11,000-strong petition to have it removed.",
            "On 7 June 2020, during a Black Lives Matter protest, it was pulled down by demonstrators and pushed "
            "into Bristol Harbour."])
MISSISSIPPI = ("Flag of Mississippi. The flag of Mississippi consists of a white magnolia blossom surrounded by 21 "
               "stars and the words 'In God We Trust' written below.",
               ["The current flag, the \"In God We Trust\" flag, was approved by voters in the 2020 Mississippi flag "
                "referendum on November 3, 2020.",
                "Voters were not given the option to keep the old flag."])


@pytest.mark.parametrize("destination, sentence, adds", [
    # A name the window lacks is what the sentence adds, like a figure: the rest is told, so
    # the sentence is carried and the editor told what the destination already has (these
    # were not found at all: the missing name counted as a word the window does not tell).
    # A name none of whose words the destination has is what it adds as written.
    (COLSTON, "The statue was then rolled down Anchor Road and pushed into Bristol Harbour.", ("Anchor Road",)),
    # a lower-case word hyphened to a name is part of it: "Confederate-based" one thing
    # (the gold of the case: already in the destination, "retain" for its "keep")
    (MISSISSIPPI, "Voters were not given the option to retain the old, Confederate-based flag.", ("Confederate-based",)),
])
def test_a_name_the_destination_lacks_is_what_the_sentence_adds(destination, sentence, adds):
    t = _told(destination, sentence)
    assert (t.told, t.said, t.adds) == (True, False, adds)


@pytest.mark.parametrize("destination, sentence", [
    # the rest must be a claim the window tells: here it is the names, and "north" (which
    # the frame's "northern Chile" gives); nothing else
    (COPIAPO, "The Mine of San José (Mina San José) is about 45 kilometres (28 mi) north of Copiapó, in the "
              "Region of Atacama."),
    # only the names are told, not what the sentence says of them ("daughter of chemists")
    (SHERBINI, "In November 2009 Wiens, the son of chemists Ivan Wiens and Olga Petrova, was sentenced."),
    # the names are the claim: who rolled it where
    (COLSTON, "Demonstrators rolled it down Anchor Road to Redcliffe Wharf."),
    # what the sentence is about is the claim, not a detail: another body fined the club
    (MELER, "The Ankara Police Department punched the referee."),
    # and so is who did it
    (MELER, "The referee was punched by the Ankara Police Department."),
])
def test_a_name_the_destination_lacks_is_no_licence_for_the_rest(destination, sentence):
    assert not _told(destination, sentence).told


# tests/cases/real/tiverton-honiton-by-election/input/Tiverton_and_Honiton_(UK_Parliament_constituency).wikitext:
# frame and first paragraph.
TIVERTON = ("Tiverton and Honiton (UK Parliament constituency). Tiverton and Honiton is a constituency in Devon, England.",
            ["Tiverton and Honiton is a constituency in Devon, England.",
             "The current MP is Richard Foord of the Liberal Democrats, elected at a by-election on 23 June 2022."])


@pytest.mark.parametrize("sentence, adds", [
    # "was held" says only that the by-election happened: the destination's "elected at a
    # by-election on 23 June 2022" tells it; the country it names is what the sentence adds
    # (the case's gold: already in the destination)
    ("A by-election for the United Kingdom parliamentary constituency of Tiverton and Honiton was held on 23 June "
     "2022.", ("United Kingdom",)),
    ("A by-election in Tiverton and Honiton took place on 23 June 2022.", ()),
])
def test_a_verb_that_says_only_that_the_event_happened_is_not_looked_for(sentence, adds):
    t = _told(TIVERTON, sentence)
    assert (t.told, t.adds) == (True, adds)


@pytest.mark.parametrize("sentence", [
    # the event itself must be told: the date and the place alone do not say an election happened
    "A referendum in Tiverton and Honiton took place on 23 June 2022.",
    # another day than the destination's is a conflict, as ever
    "A by-election in Tiverton and Honiton was held on 30 June 2022.",
    # "held" in the active is a claim of its own
    "Richard Foord held the seat at a by-election.",
])
def test_an_event_that_happened_is_told_only_with_the_event(sentence):
    assert not _told(TIVERTON, sentence).told


# tests/cases/real/shuri-castle-fire/input/Shuri_Castle.wikitext: frame (shortened) and last paragraph.
SHURI_FIRE = ("Shuri Castle. Shuri Castle is a Ryukyuan gusuku castle in Shuri, Okinawa Prefecture, Japan.",
         ["On the morning of 31 October 2019, the main courtyard structures of the castle were again destroyed in "
          "a fire.",
          "Reconstruction is ongoing and is expected to be fully completed by the autumn of 2026."])


@pytest.mark.parametrize("destination, sentence, adds", [
    # A window dated the same day that holds half of the sentence's words together tells the
    # same event; the words it lacks are what the sentence adds, and it is carried (the
    # cases' gold: already in the destination; these were not found, at 0.50 and 0.56 of
    # the words).
    (SHURI_FIRE, "On the morning of 31 October 2019, a large fire broke out at the main hall of the castle.",
     ("large", "broke out", "hall")),
    (COLSTON, "On 7 June 2020, during the global protests following the murder of George Floyd in the United "
              "States, the statue of slave trader Edward Colston was pulled down by demonstrators who then jumped "
              "on it.", ("global", "following the murder of George Floyd in the United States", "jumped")),
])
def test_a_window_of_the_same_day_tells_the_event_and_the_rest_is_what_the_sentence_adds(destination, sentence,
                                                                                          adds):
    t = _told(destination, sentence)
    assert (t.told, t.said, t.adds) == (True, False, adds)


# tests/cases/real/chris-pincher-scandal/input/Chris_Pincher.wikitext: its frame and the sentence of
# the reshuffle, alone in its paragraph.
PINCHER = ("Chris Pincher. Christopher John Pincher (born 24 September 1969) is a British former politician and "
           "member of the Conservative Party who served as Member of Parliament (MP) for Tamworth from 2010 until "
           "his resignation in 2023.",
           ["On 8 February 2022, during Johnson's cabinet reshuffle, Pincher was moved back to his former role as "
            "Government Deputy Chief Whip in the House of Commons."])


def test_a_day_of_the_sentences_month_anchors_it():
    # A window dated a day of the sentence's month tells the month's event as one dated the
    # month would (the case's gold: already in the destination; not found, at 0.50 of the
    # words): told in part, carried, the words it lacks what the sentence adds.
    t = _told(PINCHER, "In February 2022, Pincher was appointed as Deputy Chief Whip by Boris Johnson.")
    assert (t.told, t.said, t.adds) == (True, False, ("by Boris Johnson", "appointed"))


@pytest.mark.parametrize("window", [
    # the day dates another event of the month: the clause it dates shares nothing of the
    # sentence but its subject (the serving is an aside after it)
    "On 28 February 2022, a complaint was made against Pincher, then serving as Deputy Chief Whip.",
    # an aside before the verb is passed over: the day dates the accusation
    "On 28 February 2022, Pincher, then serving as Deputy Chief Whip, was accused of groping two men.",
])
def test_a_day_that_dates_another_event_of_the_month_does_not_anchor_it(window):
    t = _told((PINCHER[0], [window]), "In February 2022, Pincher was appointed as Deputy Chief Whip by Boris Johnson.")
    assert not t.told


def test_a_day_anchors_the_month_when_its_clause_tells_the_event():
    t = _told((PINCHER[0], ["Pincher was appointed Deputy Chief Whip on 8 February 2022, after a reshuffle."]),
              "In February 2022, Pincher was appointed as Deputy Chief Whip by Boris Johnson.")
    assert (t.told, t.said, t.adds) == (True, False, ("by Boris Johnson",))


@pytest.mark.parametrize("sentence", [
    # a day or a month of the sentence's year is no anchor: many things happen in one year
    "In 2022, Pincher was appointed as Deputy Chief Whip by Boris Johnson.",
    # nor a month for a day of it
    "On 7 February 2022, Pincher was appointed as Deputy Chief Whip by Boris Johnson.",
])
def test_a_date_of_the_sentences_year_does_not_anchor_it(sentence):
    assert not _told(PINCHER, sentence).told


@pytest.mark.parametrize("destination, sentence", [
    # a day of the month anchors the month, but the window holds less than half of the words
    # (without the "morning" a sentence of that day would share)
    (SHURI_FIRE, "In October 2019, a large fire broke out at the main hall of the castle."),
    # another day is a conflict, as ever
    (SHURI_FIRE, "On the morning of 30 October 2019, a large fire broke out at the main hall of the castle."),
    # the same day, but less than half of what the sentence says
    (SHURI_FIRE, "On 31 October 2019, the prefecture's governor cancelled a festival planned at the castle."),
    (COLSTON, "On 7 June 2020, police in Bristol said they would not arrest the demonstrators who took part."),
])
def test_a_window_of_the_same_day_that_tells_less_than_half_does_not_tell_it(destination, sentence):
    assert not _told(destination, sentence).told


# tests/cases/real/tiverton-honiton-by-election/input/Tiverton_and_Honiton_UK_Parliament_constituency.wikitext:
# its frame and the first sentence of its paragraph on the constituency.
TIVERTON_RURAL = ("Tiverton and Honiton. Tiverton and Honiton is a constituency in Devon, England.",
                  ["This is a mostly rural constituency covering a broad sweep between Exmoor to the north and Lyme Bay "
                   "to the south, including the towns of Tiverton and Honiton and their surrounding villages."])


@pytest.mark.parametrize("sentence, said", [
    # an adverb of extent only softens what it modifies: "primarily rural" is "mostly rural", or "rural"
    ("The constituency is primarily rural.", True),
    ("The constituency is largely rural.", True),
    ("The constituency is rural.", True),
    # "partly" and "nearly" say the rest is not so: still a word the destination must have
    ("The constituency is partly rural.", None),
    ("The constituency is nearly rural.", None),
    # "lies" before a place says where a thing is, as "is located" does
    ("The constituency lies on Lyme Bay.", True),
    ("The constituency is located on Lyme Bay.", True),
    # not the noun, nor "lies" before anything but a place: those are words the destination lacks
    ("The constituency lies ahead of Lyme Bay.", None),
    ("The constituency told lies about Lyme Bay.", None),
])
def test_an_adverb_of_extent_and_lies_before_a_place_are_grammar(sentence, said):
    t = _told(TIVERTON_RURAL, sentence)
    assert (t.said if t.told else None) is said


def test_a_place_a_sentence_lies_in_says_no_event_happened():
    # "lies in" is blanked as grammar like "is located in", but only "was held" / "took place"
    # say an event happened (and so ask the window to name the event): "The village lies in
    # Devon" was read as an event's happening.
    from mergekit.plan.already import _Sentence
    assert not _Sentence.read("The village lies in Devon.").happened
    assert _Sentence.read("The by-election was held on 23 June 2022.").happened


# A new-user trial (a merge of "2016 Moscow warehouse fire" into "Kyrgyz people in Russia"; not a
# corpus case): the destination's "Working conditions" paragraph, as written.
KYRGYZ = ("Kyrgyz people in Russia. Kyrgyz people in Russia are citizens or residents of Russia of Kyrgyz origin.",
          ["Migrant workers from Kyrgyzstan often live in poor conditions, and lax fire safety standards are often "
           "blamed for fatal workplace fires in Russia.",
           "In January 2016, 12 people died in a fire in a Moscow clothing factory."])


@pytest.mark.parametrize("destination, sentence", [
    # the count is the sentence's point: a passage with every other word of it does not tell it
    (KYRGYZ, "Seventeen migrant workers from Kyrgyzstan were killed."),
    (KYRGYZ, "17 migrant workers from Kyrgyzstan were killed in fatal workplace fires in Russia."),
    # counted otherwise: a conflict, not told
    (KYRGYZ, "In January 2016, 14 people died in a fire in a Moscow clothing factory."),
])
def test_a_count_the_destination_does_not_give_is_not_told(destination, sentence):
    there = _told(destination, sentence)
    assert not there.told and not there.quote


@pytest.mark.parametrize("destination, sentence", [
    # the same count in words, and in digits
    (KYRGYZ, "In January 2016, twelve people died in a fire in a Moscow clothing factory."),
    (KYRGYZ, "In January 2016, 12 people died in a fire in a Moscow clothing factory."),
])
def test_a_count_the_destination_gives_in_some_form_is_told(destination, sentence):
    assert _told(destination, sentence).said


def test_an_amount_the_destination_does_not_give_is_not_told():
    destination = ("Acme. Acme is a company.", ["The regulator fined Acme for the leak of customer records."])
    assert _told(destination, "The regulator fined Acme for the leak of customer records.").said
    assert not _told(destination, "The regulator fined Acme $5 million for the leak of customer records.").told


# tests/cases/real/nipigon-river-bridge/input/Nipigon.wikitext: its frame and its paragraph on the crossing.
NIPIGON = ("Nipigon. Nipigon is a township in Thunder Bay District, Ontario, Canada, on the Nipigon River about 100 "
           "kilometres northeast of Thunder Bay.",
           ["Highways 11 and 17, the Trans-Canada Highway, cross the Nipigon River at Nipigon on the Nipigon River "
            "Bridge, the province's first cable-stayed bridge.",
            "The crossing is the only road link between eastern and western Canada in this part of the province; "
            "when it is closed, traffic has to take a detour through the United States."])
NIPIGON_BRIDGE = ("The Nipigon River Bridge is a cable-stayed bridge carrying {} Highway 11 and {} Highway 17, designated "
                  "as part of the Trans-Canada Highway, across the Nipigon River near Nipigon, Ontario, Canada.")


def test_a_name_the_window_gives_in_part_and_the_frame_the_rest_of_is_told_in_part():
    # "Ontario Highway 11" is "Highways 11" of an article whose first sentence places it in
    # Ontario (the case's gold: already in the destination; not found, at 0.62 of the words,
    # each "Ontario Highway" a unit of which only "Highway" was found). Told in part: the name
    # as the sentence writes it is what it adds, and it is carried.
    t = _told(NIPIGON, NIPIGON_BRIDGE.format("Ontario", "Ontario"))
    assert (t.told, t.said, t.adds) == (True, False, ("Ontario Highway",))
    assert t.lacks == ("carrying", "designated", "across", "near")


def test_a_name_the_frame_does_not_complete_is_not_told():
    assert not _told(NIPIGON, NIPIGON_BRIDGE.format("Quebec", "Quebec")).told


def test_a_sentence_told_as_written_keeps_its_reading():
    # read with the frame's words only where no window tells it as written
    t = _told(NIPIGON, "Ontario Highway 11 crosses the Nipigon River at Nipigon.")
    assert (t.said, t.adds, t.lacks) == (True, (), ("Ontario Highway",))


STANLEY = ("Stanley Johnson. Stanley Patrick Johnson is a British author and former politician, the father of "
           "Boris Johnson.",
           ["In 2019, Johnson said that the party should leave the European Union without a deal."])
SMITH = ("John Smith (politician). John Smith is an American politician from Texas who served in the United States "
         "Senate.", ["Smith was elected to the Senate in 2012, defeating the incumbent in a close race."])
WINDSOR = ("Windsor, Ontario. Windsor is a city in Ontario, Canada, across the Detroit River from Detroit, Michigan.",
           ["In 2019, police arrested fourteen smugglers on the Ambassador Bridge.",
            "The bridge carries a quarter of the trade between the two countries."])
SUFFERN = ("Suffern, New York. Suffern is a village in Rockland County, New York, United States.",
           ["Route 17 and Interstate 87 pass through the village near the state line."])


@pytest.mark.parametrize("destination, sentence, name", [
    # the window gives a name in part, the frame the rest elsewhere: another person, another body
    (STANLEY, "In 2019, Boris Johnson said that the party should leave the European Union without a deal.",
     "Boris Johnson"),
    (SMITH, "Smith was elected to the Texas Senate in 2012, defeating the incumbent in a close race.", "Texas Senate"),
    (WINDSOR, "In 2019, the Michigan Police arrested fourteen smugglers on the bridge.", "Michigan Police"),
    (SUFFERN, "New Jersey Route 17 and Interstate 87 pass through the village near the state line.", "Jersey"),
])
def test_a_name_the_window_gives_in_part_is_never_said(destination, sentence, name):
    t = _told(destination, sentence)
    assert not t.said
    assert not t.told or name in t.adds


def test_the_pages_own_subject_completes_its_name():
    # the subject's name gives most of it: told as written
    t = _told(STANLEY, "In 2019, Stanley Johnson said that the party should leave the European Union without a deal.")
    assert t.said


def test_the_frames_place_completes_a_numbered_route():
    assert _told(SUFFERN, "New York Route 17 and Interstate 87 pass through the village near the state line.").said


def test_the_frame_does_not_complete_another_bodys_name():
    # "the Senate" of a page whose frame says Texas (and the United States Senate): the frame's
    # "Texas" is no completion of "Texas Senate" (read so, it was told in part)
    assert not _told((SMITH[0], ["Smith served in the Senate from 2012."]), "Smith served in the Texas Senate.").told


# tests/cases/real/gatwick-drone-incident/input/Gatwick_Airport.wikitext: frame and the sentence on the drones.
GATWICK = ("Gatwick Airport. Gatwick Airport is north of the centre of Crawley, West Sussex, and 29.5 miles (47 km) "
           "south of Central London.",
           ["Between 19 and 21 December 2018, the airport's runway was closed after reported drone sightings; some "
            "1,000 flights had to be cancelled, inconveniencing 140,000 passengers."])
GATWICK_FLIGHTS = ("Between 19 and 21 December 2018, {} flights were cancelled at Gatwick Airport following reports "
                   "of drone sightings close to the runway.")


@pytest.mark.parametrize("figure, adds", [
    # the page counts the flights more precisely ("some 1,000": 900 to 1,100) than the
    # sentence's vaguer "hundreds" (200 to 999), across its edge: the count is given in
    # another form, told in part (the case's gold: already in the destination; it was not
    # told at all, as a count the page does not give)
    ("hundreds of", ("hundreds",)),
    # a count inside the page's is given
    ("about 1,000", ()),
])
def test_a_count_the_destination_gives_in_another_form_is_told(figure, adds):
    t = _told(GATWICK, GATWICK_FLIGHTS.format(figure))
    assert (t.told, t.adds) == (True, adds)


@pytest.mark.parametrize("figure", [
    # a bound: "over 1,000" (1,000 and up) is a claim the page's "some 1,000" (900 to 1,100)
    # does not make; its values span more than the page's, but it is no vague plural that
    # the page gives more precisely (it was told, adding "over 1,000")
    "over 1,000",
    # a figure more precise than the page's (900 to 1,000 against 900 to 1,100): the
    # sentence's count is the precise one, not given (as "1,000" against "hundreds" below)
    "nearly 1,000",
])
def test_a_figure_the_page_does_not_give_more_precisely_is_no_other_form(figure):
    assert not _told(GATWICK, GATWICK_FLIGHTS.format(figure)).told


def test_a_count_the_destination_gives_more_loosely_is_still_not_told():
    # the sentence's count is the precise one ("1,000"; "more than 4,000" for 6,000 above): not given
    loose = (GATWICK[0], [GATWICK[1][0].replace("some 1,000", "hundreds of")])
    assert not _told(loose, GATWICK_FLIGHTS.format("1,000")).told


# tests/cases/real/malawi-presidential-rerun-2020/input/2019_Malawian_general_election.wikitext: frame and the
# sentence on the annulment.
MALAWI = ("2019 Malawian general election. General elections were held in Malawi on 21 May 2019 to elect the "
          "President, National Assembly and local government councillors.",
          ["On 3 February 2020, the Constitutional Court annulled the presidential election results due to evidence "
           "of irregularities, and ordered fresh elections be held."])


@pytest.mark.parametrize("sentence, told", [
    # a count of days that says when ("within 150 days", "150 days later") is read as a date:
    # what the sentence adds ("However" is no word the page must repeat: read as what the
    # sentence is about, it asked the page for the event "however" named). The case's gold:
    # already in the destination.
    ("However, in February 2020 the Constitutional Court annulled the presidential election results, citing "
     "evidence of irregularities, and ordered fresh elections be held within 150 days.", True),
    ("In February 2020 the Constitutional Court annulled the presidential election results, citing evidence of "
     "irregularities, and ordered fresh elections, which were held 150 days later.", True),
    # how long is the claim: a duration the page does not give is a count, not told
    ("In February 2020 the Constitutional Court annulled the presidential election results, citing evidence of "
     "irregularities, and ordered fresh elections, after a hearing that lasted 150 days.", False),
])
def test_a_count_of_time_that_says_when_is_read_as_a_date(sentence, told):
    t = _told(MALAWI, sentence)
    assert (t.told, t.said) == (told, False)
    # named with its time noun: "150" alone is no detail an editor can read
    assert not told or "150 days" in t.adds


@pytest.mark.parametrize("text, when", [
    ("Elections must be held within 150 days.", "150 days"),
    ("Two days later, the president resigned.", "Two days"),
    ("The strike lasted ten days.", None),
    ("He was jailed for 20 years.", None),
    ("Wiens was sentenced to ten years' imprisonment.", None),
    ("He released one hostage after the talks.", None),  # "one hostage" counts no time
    # "after" a count of time is as often how long: the sentence's point, a duration
    ("He released one hostage after six hours.", None),
    ("The siege ended after 51 days, when a fire destroyed the compound on 19 April 1993.", None),
])
def test_a_count_of_time_placed_in_time(text, when):
    from mergekit.plan.already import _placed_in_time, _Sentence
    assert next(filter(None, (_placed_in_time(q, text) for q in _Sentence.read(text).figures)), None) == when


@pytest.mark.parametrize("destination, sentence", [
    # how long the siege lasted is the sentence's point, not when it ended (it was told in
    # part, adding "51", a number without its unit)
    (("Waco siege. The Waco siege was a siege of a religious compound in Texas.",
      ["The siege ended on 19 April 1993, when a fire destroyed the compound."]),
     "The siege ended after 51 days, when a fire destroyed the compound on 19 April 1993."),
    (("John Smith (fraudster). John Smith is an English fraudster.", ["Smith was released from prison in 2010."]),
     "Smith was released from prison in 2010 after 20 years."),
])
def test_a_duration_after_after_is_a_count_the_page_does_not_give(destination, sentence):
    assert not _told(destination, sentence).told


@pytest.mark.parametrize("adverb, told", [
    # "However" opened the sentence's units and was read as what it is about
    ("However", True), ("Nevertheless", True),
    # a causal adverb claims a cause the page's sentence does not give
    ("Consequently", False), ("Therefore", False), ("Thus", False), ("Hence", False), ("Accordingly", False),
])
def test_a_contrastive_adverb_is_no_word_the_page_must_repeat(adverb, told):
    assert _told(TIVERTON, f"{adverb}, a by-election in Tiverton and Honiton took place on 23 June 2022.").told is told


def test_a_causal_adverb_is_named_as_what_the_page_lacks():
    t = _told(MALAWI, "Consequently, the Constitutional Court annulled the presidential election results due to "
                      "evidence of irregularities.")
    assert "Consequently" in t.lacks


# tests/cases/real/mount-ida-college-closure/input/University_of_Massachusetts_Amherst.wikitext:
# its frame and the sentence of its "Mount Ida Campus" section.
UMASS = ("University of Massachusetts Amherst. The University of Massachusetts at Amherst, the oldest of the campuses, "
         "is located near the Connecticut River in the Pioneer Valley.",
         ["The newly acquired campus will be known as the Mount Ida Campus of UMass Amherst and will operate as an "
          "extension of the Amherst campus."])
_RENAMED = ("In 2018, the University of Massachusetts Amherst acquired the campus and renamed it the Mount Ida Campus "
            "of UMass Amherst")


@pytest.mark.parametrize("aside", [
    # the case's own sentence: an appositive noun phrase
    "a center for learning and professional development that facilitates connections between UMass Amherst and "
    "industries and communities in the Greater Boston area",
    "which hosts career programs for students from Amherst",  # a non-restrictive relative clause
    "hosting career programs for students from Amherst",  # a participial phrase
])
def test_a_trailing_aside_is_what_the_sentence_adds_to_the_clause_the_destination_tells(aside):
    # The clause before the comma is told; the aside only describes what it names. Told in
    # part: the aside is what the sentence adds, so the sentence is carried, never left out.
    reading = _told(UMASS, f"{_RENAMED}, {aside}.")
    assert reading.told and not reading.said
    assert reading.adds == ("In 2018", aside)


def test_a_preposition_in_ing_opens_no_aside():
    # ", during a merger ..." says when the clause's event happened: part of its claim (sinar-bangun's
    # ", during its trip from Simanindo Harbour ..."), not a description of a thing it names
    assert not _told(UMASS, f"{_RENAMED}, during a merger of the two colleges.").told


@pytest.mark.parametrize("sentence, window", [
    # (rv14) a comma inside a quotation opens no aside: the quotation is what was said
    ('The mayor called the plan "a disaster, a complete failure."', 'The mayor called the plan "a disaster".'),
    ('Smith said the vote was "rigged, which everyone knows."', 'Smith said the vote was "rigged".'),
    ("Smith said the vote was \u201crigged, which everyone knows.\u201d", 'Smith said the vote was "rigged".'),
    # an -ing word that is no participle: a pronoun, a time of day, no verb before "-ing"
    ("The council met on Monday, nothing was said about the budget.", "The council met on Monday."),
    ("The council met on Monday, something new was agreed.", "The council met on Monday."),
    ("The council met on Monday, evening after the storm.", "The council met on Monday."),
    ("The council met on Monday, spring having come early.", "The council met on Monday."),
    # a participle's form as the subject of a clause of its own (a finite verb follows)
    ("The council met on Monday, building was halted for a week.", "The council met on Monday."),
])
def test_what_is_no_trailing_aside_is_not_read_as_one(sentence, window):
    assert told(sentence, [[window]], "").adds == ()


@pytest.mark.parametrize("sentence, window, aside", [
    # controls: a quotation closed before the aside; participles that are nouns too
    ('The council met on "Monday", winning the vote.', 'The council met on "Monday".', "winning the vote"),
    ("The council met on Monday, building on its success.", "The council met on Monday.", "building on its success"),
    ("The council met on Monday, meeting the deadline.", "The council met on Monday.", "meeting the deadline"),
])
def test_an_aside_after_a_closed_quotation_or_with_a_participle_is_still_one(sentence, window, aside):
    assert told(sentence, [[window]], "").adds == (aside,)


def test_the_tuning_cases_destination_tells_the_clause_before_an_aside():
    # mount-ida-college-closure: found by the rule above; malawi's participial phrase holds the count
    assert _already("mount-ida-college-closure")[f"{_RENAMED}, a center for learning and professional development "
                                                 "that facilitates connections between UMass Amherst and industries "
                                                 "and communities in the Greater Boston area."][:2] == ("partly_said", True)
    assert _already("malawi-presidential-rerun-2020")[
        "The DPP also remained the largest party in the National Assembly, winning 62 of the 193 seats."
    ] == ("partly_said", True, ("DPP", "winning 62 of the 193 seats"))

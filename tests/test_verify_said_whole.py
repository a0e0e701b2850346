"""A citation says the whole sentence: each date as precisely (``mergekit.verify.when``),
each side it assigns (``opposites.unsaid_sides``), each item of an enumeration and each verb
of a coordinated predicate (``coordination``), the number of its subject (``plural``: of
several, or of one) and how soon (``pace``). On the real sentence pairs of the real-merge
corpus's tuning cases that the draft cited wrongly before these rules (the fitted heads call
each source supporting), and the same sources still cited for what they do say."""

from __future__ import annotations

from pathlib import Path

import pytest

from mergekit.verify import judge
from mergekit.verify.coordination import unsaid_items, unsaid_verbs
from mergekit.verify.opposites import unsaid_sides
from mergekit.verify.pace import unsaid_pace
from mergekit.verify.plural import claimed_number, unsaid_number
from mergekit.verify.when import unsaid_dates

REAL = Path(__file__).resolve().parent / "cases" / "real"

OBVERSE = "The obverse displays a stylized maple leaf."
REVERSE = "The reverse shows Queen Elizabeth II."
BODE = "The coin was acquired by the Bode Museum in 2010, and was displayed there until it was stolen."
WAKASHIO = "The ship began to leak fuel oil and broke apart in mid-August."
CONSTRUCTION = "Construction began in early 2013, and will continue through 2015."
EASTBOUND = "The eastbound span is scheduled for completion in 2017."
# a list of four where the report names three (the watoday report names "names, dates of
# birth, phone numbers, email addresses, physical addresses and driver's licence numbers")
FOUNDED = ("The airline operating the plane, Busy Bee Congo, was founded in 2007 and uses Goma as the base for its "
           "fleet of Dornier 228s.")
ACCESSED = "The hackers accessed names, passwords, phone numbers and email addresses of millions of customers."
# "after a student suffered shortness of breath, vomiting and fainted"; "23 out of 75 climbers
# were found dead", "At least 69 homes were destroyed and 39 damaged", "four firearms were recovered"
MALAYMAIL = "kim-kim-river-pollution/input/malaymail-two-schools-reopen-monday.txt"
MARAPI = "marapi-eruption-2023/input/mlecharbinger-23-of-75.txt"
TATHRA = "tathra-bushfire/input/wildfiretoday-dozens-of-homes.txt"
RICHMOND = "richmond-graduation-shooting/input/dailyhorn.txt"
ASIANEWS = "sinar-bangun-ferry/input/asianews.txt"  # "About 400 personnel have been deployed in the search."
# "financial partner Dentsu Aegis stated it had 'decided to cancel the festival,' a message
# Woodstock 50 organizers immediately disputed"
WOODSTOCK = "woodstock-50/input/poughkeepsie-woodstock-belongs-to-the-people.txt"
# two goals joined as infinitives; The Phoenix: "Despite the 0% increase on university fees for
# 2016, students are demanding free education as the final goal, a service Nzimande says the
# government cannot afford." (no word of stopping anything, nor of funding)
FEES = ("The goals of the movement were to stop increases in student fees as well as to increase government funding "
        "of universities.")
PHOENIX = "feesmustfall-protests/input/phoenix-halts-fee-hikes.txt"
DENTSU = "Financial partner Dentsu Aegis stated it had decided to cancel the festival, which organizers {} disputed."


def _news(path: str) -> list[str]:
    return [(REAL / path).read_text(encoding="utf-8")]


@pytest.mark.parametrize("claim, news", [
    # a report of the heist that names neither side of the coin (the Globe and Mail puts the
    # Queen on the obverse); one that says "on one side ... on the other"
    (OBVERSE, "big-maple-leaf-theft/input/globeandmail-massive-gold-coin.txt"),
    (REVERSE, "big-maple-leaf-theft/input/aa-massive-6m-coin.txt"),
    # "on display at the Bode Museum ... since December 2010", "on loan from a private collection"
    (BODE, "big-maple-leaf-theft/input/suntimes-ap-heavy-heist.txt"),
    # "1,000 tonnes of fuel were estimated to have leaked ... as the ship broke up"; no mid-August
    (WAKASHIO, "wakashio-oil-spill/input/c.txt"),
    # "Construction began in 2013, with a planned opening in 2015": not early 2013, nothing continued
    (CONSTRUCTION, "walterdale-bridge/input/ctv-contractor-fines.txt"),
    # "An identical bridge, adjacent to the damaged bridge, ... is scheduled to be completed in 2017"
    (EASTBOUND, "nipigon-river-bridge/input/upi-fails-in-bitter-cold.txt"),
    (ACCESSED, "optus-data-breach/input/watoday-major-optus-hack.txt"),
    # 2007 is the year RUAG "introduced the Do 228NG"; AeroTime never says when Busy Bee was founded
    (FOUNDED, "busy-bee-goma-crash/input/aerotime-congo-plane-crash.txt"),
    # several told of one (the article's sentence: the one wrong citation of the tuning cases
    # before ``plural``), and one told of several
    ("Some of the students brought to the hospital were already fainted and with symptoms such as vomiting.",
     MALAYMAIL),
    ("A climber was found dead due to an eruption of the Marapi volcano.", MARAPI),
    ("A home was destroyed and 39 damaged in the bushfire that spread into the coastal town.", TATHRA),
    ("A firearm was recovered at the scene.", RICHMOND),
    # a pace the report does not say (the article's sentence, cited to AsiaNews before ``pace``)
    ("After the sinking, authorities immediately deployed search and rescue personnel to the area.", ASIANEWS),
    ("About 400 personnel were immediately deployed in the search.", ASIANEWS),
    (DENTSU.format("gradually"), WOODSTOCK),
    # the one wrong citation of the even tuning half that ``coordination`` reads (infinitives)
    (FEES, PHOENIX),
])
def test_a_source_that_says_part_is_not_cited_for_the_whole(claim, news):
    judgement = judge(claim, _news(news))
    assert judgement.label == "supported"  # what the fitted heads say; the rules overrule it
    assert not judgement.citable


@pytest.mark.parametrize("claim, news", [
    ("Construction began in 2013.", "walterdale-bridge/input/ctv-contractor-fines.txt"),
    ("The coin was on display at the Bode Museum since 2010.", "big-maple-leaf-theft/input/suntimes-ap-heavy-heist.txt"),
    ("The ship began to leak fuel oil.", "wakashio-oil-spill/input/c.txt"),
    ("The span is scheduled for completion in 2017.", "nipigon-river-bridge/input/upi-fails-in-bitter-cold.txt"),
    ("A student suffered shortness of breath, vomiting and fainted after inhaling the gas.", MALAYMAIL),
    ("Climbers were found dead due to an eruption of the Marapi volcano.", MARAPI),
    ("Homes were destroyed in the bushfire that spread into the coastal town.", TATHRA),
    ("Four firearms were recovered at the scene.", RICHMOND),
    ("About 400 personnel were deployed in the search.", ASIANEWS),
    (DENTSU.format("immediately"), WOODSTOCK),
    (DENTSU.format("quickly"), WOODSTOCK),  # a word of the same group
    # under a negation the adverb says "later", which the report tells by its dates
    ("Wakashio ran aground on a coral reef on 25 July, but did not immediately begin leaking oil.",
     "wakashio-oil-spill/input/c.txt"),
])
def test_the_same_sources_are_still_cited_for_what_they_say(claim, news):
    assert judge(claim, _news(news)).citable


@pytest.mark.parametrize("claim, quote, missing", [
    (CONSTRUCTION, "Construction began in 2013, with a planned opening in 2015.", ("early 2013",)),
    (WAKASHIO, "Pravind Jugnauth only declared the situation a national emergency on 7 August.", ("mid-August",)),
    (WAKASHIO, "The ship broke up in August.", ("mid-August",)),  # the month is not its middle
    ("The ship broke apart on 15 August.", "The ship broke apart in mid-August.", ("15 August",)),
    # a date inside the claim's says it; the same day with or without its year says it
    ("The coin was acquired in 2010.", "It has been on display since December 2010.", ()),
    ("The ship broke apart in mid-August.", "The ship broke apart on 15 August.", ()),
    ("Wakashio ran aground on a coral reef on 25 July.", "The disaster began on 25 July, when the ship ran aground.", ()),
    ("They faced again on April 9, 2011 in Albuquerque.", "They will collide on April 9th in Albuquerque.", ()),
    # a year alone is said by its digits; a year-long span by a year inside it
    ("Construction will continue through 2015.", "The 2015 opening was planned.", ()),
    ("It was built in the 1990s.", "It was built in 1995.", ()),
    ("It was built in 2012.", "It was built in 2013.", ("in 2012",)),
    ("It opened on 3 May 2019.", "It opened in May 2019.", ("3 May 2019",)),
    ("The ferry sank.", "The ferry sank on 18 June.", ()),  # no date in the claim: nothing to say
])
def test_unsaid_dates(claim, quote, missing):
    assert unsaid_dates(claim, quote) == missing


@pytest.mark.parametrize("claim, quote, missing", [
    ("Red, amber and yellow warnings were issued for the region.",
     "Red and yellow warnings were issued for the region.", ("amber",)),
    (ACCESSED, "accessing names, dates of birth, phone numbers, email addresses", ("passwords",)),
    ("Names, dates of birth, phone numbers and email addresses were taken.",
     "accessing names, dates of birth, phone numbers, email addresses", ()),
    # a middle item is said by any of its words: the heads weigh the rest ("bank details" by
    # "card details"; demanding each word withheld a supported citation on the bench's dev half)
    ("Names, bank details and email addresses were taken.", "Names, card details and email addresses.", ()),
    ("Names, bank details and email addresses were taken.", "Names, passwords and email addresses.", ("bank details",)),
    # a clause between commas is no item, and two items are not read
    ("In 2012, the site was added to the list, and the city protested.", "In 2012 the site was added to the list.", ()),
    ("Red and amber warnings were issued.", "Red warnings were issued.", ()),
])
def test_unsaid_items(claim, quote, missing):
    assert unsaid_items(claim, quote) == missing


@pytest.mark.parametrize("claim, quote, missing", [
    (BODE, "It has been on display at the Bode Museum, on Berlin's Museum Island, since December 2010. It was stolen.",
     ("acquired",)),
    (CONSTRUCTION, "Construction began in 2013, with a planned opening in 2015.", ("continue",)),
    (CONSTRUCTION, "Construction began in 2013 and is set to continue through 2015.", ()),
    # one predicate with a date: its verb is read too ("with its date"); without one, not read
    # (``exact.missing_predicate`` reads the short ones)
    ("The coin was acquired by the Bode Museum in 2010.", "It has been on display at the Bode Museum since 2010.",
     ("acquired",)),
    ("The coin was acquired by the Bode Museum.", "It has been on display at the Bode Museum.", ()),
    # the date of another clause, or before the verb: not its date
    ("In 2012, the site was added to the list.", "UNESCO put the site on its list in 2012.", ()),
    ("The coin was acquired by the museum, which opened in 1904.", "The museum opened in 1904.", ()),
    # a plan word is no event: "expected to wrap up" says "scheduled for completion"
    (EASTBOUND, "Work on the eastbound lanes is expected to wrap up in 2017.", ()),
    # tests/cases/real/busy-bee-goma-crash: AeroTime's 2007 is the year RUAG "introduced the Do 228NG"
    (FOUNDED,
     "RUAG introduced the Do 228NG (Next Generation) in 2007. Busy Bee Congo operates mainly between Goma and Beni.",
     ("founded",)),
    # no verb after the auxiliary: "was the", "has two"
    ("He was the first miner out, and was later taken to hospital.", "The first miner out was taken to hospital.", ()),
    # two joined infinitives: the verb after each "to"
    (FEES, "Despite the 0% increase on university fees for 2016, students are demanding free education as the final "
           "goal, a service Nzimande says the government cannot afford.", ("stop",)),
    (FEES, "Students want to stop fee increases and want the government to increase funding.", ()),
    ("Investors aimed to raise $500 million and to complete an IPO.", "It aimed to raise $500 million.", ("complete",)),
    # "to" before a bare noun is a preposition, no infinitive: "sent to prison and to hospital"
    ("He was sent to prison and to hospital.", "He was jailed.", ()),
    ("They were taken to hospital, and to prison for life.", "They were treated.", ()),
    # "to" before a name or a figure is no infinitive
    ("The strike ran from September to November and to December in some plants.", "The strike ran until December.",
     ()),
])
def test_unsaid_verbs(claim, quote, missing):
    assert unsaid_verbs(claim, quote) == missing


def test_a_long_run_of_infinitives_reads_in_linear_time():
    """A hostile sentence of 96,000 characters with no full stop ("to go to go ..."): the
    joined-infinitive pattern's unbounded gap took about a minute of CPU (the square of the
    run); bounded to a clause's length it takes a fraction of a second. CPU time, not wall
    time: the test machine is shared."""
    import time

    start = time.process_time()
    unsaid_verbs("to go " * 16_000, "It went.")
    assert time.process_time() - start < 5.0


@pytest.mark.parametrize("claim, quote, missing", [
    (OBVERSE, "carting away a 100-kilogram gold coin named the \"Big Maple Leaf\" in a wheelbarrow.", ("obverse",)),
    (REVERSE, "the coin bears a portrait of Queen Elizabeth II on one side and maple leaves on the other.",
     ("reverse",)),
    (REVERSE, "The reverse shows Queen Elizabeth II.", ()),
    # kin and age words are not sides: said in other words too often to demand
    ("Their son, Bear, was born the next year.", "The couple had a baby boy, Bear, the next year.", ()),
])
def test_unsaid_sides(claim, quote, missing):
    assert unsaid_sides(claim, quote) == missing


@pytest.mark.parametrize("claim, read", [
    ("Some of the students brought to the hospital were already fainted.", ("students", "several", ("fainted",))),
    ("The four defendants were acquitted by jury.", ("defendants", "several", ("acquitted", "jury"))),
    ("Many local residents were evacuated.", ("residents", "several", ("evacuated",))),
    ("A local student was taken to hospital.", ("student", "one", ("hospital",))),
    ("Over the years, 37 Nobel laureates have been affiliated with it.", ("laureates", "several", ("affiliated",))),
    # no number told: a pronoun, a singular without "a" or "one", no agreeing verb, a
    # relative clause's verb, a verb and noun that do not agree
    ("They were produced by the Royal Canadian Mint in 2007.", None),
    ("The driver was killed.", None),
    ("Students will return on Monday.", None),
    ("This creates revenue; however, it contributes to fires that are caused by fireworks.", None),
    ("The news was broken by a student.", None),
])
def test_the_subject_and_its_number(claim, read):
    assert claimed_number(claim) == read


@pytest.mark.parametrize("claim, quote, unsaid", [
    ("Students were taken to hospital.", "A student was taken to hospital.", "several students"),
    ("A student was taken to hospital.", "Three students were taken to hospital.", "one student"),
    # the claim's number before the predicate anywhere in the quote says it
    ("Students were taken to hospital.", "Students were taken to hospital after a student fainted.", ""),
    ("A student was taken to hospital.", "Pupils said the student was taken to hospital.", ""),
    # a bare singular is no count of one ("student numbers"): left to the heads
    ("Students were taken to hospital.", "The student union said some were taken to hospital.", ""),
    # no predicate word in the quote, or no mention of the head before it
    ("Students were taken to hospital.", "A student fainted.", ""),
    ("Students were taken to hospital.", "Hospital staff treated a student.", ""),
])
def test_the_quote_tells_the_predicate_of_the_other_number(claim, quote, unsaid):
    assert unsaid_number(claim, quote) == unsaid


@pytest.mark.parametrize("claim, quote, missing", [
    ("Police immediately sealed off the area.", "Police sealed off the area.", ("immediately",)),
    ("Police immediately sealed off the area.", "Police were quick to seal off the area.", ()),
    ("Police immediately sealed off the area.", "The immediate response was to seal off the area.", ()),
    ("The river rose suddenly.", "The river rose slowly over two days.", ("suddenly",)),
    ("Police did not immediately seal off the area.", "Police sealed off the area on Tuesday.", ()),
    ("Police sealed off the area.", "Police immediately sealed off the area.", ()),  # more in the quote is fine
])
def test_the_claims_adverbs_of_pace(claim, quote, missing):
    assert unsaid_pace(claim, quote) == missing

"""Rendered pages: furniture is not prose, the title line is the title, not a heading.

The case files in tests/cases/articles/ follow the shapes of real rendered pages (the
desktop site with its edit links, infobox rows and navbox; the Simple English site with
its glued infobox labels and numbered back-links); their expected sentences are in the
``.expected.json`` beside them (tests/test_load_cases.py).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from mergekit.load.furniture import furniture_rule
from mergekit.load.rendered import _box_name, _depicts, parse_rendered
from mergekit.load.wikitext import looks_like_wikitext, parse_wikitext

ARTICLES = Path(__file__).parent / "cases" / "articles"
REAL = Path(__file__).parent / "cases" / "real"


def _tune_sources() -> list[Path]:
    """The tuning cases of the real corpus whose merge.toml names the source file (the
    held-out cases are never read here)."""
    out = []
    for case in sorted(REAL.iterdir()):
        gold = case / "GOLD.toml"
        if gold.is_file() and re.search(r'^split\s*=\s*"tune"', gold.read_text(encoding="utf-8"), re.M):
            if "file" in tomllib.loads((case / "input" / "merge.toml").read_text(encoding="utf-8")).get("source", {}):
                out.append(case)
    return out
FURNITURE = re.compile(
    r"°|Coordinates|From Wikipedia|Jump to|\[edit\]|\[change|Retrieved|Categories|last edited|Creative Commons"
    r"|Casualties|is located in|\bv t e\b|•|\.svg|Learn how|Main article|, see "
)


@pytest.mark.parametrize("name, title", [
    ("rendered-desktop.txt", "Eldmoor quarry collapse"),
    ("rendered-simple.txt", "2022 Norvale ferry fire"),
])
def test_title_line_is_the_title_and_no_furniture_is_prose(name, title):
    article = parse_rendered((ARTICLES / name).read_text(encoding="utf-8"))
    assert article.title == title
    assert title not in [s.title for s in article.sections]
    for _section, sentence in article.sentences():
        assert not FURNITURE.search(sentence.text), sentence.text
        assert sentence.text.endswith((".", '"', "”")), sentence.text
    assert any(r.startswith("box: Casualties") for r in article.removed)


def test_an_infobox_row_with_a_citation_needed_marker_is_not_a_sentence():
    article = parse_rendered((ARTICLES / "rendered-desktop.txt").read_text(encoding="utf-8"))
    tagged = [s.text for _, s in article.sentences() if "citation needed" in s.tags]
    assert tagged == ["The quarry opened in 1962."]


def test_a_short_caption_is_not_a_heading_when_headings_carry_edit_links():
    article = parse_rendered((ARTICLES / "rendered-desktop.txt").read_text(encoding="utf-8"))
    assert [s.title for s in article.sections if s.sentences] == ["", "Background", "Rescue"]
    assert "not a heading (no edit link): Rescue workers at the site" in article.removed


def test_the_caption_under_an_image_name_is_not_a_heading():
    # as WikiMili copies "2021 Kellogg's strike": heading, image file name, caption, prose
    text = ("Background\n\nKellogg's Battle Creek plant, 2019 Cereal Bowl of America.jpg\n"
            "Kellogg's Battle Creek plant, 2019\n\nKellogg's is an American food manufacturer. [7]\n")
    article = parse_rendered(text)
    assert [(s.title, len(s.sentences)) for s in article.sections if s.sentences] == [("Background", 1)]
    assert "caption: Kellogg's Battle Creek plant, 2019" in article.removed


def test_the_line_above_the_afd_notice_is_the_title():
    text = ("Old Mill fire\n\nThis article was nominated for deletion. The discussion was closed on "
            "3 March 2024 with a consensus to merge the content into the article Big Town. (March 2024)\n\n"
            "The old mill burned down in 2023.[1]\n\nReferences\n\n  1. ^ \"Mill burns\". Town News. 2023-05-01.\n")
    article = parse_rendered(text)
    assert article.title == "Old Mill fire" and article.afd.target == "Big Town"
    assert [s.title for s in article.sections if s.sentences] == [""]


def test_a_given_title_repeated_above_the_lead_is_not_a_heading():
    text = "2023 Tirana camp raid\n\nThe police raided the camp on 20 June 2023.[1]\n\nAftermath\n\nIt was calm.[1]\n"
    assert [s.title for s in parse_rendered(text).sections] == ["2023 Tirana camp raid", "Aftermath"]
    article = parse_rendered(text, title="2023 Tirana camp raid")
    assert [s.title for s in article.sections] == ["", "Aftermath"]
    assert parse_rendered(text).title is None  # a first line alone is not proof of a title


@pytest.mark.parametrize("line, rule", [
    ("From Wikipedia, the free encyclopedia", "chrome"),
    ("from Wikipedia, the free encyclopedia", "chrome"),
    ("Jump to navigation Jump to search", "chrome"),
    ("Jump to: navigation, search", "chrome"),
    # MediaWiki's revision-info (the English Wikipedia's wording, then the default),
    # revisionasof / currentrev-asof, and revision-nav
    ("This is an old revision of this page, as edited by Moscow Mule (talk | contribs) at 17:45, 29 March 2017. "
     "The present address (URL) is a permanent link to this revision, which may differ significantly from the "
     "current revision.", "revision"),
    ("The present address (URL) is a permanent link to this revision, which may differ significantly from the "
     "current revision.", "revision"),
    ("Revision as of 12:07, 13 November 2009 by 125.138.191.93 (talk)", "revision"),
    ("Latest revision as of 17:45, March 29, 2017", "revision"),
    ("(diff) ← Previous revision | Latest revision (diff) | Newer revision → (diff)", "revision"),
    ("(diff) ← Older revision | Latest revision (diff) | Newer revision → (diff)", "revision"),
    # prose that merely holds those words is kept
    ("The court heard that this is an old revision of this page, as edited by the clerk at 12:07, 13 November "
     "2009.", None),
    ("The archive keeps an old revision of the plan, which may differ significantly from the current revision.",
     None),
    ("The revision as of 12:07, 13 November 2009 by the clerk was lost.", None),
    ("Last updated", "chrome"),
    ("(Redirected from Tirana raid)", "chrome"),
    ("Retrieved from \"https://en.wikipedia.org/w/index.php?title=X\"", "chrome"),
    ("For other uses, see Ashraf (disambiguation).", "chrome"),
    ("[edit | edit source]", "edit link"),
    ("This article has multiple issues. Please help improve it.", "banner"),
    ("Coordinates: 41°25′47″N 19°34′34″E", "coordinates"),
    ("41.4296°N 19.5762°E", "coordinates"),
    ("Date\t20 June 2023", "table"),
    ("Deaths | 28[a] |", "table"),
    ("v · t · e", "navbox"),
    ("Camp Ashraf • Camp Liberty • Ashraf 3", "navbox"),
    ("Bullseye1.svg", "image"),
    ("The police used pepper spray.", None),
    ("Background", None),
    ("It lies 30 km west of Tirana, at 41°N.", None),
])
def test_furniture_rules(line, rule):
    assert furniture_rule(line) == rule


def test_a_first_line_between_equals_signs_is_the_title():
    # hushpuppi-sentencing: a stored plain-text copy opens "= Title =", then the infobox's
    # name and its "- Key: value" rows (no "Infobox" line), then the lead
    text = ("= Hushpuppi =\n\nRamon Olorunwa Abbas\n- Birth Name: Ramon Olorunwa Abbas\n- Nationality: Nigerian\n\n"
            "Ramon Olorunwa Abbas is a Nigerian fraudster.\n\nLater life\n\nHe was sentenced in 2022.\n")
    for given in (None, "Hushpuppi"):
        article = parse_rendered(text, title=given)
        assert article.title == "Hushpuppi"
        assert [s.title for s in article.sections] == ["", "Later life"]
        assert "title: = Hushpuppi =" in article.removed
    # only the page's first line: "= x =" later on is no title
    assert parse_rendered("Raid\n\nIt was calm.[1]\n\n= Aftermath =\n\nIt rained.[1]\n").title is None


def test_a_bare_title_line_over_a_copy_with_equals_headings_is_no_sentence():
    # cattelan-gold-toilet-theft: the stored copy has "==History==" headings (so it is read as
    # wikitext) and opens with the page's title as a bare line, then the infobox's rows
    text = ("America (Cattelan)\n\nInfobox\n- Artist: Maurizio Cattelan\n\n"
            "America was a sculpture created in 2016.\n\n==History==\nIt was made in Florence.\n")
    assert looks_like_wikitext(text)
    article = parse_wikitext(text, title="America (Cattelan)")
    assert [s.text for _, s in article.sentences()] == ["America was a sculpture created in 2016.",
                                                        "It was made in Florence."]
    # a lead that only names the title, later on or with a full stop, stays prose
    assert [s.text for _, s in parse_wikitext("America (Cattelan).\n", title="America (Cattelan)").sentences()]
    assert len(list(parse_wikitext(text, title="Other").sentences())) == 3


def test_a_long_title_line_is_still_the_title():
    text = ("List of accidents and disasters by death toll in the year 2019\n\n"
            "From Wikipedia, the free encyclopedia\n\nThis is a list of disasters.[1]\n")
    article = parse_rendered(text)
    assert article.title == "List of accidents and disasters by death toll in the year 2019"
    assert [s.title for s in article.sections] == [""]


def test_a_bare_heading_line_between_lines_of_prose_opens_its_section():
    # optus-data-breach: a Kiwix copy prints "Breach" on a line of its own, no blank line
    # and no "[edit]" around it; its sentences are the section's, not the lead's
    text = (REAL / "optus-data-breach" / "input" / "2022_Optus_data_breach.txt").read_text(encoding="utf-8")
    article = parse_rendered(text, title="2022 Optus data breach")
    assert [(s.title, len(s.sentences)) for s in article.sections] == [("", 2), ("Breach", 9)]
    assert article.sections[1].sentences[0].text == "Around 22 September, Optus noticed suspicious activity on its network."


@pytest.mark.parametrize("middle, below", [
    ("Reactions", "It was calm.[2]"),                    # the one shape that is a heading
    ("The police said that the", "Camp was calm.[2]"),  # a line broken mid-sentence
    ("- Reactions", "It was calm.[2]"),                  # a list item
    ("Reactions", "- It was calm.[2]"),                  # above a list item
    ("Source: The Guardian", "It was calm.[2]"),        # a "Label: value" row
    ("Reactions", "it was calm.[2]"),                    # a line that does not start a sentence
    ("Reactions of the government and the police in Tirana", "It was calm.[2]"),  # too long
])
def test_a_bare_line_is_a_heading_only_between_prose_and_the_start_of_a_sentence(middle, below):
    text = f"Raid\n\nThe police raided the camp on 20 June 2023.[1]\n{middle}\n{below}\n"
    titles = [s.title for s in parse_rendered(text, title="Raid").sections]
    assert titles == (["", "Reactions"] if (middle, below) == ("Reactions", "It was calm.[2]") else [""])


def test_a_bare_line_without_an_edit_link_is_no_heading_where_headings_carry_them():
    text = ("Raid\n\nBackground[edit]\n\nThe police raided the camp on 20 June 2023.[1]\nRescue workers\n"
            "It was calm.[2]\n")
    article = parse_rendered(text, title="Raid")
    # Two lines that each end a sentence are two paragraphs (tests/test_paragraph_breaks.py), the caption between them none.
    assert [(s.title, [x.paragraph for x in s.sentences]) for s in article.sections] == [("Background", [0, 1])]
    assert "not a sentence: Rescue workers" in article.removed


# tbilisi-pride-attack-2021: a mirror prints the infobox's row groups as paragraphs of their own
_INFOBOX_TOP = ("2021 attack on Tbilisi Pride\n\n2021 attack on Tbilisi Pride\nDate5–6 July 2021\nLocation\n"
                "Caused byFar-right reaction to an attempt to hold a Pride parade\nParties\n\n")
_INFOBOX_ROWS = ("Tbilisi Pride, Shame Movement and other civil society organizations.\n\n"
                 "Media outlets:\nMtavari Arkhi, TV Pirveli etc.\n\nGeorgian Orthodox Church\n\n")
_INFOBOX_END = "Number\nunknown\n3,200 police officers (MIA)[4]\nArrested102[8]\n\n"
_LEAD = "The 2021 attack on Tbilisi Pride was a violent counter-demonstration.[9] It was met by protests.[2]\n"


@pytest.mark.parametrize("between, kept", [
    (_INFOBOX_ROWS, []),                                                 # rows: labels, names, values
    ("Zurab Makharadze and others\n\nGiorgi Tabagari and others\n\n", []),  # two rows, no heading
    ("Tbilisi Pride is an NGO in Georgia.\n\n", ["Tbilisi Pride is an NGO in Georgia."]),  # a short lead
    ("Tbilisi Pride is an NGO in Georgia.\n\nHistory\n\n", ["Tbilisi Pride is an NGO in Georgia."]),
], ids=["rows", "names", "a short lead", "a lead and a heading"])
def test_an_infobox_split_by_blank_lines_is_one_box_before_the_lead(between, kept):
    article = parse_rendered(_INFOBOX_TOP + between + _INFOBOX_END + _LEAD, title="2021 attack on Tbilisi Pride")
    lead = ["The 2021 attack on Tbilisi Pride was a violent counter-demonstration.", "It was met by protests."]
    assert [s.text for _, s in article.sentences()] == kept + lead
    assert [s.title for s in article.sections] == (["", "History"] if "History" in between else [""])
    assert not kept or not article.lists  # no prose goes with the box
    if not kept:
        assert [r for r in article.removed if r.startswith("box: ") and r[5:] in between] == \
            [f"box: {line}" for line in between.split("\n") if line]


def test_the_rows_between_two_boxes_after_the_lead_are_read_as_they_stand():
    # after the lead, a heading and a short paragraph between two boxes (an image's
    # gallery, a table) are a section's, never rows
    text = (_INFOBOX_TOP + _LEAD + "\nHistory\n\nIt was met by protests.\n\n" + _INFOBOX_END
            + "Giorgi Tabagari and others\n\n" + _INFOBOX_END)
    article = parse_rendered(text, title="2021 attack on Tbilisi Pride")
    assert [s.title for s in article.sections] == ["", "History", "Giorgi Tabagari and others"]


# malawi-presidential-rerun-2020: a Kiwix copy prints the election infobox as loose lines
# after the lead's first paragraph, under its name (the title), its map caption and its
# labels ("President before election") on lines of their own
_ELECTION = "2020 Malawian presidential election"
_FIRST = ("Presidential elections were held in Malawi on 23 June 2020.[1] They followed the annulment "
          "of the 2019 results.\n\n")
_RESULTS = "23 June 2020\nTurnout64.81%\n\nNominee Lazarus Chakwera Peter Mutharika\nParty MCP DPP\n\n"
_CAPTION = "Presidential Election Results by District. Blue denotes districts won by Mutharika.\n\n"
_LABELS = ("President before election\n\nPeter Mutharika\nDPP\n\n"
           "Elected President\n\nLazarus Chakwera\nMCP\n\n")
_LAST = "The result was a victory for Lazarus Chakwera.\n\nBackground\n\nMutharika was re-elected in 2019.[2]\n"


def test_an_infobox_after_the_first_lead_paragraph_under_its_name_is_one_box():
    article = parse_rendered(_ELECTION + "\n\n" + _FIRST + _ELECTION + "\n\n" + _RESULTS + _CAPTION + _LABELS + _LAST,
                             title=_ELECTION)
    assert [(s.title, [x.text for x in s.sentences]) for s in article.sections] == [
        ("", ["Presidential elections were held in Malawi on 23 June 2020.", "They followed the annulment of the 2019 results.",
              "The result was a victory for Lazarus Chakwera."]),
        ("Background", ["Mutharika was re-elected in 2019."]),
    ]
    for line in ("box: " + _ELECTION, "box: " + _CAPTION.strip(), "box: President before election", "box: Elected President"):
        assert line in article.removed
    assert not article.lists  # the caption is the box's own, no prose run into it


@pytest.mark.parametrize("blocks, name", [
    ([[_FIRST.strip()], [_ELECTION], ["23 June 2020", "Turnout64.81%"]], 1),  # on a line of its own
    ([[_FIRST.strip()], [_ELECTION, "23 June 2020", "Turnout64.81%"]], 1),  # the part's first line
    ([[_ELECTION], ["23 June 2020", "Turnout64.81%"]], None),  # no prose above it: the box before the lead
    ([[_FIRST.strip()], ["23 June 2020", "Turnout64.81%"]], None),  # no name
], ids=["own line", "first line", "no prose above", "no name"])
def test_a_box_under_its_name_says_where_the_name_stands(blocks, name):
    # the caller takes a name on a line of its own into the box's rows: one reading of the name line
    assert _box_name(blocks, len(blocks) - 1, lambda line: line == _ELECTION) == name


@pytest.mark.parametrize("between, sections", [
    # no name above the boxes: sections' headings above tables, after the lead's first paragraph
    ("Results\n\n" + _RESULTS + "By region\n\nLazarus Chakwera\nMCP\n\n", ["", "Results", "By region", "Background"]),
    # under its name, a short second lead paragraph and a heading with prose under it end the box
    (_ELECTION + "\n\n" + _RESULTS + "It was held again.\n\nResults\n\nChakwera won.\n\n" + _RESULTS,
     ["", "Results", "Background"]),
], ids=["no name", "a short lead sentence and a section"])
def test_headings_and_short_lead_sentences_around_a_box_after_the_lead_stay(between, sections):
    article = parse_rendered(_ELECTION + "\n\n" + _FIRST + between + _LAST, title=_ELECTION)
    assert [s.title for s in article.sections] == sections
    texts = [s.text for _, s in article.sentences()]
    assert "The result was a victory for Lazarus Chakwera." in texts
    assert ("It was held again." in texts) == ("It was held again." in between)
    assert ("Chakwera won." in texts) == ("Chakwera won." in between)


# vega-vv15-failure's source (tuning): a section's image caption on its own line between the
# heading and the prose, then a subsection right under its section's heading.
_VEGA = ("Vega flight VV15 was the 15th flight of the Vega launcher, and its first failure.[1][2]\n\n"
         "Mission description\n\nLaunch date\n\n"
         "The launch, initially planned for 5 June 2019, was postponed several times due to unfavourable "
         "weather conditions.\n\n"
         "Planned orbit\n\nArianespace detailed presentation of planned orbit\n\n"
         "The mission was planned to last 57 minutes and 09 seconds from lift-off until separation.[4][3]\n\n"
         "Launch log\n\nIt was the 311th Arianespace mission (the 6th in 2019).\n")


def test_an_image_caption_under_a_heading_is_no_heading():
    article = parse_rendered(_VEGA)
    assert [s.title for s in article.sections if s.sentences] == ["", "Launch date", "Planned orbit", "Launch log"]
    assert "caption: Arianespace detailed presentation of planned orbit" in article.removed


def test_a_heading_with_its_own_edit_link_is_no_caption():
    # rv8: "Damage from the storm" names its section's subject after a preposition, as a
    # caption does, but it carries an edit link: a subsection, kept with its prose
    article = parse_rendered("The storm hit the coast on Monday.[1]\n\nStorm[edit]\n\nDamage from the storm[edit]\n\n"
                             "The storm destroyed 40 homes in the town.\n\nResponse[edit]\n\nThe army was sent in.\n")
    assert [s.title for s in article.sections if s.sentences] == ["", "Damage from the storm", "Response"]
    assert not any(r.startswith("caption:") for r in article.removed)


@pytest.mark.parametrize("heading, line, caption", [
    ("Planned orbit", "Arianespace detailed presentation of planned orbit", True),
    ("Planned orbit", "Map of the planned orbit", True),
    ("Mission description", "Launch date", False),  # a subsection of its own
    ("Results", "Results by district", False),  # a subsection narrowing its parent
    ("Reactions", "International reactions", False),
    ("Background", "Location and date", False),
])
def test_a_caption_names_its_headings_subject_after_a_preposition(heading, line, caption):
    assert _depicts(line, heading) is caption


# Tuning cases whose source the loader is known to misread (the bug, not the case, is to fix;
# strict, so the entry must go when the bug is fixed).
KNOWN_BUGS: dict[str, str] = {}


@pytest.mark.parametrize("case", [
    pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[c.name])) if c.name in KNOWN_BUGS else c
    for c in _tune_sources()], ids=lambda c: c.name)
def test_no_line_of_prose_in_a_tuning_case_becomes_a_heading(case):
    # every section the loader finds in the source is one of the gold's, in its order (the
    # gold was written by close reading; a copy may lose a heading, never invent one)
    gold = tomllib.loads((case / "GOLD.toml").read_text(encoding="utf-8"))
    source = tomllib.loads((case / "input" / "merge.toml").read_text(encoding="utf-8"))["source"]
    text = (case / "input" / source["file"]).read_text(encoding="utf-8")
    parse = parse_wikitext if looks_like_wikitext(text) else parse_rendered
    found = [s.title for s in parse(text, title=source.get("title")).sections if s.sentences]
    wanted = list(dict.fromkeys(s["section"] for s in gold["sentence"]))
    assert [t for t in wanted if t in found] == found


def test_an_expand_language_banner_and_a_stub_message_are_furniture():
    # brazil-truckers-strike-2018 (tuning, session 17): the {{Expand language}} banner as the
    # rendered page shows it was read as two sentences of prose and flagged unsourced twice
    from mergekit.load.furniture import furniture_rule

    banner = ("You can help expand this article with text translated from the corresponding article in "
              "Portuguese. (May 2018)Click [show] for important translation instructions.")
    assert furniture_rule(banner) == "banner"
    assert furniture_rule("This article about a labor strike is a stub. You can help Wikipedia by expanding it.") == "banner"
    # prose that merely opens alike stays prose
    assert furniture_rule("You can help the victims by donating to the Red Cross, the mayor said.") is None
    text = (REAL / "brazil-truckers-strike-2018" / "input" / "2018_Brazil_truck_drivers_strike.txt").read_text(
        encoding="utf-8")
    sentences = [sentence.text for section in parse_rendered(text).sections for sentence in section.sentences]
    assert sentences and not any("help expand" in s or "translation instructions" in s for s in sentences)


def test_a_caption_under_a_heading_that_ends_no_sentence_is_no_cut_copy():
    # sharpiegate-dorian-map (tuning, session 17): the caption of the image that opens
    # "Original comment" ends without a full stop; it was read as a sentence of prose and a
    # copy cut off mid-sentence ("the copy breaks off"), though the section's prose follows
    text = (REAL / "sharpiegate-dorian-map" / "input" / "Hurricane_Dorian_Alabama_controversy.txt").read_text(
        encoding="utf-8")
    article = parse_rendered(text)
    sentences = [s.text for section in article.sections for s in section.sentences]
    assert not any("receives an update" in s for s in sentences)
    assert any(s.startswith("In a tweet about the approaching hurricane") for s in sentences)
    assert any(r.startswith("caption: President Trump receives an update") for r in article.removed)
    # a copy that is cut in the first line under a heading, with nothing after it, is still a cut copy
    cut = parse_rendered("Title\n\nThe lead says it.\n\nHistory[edit]\n\nThe bridge opened in 1932. It was closed in")
    assert [s.text for s in cut.sections[-1].sentences] == ["The bridge opened in 1932."]

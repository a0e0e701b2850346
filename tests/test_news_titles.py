"""A plain-text news copy's title is its headline, or none (mergekit.load.news).

The title goes into ``{{cite news |title=}}``, so a wrong one is a wrong citation. Copied
pages open with the headline; what follows it before the story (a deck, a photo caption,
a video line, a byline) is often longer and was taken for the title when the longest
masthead line won. Real copies from the seeds and the real-merge corpus's tuning cases.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mergekit.load.news import clean_news_text

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "cases" / "real"


@pytest.mark.parametrize("path, title", [
    # the site's tagline comes first and shares nothing with the story
    ("seeds/001_59580324c2911592.txt", "Albania police raid exiled Iran opposition camp, 1 member killed"),
    ("big-maple-leaf-theft/input/cnn-200-lb-gold-coin.txt",  # a byline after it
     "A 200-lb gold coin that's worth more than $1 million is stolen"),
    ("copiapo-mining-accident/input/guardian-found-alive.txt",  # two deck lines and a longer photo caption
     "Trapped Chilean miners found alive - but rescue will take four months"),
    ("walterdale-bridge/input/globalnews-open-in-september.txt",  # a longer "WATCH ABOVE" video line
     "New Walterdale Bridge will open in September after long delay"),
    ("woodstock-50/input/rollingstone-officially-canceled.txt", "Woodstock 50 Is Officially Canceled"),
    ("woodstock-50/input/iq-festival-graveyard.txt", "Woodstock 50 joins 2019\u2019s festival graveyard"),
    # only a photo caption above the story: no title (none is made up; the citation is then held back)
    ("kuala-koh-measles/input/malaymail-measles-verified.txt", None),
])
def test_the_title_is_the_headline(path, title):
    file = ROOT / path if path.startswith("seeds/") else REAL / path
    assert clean_news_text(file.read_text(encoding="utf-8")).title == title


@pytest.mark.parametrize("path, caption", [
    ("copiapo-mining-accident/input/guardian-found-alive.txt", "Photograph: Hector Retamal/AP"),
    ("big-maple-leaf-theft/input/suntimes-ap-heavy-heist.txt", "| AP file photo"),
    ("kuala-koh-measles/input/malaymail-measles-verified.txt", "\u2014 Picture by Yusof Mat Isa"),
])
def test_a_photo_caption_with_its_credit_before_the_story_is_not_text(path, caption):
    cleaned = clean_news_text((REAL / path).read_text(encoding="utf-8"))
    assert any(r.startswith("caption: ") and r.endswith(caption) for r in cleaned.removed)
    assert not any(caption in p for p in cleaned.paragraphs) and caption not in (cleaned.title or "")


def test_the_deck_under_the_headline_is_text():
    # The standfirst is the outlet's own statement (and evidence); a byline is not.
    cleaned = clean_news_text((REAL / "woodstock-50/input/iq-festival-graveyard.txt").read_text(encoding="utf-8"))
    assert cleaned.paragraphs[0].startswith("The late Woodstock 50 has become the most recent festival cancellation")
    assert not any(p.startswith("By Jon Chapple") for p in cleaned.paragraphs)


@pytest.mark.parametrize("path, caption", [
    # a portrait's caption naming its subject, between the headline and the byline
    ("hushpuppi-sentencing/input/thisdaylive-9-years.txt", "Ramon Olorunwa Abbas, also known as Ray Hushpuppi"),
    # a photo caption that ran into the agency's title for the picture, its credit on the next line
    ("woodstock-50/input/rollingstone-officially-canceled.txt", "Woodstock co-producer and co-founder, Michael Lang,"),
])
def test_a_caption_that_names_rather_than_states_is_no_deck(path, caption):
    # More of its words capitalised than not: a name or label, not the outlet's sentence-case statement.
    cleaned = clean_news_text((REAL / path).read_text(encoding="utf-8"))
    assert any(r.startswith(f"caption: {caption}") for r in cleaned.removed)
    assert not any(caption in p for p in cleaned.paragraphs)


@pytest.mark.parametrize("path, kept", [
    # sentence-case decks under a headline stay text
    ("woodstock-50/input/rollingstone-officially-canceled.txt",
     "Weeks before it was supposed to begin, Woodstock cofounder Michael Lang has decided to pull the plug"),
    ("copiapo-mining-accident/input/guardian-found-alive.txt", "'All 33 of us are well', says message"),
    ("imran-khan-arrest-2023/input/thenews-rangers-arrest-imran-khan.txt",
     "Rangers shift Khan to NAB Rawalpindi; PTI workers hold protests across country; IHC takes notice"),
    # a short paragraph under a headline, and the story's first paragraph after the caption
    ("golfgate-calleary/input/thejournal-who-attended.txt",
     "81 people are said to have attended the event in Clifden this week."),
    ("hushpuppi-sentencing/input/thisdaylive-9-years.txt",
     "The United States Central District Court in California yesterday sentenced Nigerian-born, Ramon Abbas"),
])
def test_decks_and_short_paragraphs_stay_text(path, kept):
    cleaned = clean_news_text((REAL / path).read_text(encoding="utf-8"))
    assert any(p.startswith(kept) for p in cleaned.paragraphs)

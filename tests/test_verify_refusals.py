"""``verify.refusals``: a quote that refuses what the claim says was had or done is not cited
for it (docs/citation-audit-1.toml: the one wrong citation of the audit)."""

from __future__ import annotations

import pytest

from mergekit.verify import judge
from mergekit.verify.refusals import refused_words

# Mail Today, 11 April 2016, "Kerala fire tragedy: Who is responsible for the many deaths?"
# (prod-appfeeds.intoday.in), as the audit's puttingal-temple-fire merge holds it.
MAIL_TODAY = "\n\n".join((
    'Kerala fire tragedy: Who is responsible for the many deaths?',
    "Paravoor in Kerala's Kollam district resembled a ghost town after the Puttingal Devi temple fire tragedy left 106 dead and 383 injured in the wee hours of Sunday. The tragedy struck due to a firework display which caused the blaze at the temple in the coastal town, located about 60 kms from Thiruvananthapuram. With burnt clothes, slippers and charred bodies strewn across the place, everybody is asking that one question - who is responsible for Black Sunday?",
    "State's Chief Minister Oommen Chandy said the Kollam district administration had denied permission to conduct the fire show at the temple on Friday. But temple authorities went ahead anyway as the local police looked the other way. The police have registered cases against temple committee president PS Jayalal and secretary J Krishanakutty Pillai and the contractors. Police have also conducted raids at fireworks godowns owned by the contractors and arrested five people.",
    'The tragedy',
    'As part of the temple festival there was a fireworks competition between two villages. "Around fifteen thousand people were there to watch the show that started around 11.45 am," K Sivadasan, a local businessman, told Mail Today. "As the show got delayed, many left the ground. Otherwise, more would have been killed," he said. Sivadasan was lucky as he left the temple ground 15 minutes before the explosion.',
))
VERBAL = "The temple's authorities told police that they had verbal permission from the district authorities."


def test_the_audits_wrong_citation_is_withheld():
    # Before: "supported" and citable, and the draft cited Mail Today for the sentence.
    judgement = judge(VERBAL, [MAIL_TODAY])
    assert judgement.support == "supported"
    assert not judgement.citable


def test_what_the_quote_refuses():
    quote = ("State's Chief Minister Oommen Chandy said the Kollam district administration had denied "
             "permission to conduct the fire show at the temple on Friday.")
    assert refused_words(VERBAL, quote) == ("denied permission",)


@pytest.mark.parametrize("claim, quote, found", [
    # the object of an active refusal, the subject of a passive one
    ("The council granted the licence.", "The council rejected the licence application.", ("rejected licence",)),
    ("The licence was granted in May.", "In May the licence was refused.", ("licence refused",)),
    # the one refusing is not what is refused
    ("The organisers apologised to the families.", "The organisers denied any wrongdoing.", ()),
    # a claim that refuses or negates agrees with the refusal
    ("The temple was refused permission.", "The district denied permission.", ()),
    ("The temple had no permission.", "The district denied permission.", ()),
    # a refusal denied is none ("made no attempt to deny")
    ("The defendants admitted their involvement.", "They made no attempt to deny their involvement.", ()),
    # most quotes refuse nothing
    ("The temple had permission.", "The district gave permission on Friday.", ()),
])
def test_refused_words(claim, quote, found):
    assert refused_words(claim, quote) == found

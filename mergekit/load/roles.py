"""Each file is checked against the role it was given, before anything is planned.

A wrong role does not fail loudly on its own: swapped ``--source``/``--target`` used to
draft a "destination" that had lost all its text. So a run stops with exit 2 and a
one-line reason naming the file when:

- the **destination** carries an AfD merge notice: it is the article being merged away
  (swapped roles);
- the **destination** is not wikitext (a rendered page, with a numbered reference list):
  the merged section is written into the destination's wikitext, which it does not give;
- the **source**'s prose is already in the destination, wholesale: the merge was done, or
  the two files are the same article;
- a **news** file holds an article's prose wholesale: it is the source or the
  destination again (a copy of the page, or its saved HTML), not a report.

"Wholesale" is measured on word 5-grams (case, accents and punctuation folded; footnote
markers, ``<ref>``s, templates and link brackets left out, as a copy may carry them): the share
of one text's 5-grams found in the other. At least 0.9 is wholesale: a copy with a few
sentences edited or added still passes it, while a news report that an article quotes or
paraphrases, or a destination that took a paragraph from the source, stays far below.
"""

from __future__ import annotations

import re
from pathlib import Path

from mergekit.accents import fold
from mergekit.errors import InputError
from mergekit.model import Article, NewsItem

__all__ = ["Grams", "article_grams", "contained_share", "check_article_roles", "check_news_role", "WHOLESALE"]

WHOLESALE = 0.9
_N = 5


_REF_TAG = re.compile(r"<ref[^>/]*/>|<ref[^>]*>.*?</ref>", re.IGNORECASE | re.DOTALL)
_TEMPLATE = re.compile(r"\{\{[^{}]*\}\}")
_LINK = re.compile(r"\[\[(?:[^|\]]*\|)?([^\]]*)\]\]")
_MARKERS = re.compile(r"\[[^\[\]\n]{1,40}\]")


def _plain(text: str) -> str:
    """Markup that would break a copy's word sequences: refs, templates, links, markers."""
    text = _REF_TAG.sub(" ", text)
    for _ in range(5):  # nested templates, innermost first
        text, n = _TEMPLATE.subn(" ", text)
        if not n:
            break
    return _MARKERS.sub(" ", _LINK.sub(r"\1", text))


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", fold(_plain(text)).lower())


def _grams(words: list[str]) -> set[tuple[str, ...]]:
    n = min(_N, len(words))
    return _ngrams(words, n) if n else set()


def _ngrams(words: list[str], n: int) -> set[tuple[str, ...]]:
    """Every run of ``n`` words of ``words``, as tuples (zipped, not sliced: the same runs, faster)."""
    return set(zip(*(words[k:] for k in range(n)), strict=False))  # the shifted lists end together at the last run


def contained_share(inner: str, outer: str) -> float:
    """The share of ``inner``'s word 5-grams that occur in ``outer`` (0.0 for an empty ``inner``)."""
    return Grams(inner).share_in(outer)


class Grams:
    """A text's word 5-grams, built once, to ask how much of it another text holds."""

    def __init__(self, text: str) -> None:
        self.grams = _grams(_words(text))
        self.n = len(next(iter(self.grams))) if self.grams else 0

    def share_in(self, outer: str) -> float:
        """The share of these grams that occur in ``outer`` (0.0 when there are none)."""
        return self.share_in_words(_words(outer))

    def share_in_words(self, words: list[str], *, at_least: float = 0.0) -> float:
        """``share_in`` for a text already cut into ``_words``. With ``at_least``, a text with
        too few word sequences to reach that share is answered by that bound, below it,
        without comparing (a 30-sentence news report against a 1,000-sentence article)."""
        if not self.grams:
            return 0.0
        most = max(len(words) - self.n + 1, 0) / len(self.grams)  # every one of its grams shared
        if most < at_least:
            return most
        return len(self.grams & _ngrams(words, self.n)) / len(self.grams)


def _prose(article: Article) -> str:
    return "\n".join(s.text for _, s in article.sentences())


def check_article_roles(source: Article, source_path: Path, target: Article, target_path: Path) -> None:
    """Raise ``InputError`` when the source and destination do not read as their roles."""
    if target.afd is not None:
        raise InputError(
            f"destination file {target_path} carries an AfD merge notice, so it is the article being "
            f"merged away: swap the source and the destination (--source/--target, or [source]/[target] "
            f"file in merge.toml)"
        )
    if target.wikitext is None:
        raise InputError(
            f"destination file {target_path} reads as a rendered page (a numbered reference list), not "
            f"wikitext: give the destination's wikitext (its \"Edit source\" text, saved as .wikitext)"
        )
    share = contained_share(_prose(source), _prose(target))
    if share >= WHOLESALE:
        raise InputError(
            f"source file {source_path}: the destination {target_path.name} already contains its text "
            f"({share:.0%} of it): the merge is done already, or the two files are the same article"
        )


def article_grams(article: Article) -> Grams:
    """An article's prose as ``Grams``, to check every news file against it once built."""
    return Grams(_prose(article))


def check_news_role(item: NewsItem, path: Path, articles: list[tuple[str, Grams, Path]]) -> None:
    """Raise ``InputError`` when a news file is one of the articles again (``(role, grams, path)``)."""
    words = _words(item.text)  # once for every article
    for role, grams, article_path in articles:
        share = grams.share_in_words(words, at_least=WHOLESALE)
        if share >= WHOLESALE:
            raise InputError(
                f"news file {path} is the {role} article {article_path.name} again ({share:.0%} of its "
                f"text), not a news report: leave it out of the news"
            )

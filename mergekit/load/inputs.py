"""Assemble a merge's inputs: which file is what, and what each news item is.

Roles come from content: the source article carries an AfD merge notice or a rendered
reference list; the destination is the other article (wikitext); everything else is news.
Each role is then checked (``mergekit.load.roles``) and each title found
(``mergekit.load.titles``). A news item that is one of the source's references (same URL,
or same title, outlet and date: ``mergekit.load.refmatch``) takes that reference's
metadata, and so does one the destination already cites. Text a source's page does not
show (``<includeonly>``, ``mergekit.load.transclusion``) is named in a warning.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from mergekit.cache import cached
from mergekit.errors import InputError
from mergekit.load.files import decode_text, read_bytes, read_text
from mergekit.load.manifest import MANIFEST, Manifest, inside_folder, read_manifest
from mergekit.load.news import parse_news_html, parse_news_text
from mergekit.load.refmatch import Match, match, near_miss, same_url, unconfirmed
from mergekit.load.rendered import boxed_prose, looks_rendered, parse_rendered
from mergekit.load.roles import article_grams, check_article_roles, check_news_role
from mergekit.load.sentences import OPEN_END
from mergekit.load.shortcite import short_words
from mergekit.load.titles import notice_section, source_title, target_title
from mergekit.load.wikitext import LINK_MENDED, REDEFINED, TEMPLATE_END, looks_like_wikitext, parse_wikitext
from mergekit.model import AfdNotice, Article, NewsItem, Reference

__all__ = ["MergeInputs", "load_folder", "load_files", "match_reference", "open_ends"]

log = logging.getLogger(__name__)

_SKIP = {MANIFEST}
_NAMED = 5  # pieces of hidden text a warning names


@dataclass(frozen=True)
class MergeInputs:
    """Everything a merge is planned from."""

    source: Article
    target: Article
    news: tuple[NewsItem, ...]
    afd: AfdNotice
    run_date: str  # ISO
    cited: dict[str, str]  # source reference key -> news label
    target_cites: dict[str, str]  # news label -> the destination's ref name for it
    unavailable: tuple[dict[str, str], ...] = ()  # news that could not be read: url, status, reason


def match_reference(item: NewsItem, references: tuple[Reference, ...]) -> Reference | None:
    """The reference that cites ``item`` (``mergekit.load.refmatch``: URL, or title, outlet and date)."""
    found = match(item, references)
    return found.reference if found else None


def _cites(item: NewsItem, src: Article, dst: Article) -> tuple[Match | None, Match | None]:
    """The source's and the destination's references that cite ``item``.

    A destination reference found by URL also vouches for its own title, outlet and date
    (an editor wrote them for that URL), so the source's reference is looked for again
    with them: the seed's Euronews Albania report gives no date or outlet in its text,
    the destination cites its URL, and the source's reference 12 gives the same title,
    outlet and date.
    """
    in_src, in_dst = match(item, src.references), match(item, dst.references)
    if in_src is None and in_dst is not None and in_dst.by == "url":
        vouched = _fill(item, in_dst.reference, prefer_ref=False)
        if (found := match(vouched, src.references)) is not None:
            in_src = Match(found.reference, f"{found.by}, through the destination's reference {in_dst.reference.key}")
    return in_src, in_dst


def _fill(item: NewsItem, ref: Reference, *, pinned: Collection[str] = (), prefer_ref: bool = True) -> NewsItem:
    """``item``'s metadata completed from the reference that cites it.

    An editor wrote the reference, so with ``prefer_ref`` its title, outlet, date and author
    win over what extraction read off the page (a byline like "Gazette reporter Tom Ellery");
    the manifest's values (``pinned``) win over both; the page's own URL is kept.
    """
    from_ref = {"title": ref.title, "work": ref.work or ref.publisher, "date": ref.date,
                "author": ref.author, "access_date": ref.access_date}
    changes: dict[str, Any] = {}
    for key, value in from_ref.items():
        mine = getattr(item, key)
        if key not in pinned and value and (prefer_ref or not mine):
            changes[key] = value
    if not item.url and ref.url:
        changes["url"] = ref.url
    return replace(item, **changes)


def _read_article(path: Path, *, title: str | None, revid: int | None, what: str) -> Article:
    text = read_text(path, what=what)
    article = cached("article", (text, title, revid, path.name, what),  # parsed once per text (mergekit.cache)
                     lambda: _parse_article(text, title=title, label=path.name, revid=revid, what=what), kind=Article)
    if not any(sec.sentences for sec in article.sections):
        raise InputError(f"{what} file {path} has no sentences of prose: is it the right file?")
    return article


def _parse_article(text: str, *, title: str | None, label: str, revid: int | None, what: str) -> Article:
    # A destination is wikitext unless it reads as a rendered page: plain text is wikitext too.
    wikitext = not looks_rendered(text) and (what == "target" or looks_like_wikitext(text))
    if wikitext:
        return parse_wikitext(text, title=title, label=label, revid=revid)
    return parse_rendered(text, title=title, label=label)  # rendered text, or plain text that carries no markup


def _read_news(paths: list[Path], metas: list[dict[str, str]]) -> list[NewsItem]:
    """The news files parsed, each with its manifest fields. The parses are cached as one
    entry for all of them (by every file's content, name and URL): a cache entry is a file,
    and creating one cost more kernel time (about 0.5 ms here) than parsing a plain-text
    report, so a first run of 240 reports spent 0.2 s writing 240 entries."""
    data = [read_bytes(path, what="news") for path in paths]
    key = tuple((d, path.suffix.lower(), path.name, meta.get("url")) for d, path, meta in zip(data, paths, metas, strict=True))
    parsed = cached("news", key, lambda: tuple(_parse_news(path, d, meta.get("url"))
                                              for d, path, meta in zip(data, paths, metas, strict=True)), kind=tuple)
    fields: list[dict[str, Any]] = [dict(meta) for meta in metas]
    return [replace(item, **f) for item, f in zip(parsed, fields, strict=True)]


def _parse_news(path: Path, data: bytes, url: str | None) -> NewsItem:
    if path.suffix.lower() in {".html", ".htm"} or data.lstrip()[:15].lower().startswith((b"<!doctype", b"<html")):
        return parse_news_html(data, label=path.name, url=url)  # HTML declares its charset
    return parse_news_text(decode_text(data, path, what="news"), label=path.name)  # the bytes read once


def open_ends(article: Article) -> list[str]:
    """What the loader left out of ``article`` as a paragraph's end that ends no sentence
    (``mergekit.load.sentences.open_end``), as the editor is told it."""
    out = []
    for record in article.removed:
        rule, _, piece = record.partition(": ")
        if rule == OPEN_END["cut"]:
            out.append(f"the copy breaks off mid-sentence: \u201c{_clip(piece)}\u201d is not carried")
        elif rule == OPEN_END["lead-in"]:
            out.append(f"the copy lacks what \u201c{_clip(piece)}\u201d introduces: it is not carried")
        elif rule == REDEFINED:
            out.append(f"<ref name=\"{piece}\"> is defined again with other content (a Cite error on "
                       "the page): its first definition is the one read and carried")
        elif rule == LINK_MENDED:
            out.append(f"a <ref> inside the link \u201c[[{_clip(piece)}]]\u201d breaks it (the page shows its brackets): "
                       "read as the link, the citation right after it")
        elif rule == TEMPLATE_END:
            out.append(f"a template closes before the prose (a broken template above it?): \u201c{_clip(piece)}\u201d "
                       "is not carried")
    return out


def _clip(line: str, words: int = 12) -> str:
    """The first ``words`` words of ``line``, "…" for the rest."""
    split = line.split()
    return " ".join(split[:words]) + (" …" if len(split) > words else "")


def load_files(
    source: Path, target: Path, news: list[Path], *, manifest: Manifest = Manifest(),
    run_date: str | None = None,
) -> MergeInputs:
    """Inputs from explicit files; ``manifest`` adds what the texts cannot tell."""
    src = _read_article(source, title=manifest.source.title, revid=manifest.source.revid, what="source")
    notice = src.afd
    dst = _read_article(target, title=manifest.target.title, revid=manifest.target.revid, what="target")
    check_article_roles(src, source, dst, target)
    known = {r.key for r in src.references}
    if missing := sorted({k for _, s in src.sentences() for k in s.refs} - known, key=lambda k: (len(k), k)):
        why = (" (a copy without its reference list?)" if not known else
               f" (the copy's list is cut after entry {src.list_cut})" if src.list_cut else "")
        log.warning("source file %s cites references %s that its text does not list%s: those citations cannot "
                    "be checked", source, ", ".join(missing), why)
    for path, article, what in ((source, src, "source"), (target, dst, "destination")):
        if hidden := [r.removeprefix("transclusion: ") for r in article.removed if r.startswith("transclusion: ")]:
            # what the page itself does not show: never merged, never compared; named for the editor
            (log.warning if what == "source" else log.info)(
                "%s file %s: text its page does not show (transclusion markup, read as the page itself shows "
                "it) left out: %s", what, path, "; ".join(hidden[:_NAMED]) + (
                    f"; and {len(hidden) - _NAMED} more" if len(hidden) > _NAMED else ""))
    for path, article, what in ((source, src, "source"), (target, dst, "destination")):
        for line in open_ends(article):  # no prose to carry, never dropped silently
            (log.warning if what == "source" else log.info)("%s file %s: %s", what, path, line)
    if left := boxed_prose(src):
        log.warning("source file %s: %d line%s of prose left out with a box of page furniture (an infobox, a "
                    "navbox): %s; add by hand what belongs in the merge", source, len(left), "s" * (len(left) != 1),
                    "; ".join(f'"{_clip(line)}"' for line in left))
    src = replace(src, title=source_title(src, source, manifest.source.title))
    dst = replace(dst, title=target_title(dst, target, manifest.target.title, notice))
    if notice and notice.target and dst.title != notice.target.partition("#")[0].strip():
        log.warning("the source's AfD notice names %r as the destination; merging into %r", notice.target, dst.title)
    elif section := notice_section(notice):
        log.warning("the source's AfD notice says to merge into the section %r of %r: to merge into that "
                    "section, run again with --section %r", section, dst.title, section)
    afd = AfdNotice(
        target=dst.title,
        close_date=manifest.close_date or (notice.close_date if notice else None),
        # Only a discussion the inputs name: a rendered notice loses its link, and guessing it
        # from the title would cite a page that may not exist (a second nomination, a move).
        discussion=manifest.discussion or (notice.discussion if notice else None),
    )
    items, cited, target_cites = [], {}, {}
    unavailable = list(manifest.unavailable)
    articles = [("source", article_grams(src), source), ("destination", article_grams(dst), target)]
    metas = [manifest.news.get(path.name, {}) for path in news]
    for path, meta, item in zip(news, metas, _read_news(news, metas), strict=True):
        if not item.sentences:  # all site furniture: reported, not evidence, not fatal
            log.warning("news file %s has no sentences of prose once cleaned; skipped", path)
            unavailable.append({"url": item.url or path.name, "reason": "no prose once site furniture is removed"})
            continue
        check_news_role(item, path, articles)
        in_src, in_dst = _cites(item, src, dst)
        if in_src:
            item = _fill(item, in_src.reference, pinned=meta)
            cited[in_src.reference.key] = item.label
            log.info("%s is the source's %s (same %s)", item.label,
                     reference_label(in_src.reference, wikitext=bool(src.wikitext)), in_src.by)
        elif ref := near_miss(item, src.references):
            unknown = unconfirmed(item, ref)
            log.warning("news file %s has the headline of the source's %s, but its %s %s not known, "
                        "so it is not taken as that reference (the draft would cite the two apart): give its url, "
                        "or its %s, in merge.toml [[news]]",
                        path, reference_label(ref, wikitext=bool(src.wikitext)), unknown, "are" if " and " in unknown else "is",
                        "work" if unknown == "outlet" else unknown.replace("outlet", "work"))
        if in_dst:
            ref = in_dst.reference
            item = _fill(item, ref, pinned=meta, prefer_ref=ref.key not in cited.values() and item.label not in cited.values())
            if ref.unnamed:  # an unnamed <ref> (the wikitext reader's "#n"): no name to reuse
                log.info("%s is already cited by the destination, in an unnamed <ref> (same %s)", item.label, in_dst.by)
            else:
                target_cites[item.label] = ref.key
                log.info("%s is already cited by the destination as <ref name=%r> (same %s)",
                         item.label, ref.key, in_dst.by)
        log.debug("%s: %d sentences; dropped %s", item.label, len(item.sentences), list(item.removed))
        items.append(item)
    return MergeInputs(
        source=src, target=dst, news=tuple(items), afd=afd,
        run_date=run_date or manifest.date or dt.date.today().isoformat(),
        cited=cited, target_cites=target_cites, unavailable=_still_unavailable(unavailable, items),
    )


def reference_label(ref: Reference, *, wikitext: bool) -> str:
    """A source reference as the editor finds it in the file they gave: a rendered copy's
    by its number ("reference 12"), a wikitext one's by its ``<ref name>``; an unnamed
    ``<ref>``'s key ("#1", the reader's count) is in no file, so it is named by its count
    and title instead ("unnamed <ref> no. 1, “Footbridge falls”")."""
    if not wikitext:
        return f"reference {ref.key}"
    if ref.short:  # {{sfn|Smith|2020|p=5}}: "the short citation Smith 2020, p. 5" (``mergekit.load.shortcite``)
        return f"the short citation {short_words(ref)}"
    if ref.key.startswith("##"):  # a name that opens with "#" (``wikitext.ref_name``)
        return f'<ref name="{ref.key[1:]}">'
    if not ref.unnamed:
        return f'<ref name="{ref.key}">'
    title = f", \u201c{ref.title}\u201d" if ref.title else ""
    return f"unnamed <ref> no. {ref.key[1:]}{title}"


def _still_unavailable(unavailable: list[dict[str, str]], items: list[NewsItem]) -> tuple[dict[str, str], ...]:
    """The pages no news file holds. A page a fetch could not read that the editor saved
    into the folder since (its url given in merge.toml, or its reference's) is read after
    all: the talk post must not list the report it cites as one that could not be read."""
    out = []
    for entry in unavailable:
        if any(same_url(entry.get("url"), item.url) for item in items):
            log.info("%s could not be fetched, but a news file of the folder is that page: read from it", entry["url"])
        else:
            out.append(entry)
    return tuple(out)


_WIKITEXT_SUFFIXES = {".wikitext", ".wiki", ".mediawiki"}


def _article_evidence(path: Path, text: str, rendered: Callable[[Path], bool]) -> int:
    """How strongly a file reads as an article: 3 by suffix, else kinds of article markup
    (``rendered``: whether a file reads as a rendered article, ``looks_rendered``)."""
    if path.suffix.lower() in _WIKITEXT_SUFFIXES:
        return 3
    if rendered(path):
        return 2
    kinds = [
        re.search(r"^==+[^=\n]+==+\s*$", text, re.MULTILINE),  # section headings
        re.search(r"<ref[\s>]", text),
        re.search(r"\{\{", text),
        re.search(r"\[\[", text),
    ]
    return 2 if kinds[0] and sum(bool(k) for k in kinds) >= 2 else 0


def _classify(folder: Path, manifest: Manifest) -> tuple[Path, Path, list[Path]]:
    files = sorted(
        p for p in folder.iterdir()
        if p.is_file() and p.name not in _SKIP and p.suffix.lower() != ".md" and not p.name.startswith(".")
    )
    for p in files:  # a symlink that leads out of the merge folder is refused
        inside_folder(folder, p.name)
    # Enough to tell roles apart; each reader then applies its own rules (UTF-8, HTML charsets).
    texts = {p: read_bytes(p, what="input").decode("utf-8", "replace") for p in files}
    rendered = functools.cache(lambda p: looks_rendered(texts[p]))  # each file read once for both roles
    source = folder / manifest.source.file if manifest.source.file else None
    target = folder / manifest.target.file if manifest.target.file else None
    if source is None:
        noticed = [p for p in files if p != target and (rendered(p) or "afd-merge to" in texts[p].lower())]
        if len(noticed) != 1:
            why = ("none carries an {{Afd-merge to}} notice or is a rendered copy of a page" if not noticed else
                   f"{len(noticed)} could be: {', '.join(p.name for p in noticed[:4])}")
            raise InputError(
                f"cannot tell which file in {folder} is the source article ({why}): "
                f"name it in {MANIFEST} as [source] file = \"...\""
            )
        source = noticed[0]
    if target is None:
        scores = {p: _article_evidence(p, texts[p], rendered) for p in files if p != source}
        best = max(scores.values(), default=0)
        others = [p for p, score in scores.items() if score == best and score > 0]
        if len(others) != 1:
            raise InputError(
                f"cannot tell which file in {folder} is the destination article "
                f"({len(others)} candidates): name it in {MANIFEST} [target] file"
            )
        target = others[0]
    news = [p for p in files if p not in (source, target)]
    log.info("roles in %s: source %s, destination %s, news %s", folder, source.name, target.name,
             ", ".join(p.name for p in news) or "none")
    return source, target, news


def load_folder(folder: Path, *, run_date: str | None = None) -> MergeInputs:
    """Inputs from a merge folder (the seeds, or what ``mergekit fetch`` wrote)."""
    if not folder.is_dir():
        raise InputError(f"merge folder {folder} does not exist or is not a folder")
    manifest_path = folder / MANIFEST
    manifest = read_manifest(manifest_path) if manifest_path.exists() else Manifest()
    source, target, news = _classify(folder, manifest)
    return load_files(source, target, news, manifest=manifest, run_date=run_date)

"""Is this news item the story that reference cites?

A news item takes a reference's metadata (title, outlet, date, author) only when the two
agree on more than a similar headline, because outlets reword each other's headlines and
one outlet's story must never take another outlet's headline and date. They are the same
story when:

1. **URL**: both give a URL and the URLs are the same (scheme, ``www.``, a trailing slash,
   the fragment and ``utm_*`` tracking parameters do not count); or
2. **title, outlet and date**: the titles are the same headline (token-sort similarity of
   at least 90, which forgives case, punctuation and reordered words, not a reworded
   headline), the outlets are the same (the reference's ``work`` or ``publisher`` against
   the item's outlet or its URL's site name) and the dates are at most one day apart (a
   story published late in the evening carries the next day's date in another time zone).

A field that one side does not give cannot agree: a similar headline with an unknown
outlet or date is **not** a match. ``near_miss`` reports such a headline so that the
editor can confirm it (a ``url`` in ``merge.toml`` settles it); a field that both sides
give and that differs rules the match out. URLs that differ do not: pages move, and AMP,
mobile and archived copies have URLs of their own, so the other three must then agree.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit

from rapidfuzz import fuzz, utils

from mergekit.accents import fold
from mergekit.isodate import iso_day
from mergekit.model import NewsItem, Reference
from mergekit.webaddress import is_machine_address

__all__ = ["hostname", "same_url", "same_title", "same_outlet", "same_date", "same_story", "same_reference", "match", "near_miss", "unconfirmed", "Match", "TITLE_MATCH"]

TITLE_MATCH = 90.0  # token_sort_ratio at which two titles are the same headline
_DATE_SLACK = dt.timedelta(days=1)
_SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or"}


@dataclass(frozen=True)
class Match:
    """A reference that cites the item, and the fields the two agreed on."""

    reference: Reference
    by: str  # "url" or "title, outlet and date"


def hostname(url: str) -> str | None:
    """The host of ``url``; None when it has none or is malformed ("https://[[x]]", not an IP)."""
    try:
        return urlsplit(url).hostname
    except ValueError:
        return None


def _url_key(url: str | None) -> str | None:
    if not url or "://" not in url and not url.startswith("www."):
        return None
    try:
        parts = urlsplit(url if "://" in url else f"http://{url}")
        host = (parts.hostname or "").removeprefix("www.").removeprefix("m.")
    except ValueError:  # "http://[not-an-ip]/": no URL to match by
        return None
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if not k.lower().startswith("utm_")])
    return f"{host}{parts.path.rstrip('/')}{'?' + query if query else ''}".lower() or None


def same_url(a: str | None, b: str | None) -> bool | None:
    """True/False when both give a URL, None when either does not."""
    ka, kb = _url_key(a), _url_key(b)
    if ka is None or kb is None:
        return None
    return ka == kb


def _fold(text: str) -> str:
    return "".join(c for c in fold(text) if c.isalnum()).lower()


def _host_name(host: str) -> str:
    """``news.bbc.co.uk`` -> ``bbc``, ``www.middleeastmonitor.com`` -> ``middleeastmonitor``."""
    labels = [x for x in host.lower().strip(".").split(".") if x]
    if len(labels) > 1:
        labels.pop()  # the top-level domain
    if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels.pop()
    return labels[-1] if labels else host


def _outlet_key(name: str) -> str:
    """``"The Times of Israel"``, ``"www.timesofisrael.com"`` -> ``"timesofisrael"``."""
    name = name.strip().rstrip("/").lower()
    if "://" in name:
        name = hostname(name) or name
    if " " not in name and "." in name:
        name = _host_name(name)
    name = re.sub(r"^the\s+", "", name)
    return _fold(name)


def _without_news(name: str) -> str:
    """The outlet key of ``name`` without a last word "News" ("Al Jazeera News", "CBS News"):
    an outlet's news arm is the outlet. One word ("Euronews") is a name of its own: ""."""
    words = name.split()
    return _outlet_key(" ".join(words[:-1])) if len(words) > 1 and words[-1].lower() == "news" else _outlet_key(name)


def _site(url: str | None) -> str | None:
    """The site name of ``url``'s host; None for an IP address or ``localhost``, which
    names no outlet."""
    host = hostname(url) if url and "://" in url else None
    return _fold(_host_name(host)) if host and not is_machine_address(host) else None


def _initials(name: str) -> str:
    words = [w for w in re.findall(r"[^\W_]+", name.lower()) if w not in {"the", "of", "and"}]
    return "".join(w[0] for w in words) if len(words) >= 3 else ""


def _site_names(site: str, name: str) -> bool:
    """A site's name (``adriatic`` of adriatic.example) names the outlet ``name`` ("Adriatic
    Daily"): it spells it, opens it, or spells its initials ("nytimes": The New York Times)."""
    key = _outlet_key(name)
    return bool(key) and (key.startswith(site) or bool((ini := _initials(name)) and site.startswith(ini)))


def same_outlet(item: NewsItem, ref: Reference) -> bool | None:
    """True/False when both name an outlet, None when either does not.

    Two outlet names agree when they spell the same name (case, punctuation, accents, "The",
    a domain's ending and a last word "News" do not count); the item's URL agrees with a name by ``_site_names``.
    """
    names = [x for x in (ref.work, ref.publisher) if x and _outlet_key(x)]
    site = _site(item.url)
    mine = _outlet_key(item.work) if item.work else ""
    if names and not (mine or site):
        return True if _masthead_names(item, names) else None
    if not names or not (mine or site):
        return None
    if mine and any(_outlet_key(n) == mine for n in names):
        return True
    arm = _without_news(item.work) if item.work else ""
    if arm and any(_without_news(n) == arm for n in names):  # "Al Jazeera News" is Al Jazeera
        return True
    return any(_site_names(site, n) for n in names) if site else False



# What opens a masthead line before its date or its agency: "ESPNcricinfo, 2 July 2023",
# "Glasgow Times (PA), 2 July 2023", "Sky Sports | Monday 3 July 2023".
_MASTHEAD_NAME = re.compile(r"^\s*([^,(|\u2013\u2014]+?)\s*(?:[,(|\u2013\u2014]|\s-\s)")


def _masthead_names(item: NewsItem, names: list[str]) -> bool:
    """Whether a masthead line of a copied text (``NewsItem.masthead``: the line its date was
    read from) opens with one of the reference's outlet names, the whole name before its
    date or agency. Such a line is not taken as the item's outlet (it may be a place or a
    byline: "LONDON, 2 July 2023"), so it only ever confirms the outlet a reference gives,
    never rules one out (trial-4: "ESPNcricinfo, 2 July 2023" beside the source's
    ``|work=ESPNcricinfo``, cited twice for want of it)."""
    for line in item.masthead:
        m = _MASTHEAD_NAME.match(line)
        name = m.group(1) if m else ""
        key = _outlet_key(name) if name else ""
        if key and any(_outlet_key(n) == key or _without_news(n) == _without_news(name) for n in names):
            return True
    return False


def same_date(a: str | None, b: str | None) -> bool | None:
    """True/False when both give an ISO date, None when either does not."""
    da, db = iso_day(a), iso_day(b)
    if da is None or db is None:
        return None
    return abs(da - db) <= _DATE_SLACK


def same_title(a: str | None, b: str | None) -> bool:
    """Two headlines that are the same (token_sort_ratio >= ``TITLE_MATCH``), case and
    punctuation aside: rapidfuzz compares as written unless given its ``default_process``,
    and a page's Title Case headline is the reference's sentence-case title."""
    if not a or not b:
        return False
    return fuzz.token_sort_ratio(a, b, processor=utils.default_process) >= TITLE_MATCH


def same_story(item: NewsItem, ref: Reference) -> str | None:
    """How ``item`` and ``ref`` were found to be the same story, or None when they are not."""
    url = same_url(item.url, ref.url)
    if url:
        return "url"
    if same_title(item.title, ref.title) and same_outlet(item, ref) and same_date(item.date, ref.date):
        return "title, outlet and date"
    return None


def same_reference(a: Reference, b: Reference) -> str | None:
    """How two citations (a source article's reference and one of the destination's) were found
    to cite one story, or None: by the rule of ``same_story``, the same URL, or the same
    headline with the same outlet and date. A headline alone is not enough (trial-8: a wire
    headline that 680 News and The Washington Post both ran made the draft cite the source's
    680 News reference as the destination's Washington Post one)."""
    if same_url(a.url, b.url):
        return "url"
    seen = NewsItem(label=a.key, text="", sentences=(), title=a.title, work=a.work or a.publisher, date=a.date,
                    url=a.url)
    if same_title(a.title, b.title) and same_outlet(seen, b) and same_date(a.date, b.date):
        return "title, outlet and date"
    return None


def match(item: NewsItem, references: tuple[Reference, ...]) -> Match | None:
    """The reference that cites ``item``: a URL match first, else title, outlet and date."""
    found = [(ref, by) for ref in references if (by := same_story(item, ref))]
    found.sort(key=lambda pair: pair[1] != "url")
    return Match(*found[0]) if found else None


def near_miss(item: NewsItem, references: tuple[Reference, ...]) -> Reference | None:
    """A reference with the same headline that is not confirmed (an outlet or date unknown),
    and that nothing rules out; the editor is told, nothing is taken from it."""
    for ref in references:
        if not same_title(item.title, ref.title) or same_story(item, ref):
            continue
        if False in (same_outlet(item, ref), same_date(item.date, ref.date)):
            continue
        return ref
    return None


def unconfirmed(item: NewsItem, ref: Reference) -> str:
    """What keeps a ``near_miss`` from being a match, as the warning names it: "outlet",
    "date" or "outlet and date" (the ones that one side or the other does not give: a near
    miss has at least one)."""
    unknown = [what for what, agree in (("outlet", same_outlet(item, ref)), ("date", same_date(item.date, ref.date)))
               if agree is None]
    return " and ".join(unknown)

"""Which cite template a source article's reference is drafted as: ``{{cite web}}`` for a web
page, ``{{cite news}}`` for a news report (Wikipedia's convention), decided only by what the
source article itself says of the reference, never by guessing from the outlet's name.

- A reference the source article wrote as ``{{cite web}}`` (wikitext) stays a web page, and
  one it wrote as another cite template stays news, as the draft cited it so far.
- A rendered reference (a copy of the page: the template is not shown) whose work is written
  as a site's address ("edmonton.ca", "www.ispr.gov.pk") is a web page: that is how
  ``{{cite web |website=}}`` (and the citation tool that fills it from a URL) names a site.
- Anything else ("Parks Canada", "BBC News") is not told apart by a rendered copy, which
  prints a newspaper and an organisation alike: it stays ``{{cite news}}``.
"""

from __future__ import annotations

import re

from mergekit.model import Reference

__all__ = ["CITE_NEWS", "CITE_WEB", "source_template"]

CITE_NEWS, CITE_WEB = "cite news", "cite web"

# A site's address: dot-separated labels ending in a top-level domain, an optional path.
_ADDRESS = re.compile(r"(?:www\.)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?:/\S*)?", re.IGNORECASE)


def source_template(reference: Reference) -> str:
    """``CITE_WEB`` or ``CITE_NEWS``: the template the draft writes for ``reference``."""
    if reference.template is not None:
        return CITE_WEB if reference.template == CITE_WEB else CITE_NEWS
    work = reference.work or reference.publisher or ""
    return CITE_WEB if _ADDRESS.fullmatch(work.strip()) else CITE_NEWS

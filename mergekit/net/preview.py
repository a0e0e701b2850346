"""``action=parse`` preview: the wiki renders the text without saving it.

One POST (never cached: previews are of unsaved text), the rendered HTML and the parser's
warnings back. The reading of the HTML is :mod:`mergekit.check.preview`'s job.
"""

from __future__ import annotations

import requests

from mergekit.errors import NetworkError
from mergekit.net.session import NetSettings, open_session

__all__ = ["render_preview"]


def render_preview(api_url: str, text: str, title: str, settings: NetSettings) -> tuple[str, tuple[str, ...]]:
    """(HTML, parse warnings) of ``text`` rendered as page ``title`` on ``api_url``."""
    data = {"action": "parse", "title": title, "text": text, "contentmodel": "wikitext",
            "prop": "text|parsewarnings", "pst": "1", "disablelimitreport": "1",
            "formatversion": "2", "format": "json"}
    with open_session(settings) as session:
        try:
            response = session.post(api_url, data=data, timeout=settings.timeout)
        except (requests.RequestException, OSError) as exc:
            raise NetworkError(f"{api_url}: preview failed ({type(exc).__name__}: {exc}); check --preview") from None
    if response.status_code != 200:
        raise NetworkError(f"{api_url}: preview answered HTTP {response.status_code}; is this a MediaWiki api.php URL?")
    try:
        answer = response.json()
    except ValueError:
        raise NetworkError(f"{api_url}: the preview answer is not JSON; is this a MediaWiki api.php URL?") from None
    if "error" in answer:
        error = answer["error"]
        raise NetworkError(f"{api_url}: preview refused: {error.get('code')}: {error.get('info')}")
    parsed = answer.get("parse") or {}
    warnings = tuple(str(w) for w in parsed.get("parsewarnings") or ())
    return str(parsed.get("text") or ""), warnings

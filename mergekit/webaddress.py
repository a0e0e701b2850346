"""What counts as a web address: the one test that the manifest, the run request and the
draft's citation templates share, so that a URL one of them accepts is never one another
sets aside (a ``javascript:`` or ``mailto:`` is no news source anyone could read)."""

from __future__ import annotations

import re

_WEB_ADDRESS = re.compile(r"(?i)https?://[^\s/?#]")


def is_web_address(text: str) -> bool:
    """True when ``text`` starts as an http(s) address with a host: ``https://`` and at
    least one character of a host name (not a space, ``/``, ``?`` or ``#``)."""
    return _WEB_ADDRESS.match(text) is not None

"""What counts as a web address: the one test that the manifest, the run request and the
draft's citation templates share, so that a URL one of them accepts is never one another
sets aside (a ``javascript:`` or ``mailto:`` is no news source anyone could read)."""

from __future__ import annotations

import ipaddress
import re

_WEB_ADDRESS = re.compile(r"(?i)https?://[^\s/?#]")


def is_web_address(text: str) -> bool:
    """True when ``text`` starts as an http(s) address with a host: ``https://`` and at
    least one character of a host name (not a space, ``/``, ``?`` or ``#``)."""
    return _WEB_ADDRESS.match(text) is not None


def is_machine_address(host: str) -> bool:
    """True when ``host`` (a port aside) is an IP address or ``localhost``: where a page was
    served from, which names no outlet (trial-7: a report served on 127.0.0.1 was cited as
    ``|work=127.0.0.1:51601``)."""
    host = host.strip().lower()
    if host.startswith("["):  # "[::1]:8000"
        host = host[1:].partition("]")[0]
    elif host.count(":") == 1:  # "127.0.0.1:8000", "localhost:8000"
        host = host.partition(":")[0]
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True

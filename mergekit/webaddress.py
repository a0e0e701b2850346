"""What counts as a web address: the one test that the manifest, the run request and the
draft's citation templates share, so that a URL one of them accepts is never one another
sets aside (a ``javascript:`` or ``mailto:`` is no news source anyone could read)."""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit

from mergekit.textclean import clean_text

_SCHEME = re.compile(r"(?i)https?://")

# A label of a host name: letters (any script: an IDN as written), digits, hyphens, underscores.
_LABEL = re.compile(r"[\w-]+")


def is_web_address(text: str) -> bool:
    """True when ``text`` (read as every output writes it: ``textclean.clean_text``) is an
    http(s) address with a host: a name of letters, digits, hyphens, underscores and dots, or an IP
    address (``[::1]`` bracketed). Not ``https://``, ``http://:80/``, ``http://@/``,
    ``https://./a``, nor a host that is only an invisible character (rv13: the manifest took
    ``https://\\u200b/path``, which the draft then set aside)."""
    url = clean_text(text)
    if not _SCHEME.match(url):
        return False
    try:
        host = urlsplit(url).hostname
    except ValueError:  # "http://[::1" (an unclosed bracket)
        return False
    if not host:
        return False
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        labels = host.removesuffix(".").split(".")  # "example.org." is the same host
        return all(_LABEL.fullmatch(label) and any(c.isalnum() for c in label) for label in labels)


def is_machine_address(host: str) -> bool:
    """True when ``host`` names a machine, not an outlet: an IP address or ``localhost``
    (trial-7: a report served on 127.0.0.1 was cited as ``|work=127.0.0.1:51601``), or any
    host given with a port (``devbox:51601``: rv14), a trailing dot aside (``localhost.:8000``)."""
    host = host.strip().lower()
    if host.startswith("["):  # "[::1]:8000"
        host = host[1:].partition("]")[0]
    elif host.count(":") == 1:  # "127.0.0.1:8000", "localhost:8000", "devbox:51601"
        host, _, port = host.partition(":")
        if port.isdigit() and _LABEL.fullmatch(host.replace(".", "")):  # a host name, not "John 3:16" (rv15)
            return True
    host = host.removesuffix(".")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True

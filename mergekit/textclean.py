"""Text as every output writes it: without control characters, the invisible characters
that only steer the direction of text or hide a break (a zero-width space, a byte-order mark,
bidi overrides) and lone surrogates (no UTF-8 file can hold one), on one line. Shared by the
escaping layer and the test of a web address, so that what one of them reads as empty the
other does too."""

from __future__ import annotations

import re

REMOVED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb\ud800-\udfff]")


def clean_text(text: str) -> str:
    """``text`` without control and steering-only invisible characters, on one line."""
    return " ".join(REMOVED.sub("", text).split())

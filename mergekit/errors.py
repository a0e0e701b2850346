"""The exception family.

``InputError`` is the user's fault (a missing file, a malformed manifest, a page that does
not exist): the CLI prints its message on one line and exits 2. Anything else that escapes
is a bug and keeps its traceback. ``DraftCheckFailed`` is mergekit's own draft failing its
check: the CLI prints the findings and exits 1.
"""

from __future__ import annotations

__all__ = ["MergekitError", "InputError", "NetworkError", "DraftCheckFailed", "DraftIntegrityError"]


class MergekitError(Exception):
    """Base class of every error mergekit raises on purpose."""


class InputError(MergekitError):
    """Bad input: the message names the object and the fix."""


class NetworkError(InputError):
    """A remote service could not be reached or refused, after bounded retries."""


class DraftCheckFailed(MergekitError):
    """The draft has an error-severity ``check`` finding; the message lists the findings."""


class DraftIntegrityError(MergekitError):
    """A bug caught before writing: the draft would break a promise (a destination that lost
    text it was read with). Never the user's fault, so it keeps its traceback."""

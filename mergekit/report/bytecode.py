"""Compiled templates kept in the results cache (``mergekit.cache``), not compiled per run.

Jinja compiles ``page.html`` to Python on first use (about 20 ms, a tenth of a warm
``mergekit run`` on the seeds). ``ResultsBytecodeCache`` stores the compiled code under
the template's name and source checksum, in the results cache: the same code
fingerprint, the same ``MERGEKIT_NO_CACHE`` and ``mergekit cache clear``; an entry that
does not load is ignored and the template compiled again.
"""

from __future__ import annotations

import jinja2

from mergekit import cache

__all__ = ["ResultsBytecodeCache"]

_NAMESPACE = "template"


class ResultsBytecodeCache(jinja2.BytecodeCache):
    """A Jinja bytecode cache on ``mergekit.cache``."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = cache.load(_NAMESPACE, (bucket.key, bucket.checksum), bytes)
        if code is not None:
            try:
                bucket.bytecode_from_string(code)
            except Exception:  # noqa: BLE001 - unreadable: compile the template again
                bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        cache.store(_NAMESPACE, (bucket.key, bucket.checksum), bucket.bytecode_to_string())

"""``.ci/start-mediawiki``: the local wiki a new user starts by hand for ``fetch`` and ``check``.

trial-1: the README named no way to start one (``.ci/`` only installs the packages; the
tests start theirs in ``tests/live/mediawiki.LocalWiki``). The script starts that same wiki.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import urllib.request
from pathlib import Path

import pytest

from .mediawiki import missing_reason

ROOT = Path(__file__).resolve().parents[2]


def test_the_start_script_serves_the_sample_wiki_until_stopped(tmp_path):
    if reason := missing_reason():
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"CI=true but the live wiki cannot run: {reason}")
        pytest.skip(reason)
    assert "`sh .ci/install-mediawiki && .ci/start-mediawiki`" in (ROOT / "README.md").read_text(encoding="utf-8")
    apis = []
    for _ in (1, 2):  # the second start reuses the kept wiki (--dir), on its port
        process = subprocess.Popen([str(ROOT / ".ci" / "start-mediawiki"), "--dir", str(tmp_path / "wiki")],
                                   stdout=subprocess.PIPE, text=True)
        try:
            assert process.stdout is not None
            first = process.stdout.readline()
            api = re.match(r"MediaWiki at (http://127\.0\.0\.1:\d+/api\.php) ", first)
            assert api, first
            apis.append(api.group(1))
            assert f"mergekit fetch --wiki {api.group(1)} " in process.stdout.readline()
            query = "?action=query&titles=Eldham%20Footbridge&prop=info&format=json&formatversion=2"
            with urllib.request.urlopen(api.group(1) + query, timeout=10) as response:
                pages = json.load(response)["query"]["pages"]
            assert pages[0]["title"] == "Eldham Footbridge" and "missing" not in pages[0]
        finally:
            process.send_signal(signal.SIGTERM)
            assert process.wait(timeout=20) == 0
    assert apis[0] == apis[1]

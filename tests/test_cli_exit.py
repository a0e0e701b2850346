"""The ``mergekit`` process ends fast (``cli.app.entry``: no object freed one by one) and
still ends right: its status, everything it printed or logged, and the exit handlers."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

SEEDS = Path(__file__).parents[1] / "seeds"


def _mergekit(*args: str, code: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", code] if code else [sys.executable, "-m", "mergekit", *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, "MERGEKIT_NO_CACHE": "1"}, timeout=120)


def test_a_run_exits_0_with_its_whole_report_and_files(tmp_path):
    shutil.copytree(SEEDS, tmp_path / "seeds")
    done = _mergekit("-v", "run", str(tmp_path / "seeds"), "--out", str(tmp_path / "draft"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Drafted the merge of") and done.stdout.rstrip().splitlines()[-1].startswith("Findings:")
    assert "INFO mergekit.load.inputs: roles in" in done.stderr  # logged to stderr, flushed
    assert (tmp_path / "draft" / "flags.json").read_text(encoding="utf-8").rstrip().endswith("}")


def test_bad_input_exits_2_with_one_line(tmp_path):
    done = _mergekit("run", str(tmp_path / "missing"))
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and "does not exist" in done.stderr


def test_exit_handlers_run_and_a_message_exit_is_status_1():
    code = ("import atexit, sys\nimport mergekit.cli.app as app\n"
            "atexit.register(lambda: print('handler ran', flush=True))\n"
            "def main():\n    print('partial line', end='')\n    sys.exit('stopped: a message')\n"
            "app.main = main\napp.entry()\n")
    done = _mergekit(code=code)
    assert done.returncode == 1
    assert done.stdout == "partial linehandler ran\n"
    assert done.stderr == "stopped: a message\n"

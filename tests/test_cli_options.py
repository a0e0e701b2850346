"""Options mean the same in every command, global options work anywhere, and a mix of ways
of giving a merge gets a message about what was actually given."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from click.testing import CliRunner

from mergekit.cli import main

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture
def root_level():
    root = logging.getLogger()
    level = root.level
    yield root
    root.setLevel(level)


@pytest.mark.parametrize("args", [["-vv", "run", "--date", "x"], ["run", "-vv", "--date", "x"],
                                  ["-v", "run", "--date", "x", "-v"]])
def test_verbose_before_or_after_the_command(root_level, args):
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2 and "is not a date" in result.output
    assert root_level.level == logging.DEBUG


def _error(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.output
    return lines[0]


def test_fetch_news_is_a_url_option_named_news_url(tmp_path):
    line = _error("fetch", "--source-title", "X", "--news", "https://example.org/a", "--out", str(tmp_path / "m"),
                  "--offline")
    assert "--news-url" in line
    assert not (tmp_path / "m").exists()


def test_folder_plus_source_names_the_folder(tmp_path):
    line = _error("run", str(SEEDS), "--source", str(SEEDS / "000_cca1debf4f80bbf1.txt"), "--out", str(tmp_path / "o"))
    assert "not both" in line and "give both" not in line


@pytest.mark.parametrize("option", [["--timeout", "5"], ["--max-retries", "1"], ["--offline"], ["--wiki", "https://x.org/w/api.php"]])
def test_network_options_go_with_source_title(tmp_path, option):
    line = _error("run", str(SEEDS), *option, "--out", str(tmp_path / "o"))
    assert option[0] in line and "--source-title" in line


def test_run_takes_the_network_options_fetch_takes():
    run_options = {p.name for p in main.get_command(None, "run").params}
    fetch_options = {p.name for p in main.get_command(None, "fetch").params}
    assert {"api_url", "contact", "offline", "timeout", "max_retries", "news_url", "verbose"} <= run_options
    assert {"api_url", "contact", "offline", "timeout", "max_retries", "news_urls", "verbose"} <= fetch_options


def test_a_command_collects_cyclic_garbage_in_larger_batches():
    # speed only (mergekit.cli.app.GC_THRESHOLDS): a command's process sets the collector's
    # thresholds before it works; the test process gets its own back
    import gc

    from mergekit.cli.app import GC_THRESHOLDS

    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        result = CliRunner().invoke(main, ["run", "--date", "x"])
        assert result.exit_code == 2 and gc.get_threshold() == GC_THRESHOLDS != (700, 10, 10)
    finally:
        gc.set_threshold(*before)

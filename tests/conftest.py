"""Shared test settings: paths, and the switch that regenerates golden files."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true",
                     help="Rewrite drafts/ and tests/cases/merges/*/expected/ from the current code.")


@pytest.fixture
def update_golden(request) -> bool:
    return request.config.getoption("--update-golden")


@pytest.fixture
def root() -> Path:
    return ROOT


@pytest.fixture(autouse=True)
def _no_user_cache(tmp_path_factory, monkeypatch):
    """Tests never read the user's HTTP cache (a stored `rsp update` export would change
    what `check` and `run` report); live tests point it at their own folder on top."""
    monkeypatch.setenv("MERGEKIT_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "user-cache"))
    # Every test plans afresh (a test that patches the planner must not be served a plan
    # made without the patch); tests/test_cache.py turns the results cache on.
    monkeypatch.setenv("MERGEKIT_NO_CACHE", "1")

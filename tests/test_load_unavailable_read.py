"""A page ``fetch`` could not read, which the editor then saved into the folder, is read
after all: the talk post must not list it under "Sources that could not be read" (trial-3).

README: "news URLs still need the network; add saved news files to the fetched folder".
Doing so left the fetch's ``[[unavailable]]`` rows in merge.toml, and the talk post told
the wiki that the very reports the draft cites could not be read.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from mergekit.load.inputs import load_folder

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SAVED = "https://www.middleeastmonitor.com/20230621-albania-police-raid-exiled-iran-opposition-camp-1-member-killed/"
ELSEWHERE = "https://example.org/never-saved"


def _folder(tmp_path: Path, saved_as: str) -> Path:
    folder = tmp_path / "merge"
    shutil.copytree(SEEDS, folder)
    with (folder / "merge.toml").open("a", encoding="utf-8") as toml:
        for url in (saved_as, ELSEWHERE):
            toml.write(f'\n[[unavailable]]\nurl = "{url}"\nstatus = "unavailable"\nreason = "gave up"\n')
    return folder


def test_a_page_saved_into_the_folder_is_no_longer_unavailable(tmp_path):
    inputs = load_folder(_folder(tmp_path, SAVED))
    assert [entry["url"] for entry in inputs.unavailable] == [ELSEWHERE]


def test_the_same_page_at_a_variant_address_counts_too(tmp_path):
    # http, no www., a tracking parameter: the same page (refmatch.same_url)
    variant = SAVED.replace("https://www.", "http://") + "?utm_source=x"
    inputs = load_folder(_folder(tmp_path, variant))
    assert [entry["url"] for entry in inputs.unavailable] == [ELSEWHERE]

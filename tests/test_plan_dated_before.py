"""A sentence dated to a month of the event's year before the event began tells of another
occurrence (contra-23, from a new-user trial on the 2016 Moscow warehouse fire).

The destination's "In January 2016, 12 people died in a fire in a Moscow clothing factory"
was reported as contradicted by the August 2016 fire's 17 dead (``scope.dated_before``,
``facts.clusters``). The control: the same sentence dated to the event's own day still
conflicts, so the test can fail.
"""

from __future__ import annotations

from pathlib import Path

from mergekit.load.inputs import load_folder
from mergekit.plan.conflicts import find_conflicts, statements

LEAD = ("The 2016 Moscow warehouse fire broke out on 27 August 2016 in the warehouse of a printing plant in an "
        "industrial zone in the north of Moscow, Russia. Seventeen migrant workers from Kyrgyzstan were killed.")
JANUARY = "In January 2016, 12 people died in a fire in a Moscow clothing factory."
AUGUST = "On 27 August 2016, 12 people died in a fire in a Moscow printing plant."
REUTERS = ("A fire in a Moscow printing plant killed 17 people on Saturday, officials said, and a representative "
           "of the Kyrgyz diaspora in Russia said all the dead were members of its community.")
ALJAZEERA = ("A fire has killed 17 people in a Moscow printing warehouse, the Russian Ministry of Emergency "
             "Situations has confirmed.")


def _target_contradicted(tmp_path: Path, destination: str) -> set[str]:
    """The destination sentences the news contradicts."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "Fire.txt").write_text("= Fire =\n\n" + LEAD + "\n", encoding="utf-8")
    (folder / "Kyrgyz.wikitext").write_text(
        "'''Kyrgyz people in Russia''' are citizens or residents of [[Russia]] of [[Kyrgyz people|Kyrgyz]] "
        "origin.\n\n== Working conditions ==\n" + destination + "\n\n== References ==\n{{reflist}}\n",
        encoding="utf-8")
    toml = ['date = "2026-12-01"', '[source]', 'title = "Fire"', 'file = "Fire.txt"',
            '[target]', 'title = "Kyrgyz people in Russia"', 'file = "Kyrgyz.wikitext"']
    for name, text in (("reuters.txt", REUTERS), ("aljazeera.txt", ALJAZEERA)):
        (folder / name).write_text(text + "\n", encoding="utf-8")
        toml += ["[[news]]", f'file = "{name}"', f'url = "https://example.org/{name}"',
                 f'title = "{name}"', f'work = "{name}"', 'date = "2016-08-27"']
    (folder / "merge.toml").write_text("\n".join(toml) + "\n", encoding="utf-8")
    inputs = load_folder(folder)
    text = {s.key: s.text for s in statements(inputs)}
    found = find_conflicts(inputs)
    return {text[key] for key, conflicts in found.target_with_news.items() if conflicts}


def test_a_sentence_dated_months_before_the_event_tells_of_another_one(tmp_path):
    assert JANUARY not in _target_contradicted(tmp_path, JANUARY)


def test_the_same_count_dated_to_the_event_still_conflicts(tmp_path):
    assert AUGUST in _target_contradicted(tmp_path, AUGUST)

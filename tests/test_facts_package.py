"""mergekit.facts imports its modules on first use, and its names mean one thing each.

A warm run unpickles a cached plan, whose clusters are ``facts.clusters`` classes: that
must not import the extractors (their patterns compile at import). ``attribution`` and
``polarity`` name both a function and its module: the package's name is the function,
whichever was imported first.
"""

from __future__ import annotations

import pickle
import subprocess
import sys

import pytest

from mergekit.facts.clusters import Cluster, ClusterValue


def _run(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()


def test_unpickling_clusters_imports_no_extractor():
    data = pickle.dumps((Cluster, ClusterValue))
    loaded = _run(f"import pickle, sys\npickle.loads({data!r})\n"
                  "print(sorted(m for m in sys.modules if m.startswith('mergekit.facts.')))")
    assert loaded == "['mergekit.facts.clauses', 'mergekit.facts.clusters']"


@pytest.mark.parametrize("first", ["", "import mergekit.facts.attribution, mergekit.facts.polarity",
                                   "import mergekit.facts.clusters; from mergekit.facts import memo",
                                   "from mergekit.facts import attributions, Polarity"])
def test_attribution_and_polarity_are_the_functions_whatever_was_imported_first(first):
    code = (f"{first}\nimport types\nimport mergekit.facts as facts\n"
            "from mergekit.facts import attribution, polarity\n"
            "from mergekit.facts.attribution import attribution as a\nfrom mergekit.facts.polarity import polarity as p\n"
            "print(attribution is a is facts.attribution, polarity is p is facts.polarity,"
            " isinstance(facts.Polarity, type))")
    assert _run(code) == "True True True"

